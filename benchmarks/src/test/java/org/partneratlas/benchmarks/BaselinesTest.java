package org.partneratlas.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.baseline.JacksonBaseline;
import org.partneratlas.benchmarks.baseline.NameScan;
import org.partneratlas.benchmarks.baseline.PlainAtlas;
import org.partneratlas.benchmarks.baseline.StreamQueries;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.Samples;
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
