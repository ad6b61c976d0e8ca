package org.partneratlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.graph.GraphMl;
import org.partneratlas.io.table.TableExporter;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.json.GeoJson;
import org.partneratlas.svg.TimelineChart;
import org.partneratlas.svg.WorldMap;
import org.partneratlas.territory.TerritoryId;
import org.w3c.dom.Document;
import tools.jackson.databind.json.JsonMapper;

class ExportCommandTest {

  private static Atlas bundled() throws Exception {
    return AtlasJson.standard().read(Cli.bundled());
  }

  @Test
  void geoJsonIsTheJsonModuleExport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("atlas.geojson");
    Cli.Run run = Cli.run("export", "geojson", Cli.bundled().toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(GeoJson.writeString(bundled()), Files.readString(out));
    assertEquals(
        "FeatureCollection",
        JsonMapper.builder().build().readTree(Files.readString(out)).get("type").asString());
  }

  @Test
  void graphMlHasANodePerTerritory(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("atlas.graphml");
    Cli.Run run = Cli.run("export", "GraphML", Cli.bundled().toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(GraphMl.writeString(bundled()), Files.readString(out));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    assertEquals(
        bundled().territories().size(),
        doc.getElementsByTagNameNS(GraphMl.NAMESPACE, "node").getLength());
  }

  @Test
  void csvWritesTheThreeTablesIntoAFolder(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("tables");
    Cli.Run run = Cli.run("export", "csv", Cli.bundled().toString(), "-o", folder.toString());
    assertEquals(0, run.exitCode(), run::toString);
    for (String table : new String[] {"territories", "partnerships", "parties"}) {
      assertTrue(Files.isRegularFile(folder.resolve(table + ".csv")), table);
    }
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    TableExporter.csv().writeTerritories(bundled(), expected);
    assertEquals(
        expected.toString(StandardCharsets.UTF_8),
        Files.readString(folder.resolve("territories.csv")));
  }

  @Test
  void oneTableGoesToStandardOutput() throws Exception {
    Cli.Run run =
        Cli.run("export", "csv", Cli.bundled().toString(), "--table", "pairs", "--tsv", "-o", "-");
    assertEquals(0, run.exitCode(), run::toString);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    TableExporter.of(org.partneratlas.io.table.TableFormat.TSV).writePairs(bundled(), expected);
    assertEquals(expected.toString(StandardCharsets.UTF_8), run.out());
  }

  @Test
  void quickStatementsNeedTheWikidataItems(@TempDir Path dir) throws Exception {
    Cli.Run without = Cli.run("export", "quickstatements", Cli.bundled().toString(), "-o", "-");
    assertEquals(2, without.exitCode(), without::toString);
    assertTrue(without.err().contains("--wikidata"), without::toString);
    Path dump = Cli.wikidataDump(dir);
    Path out = dir.resolve("missing.qs");
    Cli.Run run =
        Cli.run(
            "export",
            "quickstatements",
            Cli.bundled().toString(),
            "--wikidata",
            dump.toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("missing from the 1 Wikidata items read"), run::toString);
  }

  @Test
  void theMapIsTheSvgModulesMapOfTheTerritory(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("map.svg");
    Cli.Run run =
        Cli.run(
            "export",
            "svg-map",
            Cli.bundled().toString(),
            "--territory",
            "fr-brest-metropole",
            "--include-subdivisions",
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String expected =
        WorldMap.of(bundled(), TerritoryId.of("fr-brest-metropole"))
            .languages(java.util.List.of("en"))
            .includeTerritoriesWithin(true)
            .render();
    assertEquals(expected, Files.readString(out));
  }

  @Test
  void theTimelineIsDrawnAtTheWidthAndInTheLanguageAsked() throws Exception {
    Cli.Run run =
        Cli.run(
            "export",
            "SVG_TIMELINE",
            Cli.bundled().toString(),
            "--territory",
            "fr-brest-metropole",
            "--width",
            "1200",
            "--lang",
            "fr",
            "-o",
            "-");
    assertEquals(0, run.exitCode(), run::toString);
    String expected =
        TimelineChart.of(bundled(), TerritoryId.of("fr-brest-metropole"))
            .width(1200)
            .languages(java.util.List.of("fr"))
            .includeTerritoriesWithin(false)
            .render();
    assertEquals(expected, run.out());
  }

  @Test
  void aPictureNeedsATerritoryAndPictureOptionsNeedAPicture() throws Exception {
    Cli.Run without = Cli.run("export", "svg-map", Cli.bundled().toString(), "-o", "-");
    assertEquals(2, without.exitCode(), without::toString);
    assertTrue(without.err().contains("svg-map needs --territory"), without::toString);
    Cli.Run narrow =
        Cli.run(
            "export",
            "svg-map",
            Cli.bundled().toString(),
            "--territory",
            "fr-brest",
            "--width",
            "300",
            "-o",
            "-");
    assertEquals(2, narrow.exitCode(), narrow::toString);
    Cli.Run geojson =
        Cli.run(
            "export", "geojson", Cli.bundled().toString(), "--territory", "fr-brest", "-o", "-");
    assertEquals(2, geojson.exitCode(), geojson::toString);
    Cli.Run unknown =
        Cli.run(
            "export",
            "svg-timeline",
            Cli.bundled().toString(),
            "--territory",
            "xx-nowhere",
            "-o",
            "-");
    assertEquals(1, unknown.exitCode(), unknown::toString);
  }

  @Test
  void optionsOfAnotherFormatAreUsageErrors() {
    Cli.Run run = Cli.run("export", "geojson", Cli.bundled().toString(), "--tsv", "-o", "-");
    assertEquals(2, run.exitCode(), run::toString);
    Cli.Run unknown = Cli.run("export", "kml", Cli.bundled().toString(), "-o", "-");
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(
        unknown.err().contains("geojson, csv, quickstatements, graphml, svg-map, svg-timeline"),
        unknown::toString);
  }

  @Test
  void anInvalidAtlasIsNotExported(@TempDir Path dir) {
    Path out = dir.resolve("x.geojson");
    Cli.Run run = Cli.run("export", "geojson", Cli.broken().toString(), "-o", out.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains("is not a valid atlas (5 problems; partner-atlas validate"),
        run::toString);
    assertTrue(run.err().contains("/territories/1/country"), run::toString);
    assertTrue(!Files.exists(out));
  }
}
