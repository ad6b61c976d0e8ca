package org.partneratlas.benchmarks.query;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
import org.partneratlas.benchmarks.baseline.NameScan;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.Samples;
import org.partneratlas.territory.Territory;

/**
 * Figure 3: territories by name ignoring case and accents ("cadiz" finds Cádiz), from the atlas's
 * name index and by a linear scan folding every name, and, as a stronger baseline, by a linear scan
 * of names folded beforehand. All cycle through the same {@value Samples#COUNT} names, typed in
 * lower case without accents, one in eight unknown.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NameLookupBenchmark {

  @Param({"1000000"})
  int size;

  Atlas atlas;
  List<Territory> territories;
  String[][] folded;
  String[] names;
  int next;

  /** Gets the atlas, builds its name index, and checks that all ways give the same answers. */
  @Setup
  public void setUp() {
    atlas = Fixtures.atlas(size);
    territories = new ArrayList<>(atlas.territories().list());
    folded = folded(atlas);
    names = Samples.names(atlas, 17);
    for (int i = 0; i < 8; i++) {
      List<Territory> library = atlas.territories().named(names[i]);
      Checks.same("territories named " + names[i], NameScan.scan(territories, names[i]), library);
      Checks.same(
          "territories named " + names[i],
          NameScan.scanFolded(territories, folded, names[i]),
          library);
    }
  }

  /** The folded names of the last atlas asked about (one entry at most), found by identity. */
  private static final IdentityHashMap<Atlas, String[][]> FOLDED = new IdentityHashMap<>();

  /** Folds every name once per atlas, for the three benchmarks of this class. */
  private static synchronized String[][] folded(Atlas atlas) {
    String[][] names = FOLDED.get(atlas);
    if (names == null) {
      names = NameScan.foldAll(atlas.territories().list());
      FOLDED.clear();
      FOLDED.put(atlas, names);
    }
    return names;
  }

  private String nextName() {
    next = (next + 1) & (Samples.COUNT - 1);
    return names[next];
  }

  /** The library: {@code atlas.territoriesNamed(name)}. */
  @Benchmark
  public List<Territory> indexed() {
    return atlas.territories().named(nextName());
  }

  /** The baseline: fold and compare every name of every territory. */
  @Benchmark
  public List<Territory> linearScan() {
    return NameScan.scan(territories, nextName());
  }

  /** A stronger baseline: compare with every name folded beforehand. */
  @Benchmark
  public List<Territory> linearScanPrefolded() {
    return NameScan.scanFolded(territories, folded, nextName());
  }
}
