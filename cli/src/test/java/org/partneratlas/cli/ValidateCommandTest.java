package org.partneratlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.RowOutcome;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.json.AtlasJsonException;
import org.partneratlas.json.JsonProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  private static List<JsonProblem> problemsOf(Path atlas) {
    AtlasJsonException e =
        assertThrows(AtlasJsonException.class, () -> AtlasJson.standard().read(atlas));
    return e.problems();
  }

  @Test
  void theBrokenSampleGetsEveryProblemWithItsPlaceAndExits1() {
    Cli.Run run = Cli.run("validate", Cli.broken().toString());
    assertEquals(1, run.exitCode(), run::toString);
    List<JsonProblem> expected = problemsOf(Cli.broken());
    assertEquals(5, expected.size(), expected::toString);
    List<String> lines = run.out().lines().toList();
    for (int i = 0; i < expected.size(); i++) {
      JsonProblem p = expected.get(i);
      String place =
          Cli.broken()
              + ":"
              + p.line()
              + ":"
              + p.column()
              + ": "
              + (p.pointer().isEmpty() ? "(document)" : p.pointer())
              + ": ";
      assertEquals(place + p.message(), lines.get(i), run::toString);
    }
    assertTrue(run.out().contains(":16:18: /territories/1/country: 'GERMANY'"), run::toString);
    assertTrue(run.out().contains("/partnerships/0/sister: Unknown property 'sister'"));
    // The missing territory is reported in the same run as the bad values (issue 13).
    assertTrue(
        run.out()
            .contains(
                ":34:24: /partnerships/1/parties/1/territory: partnership"
                    + " 'brest-plymouth': the territory 'gb-plymouth' does not exist"),
        run::toString);
    assertEquals(Cli.broken() + ": " + expected.size() + " problems", lines.get(expected.size()));
  }

  @Test
  void theBundledDatasetIsValidAndExits0() {
    Cli.Run run = Cli.run("validate", Cli.bundled().toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith(Cli.bundled() + ": valid (33 territories, "), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void jsonFormatListsTheSameProblemsForPrograms() {
    Cli.Run run =
        Cli.run("validate", "--format", "json", Cli.broken().toString(), Cli.bundled().toString());
    assertEquals(1, run.exitCode(), run::toString);
    JsonNode array = JsonMapper.builder().build().readTree(run.out());
    List<JsonProblem> expected = problemsOf(Cli.broken());
    assertEquals(expected.size(), array.size(), run::toString);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode p = array.get(i);
      assertEquals(Cli.broken().toString(), p.get("file").asString());
      assertEquals(expected.get(i).line(), p.get("line").asInt());
      assertEquals(expected.get(i).column(), p.get("column").asInt());
      assertEquals(expected.get(i).pointer(), p.get("pointer").asString());
      assertEquals(expected.get(i).message(), p.get("message").asString());
    }
  }

  @Test
  void aMissingFileIsAProblemOfItsOwnAndExits1() {
    Cli.Run run = Cli.run("validate", "no-such-atlas.json", Cli.bundled().toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("no-such-atlas.json: no such file\n"), run::toString);
    assertTrue(run.out().contains("2 files: 1 valid, 1 with problems"), run::toString);
  }

  @Test
  void aBadOptionIsAUsageErrorAndExits2() {
    Cli.Run run = Cli.run("validate", "--no-such-option", Cli.bundled().toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run::toString);
    Cli.Run noFile = Cli.run("validate");
    assertEquals(2, noFile.exitCode(), noFile::toString);
    Cli.Run badLayout = Cli.run("validate", "--layout", "xml", Cli.bundled().toString());
    assertEquals(2, badLayout.exitCode(), badLayout::toString);
    assertTrue(badLayout.err().contains("auto, json, pairs, tables"), badLayout::toString);
  }

  @Test
  void aPairsTableListsTheRowsTheImportWouldReject(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("pairs.csv");
    Files.writeString(
        table,
        """
        city_a,country_a,city_b,country_b,start_year
        Brest,France,Kiel,Germany,1964
        Brest,France,Berlin,Germny,1990
        Brest,France,Brest,France,
        """);
    Cli.Run run = Cli.run("validate", table.toString());
    assertEquals(1, run.exitCode(), run::toString);
    List<RowOutcome> rejected =
        TableImporter.standard().importPairs(table).report().rows(Outcome.REJECTED);
    assertEquals(2, rejected.size());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith(table + ":3: unknown country: "), run::toString);
    assertTrue(lines.get(0).contains("did you mean Germany"), run::toString);
    assertTrue(lines.get(1).startsWith(table + ":4: self pair: "), run::toString);
    assertEquals(table + ": 2 problems (rows the import would reject)", lines.get(2));
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(Cli.run("validate", "--format", "json", table.toString()).out());
    assertEquals(2, json.size());
    assertEquals(3, json.get(0).get("line").asInt());
    assertTrue(json.get(0).get("column").isNull(), "a table's rows have no column");
    assertTrue(json.get(0).get("pointer").isNull(), "nor a JSON Pointer");
  }

  @Test
  void aCleanTableIsValid(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("pairs.tsv");
    Files.writeString(table, "city_a\tcountry_a\tcity_b\tcountry_b\nBrest\tFR\tKiel\tDE\n");
    Cli.Run run = Cli.run("validate", table.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(table + ": valid (1 row: 2 territories, 1 partnerships)\n", run.out());
  }

  @Test
  void nodesAndLinksAreValidatedTwoByTwo() {
    Path nodes = Cli.ioResource("table/nodes.tsv");
    Path links = Cli.ioResource("table/links.tsv");
    Cli.Run run = Cli.run("validate", "--layout", "tables", nodes.toString(), links.toString());
    long rejected =
        TableImporter.standard().importNodesAndLinks(nodes, links).report().count(Outcome.REJECTED);
    assertEquals(rejected == 0 ? 0 : 1, run.exitCode(), run::toString);
    assertEquals(rejected, run.out().lines().filter(l -> l.matches(".*\\.tsv:[0-9]+: .*")).count());
    Cli.Run odd = Cli.run("validate", "--layout", "tables", nodes.toString());
    assertEquals(2, odd.exitCode(), odd::toString);
    assertTrue(odd.err().contains("two by two"), odd::toString);
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsAProblem(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("wrong.csv");
    Files.writeString(table, "town,nation\nBrest,France\n");
    Cli.Run run = Cli.run("validate", table.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith(table + ": "), run::toString);
    assertTrue(run.out().contains("city_a"), run::toString);
  }
}
