package org.partneratlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.json.AtlasJsonException;
import org.partneratlas.json.JsonProblem;

/** Reads atlases and opens outputs for the commands, with messages a person can act on. */
final class AtlasFiles {

  /** How many problems a command other than {@code validate} shows of an invalid atlas. */
  static final int PROBLEMS_SHOWN = 10;

  /** The output name that means standard output. */
  static final String STANDARD_OUTPUT = "-";

  private AtlasFiles() {}

  /**
   * Reads an atlas from a Partner Atlas JSON file.
   *
   * @throws CliException if the file does not exist, cannot be read or is not a valid atlas
   */
  static Atlas read(Path file) {
    if (!Files.exists(file)) {
      throw CliException.invalid("no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw CliException.invalid(file + " is a folder, not an atlas file");
    }
    if (isTable(file)) {
      throw CliException.invalid(
          file
              + " is a table, not an atlas: make an atlas of it with"
              + " partner-atlas import pairs "
              + file
              + " -o atlas.json");
    }
    try {
      return AtlasJson.standard().read(file);
    } catch (AtlasJsonException e) {
      StringBuilder sb = new StringBuilder();
      sb.append(file)
          .append(" is not a valid atlas (")
          .append(e.truncated() ? "more than " : "")
          .append(e.problems().size())
          .append(e.problems().size() == 1 ? " problem" : " problems")
          .append("; partner-atlas validate ")
          .append(file)
          .append(" lists them all):");
      for (JsonProblem problem :
          e.problems().subList(0, Math.min(PROBLEMS_SHOWN, e.problems().size()))) {
        sb.append("\n  ").append(problem);
      }
      if (e.problems().size() > PROBLEMS_SHOWN) {
        sb.append("\n  ...");
      }
      throw new CliException(ExitCodes.INVALID, sb.toString(), e);
    } catch (NoSuchFileException e) {
      throw CliException.invalid("no such file: " + file);
    } catch (IOException e) {
      throw new CliException(ExitCodes.INVALID, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether a file's extension names a table ({@code .csv}, {@code .tsv}, {@code .tab}). */
  static boolean isTable(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tab");
  }

  /** Something that writes to a stream. */
  @FunctionalInterface
  interface Writing {
    void to(OutputStream out) throws IOException;
  }

  /**
   * Writes to a file, replacing it, or to standard output for {@value #STANDARD_OUTPUT}; a folder
   * that does not exist is an error rather than created, so that a typo is not silently a new
   * folder.
   */
  static void write(String output, PrintWriter standardOutput, Writing writing) throws IOException {
    if (output.equals(STANDARD_OUTPUT)) {
      standardOutput.flush();
      WriterOutputStream out = new WriterOutputStream(standardOutput);
      writing.to(out);
      out.finish();
      return;
    }
    Path file = Path.of(output);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw CliException.invalid("cannot write " + file + ": no such folder: " + parent);
    }
    if (Files.isDirectory(file)) {
      throw CliException.invalid("cannot write " + file + ": it is a folder");
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      writing.to(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** UTF-8 bytes to a writer: standard output as the commands' writer sees it, also in tests. */
  private static final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      buffer.write(b, off, len);
    }

    /** Writes what was written, decoded whole (a flush could fall inside a character). */
    void finish() {
      writer.write(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
      buffer.reset();
      writer.flush();
    }
  }
}
