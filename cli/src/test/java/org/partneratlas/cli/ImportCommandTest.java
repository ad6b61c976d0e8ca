package org.partneratlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.partnership.PartnershipKind;

class ImportCommandTest {

  @Test
  void pairsGiveTheAtlasOfTheImporterAndItsReport(@TempDir Path dir) throws Exception {
    Path table = Cli.ioResource("table/pairs.csv");
    Path atlas = dir.resolve("atlas.json");
    Cli.Run run = Cli.run("import", "pairs", table.toString(), "-o", atlas.toString());
    assertEquals(0, run.exitCode(), run::toString);
    ImportResult expected = TableImporter.standard().importPairs(table);
    assertEquals(expected.atlas(), AtlasJson.standard().read(atlas));
    assertTrue(run.out().startsWith(expected.report().summary()), run::toString);
    assertTrue(
        run.out()
            .contains(
                "Wrote "
                    + atlas
                    + ": "
                    + expected.atlas().territories().size()
                    + " territories, "
                    + expected.atlas().partnerships().size()
                    + " partnerships"),
        run::toString);
    assertEquals("", run.err(), "a short table shows no progress");
  }

  @Test
  void toStandardOutputTheAtlasIsAloneThereAndTheReportOnStandardError(@TempDir Path dir)
      throws Exception {
    Path table = Cli.ioResource("table/pairs.csv");
    Path report = dir.resolve("rows.csv");
    Cli.Run run =
        Cli.run("import", "pairs", table.toString(), "--report", report.toString(), "-o", "-");
    assertEquals(0, run.exitCode(), run::toString);
    ImportResult expected = TableImporter.standard().importPairs(table);
    assertEquals(expected.atlas(), AtlasJson.standard().read(run.out()));
    assertTrue(run.err().startsWith(expected.report().summary()), run::toString);
    assertEquals(
        expected.report().rows().size() + 1,
        Files.readAllLines(report).size(),
        "a header and a line per row");
  }

  @Test
  void theKindOptionSetsTheKindOfRowsWithout(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("pairs.csv");
    Files.writeString(table, "city_a,country_a,city_b,country_b\nBrest,FR,Saponé,BF\n");
    Path atlas = dir.resolve("atlas.json");
    Cli.Run run =
        Cli.run(
            "import", "pairs", table.toString(), "--kind", "friendship", "-o", atlas.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        PartnershipKind.FRIENDSHIP,
        AtlasJson.standard().read(atlas).partnerships().list().get(0).kind());
  }

  @Test
  void countryCodesCanBeMapped(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("pairs.csv");
    Files.writeString(table, "city_a,country_a,city_b,country_b\nKyrenia,XC,Brest,FR\n");
    Path atlas = dir.resolve("atlas.json");
    Cli.Run rejected = Cli.run("import", "pairs", table.toString(), "-o", atlas.toString());
    assertTrue(rejected.out().contains("0 imported, 0 merged, 1 rejected"), rejected::toString);
    Cli.Run mapped =
        Cli.run(
            "import",
            "pairs",
            table.toString(),
            "--map-country-code",
            "XC=cy",
            "-o",
            atlas.toString());
    assertEquals(0, mapped.exitCode(), mapped::toString);
    assertEquals(
        "CY", AtlasJson.standard().read(atlas).territories().list().get(0).country().code());
    Cli.Run bad =
        Cli.run("import", "pairs", table.toString(), "--map-country-code", "XC=Cyprus", "-o", "-");
    assertEquals(2, bad.exitCode(), bad::toString);
  }

  @Test
  void aLongTableShowsProgressLinesWhenNotOnATerminal(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("long.csv");
    StringBuilder sb = new StringBuilder("city_a,country_a,city_b,country_b\n");
    for (int i = 0; i < 2_500; i++) {
      sb.append("Town").append(i).append(",FR,Ville").append(i).append(",DE\n");
    }
    Files.writeString(table, sb);
    Path atlas = dir.resolve("atlas.json");
    Cli.Run run =
        Cli.run("import", "pairs", table.toString(), "--progress", "lines", "-o", atlas.toString());
    assertEquals(0, run.exitCode(), run::toString);
    List<String> progress = run.err().lines().toList();
    assertTrue(progress.size() >= 2, run::toString);
    assertTrue(progress.get(0).startsWith("progress: 1,000 rows read, "), run::toString);
    assertTrue(progress.get(progress.size() - 1).startsWith("progress: 2,500 rows read, 100% of "));
    assertEquals(2_500, AtlasJson.standard().read(atlas).partnerships().size());

    Cli.Run bar =
        Cli.run("import", "pairs", table.toString(), "--progress", "bar", "-o", atlas.toString());
    assertTrue(
        bar.err().contains("\r[" + "#".repeat(ProgressDisplay.BAR_WIDTH) + "] 100% 2,500 rows\n"),
        bar::toString);
    Cli.Run none =
        Cli.run("import", "pairs", table.toString(), "--progress", "none", "-o", atlas.toString());
    assertEquals("", none.err());
  }

  @Test
  void nodesAndLinks(@TempDir Path dir) throws Exception {
    Path nodes = Cli.ioResource("table/nodes.tsv");
    Path links = Cli.ioResource("table/links.tsv");
    Path atlas = dir.resolve("atlas.json");
    Cli.Run run =
        Cli.run("import", "tables", nodes.toString(), links.toString(), "-o", atlas.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        TableImporter.standard().importNodesAndLinks(nodes, links).atlas(),
        AtlasJson.standard().read(atlas));
  }

  @Test
  void aWikidataDump(@TempDir Path dir) throws Exception {
    Path dump = Cli.wikidataDump(dir);
    Path atlas = dir.resolve("atlas.json");
    // Bielefeld's country (P17) is Germany, Q183, which the dump does not hold: rejected...
    Cli.Run without = Cli.run("import", "wikidata", dump.toString(), "-o", atlas.toString());
    assertEquals(0, without.exitCode(), without::toString);
    assertTrue(without.out().contains("1 rejected"), without::toString);
    assertEquals(0, AtlasJson.standard().read(atlas).territories().size());
    // ... unless the command says which country Q183 is.
    Cli.Run run =
        Cli.run(
            "import", "wikidata", dump.toString(), "--country", "Q183=DE", "-o", atlas.toString());
    assertEquals(0, run.exitCode(), run::toString);
    Atlas read = AtlasJson.standard().read(atlas);
    assertEquals("Q2112", read.territories().list().get(0).externalIds().get("wikidata"));
    assertEquals("DE", read.territories().list().get(0).country().code());
    assertTrue(run.out().contains("wikidata items: 1 imported"), run::toString);
    Cli.Run badCode =
        Cli.run("import", "wikidata", dump.toString(), "--country", "Q183=GERMANY", "-o", "-");
    assertEquals(2, badCode.exitCode(), badCode::toString);
  }

  @Test
  void aMissingInputIsAClearMessageAndExits1(@TempDir Path dir) {
    Cli.Run run =
        Cli.run("import", "pairs", "missing.csv", "-o", dir.resolve("atlas.json").toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("partner-atlas: no such file: missing.csv\n", run.err());
    assertFalse(Files.exists(dir.resolve("atlas.json")));
  }

  @Test
  void withoutOutputOrSourceItIsAUsageError() {
    assertEquals(2, Cli.run("import", "pairs", "x.csv").exitCode());
    Cli.Run run = Cli.run("import");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("pairs, tables or wikidata"), run::toString);
  }
}
