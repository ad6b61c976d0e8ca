package org.partneratlas.benchmarks.json;

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
 * Figure 4: reading a whole atlas from a JSON document in memory (UTF-8 bytes, on one line, as the
 * library writes it): the library (parse, validate, index) against Jackson databind into plain
 * records (no validation), and against a bare token scan with Jackson's streaming parser (the
 * floor).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 8, time = 1000, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  @Param({"100000"})
  int size;

  byte[] json;

  /** Gets the document and checks that every reader reads all of it. */
  @Setup
  public void setUp() {
    json = Fixtures.json(size);
    Atlas atlas = Fixtures.JSON.read(json);
    PlainAtlas records = JacksonBaseline.read(json);
    if (atlas.partnerships().size() != size
        || records.partnerships().size() != size
        || JacksonBaseline.scanTokens(json) <= size) {
      throw new IllegalStateException("A reader did not read the whole document");
    }
  }

  /** The library: {@code AtlasJson.read(bytes)}, validated and indexed. */
  @Benchmark
  public Atlas atlasJson() {
    return Fixtures.JSON.read(json);
  }

  /** The baseline: Jackson databind into plain records. */
  @Benchmark
  public PlainAtlas jacksonRecords() {
    return JacksonBaseline.read(json);
  }

  /** The floor: every token read, nothing made. */
  @Benchmark
  public long tokenScan() {
    return JacksonBaseline.scanTokens(json);
  }
}
