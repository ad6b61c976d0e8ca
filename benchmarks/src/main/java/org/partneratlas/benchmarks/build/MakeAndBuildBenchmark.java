package org.partneratlas.benchmarks.build;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas;

/**
 * Figure 6b, end to end: making the entities (with the library's builders, from the generator's
 * draws) and building the Atlas, against making the same entities and keeping them in lists. The
 * ratio is what validation and indexes add to the cost of having the data in memory at all.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MakeAndBuildBenchmark {

  @Param({"100000"})
  int size;

  /** The library: make the entities, then build the Atlas. */
  @Benchmark
  public Atlas makeAndBuildAtlas() {
    return SyntheticAtlas.generate(size, Fixtures.SEED).build();
  }

  /** The baseline: make the same entities and keep them in lists. */
  @Benchmark
  public Object makeIntoLists() {
    return BuildBenchmark.copy(SyntheticAtlas.generate(size, Fixtures.SEED));
  }
}
