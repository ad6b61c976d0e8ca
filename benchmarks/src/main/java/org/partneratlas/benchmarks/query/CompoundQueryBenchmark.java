package org.partneratlas.benchmarks.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.baseline.H2Atlas;
import org.partneratlas.benchmarks.baseline.StreamQueries;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.Samples;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;

/**
 * Figure 2: partnerships on a theme (sub-themes included), active during a year, with a party in a
 * country; from the query API's indexes and by stream filters over a list of all partnerships. Both
 * cycle through the same {@value Samples#COUNT} (theme, year, country) triples: every theme of the
 * catalogue, broad or narrow, years 1990 to 2025, the 60 countries.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompoundQueryBenchmark {

  @Param({"1000000"})
  int size;

  Atlas atlas;
  List<Partnership> list;
  Map<TerritoryId, CountryCode> countryOf;
  ThemeId[] themes;
  int[] years;
  CountryCode[] countries;
  int next;

  H2Atlas h2;

  /** Gets the atlas and checks that every way gives the same answers. */
  @Setup
  public void setUp() throws SQLException {
    atlas = Fixtures.atlas(size);
    list = new ArrayList<>(atlas.partnerships().list());
    // The user's own map from territory to country, made once.
    countryOf = new HashMap<>();
    for (Territory territory : atlas.territories()) {
      countryOf.put(territory.id(), territory.country());
    }
    themes = Samples.themes(atlas, 11);
    years = Samples.years(12);
    countries = Samples.countries(atlas, 13);
    for (int i = 0; i < 4; i++) {
      Checks.same(
          themes[i] + " " + years[i] + " " + countries[i],
          StreamQueries.onThemeActiveInCountry(list, countryOf, themes[i], years[i], countries[i]),
          atlas.query().onTheme(themes[i]).activeDuring(years[i]).inCountry(countries[i]).list());
    }
    h2 = Fixtures.h2(size);
    for (int i = 0; i < 16; i++) {
      Checks.same(
          themes[i] + " " + years[i] + " " + countries[i] + " in H2",
          h2.onThemeActiveInCountry(themes[i], years[i], countries[i]),
          Checks.ids(
              atlas
                  .query()
                  .onTheme(themes[i])
                  .activeDuring(years[i])
                  .inCountry(countries[i])
                  .list()));
    }
  }

  /** The library: {@code atlas.query().onTheme(t).activeDuring(y).inCountry(c).list()}. */
  @Benchmark
  public List<Partnership> indexed() {
    next = (next + 1) & (Samples.COUNT - 1);
    int i = next;
    return atlas.query().onTheme(themes[i]).activeDuring(years[i]).inCountry(countries[i]).list();
  }

  /**
   * The database: one prepared statement on the same partnerships in H2 (figure 2h).
   *
   * @return the ids of the partnerships
   * @throws SQLException if H2 fails
   */
  @Benchmark
  public List<String> h2() throws SQLException {
    next = (next + 1) & (Samples.COUNT - 1);
    int i = next;
    return h2.onThemeActiveInCountry(themes[i], years[i], countries[i]);
  }

  /** The baseline: three stream filters over all partnerships. */
  @Benchmark
  public List<Partnership> streamFilter() {
    next = (next + 1) & (Samples.COUNT - 1);
    int i = next;
    return StreamQueries.onThemeActiveInCountry(list, countryOf, themes[i], years[i], countries[i]);
  }
}
