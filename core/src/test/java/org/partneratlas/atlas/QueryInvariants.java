package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.EndpointPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.ModalityMix;
import org.partneratlas.report.PartnershipNetwork;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.report.Timeline;
import org.partneratlas.report.TimelineEvent;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;

/**
 * The invariants that hold across the queries of any atlas, checked once here and run after every
 * query test, as Guava's {@code AbstractGraphTest.validateGraph} does for graphs.
 *
 * <ul>
 *   <li>partners are parties of a common partnership at the same time: exactly those the oracle of
 *       {@link QueryGenerators#linked} says are (definitely, possibly, with or without planned
 *       parties), the definite ones among the possible ones, and the partner relation is symmetric;
 *   <li>the portfolio agrees with the query: {@code partnershipsOf(t)} is every partnership with
 *       {@code t} as a party, and the possible answers of {@code includingPlanned().involving(t)}
 *       and {@code includingPlanned().involvingWithin(t)} are within the portfolio;
 *   <li>timelines (of every partnership, territory, and territory with its subdivisions) are
 *       sorted, with ties in atlas order;
 *   <li>statistics add up to the total, and agree with the corresponding query counts;
 *   <li>the network degree of every territory equals its number of distinct partners, and every
 *       edge's partnerships join both its ends;
 *   <li>crisis reports agree with the crisis query, and their modality counts add up;
 *   <li>every territory is found by each of its names and aliases.
 * </ul>
 */
public final class QueryInvariants {

  private QueryInvariants() {}

  /**
   * Checks every invariant on an atlas.
   *
   * @param atlas the atlas
   */
  public static void check(Atlas atlas) {
    partnersAreSymmetric(atlas);
    portfolioAgreesWithQuery(atlas);
    timelinesAreSorted(atlas);
    statisticsAddUp(atlas);
    networkDegreeIsNumberOfPartners(atlas);
    crisisReportsAgree(atlas);
    everyTerritoryIsFoundByItsNames(atlas);
  }

  static void partnersAreSymmetric(Atlas atlas) {
    for (Partnership p : atlas.partnerships().list()) {
      for (TerritoryId a : p.territories()) {
        assertTrue(atlas.partnershipsOf(a).contains(p), () -> p.id() + " not in portfolio of " + a);
      }
    }
    for (Certainty certainty : Certainty.values()) {
      for (PlannedParties planned : PlannedParties.values()) {
        for (Territory t : atlas.territories().list()) {
          Set<TerritoryId> expected = new HashSet<>();
          for (Partnership p : atlas.partnerships().list()) {
            for (TerritoryId other : p.territories()) {
              if (certainty.accepts(
                  QueryGenerators.linked(p, t.id(), other, planned == PlannedParties.INCLUDED))) {
                expected.add(other);
              }
            }
          }
          Set<TerritoryId> partners =
              atlas.partnersOf(t.id(), certainty, planned).stream()
                  .map(Territory::id)
                  .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
          assertEquals(expected, partners, () -> "partners of " + t.id() + " " + certainty);
          assertTrue(!partners.contains(t.id()), () -> t.id() + " its own partner");
          assertTrue(
              ids(atlas.partnersOf(t.id(), Certainty.POSSIBLY, planned)).containsAll(partners),
              () -> "definite partners not within possible ones, " + t.id());
          for (TerritoryId partner : partners) {
            assertTrue(
                ids(atlas.partnersOf(partner, certainty, planned)).contains(t.id()),
                () -> "partner relation not symmetric between " + t.id() + " and " + partner);
          }
        }
      }
    }
    for (Territory t : atlas.territories().list()) {
      assertEquals(
          ids(atlas.partnersOf(t.id(), Certainty.DEFINITELY, PlannedParties.EXCLUDED)),
          ids(atlas.partnersOf(t.id())));
    }
  }

  static void portfolioAgreesWithQuery(Atlas atlas) {
    assertEquals(atlas.partnerships().list(), atlas.query().list());
    assertEquals(atlas.partnerships().size(), atlas.query().count());
    for (Territory t : atlas.territories().list()) {
      List<Partnership> structural =
          atlas.partnerships().stream()
              .filter(p -> p.territories().contains(t.id()))
              .collect(Collectors.toList());
      assertEquals(structural, atlas.partnershipsOf(t.id()));
      assertTrue(
          atlas
              .partnershipsOf(t.id())
              .containsAll(atlas.query().includingPlanned().possibly().involving(t.id()).list()));
      assertTrue(
          atlas
              .partnershipsWithin(t.id())
              .containsAll(
                  atlas.query().includingPlanned().possibly().involvingWithin(t.id()).list()));
      assertTrue(atlas.partnershipsWithin(t.id()).containsAll(atlas.partnershipsOf(t.id())));
      assertTrue(atlas.partnershipsOf(t.id()).containsAll(atlas.query().involving(t.id()).list()));
      assertTrue(
          atlas
              .query()
              .possibly()
              .involving(t.id())
              .list()
              .containsAll(atlas.query().involving(t.id()).list()));
    }
  }

  static void timelinesAreSorted(Atlas atlas) {
    for (Partnership p : atlas.partnerships().list()) {
      assertSorted(atlas, Timeline.ofPartnership(atlas, p.id()));
    }
    for (Territory t : atlas.territories().list()) {
      Timeline own = Timeline.ofTerritory(atlas, t.id());
      Timeline within = Timeline.ofTerritoryAndSubdivisions(atlas, t.id());
      assertSorted(atlas, own);
      assertSorted(atlas, within);
      assertTrue(within.events().containsAll(own.events()));
    }
  }

  /** Checks the order of a timeline: chronological, then atlas order of the partnerships. */
  public static void assertSorted(Atlas atlas, Timeline timeline) {
    List<PartnershipId> order = new ArrayList<>();
    atlas.partnerships().forEach(p -> order.add(p.id()));
    ImmutableList<TimelineEvent> events = timeline.events();
    for (int i = 1; i < events.size(); i++) {
      TimelineEvent before = events.get(i - 1);
      TimelineEvent after = events.get(i);
      int c = TimelineEvent.CHRONOLOGICAL.compare(before, after);
      assertTrue(c <= 0, () -> "timeline out of order: " + before + " then " + after);
      if (c == 0) {
        assertTrue(
            order.indexOf(before.partnership()) <= order.indexOf(after.partnership()),
            () -> "tie out of atlas order: " + before + " then " + after);
      }
    }
  }

  static void statisticsAddUp(Atlas atlas) {
    PartnershipStatistics stats = PartnershipStatistics.of(atlas);
    int total = atlas.partnerships().size();
    assertEquals(total, stats.total());
    assertEquals(total, sum(stats.byKind()));
    assertEquals(total, sum(stats.byStatus()) + stats.withUnknownStatus());
    assertEquals(total, sum(stats.byDecadeOfStart()) + stats.withUnknownStart());
    int withTheme = (int) atlas.partnerships().stream().filter(p -> !p.themes().isEmpty()).count();
    assertEquals(total, withTheme + stats.withoutTheme());
    for (Map.Entry<PartnershipKind, Integer> e : stats.byKind().entrySet()) {
      assertEquals(atlas.query().ofKind(e.getKey()).count(), e.getValue());
    }
    for (Map.Entry<CountryCode, Integer> e : stats.byCountry().entrySet()) {
      assertTrue(e.getValue() >= 1 && e.getValue() <= total);
      // Statistics count every party, planned included, whatever its period.
      long structural =
          atlas.partnerships().stream()
              .filter(
                  p ->
                      p.territories().stream()
                          .anyMatch(
                              t -> atlas.territories().require(t).country().equals(e.getKey())))
              .count();
      assertEquals(structural, e.getValue().longValue());
      assertTrue(
          atlas.query().possibly().includingPlanned().inCountry(e.getKey()).count()
              <= e.getValue());
    }
    for (Map.Entry<M49Region, Integer> e : stats.byContinent().entrySet()) {
      assertTrue(e.getValue() >= 1 && e.getValue() <= total);
      assertTrue(
          atlas.query().possibly().includingPlanned().inRegion(e.getKey()).count() <= e.getValue());
    }
    for (Map.Entry<ThemeId, Integer> e : stats.byTheme().entrySet()) {
      // At any time, sub-themes included: at least the count without sub-themes.
      long within =
          atlas.partnerships().stream()
              .filter(p -> p.themes().stream().anyMatch(t -> t.theme().isWithin(e.getKey())))
              .count();
      assertTrue(e.getValue() >= 1 && e.getValue() <= within);
    }
    // Every partnership has a country; those with a continent plus those without make the total.
    int withCountry =
        (int) atlas.partnerships().stream().filter(p -> !p.territories().isEmpty()).count();
    assertEquals(total, withCountry);
    int withContinent = 0;
    for (Partnership p : atlas.partnerships().list()) {
      boolean any = false;
      for (M49Region continent : stats.byContinent().keySet()) {
        for (TerritoryId t : p.territories()) {
          any |= M49.contains(continent, atlas.territories().require(t).country());
        }
      }
      withContinent += any ? 1 : 0;
    }
    assertEquals(total, withContinent + stats.withoutContinent());
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  static void networkDegreeIsNumberOfPartners(Atlas atlas) {
    PartnershipNetwork network = PartnershipNetwork.of(atlas);
    assertEquals(atlas.territories().size(), network.graph().nodes().size());
    for (Territory t : atlas.territories().list()) {
      assertEquals(
          ids(atlas.partnersOf(t.id())).size(), network.degree(t.id()), () -> "degree " + t.id());
      assertEquals(ids(atlas.partnersOf(t.id())).asList(), network.partnersOf(t.id()).asList());
    }
    for (EndpointPair<TerritoryId> edge : network.graph().edges()) {
      List<PartnershipId> ids = network.graph().edgeValueOrDefault(edge, ImmutableList.of());
      assertTrue(!ids.isEmpty());
      for (PartnershipId id : ids) {
        Partnership p = atlas.partnerships().require(id);
        assertTrue(
            QueryGenerators.linked(p, edge.nodeU(), edge.nodeV(), false).isYes(),
            () -> edge + " not definitely linked by " + id);
      }
    }
    Set<TerritoryId> grouped = new HashSet<>();
    for (Set<TerritoryId> group : network.connectedGroups()) {
      assertTrue(group.size() >= 2);
      for (TerritoryId t : group) {
        assertTrue(grouped.add(t), () -> t + " in two groups");
        assertTrue(group.containsAll(ids(atlas.partnersOf(t))));
      }
    }
  }

  static void crisisReportsAgree(Atlas atlas) {
    for (Crisis crisis : atlas.crises().list()) {
      CrisisReport report = CrisisReport.of(atlas, crisis.id());
      assertEquals(atlas.query().affectedBy(crisis.id()).list(), report.affectedPartnerships());
      assertEquals(
          atlas.query().possibly().affectedBy(crisis.id()).list(),
          report.possiblyAffectedPartnerships());
      assertTrue(report.possiblyAffectedPartnerships().containsAll(report.affectedPartnerships()));
      for (ActionStatus status :
          List.of(ActionStatus.CANCELLED, ActionStatus.POSTPONED, ActionStatus.MOVED_ONLINE)) {
        assertTrue(
            report
                .disruptedActions(status, Certainty.POSSIBLY)
                .containsAll(report.disruptedActions(status)));
      }
      int counted = 0;
      for (Partnership p : report.affectedPartnerships()) {
        for (Action a : p.actions()) {
          if ((a.status() == ActionStatus.HELD || a.status() == ActionStatus.MOVED_ONLINE)
              && a.when().isPresent()
              && !(a.when().get().isOpenStart() && a.when().get().isOpenEnd())) {
            counted++;
          }
        }
      }
      int total = 0;
      Integer previous = null;
      for (Map.Entry<Integer, ModalityMix> e : report.modalitiesByYear().entrySet()) {
        assertEquals(e.getKey().intValue(), e.getValue().year());
        if (previous != null) {
          assertEquals(previous + 1, e.getKey().intValue(), "years without gaps");
        }
        previous = e.getKey();
        total += e.getValue().total();
      }
      assertEquals(counted, total, () -> "modality counts of " + crisis.id());
    }
  }

  static void everyTerritoryIsFoundByItsNames(Atlas atlas) {
    for (Territory t : atlas.territories().list()) {
      List<String> names = new ArrayList<>(t.names().asMap().values());
      names.addAll(t.aliases());
      for (String name : names) {
        assertTrue(
            atlas.territories().named(name).contains(t), () -> t.id() + " not found by " + name);
      }
    }
  }

  /** The ids of some territories, in their order. */
  public static com.google.common.collect.ImmutableSet<TerritoryId> ids(
      List<Territory> territories) {
    return territories.stream()
        .map(Territory::id)
        .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
  }
}
