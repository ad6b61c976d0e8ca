package org.partneratlas.benchmarks.heap;

import static java.util.Objects.requireNonNull;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas.References;
import org.partneratlas.theme.ThemeCatalogue;

/**
 * Figure 7: the heap retained by a built atlas, per partnership, measured as the difference of used
 * heap after forced full collections before generating and while holding the atlas.
 *
 * <p>Run in a JVM of its own with a serial collector (so that used heap after a full collection is
 * the live data, without regions or survivor spaces left half-filled) and a heap below 32 GB
 * (compressed references, as in most deployments). Each repetition measures, from the same empty
 * state: the entities held in plain lists (the baseline), then the built Atlas alone (the lists are
 * dropped; the Atlas keeps its own copies and its indexes). Prints one line per measurement: {@code
 * kind size repetition bytes}, the kind suffixed with {@code SharedIds} when references share the
 * referenced entity's id (see {@link References}).
 */
public final class RetainedHeap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** What is measured, held so that it stays reachable. */
  private static @Nullable Object held;

  private RetainedHeap() {}

  /**
   * Measures.
   *
   * @param args the number of partnerships, the number of repetitions, and optionally {@code
   *     shared} for shared references
   */
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int repetitions = Integer.parseInt(args[1]);
    References references =
        args.length > 2 ? References.valueOf(args[2].toUpperCase(Locale.ROOT)) : References.FRESH;
    // Load classes and the theme catalogue before the first reading.
    held = SyntheticAtlas.generate(100, 1, references).build();
    held = ThemeCatalogue.standard();
    for (int r = 0; r < repetitions; r++) {
      held = null;
      long empty = usedAfterGc();
      held = SyntheticAtlas.generate(size, 42, references);
      long lists = usedAfterGc() - empty;
      // Replacing the entities by the atlas leaves only what the atlas retains reachable.
      held = ((SyntheticAtlas) requireNonNull(held)).build();
      long built = usedAfterGc() - empty;
      if (((Atlas) requireNonNull(held)).partnerships().size() != size) {
        throw new IllegalStateException("The atlas does not hold " + size + " partnerships");
      }
      String suffix = references == References.SHARED ? "SharedIds" : "";
      System.out.printf(Locale.ROOT, "lists%s %d %d %d%n", suffix, size, r, lists);
      System.out.printf(Locale.ROOT, "atlas%s %d %d %d%n", suffix, size, r, built);
    }
    held = null;
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
