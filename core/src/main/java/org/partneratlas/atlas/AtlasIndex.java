package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * The indexes of an {@link Atlas}, built once when the atlas is built (the name indexes on first
 * use). Immutable once built, so safe to share between threads.
 *
 * <p>Partnership indexes are postings lists: for each key, the ascending positions (in {@link
 * Atlas#partnerships()}) of the partnerships filed under it, each at most once. A partnership is
 * filed under each distinct territory of its parties; each distinct country of those territories;
 * each UN M49 region (at every level) of those countries; each distinct theme of its theme periods
 * and every broader theme of those (so that a query on {@code maritime} finds {@code
 * maritime.aquaculture}); each territory planned to join it; each crisis that may affect it (and,
 * in a second list, each that certainly does). These lists are filed at any time and with planned
 * parties, so that they are sound prefilters of every question scoped to a moment, under either
 * {@link org.partneratlas.time.Certainty}. Lives are in two {@link LifeIndex}es: the span in which
 * each partnership may have existed, and the stretch in which it certainly did.
 */
final class AtlasIndex {

  private static final int[] NONE = new int[0];

  final ImmutableListMultimap<TerritoryId, Territory> childrenByTerritory;
  final EntityTable<TerritoryId, Territory> territoryTable;
  final EntityTable<PartnershipId, Partnership> partnershipTable;

  private final ImmutableMap<TerritoryId, int[]> byTerritory;
  private final ImmutableMap<CountryCode, int[]> byCountry;
  private final ImmutableMap<M49Region, int[]> byRegion;
  private final ImmutableMap<ThemeId, int[]> byTheme;
  private final ImmutableMap<TerritoryId, int[]> byPlannedParty;
  private final ImmutableMap<CrisisId, int[]> byCrisis;
  private final ImmutableMap<CrisisId, int[]> byCrisisDefinitely;

  /** The spans [earliest start, latest end] in which each partnership may have existed. */
  final LifeIndex lives;

  /** The stretches in which each partnership certainly existed, for those that have one. */
  final Subset certainLives;

  /** Indexes the entities of an atlas about to be made, whose tables are already built. */
  AtlasIndex(
      EntityTable<TerritoryId, Territory> territoryTable,
      EntityTable<PartnershipId, Partnership> partnershipTable,
      EntityTable<CrisisId, Crisis> crises,
      EntityTable<CrisisImpactId, CrisisImpact> impacts) {
    this.territoryTable = territoryTable;
    this.partnershipTable = partnershipTable;
    ImmutableList<Partnership> partnerships = partnershipTable.list();
    Postings<TerritoryId> territories = new Postings<>();
    Postings<CountryCode> countries = new Postings<>();
    Postings<M49Region> regions = new Postings<>();
    Postings<ThemeId> themes = new Postings<>();
    Postings<TerritoryId> planned = new Postings<>();
    Map<TerritoryId, CountryCode> countryOf = new HashMap<>();
    for (Territory territory : territoryTable) {
      countryOf.put(territory.id(), territory.country());
    }
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      for (TerritoryId territory : partnership.territories()) {
        territories.add(territory, i);
        CountryCode country = countryOf.get(territory);
        if (country == null) {
          throw new IllegalArgumentException("No territory with id '" + territory + "'");
        }
        countries.add(country, i);
        for (M49Region region : M49.regionsOf(country)) {
          regions.add(region, i);
        }
      }
      for (ThemePeriod theme : partnership.themes()) {
        ThemeId id = theme.theme();
        themes.add(id, i);
        for (ThemeId parent = id.parent().orElse(null);
            parent != null;
            parent = parent.parent().orElse(null)) {
          themes.add(parent, i);
        }
      }
      for (Party party : partnership.parties()) {
        if (party.status() == PartyStatus.PLANNED) {
          planned.add(party.territory(), i);
        }
      }
      for (Perspective perspective : partnership.perspectives()) {
        for (TerritoryId territory : perspective.plannedParties()) {
          planned.add(territory, i);
        }
      }
    }
    this.byTerritory = territories.build();
    this.byCountry = countries.build();
    this.byRegion = regions.build();
    this.byTheme = themes.build();
    this.byPlannedParty = planned.build();

    ImmutableListMultimap.Builder<TerritoryId, Territory> children =
        ImmutableListMultimap.builder();
    for (Territory territory : territoryTable) {
      territory.parent().ifPresent(parent -> children.put(parent, territory));
    }
    this.childrenByTerritory = children.build();
    Map<CrisisId, Set<Integer>> possibly = new HashMap<>();
    Map<CrisisId, Set<Integer>> definitely = new HashMap<>();
    crises(crises, impacts, possibly, definitely);
    this.byCrisis = sorted(possibly);
    this.byCrisisDefinitely = sorted(definitely);
    this.lives = new LifeIndex(partnerships);
    this.certainLives = Subset.certainLives(partnerships);
  }

  private void crises(
      EntityTable<CrisisId, Crisis> crises,
      EntityTable<CrisisImpactId, CrisisImpact> impacts,
      Map<CrisisId, Set<Integer>> possibly,
      Map<CrisisId, Set<Integer>> definitely) {
    for (Crisis crisis : crises) {
      possibly.put(crisis.id(), new HashSet<>());
      definitely.put(crisis.id(), new HashSet<>());
    }
    for (CrisisImpact impact : impacts) {
      Crisis crisis = crises.require(impact.crisis());
      Set<Integer> maybe = requireNonNull(possibly.get(crisis.id()));
      Set<Integer> surely = requireNonNull(definitely.get(crisis.id()));
      for (PartnershipId id : impact.partnerships()) {
        maybe.add(partnershipPosition(id));
        surely.add(partnershipPosition(id));
      }
      Set<TerritoryId> within = new HashSet<>();
      for (TerritoryId hit : impact.territories()) {
        within.add(hit);
        within.addAll(descendants(hit));
      }
      for (TerritoryId territory : within) {
        for (int position : partnershipsWith(territory)) {
          Truth truth = hitThrough(partnershipTable.list().get(position), within, crisis);
          if (truth.isPossible()) {
            maybe.add(position);
          }
          if (truth.isYes()) {
            surely.add(position);
          }
        }
      }
    }
  }

  private static ImmutableMap<CrisisId, int[]> sorted(Map<CrisisId, Set<Integer>> sets) {
    ImmutableMap.Builder<CrisisId, int[]> result = ImmutableMap.builder();
    sets.forEach(
        (crisis, set) -> {
          int[] array = set.stream().mapToInt(Integer::intValue).toArray();
          Arrays.sort(array);
          result.put(crisis, array);
        });
    return result.buildOrThrow();
  }

  /**
   * Answers whether a partnership is hit by a crisis through one of its parties: some non-planned
   * party whose territory is one of {@code hit} took part at a time the crisis held ({@link
   * Extent#together}, over all time).
   */
  static Truth hitThrough(Partnership partnership, Set<TerritoryId> hit, Crisis crisis) {
    Extent life = partnership.lifeExtent();
    Extent during = crisis.period().extent();
    Truth answer = Truth.NO;
    for (Party party : partnership.parties()) {
      if (hit.contains(party.territory())) {
        answer =
            answer.or(party.extentWithin(life).together(during, Long.MIN_VALUE, Long.MAX_VALUE));
      }
    }
    return answer;
  }

  int partnershipPosition(PartnershipId id) {
    return partnershipTable.position(id);
  }

  /** Returns the positions of the partnerships in which a territory is a party. */
  int[] partnershipsWith(TerritoryId territory) {
    return byTerritory.getOrDefault(territory, NONE);
  }

  /** Returns the positions of the partnerships with a party in a country. */
  int[] partnershipsInCountry(CountryCode country) {
    return byCountry.getOrDefault(country, NONE);
  }

  /** Returns the positions of the partnerships with a party in a region. */
  int[] partnershipsInRegion(M49Region region) {
    return byRegion.getOrDefault(region, NONE);
  }

  /** Returns the positions of the partnerships with a theme within the given one. */
  int[] partnershipsOnTheme(ThemeId theme) {
    return byTheme.getOrDefault(theme, NONE);
  }

  /** Returns the positions of the partnerships a territory is planned to join. */
  int[] partnershipsPlanning(TerritoryId territory) {
    return byPlannedParty.getOrDefault(territory, NONE);
  }

  /** Returns the positions of the partnerships a crisis may affect, or certainly affects. */
  int[] partnershipsAffectedBy(CrisisId crisis, Certainty certainty) {
    return (certainty == Certainty.DEFINITELY ? byCrisisDefinitely : byCrisis)
        .getOrDefault(crisis, NONE);
  }

  /**
   * Returns the subdivisions of a territory at every depth, breadth first, each once. O(d) for d
   * subdivisions.
   */
  List<TerritoryId> descendants(TerritoryId territory) {
    List<TerritoryId> result = new ArrayList<>();
    Deque<TerritoryId> queue = new ArrayDeque<>();
    queue.add(territory);
    while (!queue.isEmpty()) {
      for (Territory child : childrenByTerritory.get(queue.remove())) {
        result.add(child.id());
        queue.add(child.id());
      }
    }
    return result;
  }

  /**
   * Returns the ascending positions of the partnerships with a party that is the territory or one
   * of its subdivisions. O(d + k log k) for d subdivisions and k partnerships.
   */
  int[] partnershipsWithin(TerritoryId territory) {
    List<int[]> postings = new ArrayList<>();
    postings.add(partnershipsWith(territory));
    for (TerritoryId id : descendants(territory)) {
      postings.add(partnershipsWith(id));
    }
    return union(postings);
  }

  /** Returns the ascending, distinct positions found in any of the ascending postings lists. */
  static int[] union(List<int[]> postings) {
    if (postings.size() == 1) {
      return postings.get(0);
    }
    int total = 0;
    for (int[] list : postings) {
      total += list.length;
    }
    int[] merged = new int[total];
    int at = 0;
    for (int[] list : postings) {
      System.arraycopy(list, 0, merged, at, list.length);
      at += list.length;
    }
    Arrays.sort(merged);
    int distinct = 0;
    for (int i = 0; i < merged.length; i++) {
      if (i == 0 || merged[i] != merged[i - 1]) {
        merged[distinct++] = merged[i];
      }
    }
    return Arrays.copyOf(merged, distinct);
  }

  /**
   * A {@link LifeIndex} of what each partnership certainly covers: with {@code a = min(latest
   * start, latest end)} and {@code b = max(earliest end, earliest start)}, {@link
   * Extent#holdsDuring(long, long)} answers {@code YES} only when {@code a <= to && b >= from},
   * which implies that [min(a, b), max(a, b)] overlaps [from, to]. So the partnerships of intervals
   * overlapping a period include every one that is "definitely" anything then.
   */
  static final class Subset {
    private final LifeIndex index;
    private final int[] positions;

    private Subset(LifeIndex index, int[] positions) {
      this.index = index;
      this.positions = positions;
    }

    static Subset certainLives(List<Partnership> partnerships) {
      IntList positions = new IntList();
      List<long[]> spans = new ArrayList<>();
      for (int i = 0; i < partnerships.size(); i++) {
        Extent e = partnerships.get(i).lifeExtent();
        long a = Math.min(e.latestStart(), e.latestEnd());
        long b = Math.max(e.earliestEnd(), e.earliestStart());
        positions.addIfNotLast(i);
        spans.add(new long[] {Math.min(a, b), Math.max(a, b)});
      }
      long[] start = new long[spans.size()];
      long[] end = new long[spans.size()];
      for (int i = 0; i < start.length; i++) {
        start[i] = spans.get(i)[0];
        end[i] = spans.get(i)[1];
      }
      return new Subset(new LifeIndex(start, end), positions.toArray());
    }

    /** An upper bound of the number of partnerships certainly existing during [from, to]. */
    int estimate(long from, long to) {
      return index.estimate(from, to);
    }

    /** The ascending positions of the partnerships whose certain stretch overlaps [from, to]. */
    int[] overlapping(long from, long to) {
      int[] local = index.overlapping(from, to);
      int[] result = new int[local.length];
      for (int i = 0; i < local.length; i++) {
        result[i] = positions[local[i]];
      }
      return result;
    }
  }

  /** Collects postings lists; positions are added in ascending order. */
  private static final class Postings<K> {
    private final Map<K, IntList> lists = new HashMap<>();

    void add(K key, int position) {
      lists.computeIfAbsent(key, k -> new IntList()).addIfNotLast(position);
    }

    ImmutableMap<K, int[]> build() {
      ImmutableMap.Builder<K, int[]> map = ImmutableMap.builderWithExpectedSize(lists.size());
      lists.forEach((key, list) -> map.put(key, list.toArray()));
      return map.buildOrThrow();
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void addIfNotLast(int value) {
      if (size > 0 && values[size - 1] == value) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
