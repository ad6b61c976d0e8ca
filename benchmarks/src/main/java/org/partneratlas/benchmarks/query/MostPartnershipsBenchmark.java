package org.partneratlas.benchmarks.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/**
 * Figure 8h: the ten territories in the most partnerships, most first, ties in the order of the
 * atlas; from the library's territory index ({@link Atlas#partnershipsOf} for every territory,
 * keeping the ten largest) and by a {@code GROUP BY … ORDER BY … LIMIT} in H2.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MostPartnershipsBenchmark {

  /** How many territories the question asks for. */
  public static final int LIMIT = 10;

  @Param({"1000000"})
  int size;

  Atlas atlas;
  H2Atlas h2;

  /** Gets the atlas and the database and checks that both give the same answer. */
  @Setup
  public void setUp() throws SQLException {
    atlas = Fixtures.atlas(size);
    h2 = Fixtures.h2(size);
    Checks.same("the most connected territories", h2.mostPartnerships(LIMIT), ids(library()));
  }

  /**
   * Returns the territories in the most partnerships ({@code atlas.partnershipsOf(t).size()}), most
   * first, ties in the order of {@code atlas.territories()}: one pass over the territories, keeping
   * the best {@code limit} in a small sorted array.
   *
   * @param atlas the atlas
   * @param limit how many at most
   * @return the territories
   */
  public static List<TerritoryId> mostPartnerships(Atlas atlas, int limit) {
    TerritoryId[] best = new TerritoryId[limit];
    int[] counts = new int[limit];
    int kept = 0;
    for (Territory territory : atlas.territories()) {
      int n = atlas.partnershipsOf(territory.id()).size();
      if (n == 0 || (kept == limit && n <= counts[limit - 1])) {
        continue;
      }
      // Insert after every territory with at least as many (earlier ones win ties).
      int at = kept < limit ? kept : limit - 1;
      while (at > 0 && counts[at - 1] < n) {
        if (at < limit) {
          counts[at] = counts[at - 1];
          best[at] = best[at - 1];
        }
        at--;
      }
      counts[at] = n;
      best[at] = territory.id();
      kept = Math.min(limit, kept + 1);
    }
    List<TerritoryId> result = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      result.add(best[i]);
    }
    return result;
  }

  /** The ids of territories, to compare with the database's answer. */
  static List<String> ids(List<TerritoryId> territories) {
    List<String> ids = new ArrayList<>(territories.size());
    for (TerritoryId id : territories) {
      ids.add(id.value());
    }
    return ids;
  }

  /**
   * The library: {@link #mostPartnerships(Atlas, int)}.
   *
   * @return the territories
   */
  @Benchmark
  public List<TerritoryId> library() {
    return mostPartnerships(atlas, LIMIT);
  }

  /**
   * The database: {@code GROUP BY territory ORDER BY count DESC, territory LIMIT 10}.
   *
   * @return the territory ids
   * @throws SQLException if H2 fails
   */
  @Benchmark
  public List<String> h2() throws SQLException {
    return h2.mostPartnerships(LIMIT);
  }
}
