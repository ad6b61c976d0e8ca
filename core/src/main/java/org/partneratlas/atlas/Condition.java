package org.partneratlas.atlas;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;
import org.roaringbitmap.RoaringBitmap;

/**
 * One condition of a {@link PartnershipQuery}: its readable form, its three-valued predicate, when
 * indexed how to find its candidates for a scope, optionally a shortcut that decides it at a
 * position from index arrays without reading the partnership, and the rank of the cost of its
 * predicate (cheaper predicates are tested first).
 *
 * @param description the readable form
 * @param test the predicate
 * @param lookup the candidates an index gives for a scope, or null when it is not indexed
 * @param shortcut what decides the condition from index arrays, if anything
 * @param cost the rank of the cost of the predicate
 */
record Condition(
    String description,
    Test test,
    Function<Scope, @Nullable Lookup> lookup,
    @Nullable Shortcut shortcut,
    int cost) {

  /** Cost ranks of predicates, cheapest first. */
  static final int CHEAP = 1;

  static final int THEMES = 2;
  static final int PARTIES = 3;
  static final int ACTIVITY = 4;
  static final int STATUS = 5;
  static final int ACTIONS = 6;
  static final int CALLER = 7;

  /**
   * A condition indexed by postings lists: {@code candidates} gives ascending positions, at most
   * {@code estimate} of them, among which are all matches in every scope; in a scope where {@code
   * exact} holds, they are exactly the matches.
   */
  static Condition indexed(
      String description,
      Test test,
      int estimate,
      Supplier<int[]> candidates,
      Predicate<Scope> exact,
      int cost) {
    return new Condition(
        description,
        test,
        scope -> Lookup.ofPositions(estimate, candidates, exact.test(scope)),
        null,
        cost);
  }

  /** An indexed condition whose candidates are the union of postings lists. */
  static Condition indexed(String description, Test test, List<int[]> postings, int cost) {
    int estimate = 0;
    for (int[] list : postings) {
      estimate += list.length;
    }
    return indexed(
        description, test, estimate, () -> AtlasIndex.union(postings), scope -> false, cost);
  }

  /** Returns this condition with a shortcut. */
  Condition withShortcut(Shortcut shortcut) {
    return new Condition(description, test, lookup, shortcut, cost);
  }

  /** An indexed condition whose candidates are the union of bitmaps (never exact). */
  static Condition indexedByBitmaps(
      String description, Test test, List<RoaringBitmap> bitmaps, int cost) {
    long estimate = 0;
    for (RoaringBitmap bitmap : bitmaps) {
      estimate += bitmap.getCardinality();
    }
    int total = (int) Math.min(Integer.MAX_VALUE, estimate);
    Supplier<RoaringBitmap> union =
        bitmaps.size() == 1
            ? () -> bitmaps.get(0)
            : () -> RoaringBitmap.or(bitmaps.toArray(new RoaringBitmap[0]));
    Lookup lookup = Lookup.ofBitmap(total, union);
    return new Condition(description, test, scope -> lookup, null, cost);
  }

  static Condition tested(String description, Test test, int cost) {
    return new Condition(description, test, scope -> null, null, cost);
  }

  /** What a query is evaluated with: its certainty, moment and treatment of planned parties. */
  static final class Scope {
    final Certainty certainty;
    final @Nullable DateRange moment;
    final PlannedParties planned;
    final long from;
    final long to;

    Scope(Certainty certainty, @Nullable DateRange moment, PlannedParties planned) {
      this.certainty = certainty;
      this.moment = moment;
      this.planned = planned;
      this.from = moment == null ? Long.MIN_VALUE : moment.startEpochDay();
      this.to = moment == null ? Long.MAX_VALUE : moment.endEpochDay();
    }

    DateRange period() {
      return moment == null ? DateRange.unbounded() : moment;
    }
  }

  /** The three-valued predicate of a condition. */
  @FunctionalInterface
  interface Test {
    Truth answer(Partnership p, Scope scope);
  }

  /** What a shortcut says of a candidate. */
  enum Verdict {
    /** The condition is met, under the scope's certainty. */
    ACCEPT,
    /** The condition is not met, under the scope's certainty. */
    REJECT,
    /** The index does not tell: test the predicate. */
    TEST
  }

  /**
   * Decides a condition at a position from index arrays, without reading the partnership, when the
   * index is certain of the answer; otherwise says {@link Verdict#TEST}. Never contradicts the
   * predicate. The shortcut of a condition with postings is only asked about positions in its
   * postings (every postings list takes part in the intersection that gives the candidates).
   */
  @FunctionalInterface
  interface Shortcut {
    Verdict at(int position, Scope scope);
  }

  /**
   * The candidates an index gives for a condition, at most {@code estimate}: ascending positions or
   * a bitmap of them. An interval lookup (of lives) is used as a source of candidates only when it
   * is the smallest; otherwise its condition is decided per candidate.
   *
   * @param estimate the most candidates there may be
   * @param positions the ascending positions, unless a bitmap gives them
   * @param bitmap the positions as a bitmap, unless given as an array
   * @param exact whether the candidates are exactly the matches
   * @param interval whether this is an interval lookup of lives rather than postings
   */
  record Lookup(
      int estimate,
      @Nullable Supplier<int[]> positions,
      @Nullable Supplier<RoaringBitmap> bitmap,
      boolean exact,
      boolean interval) {

    static Lookup ofPositions(int estimate, Supplier<int[]> positions, boolean exact) {
      return new Lookup(estimate, positions, null, exact, false);
    }

    static Lookup ofBitmap(int estimate, Supplier<RoaringBitmap> bitmap) {
      return new Lookup(estimate, null, bitmap, false, false);
    }

    static Lookup ofInterval(int estimate, Supplier<int[]> positions) {
      return new Lookup(estimate, positions, null, false, true);
    }
  }
}
