package org.partneratlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.time.DateRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report and the pictures print what the dataset knows and say "unknown" for the rest: no year
 * that the dataset's sources do not give, no invented end, no "from the start" for a start nobody
 * knows.
 */
class ReportTruthTest {

  private static final Atlas ATLAS = BrestDatasetSource.atlas();

  private static String report(Atlas atlas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BrestReport.print(atlas, new PrintStream(out, true, UTF_8));
    return out.toString(UTF_8);
  }

  private static final String REPORT = report(ATLAS);

  private static void assertShows(String text, String expected) {
    assertTrue(text.contains(expected), () -> "shows '" + expected + "' in:\n" + text);
  }

  private static void assertDoesNotShow(String text, String unexpected) {
    assertFalse(text.contains(unexpected), () -> "does not show '" + unexpected + "' in:\n" + text);
  }

  @Test
  void theReportPrintsNoYearThatIsInNoDateOfTheDataset() {
    Set<Integer> invented = DatasetYears.notInDataset(REPORT, ATLAS);
    assertTrue(
        invented.isEmpty(),
        () ->
            "years printed that no date of the dataset gives: "
                + invented
                + ", such as: "
                + DatasetYears.lineWith(REPORT, invented.iterator().next()).orElse(""));
    assertTrue(DatasetYears.printedIn(REPORT).size() > 50, "the report prints years");
  }

  @Test
  void theYearCheckFindsAYearTheDatasetDoesNotHave() {
    // 1999 is in no date of the dataset; 2016 and 1948 are; numbers that are not years are skipped.
    assertEquals(
        Set.of(1999),
        DatasetYears.notInDataset(
            "2016 Chubut leaves in 1999; since 1948; 210,047 inhabitants; world-atlas 2.0.2",
            ATLAS));
    assertEquals(List.of(2016, 1999, 1948), DatasetYears.printedIn("2016, 1999 and 1948s"));
  }

  @Test
  void aReportThatInventsAnEndForChubutFailsTheCheck() {
    // End Chubut's part in a year that no date of the dataset has, as the old dataset did with
    // 2016: the report prints it, and the check catches it.
    Set<Integer> known = DatasetYears.of(ATLAS);
    int year = 2011;
    while (known.contains(year)) {
      year++;
    }
    Partnership patagonia = ATLAS.partnerships().require(BrestMetropole.PATAGONIA);
    List<Party> parties = new ArrayList<>();
    for (Party party : patagonia.parties()) {
      parties.add(
          party.territory().equals(BrestMetropole.CHUBUT)
              ? Party.builder().from(party).period(DateRange.parse("2010/" + year)).build()
              : party);
    }
    Atlas invented =
        ATLAS.toBuilder()
            .replace(Partnership.builder().from(patagonia).parties(parties).build())
            .build();
    String text = report(invented);
    assertShows(text, "2010–" + year);
    assertEquals(Set.of(year), DatasetYears.notInDataset(text, ATLAS));
  }

  @Test
  void regression_thePlannedXalapaIsNotCountedAmongThePartnerTerritories() {
    assertShows(REPORT, "with 14 partner territories in 13 countries, and 1 planned");
  }

  @Test
  void theReportSaysUnknownForWhatTheSourcesDoNotDate() {
    assertShows(REPORT, "2010 – end unknown  Chubut");
    assertShows(REPORT, "since 2016          Tierra del Fuego");
    assertShows(REPORT, "planned             Xalapa");
    assertShows(REPORT, "dormant (date unknown)");
    assertShows(
        REPORT, "Coastal and marine protection: attested 12 Oct 2017 (start and end unknown)");
    assertShows(REPORT, "Governance: attested 2020 (start and end unknown)");
    assertShows(REPORT, "Sea technopole, Maritime safety, Ocean observation: 2009 – end unknown");
    assertShows(REPORT, "2020 – end unknown COVID-19 (pandemic)");
    assertShows(REPORT, "Period: 2020 – end unknown");
    assertShows(
        REPORT, "End unknown        Chubut's part in the decentralised cooperation, begun in 2010");
    assertShows(
        REPORT, "Date unknown       Decentralised cooperation with Haiphong becomes dormant");
    assertShows(REPORT, "· Tierra del Fuego; possibly Chubut");
    assertShows(REPORT, "rethink the ways (modalities) of the international action");
  }

  @Test
  void theReportGuessesNoDate() {
    assertDoesNotShow(REPORT, "Chubut leaves");
    assertDoesNotShow(REPORT, "2010–2016");
    assertDoesNotShow(REPORT, "former partner");
    assertDoesNotShow(REPORT, "from the start");
    assertDoesNotShow(REPORT, "appeared");
    assertDoesNotShow(REPORT, "ended:");
    assertDoesNotShow(REPORT, "2019/..");
  }

  @Test
  void theReportShowsTheThemesKnownIn2020AndThoseOnlyPossible() {
    List<String> lines = REPORT.lines().toList();
    int veracruz = lines.indexOf("Cooperation with the State of Veracruz (Mexico)");
    assertTrue(veracruz > 0);
    assertEquals("  in 2020: River basin management, Governance", lines.get(veracruz + 1));
    assertTrue(lines.get(veracruz + 2).startsWith("  possibly in 2020: "), lines.get(veracruz + 2));
    int tdf = lines.indexOf("Cooperation with the Province of Tierra del Fuego (Argentina)");
    assertEquals(
        "  in 2020: Marine renewable energy, Aquaculture, Sustainable maritime transport, Tourism",
        lines.get(tdf + 1));
  }

  // The pictures.

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(UTF_8)));
  }

  /**
   * The texts of the picture's text elements, except the axis's years and scale; the lines of a
   * wrapped text (its tspans) are joined by spaces.
   */
  private static String texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      NodeList lines = e.getElementsByTagNameNS("http://www.w3.org/2000/svg", "tspan");
      String text = e.getTextContent();
      if (lines.getLength() > 0) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < lines.getLength(); j++) {
          parts.add(lines.item(j).getTextContent());
        }
        text = String.join(" ", parts);
      }
      if (!e.getAttribute("class").equals("year") && !text.contains("scale")) {
        out.append(text).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void theTimelineSaysUnknownAndPrintsNoInventedYear() throws Exception {
    String svg = Pictures.timeline(ATLAS);
    String texts = texts(parse(svg));
    assertShows(texts, "COVID-19 (end unknown)");
    assertShows(texts, "attested 12 Oct 2017");
    assertShows(texts, "attested 2019, 2020");
    assertShows(texts, "Status: dormant");
    assertShows(texts, "date unknown");
    assertShows(texts, "end unknown");
    assertShows(texts, "dates unknown");
    assertShows(texts, "Ongoing (open end)");
    assertDoesNotShow(texts, "No end known");
    assertDoesNotShow(texts, "Former party");
    assertDoesNotShow(svg, "class=\"former\"");
    assertEquals(Set.of(), DatasetYears.notInDataset(texts, ATLAS), texts);
  }

  @Test
  void theMapSaysUnknownAndPrintsNoInventedYear() throws Exception {
    String svg = Pictures.map(ATLAS);
    String texts = texts(parse(svg));
    assertShows(texts, "Chubut · 2010 – end unknown");
    assertShows(texts, "Tierra del Fuego · since 2016");
    assertShows(texts, "Haiphong · since 2007 · dormant (date unknown)");
    assertShows(texts, "Partner whose end is unknown");
    assertDoesNotShow(texts, "Former partner");
    assertDoesNotShow(texts, "2010–2016");
    assertEquals(Set.of(), DatasetYears.notInDataset(texts, ATLAS), texts);
  }
}
