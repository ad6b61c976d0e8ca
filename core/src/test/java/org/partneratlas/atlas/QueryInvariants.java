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
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisReport;
import org.partneratlas.crisis.ModalityMix;
import org.partneratlas.geography.M49Region;
import org.partneratlas.network.PartnershipNetwork;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.statistics.PartnershipStatistics;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.timeline.Timeline;
import org.partneratlas.timeline.TimelineEvent;

/**
 * The invariants that hold across the queries of any atlas, checked once here and run after every
 * query test, as Guava's {@code AbstractGraphTest.validateGraph} does for graphs.
 *
 * <ul>
 *   <li>partnership is symmetric: parties of a common partnership are each other's partners, and
 *       the partner relation is symmetric;
 *   <li>the portfolio agrees with the query: {@code partnershipsOf(t)} and {@code
 *       partnershipsWithin(t)} equal {@code involving(t)} and {@code involvingWithin(t)};
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
    for (Partnership p : atlas.partnerships()) {
      for (TerritoryId a : p.territories()) {
        assertTrue(atlas.partnershipsOf(a).contains(p), () -> p.id() + " not in portfolio of " + a);
        for (TerritoryId b : p.territories()) {
          if (!a.equals(b)) {
            assertTrue(atlas.partnersOf(a).contains(b), () -> b + " not a partner of " + a);
          }
        }
      }
    }
    for (Territory t : atlas.territories()) {
      assertTrue(!atlas.partnersOf(t.id()).contains(t.id()), () -> t.id() + " its own partner");
      for (TerritoryId partner : atlas.partnersOf(t.id())) {
        assertTrue(
            atlas.partnersOf(partner).contains(t.id()),
            () -> "partner relation not symmetric between " + t.id() + " and " + partner);
      }
    }
  }

  static void portfolioAgreesWithQuery(Atlas atlas) {
    assertEquals(atlas.partnerships(), atlas.query().list());
    assertEquals(atlas.partnerships().size(), atlas.query().count());
    for (Territory t : atlas.territories()) {
      assertEquals(atlas.partnershipsOf(t.id()), atlas.query().involving(t.id()).list());
      assertEquals(atlas.partnershipsWithin(t.id()), atlas.query().involvingWithin(t.id()).list());
      assertTrue(atlas.partnershipsWithin(t.id()).containsAll(atlas.partnershipsOf(t.id())));
    }
  }

  static void timelinesAreSorted(Atlas atlas) {
    for (Partnership p : atlas.partnerships()) {
      assertSorted(atlas, Timeline.ofPartnership(atlas, p.id()));
    }
    for (Territory t : atlas.territories()) {
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
    assertEquals(total, sum(stats.byStatus()));
    assertEquals(total, sum(stats.byDecadeOfStart()) + stats.withUnknownStart());
    int withTheme = (int) atlas.partnerships().stream().filter(p -> !p.themes().isEmpty()).count();
    assertEquals(total, withTheme + stats.withoutTheme());
    for (Map.Entry<PartnershipKind, Integer> e : stats.byKind().entrySet()) {
      assertEquals(atlas.query().ofKind(e.getKey()).count(), e.getValue());
    }
    for (Map.Entry<CountryCode, Integer> e : stats.byCountry().entrySet()) {
      assertTrue(e.getValue() >= 1 && e.getValue() <= total);
      assertEquals(atlas.query().inCountry(e.getKey()).count(), e.getValue());
    }
    for (Map.Entry<M49Region, Integer> e : stats.byContinent().entrySet()) {
      assertTrue(e.getValue() >= 1 && e.getValue() <= total);
      assertEquals(atlas.query().inRegion(e.getKey()).count(), e.getValue());
    }
    for (Map.Entry<ThemeId, Integer> e : stats.byTheme().entrySet()) {
      assertTrue(e.getValue() >= 1 && e.getValue() <= atlas.query().onTheme(e.getKey()).count());
    }
    // Every partnership has a country; those with a continent plus those without make the total.
    int withCountry =
        (int) atlas.partnerships().stream().filter(p -> !p.territories().isEmpty()).count();
    assertEquals(total, withCountry);
    int withContinent = 0;
    for (Partnership p : atlas.partnerships()) {
      boolean any = false;
      for (M49Region continent : stats.byContinent().keySet()) {
        any |= atlas.query().inRegion(continent).matches(p);
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
    for (Territory t : atlas.territories()) {
      assertEquals(
          atlas.partnersOf(t.id()).size(), network.degree(t.id()), () -> "degree " + t.id());
      assertEquals(atlas.partnersOf(t.id()).asList(), network.partnersOf(t.id()).asList());
    }
    for (EndpointPair<TerritoryId> edge : network.graph().edges()) {
      List<PartnershipId> ids = network.graph().edgeValueOrDefault(edge, ImmutableList.of());
      assertTrue(!ids.isEmpty());
      for (PartnershipId id : ids) {
        Partnership p = atlas.requirePartnership(id);
        assertTrue(
            p.territories().contains(edge.nodeU()) && p.territories().contains(edge.nodeV()));
      }
    }
    Set<TerritoryId> grouped = new HashSet<>();
    for (Set<TerritoryId> group : network.connectedGroups()) {
      assertTrue(group.size() >= 2);
      for (TerritoryId t : group) {
        assertTrue(grouped.add(t), () -> t + " in two groups");
        assertTrue(group.containsAll(atlas.partnersOf(t)));
      }
    }
  }

  static void crisisReportsAgree(Atlas atlas) {
    for (Crisis crisis : atlas.crises()) {
      CrisisReport report = CrisisReport.of(atlas, crisis.id());
      assertEquals(atlas.query().affectedBy(crisis.id()).list(), report.affectedPartnerships());
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
    for (Territory t : atlas.territories()) {
      List<String> names = new ArrayList<>(t.names().asMap().values());
      names.addAll(t.aliases());
      for (String name : names) {
        assertTrue(
            atlas.territoriesNamed(name).contains(t), () -> t.id() + " not found by " + name);
      }
    }
  }
}
