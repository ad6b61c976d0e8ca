package org.partneratlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.geography.M49Region;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QueryAndStatsCommandTest {

  private static Atlas bundled() throws Exception {
    return AtlasJson.standard().read(Cli.bundled());
  }

  /** The ids of the rows of a TSV answer. */
  private static List<String> ids(Cli.Run run) {
    return run.out().lines().skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toList();
  }

  private static List<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(p -> p.id().value()).toList();
  }

  @Test
  void everyConditionIsTheQueryApis() throws Exception {
    Atlas atlas = bundled();
    String file = Cli.bundled().toString();
    assertEquals(
        ids(atlas.query().inCountry(CountryCode.of("DE")).list()),
        ids(Cli.run("query", file, "--country", "Germany", "--format", "tsv")));
    assertEquals(
        ids(atlas.query().inRegion(M49Region.AMERICAS).list()),
        ids(Cli.run("query", file, "--region", "019", "--format", "tsv")));
    assertEquals(
        ids(atlas.query().onTheme(ThemeId.of("maritime")).during(2020).list()),
        ids(Cli.run("query", file, "--theme", "maritime", "--during", "2020", "--format", "tsv")));
    assertEquals(
        ids(
            atlas
                .query()
                .involving(TerritoryId.of("fr-brest"))
                .ofKind(PartnershipKind.TWINNING, PartnershipKind.FRIENDSHIP)
                .list()),
        ids(
            Cli.run(
                "query",
                file,
                "--territory",
                "fr-brest",
                "--kind",
                "twinning",
                "--kind",
                "FRIENDSHIP",
                "--format",
                "tsv")));
    assertEquals(
        ids(
            atlas
                .query()
                .possibly()
                .during(org.partneratlas.time.DateRange.parse("2015/2016"))
                .list()),
        ids(Cli.run("query", file, "--during", "2015/2016", "--possibly", "--format", "tsv")));
    assertEquals(
        ids(
            atlas
                .query()
                .withStatus(org.partneratlas.partnership.PartnershipStatus.DORMANT)
                .list()),
        ids(Cli.run("query", file, "--status", "dormant", "--format", "tsv")));
    assertEquals(
        ids(atlas.query().involvingWithin(TerritoryId.of("fr-brest-metropole")).list()),
        ids(
            Cli.run(
                "query",
                file,
                "--territory",
                "fr-brest-metropole",
                "--include-subdivisions",
                "--format",
                "tsv")));
    List<String> all = ids(Cli.run("query", file, "--format", "tsv"));
    assertEquals(ids(atlas.partnerships().list()), all);
  }

  @Test
  void theTextTableIsAlignedAndCounted() {
    Cli.Run run = Cli.run("query", Cli.bundled().toString(), "--country", "DE");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        """
        id          kind      status  start  territories
        brest-kiel  twinning          1964   Brest (FR) / Kiel (DE)
        1 partnership
        """,
        run.out());
  }

  @Test
  void jsonForPrograms() throws Exception {
    Cli.Run run = Cli.run("query", Cli.bundled().toString(), "--country", "DE", "--format", "json");
    JsonNode array = JsonMapper.builder().build().readTree(run.out());
    assertEquals(1, array.size());
    assertEquals("brest-kiel", array.get(0).get("id").asString());
    assertEquals("TWINNING", array.get(0).get("kind").asString());
    assertEquals("de-kiel", array.get(0).get("territories").get(1).get("id").asString());
  }

  @Test
  void unknownThemesAndTerritoriesSayDidYouMeanAndExit1() {
    Cli.Run theme = Cli.run("query", Cli.bundled().toString(), "--theme", "maritme");
    assertEquals(1, theme.exitCode(), theme::toString);
    assertTrue(theme.err().contains("did you mean maritime (Maritime affairs)?"), theme::toString);
    Cli.Run territory = Cli.run("query", Cli.bundled().toString(), "--territory", "fr-bres");
    assertEquals(1, territory.exitCode(), territory::toString);
    assertTrue(territory.err().contains("did you mean fr-brest "), territory::toString);
  }

  @Test
  void malformedCountriesRegionsAndDatesAreUsageErrors() {
    Cli.Run country = Cli.run("query", Cli.bundled().toString(), "--country", "Germny");
    assertEquals(2, country.exitCode(), country::toString);
    assertTrue(country.err().contains("did you mean Germany (DE)?"), country::toString);
    Cli.Run region = Cli.run("query", Cli.bundled().toString(), "--region", "Eurpe");
    assertEquals(2, region.exitCode(), region::toString);
    assertTrue(region.err().contains("did you mean Europe (150)?"), region::toString);
    Cli.Run date = Cli.run("query", Cli.bundled().toString(), "--during", "last year");
    assertEquals(2, date.exitCode(), date::toString);
    assertTrue(date.err().contains("neither a year"), date::toString);
    Cli.Run kind = Cli.run("query", Cli.bundled().toString(), "--kind", "marriage");
    assertEquals(2, kind.exitCode(), kind::toString);
  }

  @Test
  void statsAreTheCoreStatistics() throws Exception {
    Atlas atlas = bundled();
    PartnershipStatistics stats = PartnershipStatistics.of(atlas);
    Cli.Run run = Cli.run("stats", Cli.bundled().toString());
    assertEquals(0, run.exitCode(), run::toString);
    String out = run.out();
    assertTrue(out.startsWith("Partnerships: " + stats.total() + "\n"), out);
    assertTrue(
        out.matches("(?s).*\n  twinning +" + stats.byKind().get(PartnershipKind.TWINNING) + "\n.*"),
        out);
    assertTrue(
        out.matches(
            "(?s).*\n  FR +France +" + stats.byCountry().get(CountryCode.of("FR")) + "\n.*"),
        out);
    assertTrue(
        out.matches("(?s).*\n  150 +Europe +" + stats.byContinent().get(M49Region.EUROPE) + "\n.*"),
        out);
    assertTrue(out.matches("(?s).*\n  without theme +" + stats.withoutTheme() + "\n.*"), out);
    for (String section :
        List.of(
            "By kind:",
            "By latest recorded status:",
            "By country",
            "By UN M49 region",
            "By theme")) {
      assertTrue(out.contains(section), section);
    }
  }

  @Test
  void statsOfOneTerritory() throws Exception {
    Atlas atlas = bundled();
    int expected = atlas.query().involving(TerritoryId.of("fr-brest")).count();
    Cli.Run run = Cli.run("stats", Cli.bundled().toString(), "--territory", "fr-brest");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(
        run.out().startsWith("Partnerships of Brest (fr-brest): " + expected + "\n"),
        run::toString);
  }
}
