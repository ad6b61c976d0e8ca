package org.partneratlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.territory.Territory;

/** The ImportTables example on small tables of our own (see the README beside them). */
class ImportTablesTest {

  private static final String TABLES = "src/test/resources/org/partneratlas/examples/tables";

  /** The output, error output and exit status of one run. */
  private record Run(String out, String err, int status) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ImportTables.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(out.toString(UTF_8), err.toString(UTF_8), status);
  }

  @Test
  void importsReportsAnswersAndWritesJsonThatReadsBackEqual(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("out/atlas.json");
    Run run = run(TABLES, json.toString());
    assertEquals("", run.err());
    assertEquals(ImportTables.OK, run.status());
    String out = run.out();
    // Progress: the end of each table, with the share of the bytes of both files.
    assertTrue(out.contains("  10 rows read, "), out);
    assertTrue(out.contains("  20 rows read, 100% of the bytes"), out);
    assertTrue(out.contains(": 8 territories, 7 partnerships."), out);
    // The report: every row, by outcome and reason, and the rejected rows.
    for (String expected :
        List.of(
            "20 rows: 15 imported, 2 merged, 3 rejected",
            "  nodes.tsv: 8 imported, 1 merged, 1 rejected",
            "  links.tsv: 7 imported, 1 merged, 2 rejected",
            "  rejected, UNKNOWN_COUNTRY: 1",
            "  rejected, UNKNOWN_NODE: 1",
            "  rejected, REJECTED_NODE: 1",
            "First rejected rows:",
            "  nodes.tsv:11: REJECTED (UNKNOWN_COUNTRY)",
            "  links.tsv:9: REJECTED (REJECTED_NODE)",
            "  links.tsv:10: REJECTED (UNKNOWN_NODE)")) {
      assertTrue(out.contains(expected), () -> "shows '" + expected + "' in\n" + out);
    }
    // Answers: Brest (France) has four partners, Kiel three.
    assertTrue(out.contains("    4  Brest (France)\n    3  Kiel (Germany)\n"), out);
    // Searches: both Brests, then the one in Belarus, then the one in France.
    String search = out.substring(out.indexOf("SEARCH"));
    assertTrue(
        search.contains(
            """
              "Brest":\s
                EXACT      1000  by-brest Brest (Belarus)
                EXACT      1000  fr-brest Brest (France)
              "Brest (BY)":\s
                EXACT      1000  by-brest Brest (Belarus)
              "brest, france":\s
                EXACT      1000  fr-brest Brest (France)
            """),
        search);
    // The JSON: written, and equal to the atlas when read back.
    assertTrue(out.contains("read back equal."), out);
    Atlas atlas = AtlasJson.standard().read(json);
    assertEquals(8, atlas.territories().size());
    Territory cadiz =
        atlas.territories().stream()
            .filter(t -> t.id().value().equals("es-cadiz"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("Cadiz"), cadiz.aliases());
    for (String line : out.lines().toList()) {
      assertTrue(line.length() <= 100, () -> "line too wide for a terminal: " + line);
    }
  }

  @Test
  void theTwoFilesCanBeGivenAndNamesToSearchFor(@TempDir Path dir) {
    Run run =
        run(
            TABLES + "/nodes.tsv",
            TABLES + "/links.tsv",
            dir.resolve("atlas.json").toString(),
            "cadi",
            "windhoek (NA)");
    assertEquals(ImportTables.OK, run.status(), run.err());
    assertTrue(
        run.out().contains("  \"cadi\": \n    PREFIX      400  es-cadiz Cádiz (Spain)\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "  \"windhoek (NA)\": \n    EXACT      1000  na-windhoek Windhoek (Namibia)\n"),
        run.out());
  }

  @Test
  void wrongArgumentsAreExplained(@TempDir Path dir) {
    Run none = run();
    assertEquals(ImportTables.UNREADABLE, none.status());
    assertTrue(none.err().contains("Give the tables and the JSON file to write"), none.err());
    Run noOutput = run(TABLES);
    assertEquals(ImportTables.UNREADABLE, noOutput.status());
    Run missing = run(dir.resolve("no-nodes.tsv").toString(), TABLES + "/links.tsv", "x.json");
    assertEquals(ImportTables.UNREADABLE, missing.status());
    assertTrue(missing.err().contains("There is no table"), missing.err());
    assertEquals("", missing.out());
  }
}
