package org.partneratlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line in-process, as a person would type it, and keeps what it printed. */
final class Cli {

  /** What a run gave. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new PartnerAtlasCommand())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The project's root, as surefire gives it (the build's root), else the parent folder. */
  static Path root() {
    return Path.of(System.getProperty("partneratlas.projectRoot", "..")).toAbsolutePath();
  }

  /** The bundled Brest Métropole dataset, read from the examples module's sources. */
  static Path bundled() {
    return root()
        .resolve("examples/src/main/resources/org/partneratlas/examples/brest-metropole.json");
  }

  /** The broken sample atlas of the examples module. */
  static Path broken() {
    return root().resolve("examples/samples/broken-atlas.json");
  }

  /**
   * A Wikidata dump (one entity per line) in a folder, of the io module's test entity: Bielefeld,
   * Q2112, whose country is Q183.
   */
  static Path wikidataDump(Path dir) throws IOException {
    String entity =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(ioResource("wikidata/Q2112.json")))
            .toString();
    Path dump = dir.resolve("dump.json");
    Files.writeString(dump, "[\n" + entity + "\n]\n");
    return dump;
  }

  /** A test resource of the io module. */
  static Path ioResource(String path) {
    return root().resolve("io/src/test/resources/org/partneratlas/io/" + path);
  }
}
