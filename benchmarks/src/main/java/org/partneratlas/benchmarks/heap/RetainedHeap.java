package org.partneratlas.benchmarks.heap;

import static java.util.Objects.requireNonNull;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas.References;
import org.partneratlas.theme.ThemeCatalogue;

/**
 * Figure 7: the heap retained by a built atlas, per partnership, measured as the difference of used
 * heap (from {@link MemoryMXBean}) after forced full collections before generating and while
 * holding the atlas.
 *
 * <p>The full profile runs it in a JVM of its own with the serial collector (so that used heap
 * after a full collection is exactly the live data) and the quick profile at the start of the JVM
 * that then runs the query benchmarks on the measured atlas, with G1 (whose humongous regions may
 * add a few megabytes); both with a heap below 32 GB (compressed references, as in most
 * deployments). Each repetition measures, from the same empty state: the entities held in plain
 * lists (the baseline), then the built Atlas alone (the lists are dropped; the Atlas keeps its own
 * copies and its indexes). Prints one line per measurement: {@code kind size repetition bytes}, the
 * kind suffixed with {@code SharedIds} when references share the referenced entity's id (see {@link
 * References}).
 */
public final class RetainedHeap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** What is measured, held so that it stays reachable. */
  private static @Nullable Object held;

  private RetainedHeap() {}

  /**
   * Measures in this JVM, printing one line per measurement.
   *
   * @param args the number of partnerships, the number of repetitions, and optionally {@code
   *     shared} for shared references
   */
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int repetitions = Integer.parseInt(args[1]);
    References references =
        args.length > 2 ? References.valueOf(args[2].toUpperCase(Locale.ROOT)) : References.FRESH;
    var unused =
        measure(
            size,
            repetitions,
            references,
            (kind, repetition, bytes) ->
                System.out.printf(Locale.ROOT, "%s %d %d %d%n", kind, size, repetition, bytes));
  }

  /** Receives one measurement. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Receives a measurement.
     *
     * @param kind {@code lists} or {@code atlas}, suffixed with {@code SharedIds} for shared ids
     * @param repetition the repetition, from 0
     * @param bytes the heap retained
     */
    void accept(String kind, int repetition, long bytes);
  }

  /**
   * Measures the heap retained by the entities in lists and by the built atlas, and returns the
   * atlas of the last repetition. Call it early in a JVM: what else the JVM holds is not counted,
   * but must not change while measuring.
   *
   * @param size the number of partnerships
   * @param repetitions the number of repetitions, at least 1
   * @param references how the synthetic entities reference each other
   * @param sink receives each measurement
   * @return the atlas built by the last repetition
   */
  public static Atlas measure(int size, int repetitions, References references, Sink sink) {
    // Load classes and the theme catalogue before the first reading.
    held = SyntheticAtlas.generate(100, 1, references).build();
    held = ThemeCatalogue.standard();
    String suffix = references == References.SHARED ? "SharedIds" : "";
    for (int r = 0; r < repetitions; r++) {
      held = null;
      long empty = usedAfterGc();
      held = SyntheticAtlas.generate(size, Fixtures.SEED, references);
      long lists = usedAfterGc() - empty;
      // Replacing the entities by the atlas leaves only what the atlas retains reachable.
      held = ((SyntheticAtlas) requireNonNull(held)).build();
      long built = usedAfterGc() - empty;
      if (((Atlas) requireNonNull(held)).partnerships().size() != size) {
        throw new IllegalStateException("The atlas does not hold " + size + " partnerships");
      }
      sink.accept("lists" + suffix, r, lists);
      sink.accept("atlas" + suffix, r, built);
    }
    Atlas atlas = (Atlas) requireNonNull(held);
    held = null;
    return atlas;
  }

  private static long usedAfterGc() {
    long previous = Long.MAX_VALUE;
    // Collect until the used heap no longer shrinks (finalizers, soft references).
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (used >= previous) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
