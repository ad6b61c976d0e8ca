package org.partneratlas.io.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.table.ImportReport;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.Reason;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.DateRange;

class WikidataAtlasTest {

  private static WikidataEntity fixture(String name) {
    try (InputStream in = WikidataAtlasTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing " + name);
      }
      return WikidataDump.parseEntity(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A made-up minimal item (not real Wikidata content): a label, a country and P190 statements with
   * optional start years.
   */
  private static WikidataEntity item(String id, String label, String country, String... twins) {
    return item(id, label, country, List.of(), List.of(), twins);
  }

  /** A made-up item with P31 classes and P131 values besides. */
  private static WikidataEntity item(
      String id,
      String label,
      String country,
      List<String> classes,
      List<String> locatedIn,
      String... twins) {
    StringBuilder more = new StringBuilder();
    for (String property : List.of("P31", "P131")) {
      List<String> values = property.equals("P31") ? classes : locatedIn;
      if (values.isEmpty()) {
        continue;
      }
      more.append(",\"").append(property).append("\":[");
      for (int i = 0; i < values.size(); i++) {
        more.append(i > 0 ? "," : "")
            .append("{\"rank\":\"normal\",\"mainsnak\":{\"snaktype\":\"value\",")
            .append("\"datavalue\":{\"value\":{\"id\":\"")
            .append(values.get(i))
            .append("\"}}}}");
      }
      more.append(']');
    }
    StringBuilder p190 = new StringBuilder();
    for (int i = 0; i < twins.length; i++) {
      List<String> twin = Splitter.on('@').splitToList(twins[i]);
      p190.append(i > 0 ? "," : "")
          .append("{\"id\":\"")
          .append(id)
          .append("$")
          .append(i)
          .append("\",\"rank\":\"normal\",\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":")
          .append("{\"value\":{\"id\":\"")
          .append(twin.get(0))
          .append("\"}}}");
      if (twin.size() > 1) {
        p190.append(",\"qualifiers\":{\"P580\":[{\"snaktype\":\"value\",\"datavalue\":{\"value\":")
            .append("{\"time\":\"+")
            .append(twin.get(1))
            .append("-00-00T00:00:00Z\",\"precision\":9}}}]}");
      }
      p190.append('}');
    }
    return WikidataDump.parseEntity(
        "{\"type\":\"item\",\"id\":\""
            + id
            + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\""
            + label
            + "\"}},\"claims\":{\"P17\":[{\"rank\":\"normal\",\"mainsnak\":{\"snaktype\":\"value\","
            + "\"datavalue\":{\"value\":{\"id\":\""
            + country
            + "\"}}}}],\"P190\":["
            + p190
            + "]"
            + more
            + "}}");
  }

  private static WikidataEntity country(String id, String label, String code) {
    return WikidataDump.parseEntity(
        "{\"type\":\"item\",\"id\":\""
            + id
            + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\""
            + label
            + "\"}},\"claims\":{\"P297\":[{\"rank\":\"normal\",\"mainsnak\":{\"snaktype\":\"value\","
            + "\"datavalue\":{\"value\":\""
            + code
            + "\"}}}]}}");
  }

  @Test
  void bielefeldAloneIsRejectedForWantOfItsCountryAndItsTwinsAreReported() {
    WikidataAtlas.Result result = WikidataAtlas.builder().add(fixture("Q2112.json")).build();
    ImportReport report = result.result().report();
    assertEquals(Optional.of(Reason.UNKNOWN_COUNTRY), report.rows().get(0).reason());
    assertTrue(report.rows().get(0).message().contains("Q183"), report::toString);
    assertEquals(
        Map.of(Reason.UNKNOWN_COUNTRY, 1, Reason.REJECTED_NODE, 8), report.rejectedByReason());
    assertTrue(result.result().atlas().territories().isEmpty());
  }

  @Test
  void bielefeldWithTwoOfItsTwins() {
    WikidataAtlas.Result result =
        WikidataAtlas.builder()
            .add(fixture("Q2112-rev363579534.json"))
            .add(country("Q183", "Germany", "DE"))
            .add(fixture("Q2112.json"))
            // Made up for the test: Rochdale lists Bielefeld from 1953, Rzeszów from 1992.
            .add(item("Q474605", "Rochdale", "Q145", "Q2112@1953"))
            .add(item("Q598", "Rzeszów", "Q36", "Q2112@1992"))
            .country("Q145", CountryCode.of("GB"))
            .country("Q36", CountryCode.of("PL"))
            .build();
    Atlas atlas = result.result().atlas();
    ImportReport report = result.result().report();
    // Items: the 2016 revision is merged into the 2023 one.
    assertEquals(Outcome.MERGED, report.rowsOf(WikidataAtlas.ITEMS).get(0).outcome());
    assertEquals(Optional.of("de-bielefeld"), report.rowsOf(WikidataAtlas.ITEMS).get(0).entity());
    Territory bielefeld = atlas.territories().require(TerritoryId.of("de-bielefeld"));
    assertEquals(Map.of("wikidata", "Q2112"), bielefeld.externalIds());
    // P31 big city (Q1549591), a municipality; the other classes are not mapped.
    assertEquals(TerritoryLevel.MUNICIPALITY, bielefeld.level());
    // A made-up item without P31: unknown.
    assertEquals(
        TerritoryLevel.UNKNOWN, atlas.territories().require(TerritoryId.of("gb-rochdale")).level());
    assertEquals("und", bielefeld.officialLanguage());
    assertEquals(Optional.of("Билефельд"), bielefeld.names().get("ru"));
    assertTrue(bielefeld.aliases().contains("Leineweberstadt"));
    assertEquals(
        TerritoryLevel.COUNTRY, atlas.territories().require(TerritoryId.of("de-germany")).level());
    // Statements: 8 of Bielefeld (6 twins not read), 1 of Rochdale, 1 of Rzeszów.
    assertEquals(10, report.rowsOf(WikidataAtlas.STATEMENTS).size());
    assertEquals(6, report.rejected(WikidataAtlas.STATEMENTS, Reason.UNKNOWN_NODE));
    assertEquals(2, report.count(WikidataAtlas.STATEMENTS, Outcome.MERGED));
    Partnership rochdale =
        atlas.partnerships().require(PartnershipId.of("de-bielefeld--gb-rochdale"));
    // Bielefeld's statement dates Rochdale's party, with its reference URL and the statement.
    assertEquals(DateRange.parse("1953/"), rochdale.parties().get(1).period());
    assertEquals(2, rochdale.parties().get(1).sources().size());
    assertEquals(
        Optional.of("http://www.rochdale.gov.uk/leisure-and-culture/Pages/20-things-to-know.aspx"),
        rochdale.parties().get(1).sources().get(0).url());
    assertEquals(DateRange.parse("1953/"), rochdale.parties().get(0).period());
    assertTrue(rochdale.life().start().isPresent());
    assertEquals(
        List.of("Q2112 says 1991, Q598 says 1992 (de-bielefeld--pl-rzeszow)"),
        result.startsDisagree());
    assertEquals(List.of(), result.notReciprocal());
  }

  @Test
  void aTwinningListedOnOneSideOnlyIsReported() {
    WikidataAtlas.Result result =
        WikidataAtlas.builder()
            .add(item("Q1", "Aaa", "Q9", "Q2@2001"))
            .add(item("Q2", "Bbb", "Q9"))
            .add(item("Q3", "Ccc", "Q9", "Q3"))
            .add(country("Q9", "France", "FR"))
            .build();
    assertEquals(
        List.of("Q1 lists Q2 as its twin; Q2 does not list Q1 (fr-aaa--fr-bbb)"),
        result.notReciprocal());
    Partnership p = result.result().atlas().partnerships().list().get(0);
    assertEquals(DateRange.unbounded(), p.parties().get(0).period());
    assertEquals(DateRange.parse("2001/"), p.parties().get(1).period());
    assertEquals(1, result.result().report().rejected(WikidataAtlas.STATEMENTS, Reason.SELF_PAIR));
  }

  @Test
  void quickStatementsForTheTwinningsWikidataLacks() {
    WikidataEntity bielefeld = fixture("Q2112.json");
    WikidataEntity germany = country("Q183", "Germany", "DE");
    // Made up: Rochdale without a P190 statement naming Bielefeld; Rzeszów with one.
    WikidataEntity rochdale = item("Q474605", "Rochdale", "Q145");
    WikidataEntity rzeszow = item("Q598", "Rzeszów", "Q36", "Q2112@1991");
    Atlas atlas =
        WikidataAtlas.builder()
            .add(bielefeld)
            .add(germany)
            .add(rochdale)
            .add(rzeszow)
            .country("Q145", CountryCode.of("GB"))
            .country("Q36", CountryCode.of("PL"))
            .build()
            .result()
            .atlas();
    assertEquals(
        "Q474605\tP190\tQ2112\tP580\t+1953-00-00T00:00:00Z/9\tS854\t"
            + "\"http://www.rochdale.gov.uk/leisure-and-culture/Pages/20-things-to-know.aspx\"\n",
        QuickStatements.missingTwins(atlas, List.of(bielefeld, germany, rochdale, rzeszow)));
    // An item that was not read is not known to lack anything.
    assertEquals("", QuickStatements.missingTwins(atlas, List.of(bielefeld)));
  }

  @Test
  void quickStatementsTimesOnlyForPlainDates() {
    assertEquals(
        Optional.of("+1986-05-17T00:00:00Z/11"),
        QuickStatements.time(org.partneratlas.time.PartialDate.parse("1986-05-17")));
    assertEquals(
        Optional.of("+1986-05-00T00:00:00Z/10"),
        QuickStatements.time(org.partneratlas.time.PartialDate.parse("1986-05")));
    assertEquals(
        Optional.empty(), QuickStatements.time(org.partneratlas.time.PartialDate.parse("1986?")));
    assertEquals(
        Optional.empty(), QuickStatements.time(org.partneratlas.time.PartialDate.parse("198X")));
    assertEquals(
        Optional.empty(), QuickStatements.time(org.partneratlas.time.PartialDate.parse("2020-23")));
  }

  @Test
  void theBielefeldFixturesAreMunicipalitiesLocatedInTheirGovernmentRegion() {
    // 2023: big city Q1549591 and urban municipality of Germany Q42744322, with unmapped classes;
    // 2016: independent city Q22865, municipality of Germany Q262166, big city Q1549591.
    for (String name : List.of("Q2112.json", "Q2112-rev363579534.json")) {
      WikidataEntity bielefeld = fixture(name);
      assertEquals(List.of("Q7923"), bielefeld.locatedIn(), name);
      Territory territory =
          WikidataAtlas.builder()
              .add(bielefeld)
              .add(country("Q183", "Germany", "DE"))
              .build()
              .result()
              .atlas()
              .territories()
              .require(TerritoryId.of("de-bielefeld"));
      assertEquals(TerritoryLevel.MUNICIPALITY, territory.level(), name);
    }
  }

  @Test
  void wellKnownClassesGiveLevelsAndUnmappedOnesUnknown() {
    WikidataAtlas.Result result =
        WikidataAtlas.builder()
            .add(country("Q9", "France", "FR"))
            // Made-up items with real classes.
            .add(item("Q1", "Finistere", "Q9", List.of("Q6465"), List.of()))
            .add(item("Q2", "Bretagne", "Q9", List.of("Q36784"), List.of()))
            .add(item("Q3", "Brest", "Q9", List.of("Q484170"), List.of()))
            .add(item("Q4", "Somewhere", "Q9", List.of("Q5"), List.of()))
            .add(item("Q5", "Both", "Q9", List.of("Q515", "Q6465"), List.of()))
            .add(item("Q6", "City and commune", "Q9", List.of("Q515", "Q484170"), List.of()))
            .build();
    Atlas atlas = result.result().atlas();
    assertEquals(
        TerritoryLevel.DEPARTMENT,
        atlas.territories().require(TerritoryId.of("fr-finistere")).level());
    assertEquals(
        TerritoryLevel.REGION, atlas.territories().require(TerritoryId.of("fr-bretagne")).level());
    assertEquals(
        TerritoryLevel.MUNICIPALITY,
        atlas.territories().require(TerritoryId.of("fr-brest")).level());
    // Q5 (human) is no level Partner Atlas maps; a department and a city at once is no one level.
    assertEquals(
        TerritoryLevel.UNKNOWN,
        atlas.territories().require(TerritoryId.of("fr-somewhere")).level());
    assertEquals(
        TerritoryLevel.UNKNOWN, atlas.territories().require(TerritoryId.of("fr-both")).level());
    assertEquals(
        TerritoryLevel.MUNICIPALITY,
        atlas.territories().require(TerritoryId.of("fr-city-and-commune")).level());
  }

  @Test
  void aPastLocationIsNotWhereAnItemIs() {
    WikidataEntity moved =
        WikidataDump.parseEntity(
            "{\"type\":\"item\",\"id\":\"Q1\",\"claims\":{\"P131\":["
                + "{\"rank\":\"normal\",\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":"
                + "{\"value\":{\"id\":\"Q10\"}}},\"qualifiers\":{\"P582\":[{\"snaktype\":"
                + "\"value\",\"datavalue\":{\"value\":{\"time\":\"+1972-00-00T00:00:00Z\","
                + "\"precision\":9}}}]}},"
                + "{\"rank\":\"normal\",\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":"
                + "{\"value\":{\"id\":\"Q11\"}}}},"
                + "{\"rank\":\"deprecated\",\"mainsnak\":{\"snaktype\":\"value\",\"datavalue\":"
                + "{\"value\":{\"id\":\"Q12\"}}}}]}}");
    assertEquals(List.of("Q11"), moved.locatedIn());
  }

  @Test
  void theSamePartnershipAtTwoAdministrativeLevelsIsReported() {
    // Bielefeld (real fixture) lists Rzeszów (Q598) and is located in Q7923 (its real P131).
    // Made up: Rzeszów lists Bielefeld and Q7923 too; Q7923 is in a made-up state Q900000001,
    // which Rzeszów also lists.
    WikidataAtlas.Result result =
        WikidataAtlas.builder()
            .add(fixture("Q2112.json"))
            .add(country("Q183", "Germany", "DE"))
            .add(
                item(
                    "Q7923", "Government region", "Q183", List.of(), List.of("Q900000001"), "Q598"))
            .add(item("Q900000001", "Made-up state", "Q183", List.of(), List.of(), "Q598"))
            .add(item("Q598", "Rzeszów", "Q36", "Q2112@1991", "Q7923", "Q900000001"))
            .country("Q36", CountryCode.of("PL"))
            .build();
    assertEquals(
        List.of(
            "Q598 (Rzeszów) is twinned with Q2112 (Bielefeld) and with Q7923 (Government region),"
                + " which Q2112 is located in (P131): check whether they are one partnership at"
                + " two administrative levels (de-bielefeld--pl-rzeszow,"
                + " de-government-region--pl-rzeszow)",
            "Q598 (Rzeszów) is twinned with Q2112 (Bielefeld) and with Q900000001 (Made-up"
                + " state), which Q2112 is located in (P131, through Q7923): check whether they"
                + " are one partnership at two administrative levels (de-bielefeld--pl-rzeszow,"
                + " de-made-up-state--pl-rzeszow)",
            "Q598 (Rzeszów) is twinned with Q7923 (Government region) and with Q900000001"
                + " (Made-up state), which Q7923 is located in (P131): check whether they are one"
                + " partnership at two administrative levels (de-government-region--pl-rzeszow,"
                + " de-made-up-state--pl-rzeszow)"),
        result.twoLevels());
    // Twinnings of one item with two unrelated items are not reported.
    assertEquals(
        List.of(),
        WikidataAtlas.builder()
            .add(fixture("Q2112.json"))
            .add(country("Q183", "Germany", "DE"))
            .add(item("Q474605", "Rochdale", "Q145", "Q2112@1953"))
            .add(item("Q598", "Rzeszów", "Q36", "Q2112@1991"))
            .country("Q145", CountryCode.of("GB"))
            .country("Q36", CountryCode.of("PL"))
            .build()
            .twoLevels());
  }
}
