package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;

/**
 * Differential tests: every condition of {@link PartnershipQuery} and {@link ActionQuery}, alone
 * and combined, at a random moment (or none), with or without planned parties, definitely and
 * possibly, gives what a plain stream filter over all partnerships gives with the three-valued
 * oracle of {@link QueryGenerators} (written apart from the library's query code); the definite
 * result is always within the possible one; the query invariants hold on each atlas.
 */
class PartnershipQueryDifferentialTest {

  /** A query of random certainty, moment and planned parties, with its conditions. */
  private static final class Drawn {
    final Certainty certainty;
    final @Nullable DateRange moment;
    final boolean planned;
    final List<QueryGenerators.Condition> conditions;

    Drawn(
        Certainty certainty,
        @Nullable DateRange moment,
        boolean planned,
        List<QueryGenerators.Condition> conditions) {
      this.certainty = certainty;
      this.moment = moment;
      this.planned = planned;
      this.conditions = conditions;
    }

    PartnershipQuery build(Atlas atlas, Certainty certainty) {
      PartnershipQuery query = atlas.query();
      // The order of the calls does not matter: certainty, moment and planned parties apply to the
      // whole query, conditions added before or after them.
      if (moment != null && conditions.size() % 2 == 0) {
        query = query.during(moment);
      }
      for (QueryGenerators.Condition condition : conditions) {
        query = condition.apply.apply(query);
      }
      if (moment != null && conditions.size() % 2 == 1) {
        query = query.during(moment);
      }
      if (planned) {
        query = query.includingPlanned();
      }
      return certainty == Certainty.POSSIBLY ? query.possibly() : query;
    }

    Truth oracle(Partnership p) {
      QueryGenerators.Scope scope = new QueryGenerators.Scope(moment, planned);
      Truth answer =
          moment == null ? Truth.YES : QueryGenerators.holds(p.lifeExtent(), scope.from, scope.to);
      for (QueryGenerators.Condition c : conditions) {
        answer = answer.and(c.oracle.answer(p, scope));
      }
      return answer;
    }

    @Override
    public String toString() {
      return certainty
          + " "
          + (moment == null ? "" : "during " + moment + " ")
          + (planned ? "planned " : "")
          + conditions;
    }
  }

  private static Drawn draw(Atlas atlas, Random r, List<QueryGenerators.Condition> conditions) {
    return new Drawn(
        r.nextBoolean() ? Certainty.DEFINITELY : Certainty.POSSIBLY,
        QueryGenerators.moment(atlas, r),
        r.nextInt(4) == 0,
        conditions);
  }

  private static void assertSameAsOracle(Atlas atlas, Drawn drawn) {
    List<Partnership> definite = check(atlas, drawn, Certainty.DEFINITELY);
    List<Partnership> possible = check(atlas, drawn, Certainty.POSSIBLY);
    assertTrue(possible.containsAll(definite), () -> "definitely not within possibly: " + drawn);
  }

  private static List<Partnership> check(Atlas atlas, Drawn drawn, Certainty certainty) {
    PartnershipQuery query = drawn.build(atlas, certainty);
    List<Partnership> expected =
        atlas.partnerships().stream()
            .filter(p -> certainty.accepts(drawn.oracle(p)))
            .collect(Collectors.toList());
    String what = certainty + " " + drawn + " on " + ids(atlas);
    assertEquals(expected, query.list(), what);
    assertEquals(expected, query.stream().collect(Collectors.toList()), what);
    assertEquals(expected.size(), query.count(), what);
    for (Partnership p : atlas.partnerships().list()) {
      assertEquals(drawn.oracle(p), query.answer(p), () -> what + " " + p.id());
      assertEquals(expected.contains(p), query.matches(p), what);
    }
    return expected;
  }

  private static List<String> ids(Atlas atlas) {
    return atlas.partnerships().stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  @Test
  void everyConditionAloneEqualsAStreamFilterDefinitelyWithinPossibly() {
    qt().withExamples(300)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(seed);
              for (int kind = 0; kind < QueryGenerators.KINDS; kind++) {
                for (int i = 0; i < 3; i++) {
                  assertSameAsOracle(
                      atlas, draw(atlas, r, List.of(QueryGenerators.condition(atlas, r, kind))));
                }
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void combinationsOfConditionsEqualAStreamFilterDefinitelyWithinPossibly() {
    qt().withExamples(300)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(~seed);
              for (int i = 0; i < 10; i++) {
                List<QueryGenerators.Condition> conditions = new ArrayList<>();
                int n = r.nextInt(5);
                for (int c = 0; c < n; c++) {
                  conditions.add(QueryGenerators.condition(atlas, r));
                }
                assertSameAsOracle(atlas, draw(atlas, r, conditions));
              }
              QueryInvariants.check(atlas);
            });
  }

  /** The kinds of condition answered from indexes: postings, bitmaps, lives, crises. */
  private static final int[] INDEXED = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15};

  /**
   * On atlases of up to 150 partnerships, where postings are long enough for the intersection to
   * skip ahead: several indexed conditions together (territory lists with country, region and theme
   * bitmaps, lives, crises), and the compound question of the benchmarks (a theme, active in a
   * year, a country), with tested conditions mixed in.
   */
  @Test
  void intersectionsOfIndexedConditionsEqualAStreamFilter() {
    qt().withExamples(60)
        .forAll(AtlasGenerators.atlases(150), AtlasGenerators.seeds())
        .checkAssert(
            (atlas, seed) -> {
              Random r = new Random(seed);
              for (int i = 0; i < 6; i++) {
                List<QueryGenerators.Condition> conditions = new ArrayList<>();
                int n = 2 + r.nextInt(3);
                for (int c = 0; c < n; c++) {
                  conditions.add(
                      r.nextInt(5) == 0
                          ? QueryGenerators.condition(atlas, r)
                          : QueryGenerators.condition(
                              atlas, r, INDEXED[r.nextInt(INDEXED.length)]));
                }
                assertSameAsOracle(atlas, draw(atlas, r, conditions));
              }
              for (int i = 0; i < 4; i++) {
                List<QueryGenerators.Condition> compound =
                    List.of(
                        QueryGenerators.condition(atlas, r, 15),
                        QueryGenerators.condition(atlas, r, 8),
                        QueryGenerators.condition(atlas, r, 2));
                DateRange year = DateRange.ofYear(QueryGenerators.year(atlas, r));
                assertSameAsOracle(
                    atlas, new Drawn(Certainty.DEFINITELY, year, r.nextBoolean(), compound));
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void gallopFindsTheFirstValueAtLeastTheKeyFromTheCursorOn() {
    qt().withExamples(2000)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int[] sorted = r.ints(r.nextInt(60), 0, 200).sorted().distinct().toArray();
              int from = sorted.length == 0 ? 0 : r.nextInt(sorted.length + 1);
              int key = r.nextInt(220) - 10;
              int expected = from;
              while (expected < sorted.length && sorted[expected] < key) {
                expected++;
              }
              assertEquals(
                  expected,
                  QueryRun.gallop(sorted, from, key),
                  () -> java.util.Arrays.toString(sorted) + " from " + from + " key " + key);
            });
  }

  @Test
  void activeDuringIsDuringThenActive() {
    qt().withExamples(150)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Random r = new Random(seed * 7);
              for (int i = 0; i < 5; i++) {
                DateRange period = AtlasGenerators.dateRange(r);
                int year = QueryGenerators.year(atlas, r);
                assertEquals(
                    atlas.query().during(period).active().list(),
                    atlas.query().activeDuring(period).list());
                assertEquals(
                    atlas.query().possibly().during(year).active().list(),
                    atlas.query().activeDuring(year).possibly().list());
                List<Partnership> expected =
                    atlas.partnerships().stream()
                        .filter(p -> p.activeDuring(period).isYes())
                        .collect(Collectors.toList());
                assertEquals(expected, atlas.query().activeDuring(period).list());
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void aQueryHasOneMoment() {
    Atlas atlas = AtlasGenerators.atlas(42L);
    PartnershipQuery in2015 = atlas.query().during(2015);
    assertEquals(in2015.list(), in2015.during(2015).list());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> in2015.activeDuring(2016));
    assertTrue(e.getMessage().contains("one moment"), e.getMessage());
    QueryInvariants.check(atlas);
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
              PartnershipQuery possibly = base.possibly();
              assertEquals(before, base.list());
              assertTrue(possibly.list().containsAll(before));
              assertEquals(Certainty.DEFINITELY, base.certainty());
              assertSameAsOracle(
                  atlas, new Drawn(Certainty.DEFINITELY, null, false, List.of(first, a)));
              QueryGenerators.Scope any = new QueryGenerators.Scope(null, false);
              assertEquals(
                  withA.list(),
                  before.stream()
                      .filter(p -> a.oracle.answer(p, any).isYes())
                      .collect(Collectors.toList()));
              assertEquals(
                  withB.list(),
                  before.stream()
                      .filter(p -> b.oracle.answer(p, any).isYes())
                      .collect(Collectors.toList()));
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
                Certainty certainty = r.nextBoolean() ? Certainty.DEFINITELY : Certainty.POSSIBLY;
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
                PartnershipQuery partnerships = atlas.query().certainty(certainty);
                QueryGenerators.Scope any = new QueryGenerators.Scope(null, false);
                for (QueryGenerators.Condition c : partnershipConditions) {
                  partnerships = c.apply.apply(partnerships);
                }
                ActionQuery actions = partnerships.actions();
                for (QueryGenerators.ActionCondition c : actionConditions) {
                  actions = c.apply.apply(actions);
                }
                List<Action> expected = new ArrayList<>();
                for (Partnership p : atlas.partnerships().list()) {
                  if (partnershipConditions.stream()
                      .allMatch(c -> certainty.accepts(c.oracle.answer(p, any)))) {
                    for (Action a : p.actions()) {
                      if (actionConditions.stream().allMatch(c -> c.oracle.test(a, certainty))) {
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
