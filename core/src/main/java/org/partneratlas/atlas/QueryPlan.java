package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
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
 * How a {@link PartnershipQuery} is run: the condition whose index gives the fewest candidates
 * drives, and the exact predicates of the others (and of the driver, unless its candidates are
 * exactly its matches) are tested on those candidates only.
 */
final class QueryPlan {

  private final ImmutableList<Partnership> all;
  private final Certainty certainty;
  private final Scope scope;
  private final List<Condition> conditions;

  QueryPlan(
      Atlas atlas,
      Conditions factory,
      Certainty certainty,
      @Nullable DateRange moment,
      boolean includePlanned,
      List<Condition> conditions) {
    this.all = atlas.partnerships().list();
    this.certainty = certainty;
    this.scope =
        new Scope(
            certainty, moment, includePlanned ? PlannedParties.INCLUDED : PlannedParties.EXCLUDED);
    if (moment == null) {
      this.conditions = conditions;
    } else {
      List<Condition> every = new ArrayList<>(conditions.size() + 1);
      every.add(factory.existed());
      every.addAll(conditions);
      this.conditions = every;
    }
  }

  /** The matching partnerships, in the order of the atlas. */
  Stream<Partnership> stream() {
    Condition driver = null;
    Lookup best = null;
    for (Condition condition : conditions) {
      Lookup lookup = condition.lookup.apply(scope);
      if (lookup != null && (best == null || lookup.estimate < best.estimate)) {
        driver = condition;
        best = lookup;
      }
    }
    List<Condition> tests = new ArrayList<>();
    for (Condition condition : conditions) {
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
  int count() {
    if (conditions.isEmpty()) {
      return all.size();
    }
    if (conditions.size() == 1) {
      Lookup lookup = conditions.get(0).lookup.apply(scope);
      if (lookup != null && lookup.exact) {
        return lookup.positions.get().length;
      }
    }
    return (int) stream().count();
  }

  /** The conjunction of the answers of every condition, all tested. */
  Truth answer(Partnership partnership) {
    Truth answer = Truth.YES;
    for (Condition condition : conditions) {
      answer = answer.and(condition.test.answer(partnership, scope));
      if (answer == Truth.NO) {
        return answer;
      }
    }
    return answer;
  }
}
