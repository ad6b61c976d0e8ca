package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Condition.Scope;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;

/**
 * What a {@link PartnershipQuery} asks (its certainty, moment, treatment of planned parties and
 * conditions) and how it is run ({@link Run}): the postings of every indexed condition are
 * intersected, smallest first; each remaining condition is then decided on those candidates by the
 * index where it can be (the life index, by position) and otherwise by its exact predicate,
 * cheapest first. Immutable.
 */
final class QueryPlan {

  static final QueryPlan EVERY =
      new QueryPlan(Certainty.DEFINITELY, null, false, ImmutableList.of());

  final Certainty certainty;
  final @Nullable DateRange moment;
  final boolean includePlanned;
  final ImmutableList<Condition> conditions;

  private QueryPlan(
      Certainty certainty,
      @Nullable DateRange moment,
      boolean includePlanned,
      ImmutableList<Condition> conditions) {
    this.certainty = certainty;
    this.moment = moment;
    this.includePlanned = includePlanned;
    this.conditions = conditions;
  }

  QueryPlan with(Condition condition) {
    return new QueryPlan(
        certainty,
        moment,
        includePlanned,
        ImmutableList.<Condition>builder().addAll(conditions).add(condition).build());
  }

  QueryPlan withCertainty(Certainty certainty) {
    requireNonNull(certainty, "certainty");
    return new QueryPlan(certainty, moment, includePlanned, conditions);
  }

  QueryPlan includingPlanned() {
    return new QueryPlan(certainty, moment, true, conditions);
  }

  QueryPlan during(DateRange period) {
    requireNonNull(period, "period");
    if (moment != null && !moment.equals(period)) {
      throw new IllegalStateException(
          "This query is already scoped to "
              + moment
              + ": a question has one moment; start another query for "
              + period);
    }
    return new QueryPlan(certainty, period, includePlanned, conditions);
  }

  /** Whether the plan keeps every partnership: no condition, no moment. */
  boolean isEvery() {
    return conditions.isEmpty() && moment == null;
  }

  private Scope scope() {
    return new Scope(
        certainty, moment, includePlanned ? PlannedParties.INCLUDED : PlannedParties.EXCLUDED);
  }

  /** The conditions to run: those of the query, after "existed then" if there is a moment. */
  private ImmutableList<Condition> every(Conditions factory) {
    if (moment == null) {
      return conditions;
    }
    return ImmutableList.<Condition>builderWithExpectedSize(conditions.size() + 1)
        .add(factory.existed())
        .addAll(conditions)
        .build();
  }

  /** Runs the plan: chooses the candidates, then how each remaining condition is decided. */
  private QueryRun run(int size, Conditions factory, boolean explain) {
    return new QueryRun(scope(), every(factory), size, explain);
  }

  /**
   * The matching partnerships, in the order of the atlas; the candidates are chosen now, the rest
   * is checked as the stream is consumed.
   */
  Stream<Partnership> stream(ImmutableList<Partnership> all, Conditions factory) {
    QueryRun run = run(all.size(), factory, false);
    IntStream positions = IntStream.range(0, run.candidateCount()).map(run::candidate);
    if (run.checks.length > 0) {
      positions = positions.filter(position -> run.accepts(position, all));
    }
    return positions.mapToObj(all::get);
  }

  /** The matching partnerships, in the order of the atlas, as a list. */
  ImmutableList<Partnership> list(ImmutableList<Partnership> all, Conditions factory) {
    QueryRun run = run(all.size(), factory, false);
    int n = run.candidateCount();
    if (run.checks.length == 0) {
      ImmutableList.Builder<Partnership> result = ImmutableList.builderWithExpectedSize(n);
      for (int k = 0; k < n; k++) {
        result.add(all.get(run.candidate(k)));
      }
      return result.build();
    }
    ImmutableList.Builder<Partnership> result = ImmutableList.builder();
    for (int k = 0; k < n; k++) {
      int position = run.candidate(k);
      if (run.accepts(position, all)) {
        result.add(all.get(position));
      }
    }
    return result.build();
  }

  /** The number of matches, counted without making a list. */
  int count(ImmutableList<Partnership> all, Conditions factory) {
    if (isEvery()) {
      return all.size();
    }
    QueryRun run = run(all.size(), factory, false);
    int n = run.candidateCount();
    if (run.checks.length == 0) {
      return n;
    }
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (run.accepts(run.candidate(k), all)) {
        count++;
      }
    }
    return count;
  }

  /** What a run of the plan did, for {@link PartnershipQuery#explain()}. */
  String explain(ImmutableList<Partnership> all, Conditions factory) {
    QueryRun run = run(all.size(), factory, true);
    int matches = 0;
    for (int k = 0; k < run.candidateCount(); k++) {
      if (run.checks.length == 0 || run.accepts(run.candidate(k), all)) {
        matches++;
      }
    }
    return run.explanation(toString(), matches);
  }

  /** The conjunction of the answers of every condition, all tested. */
  Truth answer(Partnership partnership, Conditions factory) {
    Scope scope = scope();
    Truth answer = Truth.YES;
    for (Condition condition : every(factory)) {
      answer = answer.and(condition.test().answer(partnership, scope));
      if (answer == Truth.NO) {
        return answer;
      }
    }
    return answer;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(certainty.toString());
    if (moment != null) {
      parts.add("during(" + moment + ")");
    }
    if (includePlanned) {
      parts.add("includingPlanned");
    }
    conditions.forEach(c -> parts.add(c.description()));
    return parts.stream().collect(Collectors.joining(", ", "PartnershipQuery[", "]"));
  }
}
