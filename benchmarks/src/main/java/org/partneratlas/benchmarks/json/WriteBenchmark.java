package org.partneratlas.benchmarks.json;

import java.util.Arrays;
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
import org.partneratlas.benchmarks.baseline.JacksonBaseline;
import org.partneratlas.benchmarks.baseline.PlainAtlas;
import org.partneratlas.benchmarks.synthetic.Fixtures;

/**
 * Figure 5: writing a whole atlas as a JSON document in memory (UTF-8 bytes, on one line): the
 * library from an Atlas against Jackson databind from the plain records holding the same data. Both
 * write the same bytes, which the set-up checks.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 8, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {

  @Param({"100000"})
  int size;

  Atlas atlas;
  PlainAtlas records;

  /** Gets the atlas and its records, and checks that both write the same document. */
  @Setup
  public void setUp() {
    byte[] json = Fixtures.json(size);
    atlas = Fixtures.JSON.read(json);
    records = JacksonBaseline.read(json);
    if (!Arrays.equals(Fixtures.JSON.writeBytes(atlas), JacksonBaseline.write(records))) {
      throw new IllegalStateException("The library and Jackson do not write the same document");
    }
  }

  /** The library: {@code AtlasJson.writeBytes(atlas)}. */
  @Benchmark
  public byte[] atlasJson() {
    return Fixtures.JSON.writeBytes(atlas);
  }

  /** The baseline: Jackson databind from plain records. */
  @Benchmark
  public byte[] jacksonRecords() {
    return JacksonBaseline.write(records);
  }
}
