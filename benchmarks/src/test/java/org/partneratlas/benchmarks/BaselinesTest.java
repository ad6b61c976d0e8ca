package org.partneratlas.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.baseline.H2Atlas;
import org.partneratlas.benchmarks.baseline.JacksonBaseline;
import org.partneratlas.benchmarks.baseline.NameScan;
import org.partneratlas.benchmarks.baseline.PlainAtlas;
import org.partneratlas.benchmarks.baseline.StreamQueries;
import org.partneratlas.benchmarks.query.MostPartnershipsBenchmark;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.Samples;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;

/** The baselines answer exactly what the library answers, so that the ratios compare like work. */
class BaselinesTest {

  private static final int SIZE = 10_000;
  private static final int CHECKED = 256;
  private static final Atlas ATLAS = Fixtures.atlas(SIZE);

  @Test
  void partnershipsOfTerritory() {
    for (TerritoryId territory : Samples.parties(ATLAS, 1)) {
      assertEquals(
          ATLAS.partnershipsOf(territory),
          StreamQueries.partnershipsOf(ATLAS.partnerships().list(), territory));
    }
  }

  @Test
  void compoundQuery() {
    Map<TerritoryId, CountryCode> countryOf = new HashMap<>();
    ATLAS.territories().forEach(t -> countryOf.put(t.id(), t.country()));
    ThemeId[] themes = Samples.themes(ATLAS, 2);
    int[] years = Samples.years(3);
    CountryCode[] countries = Samples.countries(ATLAS, 4);
    int nonEmpty = 0;
    for (int i = 0; i < CHECKED; i++) {
      List<?> library =
          ATLAS.query().onTheme(themes[i]).activeDuring(years[i]).inCountry(countries[i]).list();
      assertEquals(
          library,
          StreamQueries.onThemeActiveInCountry(
              ATLAS.partnerships().list(), countryOf, themes[i], years[i], countries[i]));
      nonEmpty += library.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > CHECKED / 4, "queries with results: " + nonEmpty);
  }

  @Test
  void h2AnswersEqualTheLibrarys() throws SQLException {
    H2Atlas h2 = Fixtures.h2(SIZE);
    TerritoryId[] territories = Samples.parties(ATLAS, 1);
    for (int i = 0; i < CHECKED; i++) {
      assertEquals(ids(ATLAS.partnershipsOf(territories[i])), h2.partnershipsOf(territories[i]));
    }
    ThemeId[] themes = Samples.themes(ATLAS, 2);
    int[] years = Samples.years(3);
    CountryCode[] countries = Samples.countries(ATLAS, 4);
    int nonEmpty = 0;
    for (int i = 0; i < CHECKED; i++) {
      List<String> library =
          ids(
              ATLAS
                  .query()
                  .onTheme(themes[i])
                  .activeDuring(years[i])
                  .inCountry(countries[i])
                  .list());
      assertEquals(
          library,
          h2.onThemeActiveInCountry(themes[i], years[i], countries[i]),
          themes[i] + " " + years[i] + " " + countries[i]);
      nonEmpty += library.isEmpty() ? 0 : 1;
    }
    assertTrue(nonEmpty > CHECKED / 4, "queries with results: " + nonEmpty);
    List<TerritoryId> most =
        MostPartnershipsBenchmark.mostPartnerships(ATLAS, MostPartnershipsBenchmark.LIMIT);
    assertEquals(MostPartnershipsBenchmark.LIMIT, most.size());
    assertEquals(
        most.stream().map(TerritoryId::value).collect(Collectors.toList()),
        h2.mostPartnerships(MostPartnershipsBenchmark.LIMIT));
    // And both equal a count written apart: by partnerships per territory, then atlas order.
    Map<TerritoryId, Integer> counts = new HashMap<>();
    ATLAS
        .partnerships()
        .forEach(p -> p.territories().forEach(t -> counts.merge(t, 1, Integer::sum)));
    List<TerritoryId> order = new ArrayList<>();
    ATLAS.territories().forEach(t -> order.add(t.id()));
    List<TerritoryId> expected =
        order.stream()
            .filter(counts::containsKey)
            .sorted(Comparator.comparingInt((TerritoryId t) -> -counts.get(t)))
            .limit(MostPartnershipsBenchmark.LIMIT)
            .collect(Collectors.toList());
    assertEquals(expected, most);
  }

  private static List<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  @Test
  void nameLookup() {
    String[][] folded = NameScan.foldAll(ATLAS.territories().list());
    int found = 0;
    String[] names = Samples.names(ATLAS, 5);
    for (int i = 0; i < CHECKED; i++) {
      String name = names[i];
      List<Territory> library = ATLAS.territories().named(name);
      assertEquals(library, NameScan.scan(ATLAS.territories().list(), name));
      assertEquals(library, NameScan.scanFolded(ATLAS.territories().list(), folded, name));
      found += library.isEmpty() ? 0 : 1;
    }
    assertEquals(CHECKED * 7 / 8, found);
  }

  @Test
  void jacksonRecordsHoldTheWholeDocumentAndWriteItBackByteForByte() {
    byte[] json = Fixtures.json(1_000);
    // Unknown properties fail: every property of the document has a record component.
    PlainAtlas records = JacksonBaseline.read(json);
    assertEquals(1_000, records.partnerships().size());
    assertArrayEquals(json, JacksonBaseline.write(records));
    assertTrue(JacksonBaseline.scanTokens(json) > 0);
  }
}
