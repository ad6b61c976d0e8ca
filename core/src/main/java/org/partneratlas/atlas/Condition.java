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

/**
 * One condition of a {@link PartnershipQuery}: its readable form, its three-valued predicate and,
 * when indexed, how to find its candidates for a scope.
 */
final class Condition {
  final String description;
  final Test test;
  final Function<Scope, @Nullable Lookup> lookup;

  Condition(String description, Test test, Function<Scope, @Nullable Lookup> lookup) {
    this.description = description;
    this.test = test;
    this.lookup = lookup;
  }

  /**
   * An indexed condition: {@code candidates} gives ascending positions, at most {@code estimate} of
   * them, among which are all matches in every scope; in a scope where {@code exact} holds, they
   * are exactly the matches.
   */
  static Condition indexed(
      String description,
      Test test,
      int estimate,
      Supplier<int[]> candidates,
      Predicate<Scope> exact) {
    return new Condition(
        description, test, scope -> new Lookup(estimate, candidates, exact.test(scope)));
  }

  /** An indexed condition whose candidates are the union of postings lists. */
  static Condition indexed(
      String description, Test test, List<int[]> postings, Predicate<Scope> exact) {
    int estimate = 0;
    for (int[] list : postings) {
      estimate += list.length;
    }
    int total = estimate;
    return indexed(description, test, total, () -> AtlasIndex.union(postings), exact);
  }

  static Condition tested(String description, Test test) {
    return new Condition(description, test, scope -> null);
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

  /** The candidates an index gives for a condition: ascending positions, at most estimate. */
  static final class Lookup {
    final int estimate;
    final Supplier<int[]> positions;

    /** Whether the candidates are exactly the matches. */
    final boolean exact;

    Lookup(int estimate, Supplier<int[]> positions, boolean exact) {
      this.estimate = estimate;
      this.positions = positions;
      this.exact = exact;
    }
  }
}
