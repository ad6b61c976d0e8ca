package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Condition.Lookup;
import org.partneratlas.atlas.Condition.Scope;
import org.partneratlas.atlas.Condition.Shortcut;
import org.partneratlas.atlas.Condition.Verdict;
import org.partneratlas.partnership.Partnership;

/**
 * One run of a {@link QueryPlan}: the candidates, then how each remaining condition is decided on
 * them.
 *
 * <ol>
 *   <li><b>Candidates.</b> The postings of every indexed condition are intersected, smallest first:
 *       the compressed bitmaps (countries, regions, themes) with one another, then the shortest
 *       list drives and every other is probed (bitmaps by membership, sorted lists by a galloping
 *       cursor that only moves forward). The interval index of lives takes part only when it gives
 *       fewer candidates than any postings list; a query without any indexed condition has every
 *       partnership as a candidate.
 *   <li><b>Decided by the index.</b> A condition whose postings were intersected and are exactly
 *       its matches is not tested again. A condition with a {@linkplain Shortcut shortcut} (the
 *       moment's "existed", "active", "affected by", and the conditions on parties and themes for
 *       the partnerships whose parties or themes follow their life) is decided per candidate from
 *       the index arrays where they are certain of the answer, without reading the partnership.
 *   <li><b>Tested.</b> The exact predicates of the rest, cheapest first, on the candidates that are
 *       left.
 * </ol>
 *
 * The order of the atlas is kept throughout: candidates are ascending positions.
 */
final class QueryRun {

  /** The candidates, ascending, or null for every position below {@code size}. */
  private final int @Nullable [] candidates;

  /** The conditions decided per candidate, cheapest first. */
  final Condition[] checks;

  private final Scope scope;

  /** What explain() reports, or null when not explaining. */
  private final @Nullable List<String> sources;

  private final long @Nullable [] decided;
  private final long @Nullable [] rejected;
  private final long @Nullable [] tested;
  private int candidateCount;

  QueryRun(Scope scope, List<Condition> every, int size, boolean explain) {
    this.scope = scope;
    this.sources = explain ? new ArrayList<>() : null;
    int n = every.size();
    Lookup[] lookups = new Lookup[n];
    List<Integer> chosen = new ArrayList<>();
    int minPostings = Integer.MAX_VALUE;
    int bestInterval = -1;
    for (int i = 0; i < n; i++) {
      Lookup lookup = every.get(i).lookup().apply(scope);
      if (lookup == null) {
        continue;
      }
      lookups[i] = lookup;
      if (lookup.interval()) {
        if (bestInterval < 0 || lookup.estimate() < lookups[bestInterval].estimate()) {
          bestInterval = i;
        }
      } else {
        chosen.add(i);
        minPostings = Math.min(minPostings, lookup.estimate());
      }
    }
    if (bestInterval >= 0 && lookups[bestInterval].estimate() < minPostings) {
      chosen.add(bestInterval);
    }
    chosen.sort(Comparator.comparingInt(i -> lookups[i].estimate()));
    boolean[] covered = new boolean[n];
    if (chosen.isEmpty()) {
      candidates = null;
      candidateCount = size;
      if (sources != null) {
        sources.add(String.format(Locale.ROOT, "every partnership: %,d", size));
      }
    } else {
      candidates = intersect(every, lookups, chosen);
      candidateCount = candidates.length;
      for (int i : chosen) {
        covered[i] = lookups[i].exact();
      }
    }
    List<Condition> remaining = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!covered[i]) {
        remaining.add(every.get(i));
      }
    }
    remaining.sort(Comparator.comparingInt(c -> c.cost()));
    checks = remaining.toArray(new Condition[0]);
    decided = explain ? new long[checks.length] : null;
    rejected = explain ? new long[checks.length] : null;
    tested = explain ? new long[checks.length] : null;
  }

  /** The number of candidates. */
  int candidateCount() {
    return candidateCount;
  }

  /** The candidate at an index below {@link #candidateCount()}. */
  int candidate(int k) {
    return candidates == null ? k : candidates[k];
  }

  /**
   * The ascending positions of the candidates: the intersection of the chosen lookups, smallest
   * first.
   */
  private int[] intersect(List<Condition> every, Lookup[] lookups, List<Integer> chosen) {
    org.roaringbitmap.RoaringBitmap bitmap = null;
    boolean owned = false;
    List<int[]> arrays = new ArrayList<>();
    for (int i : chosen) {
      Lookup lookup = lookups[i];
      Supplier<org.roaringbitmap.RoaringBitmap> bitmapOf = lookup.bitmap();
      int found;
      if (bitmapOf != null) {
        org.roaringbitmap.RoaringBitmap b = bitmapOf.get();
        found = b.getCardinality();
        if (bitmap == null) {
          bitmap = b;
        } else if (!owned) {
          bitmap = org.roaringbitmap.RoaringBitmap.and(bitmap, b);
          owned = true;
        } else {
          bitmap.and(b);
        }
      } else {
        int[] positions = java.util.Objects.requireNonNull(lookup.positions()).get();
        found = positions.length;
        arrays.add(positions);
      }
      if (sources != null) {
        sources.add(
            String.format(
                Locale.ROOT,
                "%s %s: %,d%s",
                lookup.interval() ? "life index" : lookup.bitmap() != null ? "bitmap" : "postings",
                every.get(i).description(),
                found,
                lookup.exact() ? " (exact)" : ""));
      }
    }
    if (arrays.isEmpty()) {
      return java.util.Objects.requireNonNull(bitmap).toArray();
    }
    arrays.sort(Comparator.comparingInt(a -> a.length));
    int[] driver;
    List<int[]> probed;
    if (bitmap != null && bitmap.getCardinality() < arrays.get(0).length) {
      driver = bitmap.toArray();
      probed = arrays;
      bitmap = null;
    } else {
      driver = arrays.get(0);
      probed = arrays.subList(1, arrays.size());
    }
    if (bitmap == null && probed.isEmpty()) {
      return driver;
    }
    int[] cursors = new int[probed.size()];
    int[] result = new int[driver.length];
    int count = 0;
    next:
    for (int position : driver) {
      if (bitmap != null && !bitmap.contains(position)) {
        continue;
      }
      for (int j = 0; j < cursors.length; j++) {
        int[] list = probed.get(j);
        int at = gallop(list, cursors[j], position);
        cursors[j] = at;
        if (at == list.length) {
          break next;
        }
        if (list[at] != position) {
          continue next;
        }
      }
      result[count++] = position;
    }
    return count == result.length ? result : Arrays.copyOf(result, count);
  }

  /**
   * The first index at or after {@code from} whose value is at least {@code key}, in a posting list
   * (increasing, distinct positions).
   */
  static int gallop(int[] sorted, int from, int key) {
    if (from >= sorted.length || sorted[from] >= key) {
      return from;
    }
    // sorted[lo] < key: double the step until sorted[hi] >= key or past the end.
    int lo = from;
    int step = 1;
    int hi = from + 1;
    while (hi < sorted.length && sorted[hi] < key) {
      lo = hi;
      step <<= 1;
      hi = lo + step;
    }
    hi = Math.min(hi, sorted.length);
    // Now sorted[lo] < key and (hi == length or sorted[hi] >= key): the answer is in (lo, hi],
    // where the values are distinct, so the JDK's search finds the key or where it would go.
    int found = Arrays.binarySearch(sorted, lo + 1, hi, key);
    return found >= 0 ? found : -found - 1;
  }

  /** Whether the candidate at a position meets every condition left to check. */
  boolean accepts(int position, ImmutableList<Partnership> all) {
    // First what the index decides, without reading the partnership; then the predicates.
    long decidedByIndex = 0;
    for (int j = 0; j < checks.length; j++) {
      Shortcut shortcut = checks[j].shortcut();
      if (shortcut == null) {
        continue;
      }
      Verdict verdict = shortcut.at(position, scope);
      if (verdict == Verdict.REJECT) {
        count(decided, j);
        count(rejected, j);
        return false;
      }
      if (verdict == Verdict.ACCEPT) {
        count(decided, j);
        if (j < Long.SIZE) {
          decidedByIndex |= 1L << j;
        }
      }
    }
    Partnership p = null;
    for (int j = 0; j < checks.length; j++) {
      if (j < Long.SIZE && (decidedByIndex & (1L << j)) != 0) {
        continue;
      }
      if (p == null) {
        p = all.get(position);
      }
      count(tested, j);
      if (!scope.certainty.accepts(checks[j].test().answer(p, scope))) {
        return false;
      }
    }
    return true;
  }

  private static void count(long @Nullable [] counters, int j) {
    if (counters != null) {
      counters[j]++;
    }
  }

  /** The text of {@link PartnershipQuery#explain()}, after every candidate was checked. */
  String explanation(String query, int matches) {
    List<String> lines = new ArrayList<>();
    lines.add(query);
    List<String> from = java.util.Objects.requireNonNull(sources);
    lines.add("candidates: " + String.join(" ∩ ", from) + fmt(" → %,d", candidateCount));
    List<String> byIndex = new ArrayList<>();
    List<String> byPredicate = new ArrayList<>();
    long[] d = java.util.Objects.requireNonNull(decided);
    long[] r = java.util.Objects.requireNonNull(rejected);
    long[] t = java.util.Objects.requireNonNull(tested);
    for (int j = 0; j < checks.length; j++) {
      if (checks[j].shortcut() != null) {
        byIndex.add(fmt("%s %,d decided (%,d rejected)", checks[j].description(), d[j], r[j]));
      }
      if (checks[j].shortcut() == null || t[j] > 0) {
        byPredicate.add(fmt("%s %,d tested", checks[j].description(), t[j]));
      }
    }
    lines.add("by the index: " + (byIndex.isEmpty() ? "nothing more" : String.join(", ", byIndex)));
    lines.add("by predicate: " + (byPredicate.isEmpty() ? "none" : String.join(", ", byPredicate)));
    lines.add(fmt("matches: %,d", matches));
    return String.join("\n", lines);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
