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
import org.roaringbitmap.RoaringBitmap;

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
 * {@link org.partneratlas.time.Certainty}. The lists of countries, regions and themes, which are
 * long, are compressed bitmaps ({@link RoaringBitmap}), intersected without reading any
 * partnership; the others, short, are sorted {@code int[]}. Lives are in two {@link LifeIndex}es
 * (the span in which each partnership may have existed, and the stretch in which it certainly did)
 * and, by position, in arrays that answer "did it exist then?" exactly ({@link Lives}).
 */
final class AtlasIndex {

  private static final int[] NONE = new int[0];
  private static final RoaringBitmap EMPTY = new RoaringBitmap();

  final ImmutableListMultimap<TerritoryId, Territory> childrenByTerritory;
  final EntityTable<TerritoryId, Territory> territoryTable;
  final EntityTable<PartnershipId, Partnership> partnershipTable;

  private final ImmutableMap<TerritoryId, int[]> byTerritory;
  private final ImmutableMap<CountryCode, RoaringBitmap> byCountry;
  private final ImmutableMap<M49Region, RoaringBitmap> byRegion;
  private final ImmutableMap<ThemeId, RoaringBitmap> byTheme;
  private final ImmutableMap<TerritoryId, int[]> byPlannedParty;
  private final ImmutableMap<CrisisId, int[]> byCrisis;
  private final ImmutableMap<CrisisId, int[]> byCrisisDefinitely;

  /** The lives of the partnerships: their interval indexes and, by position, their extents. */
  final Lives lives;

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
    // A theme and its broader themes, once per distinct theme rather than once per reference
    // (ThemeId.parent() makes a new id each time).
    Map<ThemeId, ThemeId[]> broader = new HashMap<>();
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
        for (ThemeId id : broader.computeIfAbsent(theme.theme(), AtlasIndex::selfAndBroader)) {
          themes.add(id, i);
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
    this.byCountry = countries.bitmaps();
    this.byRegion = regions.bitmaps();
    this.byTheme = themes.bitmaps();
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
    this.lives = new Lives(partnerships);
  }

  /** A theme followed by its broader themes, narrowest first. */
  private static ThemeId[] selfAndBroader(ThemeId theme) {
    List<ThemeId> ids = new ArrayList<>();
    for (ThemeId id = theme; id != null; id = id.parent().orElse(null)) {
      ids.add(id);
    }
    return ids.toArray(new ThemeId[0]);
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

  /**
   * Returns the positions of the partnerships with a party in a country, as a bitmap that the
   * caller must not modify.
   */
  RoaringBitmap partnershipsInCountry(CountryCode country) {
    return byCountry.getOrDefault(country, EMPTY);
  }

  /** Returns the positions of the partnerships with a party in a region (not to be modified). */
  RoaringBitmap partnershipsInRegion(M49Region region) {
    return byRegion.getOrDefault(region, EMPTY);
  }

  /**
   * Returns the positions of the partnerships with a theme within the given one (not to be
   * modified).
   */
  RoaringBitmap partnershipsOnTheme(ThemeId theme) {
    return byTheme.getOrDefault(theme, EMPTY);
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

    /** The lists as compressed bitmaps (run-length encoded where that is smaller). */
    ImmutableMap<K, RoaringBitmap> bitmaps() {
      ImmutableMap.Builder<K, RoaringBitmap> map =
          ImmutableMap.builderWithExpectedSize(lists.size());
      lists.forEach(
          (key, list) -> {
            RoaringBitmap bitmap = new RoaringBitmap();
            bitmap.addN(list.values, 0, list.size);
            bitmap.runOptimize();
            bitmap.trim();
            map.put(key, bitmap);
          });
      return map.buildOrThrow();
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    int[] values = new int[4];
    int size;

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
