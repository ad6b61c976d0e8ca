package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.DateRange;

/**
 * Differential tests: every condition of {@link PartnershipQuery} and {@link ActionQuery}, alone
 * and combined, gives what a plain stream filter over all partnerships gives (the oracle), on
 * generated atlases; the query invariants hold on each atlas. 1,100 atlases in all.
 */
class PartnershipQueryDifferentialTest {

  private static void assertSameAsOracle(Atlas atlas, List<QueryGenerators.Condition> conditions) {
    PartnershipQuery query = atlas.query();
    for (QueryGenerators.Condition condition : conditions) {
      query = condition.apply.apply(query);
    }
    List<Partnership> expected =
        atlas.partnerships().stream()
            .filter(p -> conditions.stream().allMatch(c -> c.oracle.test(p)))
            .collect(Collectors.toList());
    String what = conditions + " on " + ids(atlas);
    assertEquals(expected, query.list(), what);
    assertEquals(expected, query.stream().collect(Collectors.toList()), what);
    assertEquals(expected.size(), query.count(), what);
    for (Partnership p : atlas.partnerships()) {
      assertEquals(expected.contains(p), query.matches(p), what);
    }
  }

  private static List<String> ids(Atlas atlas) {
    return atlas.partnerships().stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  @Test
  void everyConditionAloneEqualsAStreamFilter() {
    qt().withExamples(400)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(seed);
              for (int kind = 0; kind < QueryGenerators.KINDS; kind++) {
                for (int i = 0; i < 3; i++) {
                  assertSameAsOracle(atlas, List.of(QueryGenerators.condition(atlas, r, kind)));
                }
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void combinationsOfConditionsEqualAStreamFilter() {
    qt().withExamples(400)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(~seed);
              for (int i = 0; i < 10; i++) {
                List<QueryGenerators.Condition> conditions = new ArrayList<>();
                int n = 2 + r.nextInt(3);
                for (int c = 0; c < n; c++) {
                  conditions.add(QueryGenerators.condition(atlas, r));
                }
                assertSameAsOracle(atlas, conditions);
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void aQueryIsImmutableAndCanBeExtendedInSeveralDirections() {
    qt().withExamples(100)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(seed * 31);
              QueryGenerators.Condition first = QueryGenerators.condition(atlas, r);
              PartnershipQuery base = first.apply.apply(atlas.query());
              List<Partnership> before = base.list();
              QueryGenerators.Condition a = QueryGenerators.condition(atlas, r);
              QueryGenerators.Condition b = QueryGenerators.condition(atlas, r);
              PartnershipQuery withA = a.apply.apply(base);
              PartnershipQuery withB = b.apply.apply(base);
              assertEquals(before, base.list());
              assertSameAsOracle(atlas, List.of(first, a));
              assertEquals(
                  withA.list(), before.stream().filter(a.oracle).collect(Collectors.toList()));
              assertEquals(
                  withB.list(), before.stream().filter(b.oracle).collect(Collectors.toList()));
              QueryInvariants.check(atlas);
            });
  }

  /** The documented order of actions, written independently: dated first, by days, then atlas. */
  private static final Comparator<Action> ACTION_ORDER =
      (x, y) -> {
        if (x.when().isPresent() != y.when().isPresent()) {
          return x.when().isPresent() ? -1 : 1;
        }
        if (x.when().isEmpty()) {
          return 0;
        }
        DateRange a = x.when().get();
        DateRange b = y.when().get();
        int c = Long.compare(a.startEpochDay(), b.startEpochDay());
        return c != 0 ? c : Long.compare(a.endEpochDay(), b.endEpochDay());
      };

  @Test
  void actionQueriesEqualAStreamFilter() {
    qt().withExamples(200)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(seed + 7);
              for (int i = 0; i < 8; i++) {
                List<QueryGenerators.Condition> partnershipConditions = new ArrayList<>();
                int n = r.nextInt(3);
                for (int c = 0; c < n; c++) {
                  partnershipConditions.add(QueryGenerators.condition(atlas, r));
                }
                List<QueryGenerators.ActionCondition> actionConditions = new ArrayList<>();
                int m = r.nextInt(4);
                for (int c = 0; c < m; c++) {
                  actionConditions.add(QueryGenerators.actionCondition(atlas, r));
                }
                PartnershipQuery partnerships = atlas.query();
                for (QueryGenerators.Condition c : partnershipConditions) {
                  partnerships = c.apply.apply(partnerships);
                }
                ActionQuery actions = partnerships.actions();
                for (QueryGenerators.ActionCondition c : actionConditions) {
                  actions = c.apply.apply(actions);
                }
                List<Action> expected = new ArrayList<>();
                for (Partnership p : atlas.partnerships()) {
                  if (partnershipConditions.stream().allMatch(c -> c.oracle.test(p))) {
                    for (Action a : p.actions()) {
                      if (actionConditions.stream().allMatch(c -> c.oracle.test(a))) {
                        expected.add(a);
                      }
                    }
                  }
                }
                expected.sort(ACTION_ORDER); // List.sort is stable: ties stay in atlas order
                String what = partnershipConditions + " " + actionConditions;
                assertEquals(expected, actions.list(), what);
                assertEquals(expected, actions.stream().collect(Collectors.toList()), what);
                assertEquals(expected.size(), actions.count(), what);
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void unknownKeysMatchNothing() {
    Atlas atlas = AtlasGenerators.atlas(42L);
    assertTrue(
        atlas
            .query()
            .involving(org.partneratlas.territory.TerritoryId.of("nowhere"))
            .list()
            .isEmpty());
    assertTrue(
        atlas.query().onTheme(org.partneratlas.theme.ThemeId.of("no.such")).list().isEmpty());
    assertTrue(
        atlas.query().affectedBy(org.partneratlas.crisis.CrisisId.of("none")).list().isEmpty());
    assertEquals(
        0,
        atlas
            .query()
            .involvingWithin(org.partneratlas.territory.TerritoryId.of("nowhere"))
            .count());
    QueryInvariants.check(atlas);
  }
}
