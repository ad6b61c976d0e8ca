package org.partneratlas.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.json.AtlasJsonException;
import org.partneratlas.json.JsonProblem;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.svg.Words;

/**
 * Loads your own Partner Atlas JSON file, given as the argument, and either summarises it or lists
 * every problem in it with its line, column and JSON Pointer — no stack trace — and exits with a
 * non-zero status.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=LoadFile
 * -Dexec.args=path/to/atlas.json}; try {@code examples/samples/broken-atlas.json} to see the error
 * report (that sample has four mistakes, among them a missing {@code format} header, so that the
 * project's own checks of its Partner Atlas documents leave it alone).
 */
public final class LoadFile {

  /** Exit status when the file was read. */
  static final int OK = 0;

  /** Exit status when the file is not a valid atlas. */
  static final int INVALID = 1;

  /** Exit status when the file cannot be read, or no file was given. */
  static final int UNREADABLE = 2;

  private LoadFile() {}

  /**
   * Runs the example.
   *
   * @param args the file to load
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Loads the file named by the first argument and reports on it.
   *
   * @return the exit status: {@link #OK}, {@link #INVALID} or {@link #UNREADABLE}
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1 || args[0].isBlank()) {
      err.println("Give one Partner Atlas JSON file to load, for example:");
      err.println(
          "  ./mvnw -q -pl examples -am compile exec:java -Dexample=LoadFile"
              + " -Dexec.args=examples/samples/broken-atlas.json");
      return UNREADABLE;
    }
    Path file = Path.of(args[0]);
    Atlas atlas;
    try {
      atlas = AtlasJson.standard().read(file);
    } catch (AtlasJsonException e) {
      err.println(
          file
              + " is not a valid Partner Atlas file: "
              + e.problems().size()
              + (e.problems().size() == 1 ? " problem" : " problems")
              + (e.truncated() ? " (and more, not listed)" : "")
              + ".");
      List<JsonProblem> problems = new ArrayList<>(e.problems());
      problems.sort(
          Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
      for (JsonProblem problem : problems) {
        err.println(
            Text.wrap(
                "  line " + problem.line() + ", column " + problem.column() + ": ",
                problem.message()
                    + (problem.pointer().isEmpty() ? "" : " (at " + problem.pointer() + ")"),
                100));
      }
      err.println("Fix them all and load the file again.");
      return INVALID;
    } catch (NoSuchFileException e) {
      err.println("There is no file " + file.toAbsolutePath().normalize() + ".");
      return UNREADABLE;
    } catch (IOException e) {
      err.println(
          "Could not read "
              + file
              + (Files.isDirectory(file) ? ": it is a folder" : ": " + e.getMessage())
              + ".");
      return UNREADABLE;
    }
    out.println(file + " is a valid Partner Atlas file: " + atlas + ".");
    Map<String, Integer> byKind = new TreeMap<>();
    for (Partnership p : atlas.partnerships()) {
      byKind.merge(Words.words(p.kind()), 1, Integer::sum);
    }
    byKind.forEach((kind, count) -> out.println("  " + count + " × " + kind));
    return OK;
  }
}
