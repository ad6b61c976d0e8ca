package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.Certainty;

/**
 * The cooperation network of an atlas: an undirected graph whose nodes are all the territories of
 * the atlas and whose edges join two territories that were parties to a common partnership at the
 * same time, each edge carrying those partnerships.
 *
 * <p>Two parties of a partnership are linked when they took part on a common day ({@link
 * Atlas#partnersOf(TerritoryId, Certainty, PlannedParties)} states the rule): definitely by
 * default, or possibly. So Chubut (from 2010, end unknown) and Tierra del Fuego (from 2016) are
 * possibly linked, not definitely. Planned parties (Xalapa) take part at no time and make no edge,
 * unless {@link PlannedParties#INCLUDED}. The graph is a Guava {@link ImmutableValueGraph} without
 * self-loops; nodes are in the order of {@link Atlas#territories()}. The {@linkplain
 * #degree(TerritoryId) degree} of a territory is its number of distinct partners, equal to {@code
 * atlas.partnersOf(t, certainty, planned).size()} for the network of the whole atlas.
 *
 * <p>A network is immutable and thread-safe. Building one costs O(T + Σ n²) for T territories and
 * partnerships of n parties; keep it rather than rebuilding it for each question.
 *
 * <pre>{@code
 * PartnershipNetwork network = PartnershipNetwork.of(atlas);
 * network.mostConnected(10);
 * network.shortestChain(KIEL, TIERRA_DEL_FUEGO);   // [Kiel, Brest, Brest Métropole, ...] if linked
 * // Who may have been linked, in the partnerships active in 2020:
 * PartnershipNetwork in2020 = PartnershipNetwork.of(
 *     atlas, atlas.query().activeDuring(2020).list(), Certainty.POSSIBLY, PlannedParties.EXCLUDED);
 * }</pre>
 */
public final class PartnershipNetwork {

  private final ImmutableValueGraph<TerritoryId, ImmutableList<PartnershipId>> graph;
  private final ImmutableMap<TerritoryId, Integer> position;

  private PartnershipNetwork(
      ImmutableValueGraph<TerritoryId, ImmutableList<PartnershipId>> graph,
      ImmutableMap<TerritoryId, Integer> position) {
    this.graph = graph;
    this.position = position;
  }

  /**
   * Returns the network of all the partnerships of an atlas, linking the parties known to have
   * taken part at the same time, planned parties left out.
   *
   * @param atlas the atlas
   * @return the network
   */
  public static PartnershipNetwork of(Atlas atlas) {
    return of(atlas, atlas.partnerships());
  }

  /**
   * Returns the network of some partnerships of an atlas, such as those of a query ({@code
   * atlas.query().activeDuring(2020).list()}), linking the parties known to have taken part at the
   * same time, planned parties left out. Every territory of the atlas is a node; only these
   * partnerships make edges, and each edge lists them in the order of {@link Atlas#partnerships()}.
   *
   * @param atlas the atlas
   * @param partnerships partnerships of the atlas
   * @return the network
   * @throws IllegalArgumentException naming the id, if a partnership is not in the atlas
   */
  public static PartnershipNetwork of(Atlas atlas, Iterable<Partnership> partnerships) {
    return of(atlas, partnerships, Certainty.DEFINITELY, PlannedParties.EXCLUDED);
  }

  /**
   * Returns the network of some partnerships of an atlas, linking the parties that were
   * (definitely) or may have been (possibly) parties at the same time, with or without planned
   * parties. Every territory of the atlas is a node; each edge lists its partnerships in the order
   * of {@link Atlas#partnerships()}.
   *
   * @param atlas the atlas
   * @param partnerships partnerships of the atlas
   * @param certainty whether links that only may have been count
   * @param planned whether planned parties count
   * @return the network
   * @throws IllegalArgumentException naming the id, if a partnership is not in the atlas
   */
  public static PartnershipNetwork of(
      Atlas atlas,
      Iterable<Partnership> partnerships,
      Certainty certainty,
      PlannedParties planned) {
    requireNonNull(atlas, "atlas");
    requireNonNull(certainty, "certainty");
    requireNonNull(planned, "planned");
    Set<PartnershipId> chosen = new java.util.HashSet<>();
    for (Partnership partnership : partnerships) {
      chosen.add(atlas.partnerships().require(partnership.id()).id());
    }
    ImmutableMap.Builder<TerritoryId, Integer> position = ImmutableMap.builder();
    ImmutableValueGraph.Builder<TerritoryId, ImmutableList<PartnershipId>> graph =
        ValueGraphBuilder.undirected()
            .allowsSelfLoops(false)
            .nodeOrder(ElementOrder.<TerritoryId>insertion())
            .incidentEdgeOrder(ElementOrder.<TerritoryId>stable())
            .<TerritoryId, ImmutableList<PartnershipId>>immutable();
    int i = 0;
    for (Territory territory : atlas.territories()) {
      graph.addNode(territory.id());
      position.put(territory.id(), i++);
    }
    Map<EndpointPair<TerritoryId>, ImmutableList.Builder<PartnershipId>> edges =
        new LinkedHashMap<>();
    for (Partnership partnership : atlas.partnerships()) {
      if (!chosen.contains(partnership.id())) {
        continue;
      }
      List<TerritoryId> parties = partnership.territories().asList();
      for (int a = 0; a < parties.size(); a++) {
        for (int b = a + 1; b < parties.size(); b++) {
          if (!certainty.accepts(
              partnership.partiesTogether(
                  parties.get(a), parties.get(b), planned, Long.MIN_VALUE, Long.MAX_VALUE))) {
            continue;
          }
          edges
              .computeIfAbsent(
                  EndpointPair.unordered(parties.get(a), parties.get(b)),
                  e -> ImmutableList.builder())
              .add(partnership.id());
        }
      }
    }
    edges.forEach((pair, ids) -> graph.putEdgeValue(pair, ids.build()));
    return new PartnershipNetwork(graph.build(), position.buildOrThrow());
  }

  /**
   * Returns the graph: territories as nodes, and for each pair of territories sharing partnerships
   * an edge whose value is the list of those partnerships.
   *
   * @return the immutable graph
   */
  public ImmutableValueGraph<TerritoryId, ImmutableList<PartnershipId>> graph() {
    return graph;
  }

  @CanIgnoreReturnValue
  private TerritoryId requireNode(TerritoryId territory) {
    requireNonNull(territory, "territory");
    if (!graph.nodes().contains(territory)) {
      throw new IllegalArgumentException(
          "No territory with id '" + territory + "' in this network");
    }
    return territory;
  }

  private Comparator<TerritoryId> atlasOrder() {
    return Comparator.comparingInt(t -> requireNonNull(position.get(t)));
  }

  /**
   * Returns the partners of a territory in this network: its adjacent nodes, in the order of the
   * atlas. Equivalent to {@code graph().adjacentNodes(territory)}, sorted; O(d log d) for degree d.
   *
   * @param territory the territory
   * @return its partners
   * @throws IllegalArgumentException naming the id, if the territory is not in the atlas
   */
  public ImmutableSet<TerritoryId> partnersOf(TerritoryId territory) {
    return graph.adjacentNodes(requireNode(territory)).stream()
        .sorted(atlasOrder())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the number of distinct partners of a territory. Equivalent to {@code
   * graph().degree(territory)} (no self-loops) and to {@code partnersOf(territory).size()};
   * constant time.
   *
   * @param territory the territory
   * @return its degree
   * @throws IllegalArgumentException naming the id, if the territory is not in the atlas
   */
  public int degree(TerritoryId territory) {
    return graph.degree(requireNode(territory));
  }

  /**
   * Returns the most connected territories: those with at least one partner, by decreasing {@link
   * #degree}, ties in the order of the atlas; at most {@code limit} of them. O(T log T) for T
   * territories.
   *
   * @param limit the largest number of territories to return, zero or more
   * @return the territories, most connected first
   * @throws IllegalArgumentException if the limit is negative
   */
  public ImmutableList<TerritoryId> mostConnected(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("The limit " + limit + " is negative: give 0 or more");
    }
    return graph.nodes().stream()
        .filter(t -> graph.degree(t) > 0)
        .sorted(
            Comparator.comparingInt((TerritoryId t) -> graph.degree(t))
                .reversed()
                .thenComparing(atlasOrder()))
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the partners two territories have in common, in the order of the atlas (the two
   * territories themselves are never included, there being no self-loops). Equivalent to the
   * intersection of {@code partnersOf(a)} and {@code partnersOf(b)}; O(min degree).
   *
   * @param a a territory
   * @param b another territory
   * @return the common partners
   * @throws IllegalArgumentException naming the id, if a territory is not in the atlas
   */
  public ImmutableSet<TerritoryId> partnersInCommon(TerritoryId a, TerritoryId b) {
    Set<TerritoryId> ofA = graph.adjacentNodes(requireNode(a));
    Set<TerritoryId> ofB = graph.adjacentNodes(requireNode(b));
    Set<TerritoryId> small = ofA.size() <= ofB.size() ? ofA : ofB;
    Set<TerritoryId> large = small == ofA ? ofB : ofA;
    return small.stream()
        .filter(large::contains)
        .sorted(atlasOrder())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the connected groups: the connected components of at least two territories (isolated
   * territories, without partners, are left out). Each group lists its territories in the order of
   * the atlas; groups come largest first, ties by the position of their first territory. Found by
   * breadth-first search, O(T + E) for T territories and E edges, plus sorting.
   *
   * @return the groups
   */
  public ImmutableList<ImmutableSet<TerritoryId>> connectedGroups() {
    Map<TerritoryId, Boolean> seen = new HashMap<>();
    List<ImmutableSet<TerritoryId>> groups = new ArrayList<>();
    for (TerritoryId start : graph.nodes()) {
      if (seen.containsKey(start) || graph.degree(start) == 0) {
        continue;
      }
      List<TerritoryId> group = new ArrayList<>();
      Deque<TerritoryId> queue = new ArrayDeque<>();
      queue.add(start);
      seen.put(start, true);
      while (!queue.isEmpty()) {
        TerritoryId node = queue.remove();
        group.add(node);
        for (TerritoryId next : graph.adjacentNodes(node)) {
          if (seen.putIfAbsent(next, true) == null) {
            queue.add(next);
          }
        }
      }
      group.sort(atlasOrder());
      groups.add(ImmutableSet.copyOf(group));
    }
    // Groups were found in the order of their first territory; the sort is stable.
    groups.sort(Comparator.comparingInt((ImmutableSet<TerritoryId> g) -> g.size()).reversed());
    return ImmutableList.copyOf(groups);
  }

  /**
   * Returns a shortest chain of partnerships between two territories: the territories from {@code
   * from} to {@code to}, each a partner of the next, with as few steps as possible ({@code [from]}
   * alone when they are the same). Found by breadth-first search from {@code from}, exploring
   * partners in the order of the atlas, so that the chain is always the same one among equally
   * short chains: at each step, the earliest territory in the atlas order that is on a shortest
   * chain. O(T + E).
   *
   * @param from a territory
   * @param to another territory
   * @return the chain, or empty if the two are not connected
   * @throws IllegalArgumentException naming the id, if a territory is not in the atlas
   */
  public Optional<ImmutableList<TerritoryId>> shortestChain(TerritoryId from, TerritoryId to) {
    requireNode(from);
    requireNode(to);
    // Search backward from 'to', so that walking forward from 'from' can pick, at each step, the
    // earliest partner that is one step closer.
    Map<TerritoryId, Integer> distance = new HashMap<>();
    Deque<TerritoryId> queue = new ArrayDeque<>();
    distance.put(to, 0);
    queue.add(to);
    while (!queue.isEmpty() && !distance.containsKey(from)) {
      TerritoryId node = queue.remove();
      int d = requireNonNull(distance.get(node));
      for (TerritoryId next : graph.adjacentNodes(node)) {
        if (distance.putIfAbsent(next, d + 1) == null) {
          queue.add(next);
        }
      }
    }
    Integer steps = distance.get(from);
    if (steps == null) {
      return Optional.empty();
    }
    ImmutableList.Builder<TerritoryId> chain = ImmutableList.builder();
    TerritoryId current = from;
    chain.add(current);
    for (int remaining = steps; remaining > 0; remaining--) {
      int wanted = remaining - 1;
      current =
          graph.adjacentNodes(current).stream()
              .filter(t -> Integer.valueOf(wanted).equals(distance.get(t)))
              .min(atlasOrder())
              .orElseThrow();
      chain.add(current);
    }
    return Optional.of(chain.build());
  }

  /**
   * Returns the numbers of nodes and edges, such as {@code PartnershipNetwork{territories=11,
   * links=4}}.
   *
   * @return a readable summary
   */
  @Override
  public String toString() {
    return "PartnershipNetwork{territories="
        + graph.nodes().size()
        + ", links="
        + graph.edges().size()
        + "}";
  }
}
