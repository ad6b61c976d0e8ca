package org.partneratlas.benchmarks.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
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
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas;

/**
 * Figure 6: building an Atlas (validation and indexes) from ready entities, against copying the
 * same entities into lists; and, end to end, making the entities and building the Atlas against
 * making the same entities into lists.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

  @Param({"1000000"})
  int size;

  SyntheticAtlas entities;

  /** Generates the entities once. */
  @Setup
  public void setUp() {
    entities = Fixtures.entities(size);
  }

  /** The library: {@code Atlas.builder().addAll...(entities).build()}. */
  @Benchmark
  public Atlas buildAtlas() {
    return entities.build();
  }

  /**
   * Figure 6c: the same build with {@link Atlas.Builder#parallelOn} the common fork-join pool, so
   * that parts of it run on a second thread (the pool has one worker on two cores).
   *
   * @return the atlas
   */
  @Benchmark
  public Atlas buildAtlasOnTwoThreads() {
    return entities.toBuilder().parallelOn(ForkJoinPool.commonPool()).build();
  }

  /** The baseline: the same entities copied into lists. */
  @Benchmark
  public Object copyIntoLists() {
    return copy(entities);
  }

  static List<List<?>> copy(SyntheticAtlas entities) {
    List<List<?>> lists = new ArrayList<>(6);
    lists.add(new ArrayList<>(entities.themes()));
    lists.add(new ArrayList<>(entities.territories()));
    lists.add(new ArrayList<>(entities.actors()));
    lists.add(new ArrayList<>(entities.partnerships()));
    lists.add(new ArrayList<>(entities.crises()));
    lists.add(new ArrayList<>(entities.crisisImpacts()));
    return lists;
  }
}
