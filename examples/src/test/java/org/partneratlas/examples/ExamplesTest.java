package org.partneratlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example's main runs without error; the report and the error report read well. */
class ExamplesTest {

  /** Runs a main with System.out and System.err captured; returns what it printed on out. */
  private static String run(ThrowingMain main, String... args) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, UTF_8));
      System.setErr(new PrintStream(capturedErr, true, UTF_8));
      main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", capturedErr.toString(UTF_8), "nothing on standard error");
    return captured.toString(UTF_8);
  }

  interface ThrowingMain {
    void run(String[] args) throws Exception;
  }

  @Test
  void theReportCoversTheWholeDomainAndFitsATerminal() throws Exception {
    String report = run(BrestReport::main);
    for (String expected :
        new String[] {
          "PARTNERS BY KIND",
          "since 1948          Denver",
          "2010 – end unknown  Chubut",
          "since 2016          Tierra del Fuego",
          "planned             Xalapa",
          "since 2007          Haiphong            Vietnam         dormant (date unknown)",
          "THEMES IN 2020",
          "Governance: attested 2020 (start and end unknown)",
          "Dated actions of the affected partnerships, by modality:",
          "2020 during the crisis: 2 remote",
          "TIMELINE",
          "autumn 2020        Remote steering committee, remote",
          "WHAT COVID-19 CHANGED",
          "Period: 2020 – end unknown",
          "Made impossible: conferences, delegations, missions.",
          "The importance of networks of local governments",
          "WHAT IS PLANNED",
          "new partners: Xalapa (Mexico)"
        }) {
      assertTrue(report.contains(expected), () -> "the report shows '" + expected + "'");
    }
    for (String line : report.lines().toList()) {
      assertTrue(line.length() <= 100, () -> "line too wide for a terminal: " + line);
    }
    assertFalse(report.contains("Exception"));
  }

  @Test
  void buildInCode() throws Exception {
    String out = run(BuildInCode::main);
    assertTrue(out.contains("Twinnings of Brest active in 1990: 1"));
    assertTrue(out.contains("The broken atlas was refused, with 3 problems"));
  }

  @Test
  void queries() throws Exception {
    String out = run(Queries::main);
    assertTrue(out.contains("On marine renewable energy (energy.marine): 1"));
    assertTrue(out.contains("\"terre de feu\"  -> ar-tierra-del-fuego"));
    assertTrue(out.contains("\"Hai Phong\"     -> vn-haiphong"), out);
    assertTrue(out.contains("\"cadiz\"         -> es-cadiz"), out);
    assertTrue(out.contains("Affected by COVID-19: 2"));
    assertTrue(
        out.contains("With Chubut in 2017, known (the sources give no end for its part): 0"));
    assertTrue(out.contains("With Chubut in 2017, possibly: 1"));
    assertTrue(out.contains("Brest Métropole, known: Tierra del Fuego, State of Veracruz"), out);
    // Brest's twinnings in Europe: the partners are in Europe, so neither Denver nor Yokosuka.
    String europe =
        out.substring(out.indexOf("Twinnings of Brest with partners in Europe: 6"))
            .lines()
            .skip(1)
            .limit(6)
            .collect(java.util.stream.Collectors.joining("\n"));
    for (String partner :
        List.of("Plymouth", "Kiel", "Taranto", "Dún Laoghaire", "Cádiz", "Constanța")) {
      assertTrue(europe.contains(partner), () -> partner + " in " + europe);
    }
    assertFalse(europe.contains("Denver") || europe.contains("Yokosuka"), europe);
  }

  @Test
  void hostMapper() throws Exception {
    String out = run(HostMapper::main);
    assertFalse(out.contains("equal: false"), out);
    assertTrue(out.contains("Atlas of "));
  }

  @Test
  void geoJsonExport(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("partners.geojson");
    String out = run(GeoJsonExport::main, file.toString());
    assertTrue(out.contains("13 partnerships as lines") || out.contains("partnerships as lines"));
    assertTrue(Files.readString(file, UTF_8).contains("\"FeatureCollection\""));
  }

  @Test
  void pictures(@TempDir Path folder) throws Exception {
    String out = run(Pictures::main, folder.toString());
    assertTrue(out.contains(Pictures.MAP_FILE) && out.contains(Pictures.TIMELINE_FILE));
    assertTrue(Files.size(folder.resolve(Pictures.MAP_FILE)) > 10_000);
  }

  @Test
  void loadFileSummarisesAGoodFile() throws Exception {
    String out =
        run(
            LoadFile::main,
            "src/main/resources/org/partneratlas/examples/" + BrestMetropole.RESOURCE);
    assertTrue(out.contains("is a valid Partner Atlas file"));
    assertTrue(out.contains("8 × twinning"));
  }

  @Test
  void loadFileListsEveryProblemOfABadFileWithLineAndColumn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        LoadFile.run(
            new String[] {"samples/broken-atlas.json"},
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    String report = err.toString(UTF_8);
    assertEquals(LoadFile.INVALID, status);
    assertEquals("", out.toString(UTF_8));
    assertTrue(report.contains("5 problems"), report);
    assertTrue(report.contains("line 1, column 1: Missing property 'format'"), report);
    assertTrue(report.contains("line 16, column 18: 'GERMANY' is not an ISO 3166-1"), report);
    assertTrue(report.contains("/partnerships/0/parties/1/period"), report);
    assertTrue(report.contains("Unknown property 'sister'"), report);
    assertTrue(
        report.contains(
            "line 34, column 24: partnership 'brest-plymouth': the territory"
                + " 'gb-plymouth' does not exist"),
        report);
    assertFalse(report.contains("Exception") || report.contains("\tat "), report);
  }

  @Test
  void loadFileExplainsAMissingFileOrArgument() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    assertEquals(
        LoadFile.UNREADABLE, LoadFile.run(new String[] {"no/such/file.json"}, out, errStream));
    assertTrue(err.toString(UTF_8).contains("There is no file"));
    assertEquals(LoadFile.UNREADABLE, LoadFile.run(new String[0], out, errStream));
    assertTrue(err.toString(UTF_8).contains("Give one Partner Atlas JSON file"));
  }
}
