package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Condition.Lookup;
import org.partneratlas.atlas.Condition.Scope;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;

/**
 * What a {@link PartnershipQuery} asks (its certainty, moment, treatment of planned parties and
 * conditions) and how it is run: the condition whose index gives the fewest candidates drives, and
 * the exact predicates of the others (and of the driver, unless its candidates are exactly its
 * matches) are tested on those candidates only. Immutable.
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

  /** The matching partnerships, in the order of the atlas. */
  Stream<Partnership> stream(ImmutableList<Partnership> all, Conditions factory) {
    Scope scope = scope();
    List<Condition> every = every(factory);
    Condition driver = null;
    Lookup best = null;
    for (Condition condition : every) {
      Lookup lookup = condition.lookup.apply(scope);
      if (lookup != null && (best == null || lookup.estimate < best.estimate)) {
        driver = condition;
        best = lookup;
      }
    }
    List<Condition> tests = new ArrayList<>();
    for (Condition condition : every) {
      if (condition != driver || best == null || !best.exact) {
        tests.add(condition);
      }
    }
    Stream<Partnership> candidates =
        best == null ? all.stream() : IntStream.of(best.positions.get()).mapToObj(all::get);
    if (tests.isEmpty()) {
      return candidates;
    }
    return candidates.filter(
        p -> {
          for (Condition test : tests) {
            if (!certainty.accepts(test.test.answer(p, scope))) {
              return false;
            }
          }
          return true;
        });
  }

  /** The number of matches; with a single exact condition, the size of its candidate list. */
  int count(ImmutableList<Partnership> all, Conditions factory) {
    if (isEvery()) {
      return all.size();
    }
    List<Condition> every = every(factory);
    if (every.size() == 1) {
      Lookup lookup = every.get(0).lookup.apply(scope());
      if (lookup != null && lookup.exact) {
        return lookup.positions.get().length;
      }
    }
    return (int) stream(all, factory).count();
  }

  /** The conjunction of the answers of every condition, all tested. */
  Truth answer(Partnership partnership, Conditions factory) {
    Scope scope = scope();
    Truth answer = Truth.YES;
    for (Condition condition : every(factory)) {
      answer = answer.and(condition.test.answer(partnership, scope));
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
    conditions.forEach(c -> parts.add(c.description));
    return parts.stream().collect(Collectors.joining(", ", "PartnershipQuery[", "]"));
  }
}
