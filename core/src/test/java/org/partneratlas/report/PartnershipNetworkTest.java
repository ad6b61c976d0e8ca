package org.partneratlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.BrestPortfolio.CADIZ;
import static org.partneratlas.atlas.BrestPortfolio.DUN_LAOGHAIRE;
import static org.partneratlas.atlas.BrestPortfolio.KIEL;
import static org.partneratlas.atlas.BrestPortfolio.SAPONE;
import static org.partneratlas.testing.SeedAtlas.BREST;
import static org.partneratlas.testing.SeedAtlas.BREST_METROPOLE;
import static org.partneratlas.testing.SeedAtlas.CHUBUT;
import static org.partneratlas.testing.SeedAtlas.PATAGONIA;
import static org.partneratlas.testing.SeedAtlas.TIERRA_DEL_FUEGO;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ;
import static org.partneratlas.testing.SeedAtlas.XALAPA;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.BrestPortfolio;
import org.partneratlas.atlas.QueryGenerators;
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.Truth;

/** The cooperation network: degrees, common partners, groups and shortest chains. */
class PartnershipNetworkTest {

  @Test
  void theNetworkOfBrestAndItsPartners() {
    Atlas atlas = BrestPortfolio.atlas();
    PartnershipNetwork network = PartnershipNetwork.of(atlas);
    assertEquals(atlas.territories().size(), network.graph().nodes().size());
    // Definitely: Chubut (2010, end unknown) may have left before Brest Métropole (2010) joined;
    // Xalapa is planned.
    assertEquals(2, network.degree(BREST_METROPOLE));
    assertEquals(4, network.degree(BREST));
    assertEquals(0, network.degree(XALAPA));
    assertEquals(0, network.degree(CHUBUT));
    assertEquals(0, network.degree(TerritoryId.of("fr")));
    assertEquals(List.of(BREST, BREST_METROPOLE), network.mostConnected(2));
    assertEquals(List.of(), network.partnersInCommon(CHUBUT, TIERRA_DEL_FUEGO).asList());
    assertEquals(
        List.of(
            Set.of(BREST, KIEL, DUN_LAOGHAIRE, CADIZ, SAPONE),
            Set.of(BREST_METROPOLE, TIERRA_DEL_FUEGO, VERACRUZ)),
        network.connectedGroups());
    assertEquals(
        Optional.of(List.of(KIEL)),
        network.shortestChain(KIEL, KIEL).map(l -> (List<TerritoryId>) l));
    assertEquals(Optional.empty(), network.shortestChain(KIEL, CHUBUT));
    assertEquals(Optional.empty(), network.shortestChain(CHUBUT, XALAPA));

    // Possibly: Chubut may have taken part with Brest Métropole, and with Tierra del Fuego.
    PartnershipNetwork possibly =
        PartnershipNetwork.of(
            atlas, atlas.partnerships().list(), Certainty.POSSIBLY, PlannedParties.EXCLUDED);
    assertEquals(3, possibly.degree(BREST_METROPOLE));
    assertEquals(
        List.of(BREST_METROPOLE), possibly.partnersInCommon(CHUBUT, TIERRA_DEL_FUEGO).asList());
    assertEquals(
        ImmutableList.of(PATAGONIA),
        possibly.graph().edgeValue(CHUBUT, BREST_METROPOLE).orElseThrow());
    assertEquals(0, possibly.degree(XALAPA));

    // With the planned parties, Xalapa joins Brest Métropole and Veracruz.
    PartnershipNetwork planned =
        PartnershipNetwork.of(
            atlas, atlas.partnerships().list(), Certainty.POSSIBLY, PlannedParties.INCLUDED);
    assertEquals(2, planned.degree(XALAPA));
    assertEquals(List.of(BREST_METROPOLE), planned.partnersInCommon(VERACRUZ, XALAPA).asList());
    assertEquals(
        Optional.of(List.of(CHUBUT, BREST_METROPOLE, XALAPA)),
        planned.shortestChain(CHUBUT, XALAPA).map(l -> (List<TerritoryId>) l));
    assertEquals(
        planned.partnersOf(BREST_METROPOLE),
        QueryInvariants.ids(
            atlas.partnersOf(BREST_METROPOLE, Certainty.POSSIBLY, PlannedParties.INCLUDED)));
    assertThrows(IllegalArgumentException.class, () -> network.degree(TerritoryId.of("nowhere")));
    assertThrows(IllegalArgumentException.class, () -> network.mostConnected(-1));
    QueryInvariants.check(atlas);
  }

  @Test
  void aNetworkOfSomePartnershipsOnly() {
    Atlas atlas = BrestPortfolio.atlas();
    PartnershipNetwork in2012 =
        PartnershipNetwork.of(atlas, atlas.query().activeDuring(2012).list());
    // Only the Veracruz cooperation is known to be active in 2012 among Brest Métropole's; its
    // planned party Xalapa makes no edge.
    assertEquals(Set.of(VERACRUZ), in2012.partnersOf(BREST_METROPOLE));
    PartnershipNetwork none = PartnershipNetwork.of(atlas, List.of());
    assertEquals(0, none.graph().edges().size());
    assertEquals(List.of(), none.connectedGroups());
    assertEquals(List.of(), none.mostConnected(5));
    QueryInvariants.check(atlas);
  }

  /** Distances from a territory by breadth-first search over atlas.partnersOf, independently. */
  private static Map<TerritoryId, Integer> distancesFrom(Atlas atlas, TerritoryId from) {
    Map<TerritoryId, Integer> distance = new HashMap<>();
    ArrayDeque<TerritoryId> queue = new ArrayDeque<>();
    distance.put(from, 0);
    queue.add(from);
    while (!queue.isEmpty()) {
      TerritoryId t = queue.remove();
      for (TerritoryId next : QueryInvariants.ids(atlas.partnersOf(t))) {
        if (!distance.containsKey(next)) {
          distance.put(next, distance.get(t) + 1);
          queue.add(next);
        }
      }
    }
    return distance;
  }

  @Test
  void networkQueriesAgreeWithSearchesOverPartners() {
    qt().withExamples(150)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              PartnershipNetwork network = PartnershipNetwork.of(atlas);
              List<TerritoryId> ids =
                  atlas.territories().stream().map(Territory::id).collect(Collectors.toList());
              for (TerritoryId a : ids) {
                Map<TerritoryId, Integer> distance = distancesFrom(atlas, a);
                for (TerritoryId b : ids) {
                  Optional<ImmutableList<TerritoryId>> chain = network.shortestChain(a, b);
                  assertEquals(distance.containsKey(b), chain.isPresent(), a + " to " + b);
                  if (chain.isPresent()) {
                    List<TerritoryId> c = chain.get();
                    assertEquals(distance.get(b) + 1, c.size());
                    assertEquals(a, c.get(0));
                    assertEquals(b, c.get(c.size() - 1));
                    for (int i = 1; i < c.size(); i++) {
                      assertTrue(
                          QueryInvariants.ids(atlas.partnersOf(c.get(i - 1))).contains(c.get(i)));
                    }
                    assertEquals(chain, network.shortestChain(a, b), "the same chain every time");
                  }
                  assertEquals(
                      Sets.intersection(
                          QueryInvariants.ids(atlas.partnersOf(a)),
                          QueryInvariants.ids(atlas.partnersOf(b))),
                      network.partnersInCommon(a, b));
                }
              }
              // Groups are the components of two or more territories.
              Set<Set<TerritoryId>> expected = new HashSet<>();
              for (TerritoryId a : ids) {
                Set<TerritoryId> component = distancesFrom(atlas, a).keySet();
                if (component.size() >= 2) {
                  expected.add(component);
                }
              }
              assertEquals(expected, new HashSet<>(network.connectedGroups()));
              List<Integer> sizes =
                  network.connectedGroups().stream().map(Set::size).collect(Collectors.toList());
              for (int i = 1; i < sizes.size(); i++) {
                assertTrue(sizes.get(i - 1) >= sizes.get(i), "largest group first");
              }
              List<TerritoryId> top = network.mostConnected(ids.size());
              for (int i = 1; i < top.size(); i++) {
                assertTrue(network.degree(top.get(i - 1)) >= network.degree(top.get(i)));
              }
              assertEquals(
                  ids.stream()
                      .filter(t -> !QueryInvariants.ids(atlas.partnersOf(t)).isEmpty())
                      .count(),
                  top.size());
              // Edges carry exactly the partnerships in which their ends were parties at the same
              // time, definitely; possibly in the possible network.
              PartnershipNetwork possibly =
                  PartnershipNetwork.of(
                      atlas,
                      atlas.partnerships().list(),
                      Certainty.POSSIBLY,
                      PlannedParties.EXCLUDED);
              for (Partnership p : atlas.partnerships().list()) {
                for (TerritoryId x : p.territories()) {
                  for (TerritoryId y : p.territories()) {
                    Truth linked = QueryGenerators.linked(p, x, y, false);
                    assertEquals(
                        linked.isYes(),
                        network
                            .graph()
                            .edgeValue(x, y)
                            .map(ids2 -> ids2.contains(p.id()))
                            .orElse(false),
                        () -> x + " " + y + " in " + p.id());
                    assertEquals(
                        linked.isPossible(),
                        possibly
                            .graph()
                            .edgeValue(x, y)
                            .map(ids2 -> ids2.contains(p.id()))
                            .orElse(false),
                        () -> x + " " + y + " possibly in " + p.id());
                  }
                }
              }
              QueryInvariants.check(atlas);
            });
  }
}
