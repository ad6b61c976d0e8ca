package org.partneratlas.network;

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
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;

/** The cooperation network: degrees, common partners, groups and shortest chains. */
class PartnershipNetworkTest {

  @Test
  void theNetworkOfBrestAndItsPartners() {
    Atlas atlas = BrestPortfolio.atlas();
    PartnershipNetwork network = PartnershipNetwork.of(atlas);
    assertEquals(atlas.territories().size(), network.graph().nodes().size());
    assertEquals(4, network.degree(BREST_METROPOLE));
    assertEquals(4, network.degree(BREST));
    assertEquals(2, network.degree(XALAPA));
    assertEquals(0, network.degree(TerritoryId.of("fr")));
    // Ties on degree keep the order of the atlas.
    assertEquals(List.of(BREST_METROPOLE, BREST), network.mostConnected(2));
    assertEquals(
        List.of(BREST_METROPOLE), network.partnersInCommon(CHUBUT, TIERRA_DEL_FUEGO).asList());
    assertEquals(List.of(BREST_METROPOLE), network.partnersInCommon(VERACRUZ, XALAPA).asList());
    assertEquals(
        ImmutableList.of(PATAGONIA),
        network.graph().edgeValue(CHUBUT, BREST_METROPOLE).orElseThrow());
    assertEquals(
        List.of(
            Set.of(BREST_METROPOLE, CHUBUT, TIERRA_DEL_FUEGO, VERACRUZ, XALAPA),
            Set.of(BREST, KIEL, DUN_LAOGHAIRE, CADIZ, SAPONE)),
        network.connectedGroups());
    assertEquals(
        Optional.of(List.of(CHUBUT, BREST_METROPOLE, XALAPA)),
        network.shortestChain(CHUBUT, XALAPA).map(l -> (List<TerritoryId>) l));
    assertEquals(
        Optional.of(List.of(KIEL)),
        network.shortestChain(KIEL, KIEL).map(l -> (List<TerritoryId>) l));
    assertEquals(Optional.empty(), network.shortestChain(KIEL, CHUBUT));
    assertThrows(IllegalArgumentException.class, () -> network.degree(TerritoryId.of("nowhere")));
    assertThrows(IllegalArgumentException.class, () -> network.mostConnected(-1));
    QueryInvariants.check(atlas);
  }

  @Test
  void aNetworkOfSomePartnershipsOnly() {
    Atlas atlas = BrestPortfolio.atlas();
    PartnershipNetwork in2012 =
        PartnershipNetwork.of(atlas, atlas.query().activeDuring(2012).list());
    // Xalapa is a planned party of the Veracruz cooperation, active in 2012: an edge all the same.
    assertEquals(
        Set.of(CHUBUT, TIERRA_DEL_FUEGO, VERACRUZ, XALAPA), in2012.partnersOf(BREST_METROPOLE));
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
      for (TerritoryId next : atlas.partnersOf(t)) {
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
                      assertTrue(atlas.partnersOf(c.get(i - 1)).contains(c.get(i)));
                    }
                    assertEquals(chain, network.shortestChain(a, b), "the same chain every time");
                  }
                  assertEquals(
                      Sets.intersection(atlas.partnersOf(a), atlas.partnersOf(b)),
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
                  ids.stream().filter(t -> !atlas.partnersOf(t).isEmpty()).count(), top.size());
              // Edges carry exactly the partnerships shared by their ends.
              for (Partnership p : atlas.partnerships()) {
                for (TerritoryId x : p.territories()) {
                  for (TerritoryId y : p.territories()) {
                    if (!x.equals(y)) {
                      assertTrue(network.graph().edgeValue(x, y).orElseThrow().contains(p.id()));
                    }
                  }
                }
              }
              QueryInvariants.check(atlas);
            });
  }
}
