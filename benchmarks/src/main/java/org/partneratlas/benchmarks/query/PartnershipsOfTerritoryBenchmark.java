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
import org.partneratlas.benchmarks.baseline.StreamQueries;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.Samples;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.TerritoryId;

/**
 * Figure 1: the partnerships of a territory, from the atlas's index and by a stream filter over a
 * list of all partnerships. Both cycle through the same {@value Samples#COUNT} territories, drawn
 * as often as they are parties.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PartnershipsOfTerritoryBenchmark {

  @Param({"1000000"})
  int size;

  Atlas atlas;
  List<Partnership> list;
  TerritoryId[] territories;
  int next;

  H2Atlas h2;

  /** Generates the atlas and checks that every way gives the same answer. */
  @Setup
  public void setUp() throws SQLException {
    atlas = Fixtures.atlas(size);
    list = new ArrayList<>(atlas.partnerships().list());
    territories = Samples.parties(atlas, 7);
    for (int i = 0; i < 16; i++) {
      Checks.same(
          "partnerships of " + territories[i],
          StreamQueries.partnershipsOf(list, territories[i]),
          atlas.partnershipsOf(territories[i]));
    }
    h2 = Fixtures.h2(size);
    for (int i = 0; i < 16; i++) {
      Checks.same(
          "partnerships of " + territories[i] + " in H2",
          h2.partnershipsOf(territories[i]),
          Checks.ids(atlas.partnershipsOf(territories[i])));
    }
  }

  private TerritoryId nextTerritory() {
    next = (next + 1) & (Samples.COUNT - 1);
    return territories[next];
  }

  /** The library: {@code atlas.partnershipsOf(territory)}. */
  @Benchmark
  public List<Partnership> indexed() {
    return atlas.partnershipsOf(nextTerritory());
  }

  /**
   * The database: a prepared statement on the same partnerships in H2 (figure 1h).
   *
   * @return the ids of the partnerships
   * @throws SQLException if H2 fails
   */
  @Benchmark
  public List<String> h2() throws SQLException {
    return h2.partnershipsOf(nextTerritory());
  }

  /** The baseline: a stream filter over all partnerships. */
  @Benchmark
  public List<Partnership> streamFilter() {
    return StreamQueries.partnershipsOf(list, nextTerritory());
  }
}
