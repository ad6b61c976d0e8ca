package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
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
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
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

  /** By territory position, the partnerships in which it is a party. */
  private final int[][] byTerritory;

  private final ImmutableMap<CountryCode, RoaringBitmap> byCountry;
  private final ImmutableMap<M49Region, RoaringBitmap> byRegion;
  private final ImmutableMap<ThemeId, RoaringBitmap> byTheme;
  private final ImmutableMap<TerritoryId, int[]> byPlannedParty;
  private final ImmutableMap<CrisisId, int[]> byCrisis;
  private final ImmutableMap<CrisisId, int[]> byCrisisDefinitely;

  /** The lives of the partnerships: their interval indexes and, by position, their extents. */
  final Lives lives;

  /** When the themes of the partnerships whose themes do not follow their life held. */
  final ThemeTimes themeTimes;

  /** The atlas's themes, whose positions ThemeTimes gives. */
  private final ImmutableList<Theme> themeList;

  /**
   * Indexes the entities of an atlas about to be made, whose tables are already built, with the
   * positions the validator found for the territory of every party and the theme of every theme
   * period (partnership after partnership), so that no id is looked up a second time.
   */
  AtlasIndex(
      EntityTable<TerritoryId, Territory> territoryTable,
      EntityTable<PartnershipId, Partnership> partnershipTable,
      EntityTable<ThemeId, Theme> themeTable,
      EntityTable<CrisisId, Crisis> crises,
      EntityTable<CrisisImpactId, CrisisImpact> impacts,
      int[] partyTerritories,
      int[] periodThemes,
      @Nullable Executor executor) {
    this.territoryTable = territoryTable;
    this.partnershipTable = partnershipTable;
    ImmutableList<Partnership> partnerships = partnershipTable.list();
    // The lives need only the partnerships: computed apart (in parallel with an executor).
    Forked<Lives> forkedLives = Forked.start(executor, () -> new Lives(partnerships));
    ImmutableList<Territory> territoryList = territoryTable.list();
    int territoryCount = territoryList.size();
    // Countries and regions by small numbers, once per territory and per country.
    Map<CountryCode, Integer> countryNumbers = new HashMap<>();
    List<CountryCode> countryKeys = new ArrayList<>();
    int[] countryOf = new int[territoryCount];
    for (int t = 0; t < territoryCount; t++) {
      CountryCode country = territoryList.get(t).country();
      Integer number = countryNumbers.get(country);
      if (number == null) {
        number = countryKeys.size();
        countryNumbers.put(country, number);
        countryKeys.add(country);
      }
      countryOf[t] = number;
    }
    Map<M49Region, Integer> regionNumbers = new HashMap<>();
    List<M49Region> regionKeys = new ArrayList<>();
    int[][] regionsOf = new int[countryKeys.size()][];
    for (int c = 0; c < countryKeys.size(); c++) {
      List<M49Region> regions = M49.regionsOf(countryKeys.get(c));
      regionsOf[c] = new int[regions.size()];
      for (int r = 0; r < regions.size(); r++) {
        Integer number = regionNumbers.get(regions.get(r));
        if (number == null) {
          number = regionKeys.size();
          regionNumbers.put(regions.get(r), number);
          regionKeys.add(regions.get(r));
        }
        regionsOf[c][r] = number;
      }
    }
    // A theme and its broader themes, once per theme of the table (ThemeId.parent() makes a new
    // id each time), as numbers of the keys of the theme index.
    ImmutableList<Theme> themeList = themeTable.list();
    Map<ThemeId, Integer> themeNumbers = new HashMap<>();
    List<ThemeId> themeKeys = new ArrayList<>();
    int[][] broader = new int[themeList.size()][];
    for (int th = 0; th < themeList.size(); th++) {
      ThemeId[] chain = selfAndBroader(themeList.get(th).id());
      broader[th] = new int[chain.length];
      for (int k = 0; k < chain.length; k++) {
        Integer number = themeNumbers.get(chain[k]);
        if (number == null) {
          number = themeKeys.size();
          themeNumbers.put(chain[k], number);
          themeKeys.add(chain[k]);
        }
        broader[th][k] = number;
      }
    }
    IntList[] countries = lists(countryKeys.size());
    IntList[] regions = lists(regionKeys.size());
    IntList[] themes = lists(themeKeys.size());
    // Territories: count, then fill arrays of the exact size (most territories have a few).
    int[] counts = new int[territoryCount];
    int[] last = new int[territoryCount];
    Arrays.fill(last, -1);
    Postings<TerritoryId> planned = new Postings<>();
    int party = 0;
    int period = 0;
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      ImmutableList<Party> parties = partnership.parties();
      for (int a = 0; a < parties.size(); a++) {
        int t = partyTerritories[party++];
        if (last[t] != i) {
          last[t] = i;
          counts[t]++;
          int c = countryOf[t];
          countries[c].addIfNotLast(i);
          for (int r : regionsOf[c]) {
            regions[r].addIfNotLast(i);
          }
        }
        if (parties.get(a).status() == PartyStatus.PLANNED) {
          planned.add(parties.get(a).territory(), i);
        }
      }
      for (int k = 0; k < partnership.themes().size(); k++) {
        for (int key : broader[periodThemes[period++]]) {
          themes[key].addIfNotLast(i);
        }
      }
      for (Perspective perspective : partnership.perspectives()) {
        for (TerritoryId territory : perspective.plannedParties()) {
          planned.add(territory, i);
        }
      }
    }
    this.byTerritory = new int[territoryCount][];
    for (int t = 0; t < territoryCount; t++) {
      byTerritory[t] = counts[t] == 0 ? NONE : new int[counts[t]];
    }
    Arrays.fill(last, -1);
    Arrays.fill(counts, 0);
    party = 0;
    for (int i = 0; i < partnerships.size(); i++) {
      int parties = partnerships.get(i).parties().size();
      for (int a = 0; a < parties; a++) {
        int t = partyTerritories[party++];
        if (last[t] != i) {
          last[t] = i;
          byTerritory[t][counts[t]++] = i;
        }
      }
    }
    this.byCountry = bitmaps(countryKeys, countries);
    this.byRegion = bitmaps(regionKeys, regions);
    this.byTheme = bitmaps(themeKeys, themes);
    this.byPlannedParty = planned.build();

    ImmutableListMultimap.Builder<TerritoryId, Territory> children =
        ImmutableListMultimap.builder();
    for (Territory territory : territoryTable) {
      territory.parent().ifPresent(parent -> children.put(parent, territory));
    }
    this.childrenByTerritory = children.build();
    Map<CrisisId, BitSet> possibly = new HashMap<>();
    Map<CrisisId, BitSet> definitely = new HashMap<>();
    crises(crises, impacts, possibly, definitely);
    this.byCrisis = sorted(possibly);
    this.byCrisisDefinitely = sorted(definitely);
    this.lives = forkedLives.join();
    this.themeTimes = new ThemeTimes(partnerships, periodThemes, lives);
    this.themeList = themeList;
  }

  /**
   * Marks, by position in the atlas's themes, the themes within one of the given ones (the theme
   * itself or a narrower one), for {@link ThemeTimes#at}.
   */
  boolean[] themesWithin(Set<ThemeId> themes) {
    boolean[] matching = new boolean[themeList.size()];
    for (int th = 0; th < matching.length; th++) {
      ThemeId id = themeList.get(th).id();
      for (ThemeId t : themes) {
        matching[th] |= id.isWithin(t);
      }
    }
    return matching;
  }

  private static IntList[] lists(int count) {
    IntList[] lists = new IntList[count];
    for (int k = 0; k < count; k++) {
      lists[k] = new IntList(4);
    }
    return lists;
  }

  /**
   * The non-empty lists as compressed bitmaps (run-length encoded where that is smaller), under
   * their keys.
   */
  private static <K> ImmutableMap<K, RoaringBitmap> bitmaps(List<K> keys, IntList[] lists) {
    ImmutableMap.Builder<K, RoaringBitmap> map = ImmutableMap.builderWithExpectedSize(keys.size());
    for (int k = 0; k < keys.size(); k++) {
      if (lists[k].size() > 0) {
        map.put(keys.get(k), lists[k].bitmap());
      }
    }
    return map.buildOrThrow();
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
      Map<CrisisId, BitSet> possibly,
      Map<CrisisId, BitSet> definitely) {
    for (Crisis crisis : crises) {
      possibly.put(crisis.id(), new BitSet());
      definitely.put(crisis.id(), new BitSet());
    }
    // For each partnership, the last impact that looked at it: a partnership with several parties
    // within an impact's territories is judged once per impact (hitThrough looks at all of them).
    int[] judgedBy = new int[partnershipTable.list().size()];
    Arrays.fill(judgedBy, -1);
    int impactIndex = -1;
    for (CrisisImpact impact : impacts) {
      impactIndex++;
      Crisis crisis = crises.require(impact.crisis());
      BitSet maybe = requireNonNull(possibly.get(crisis.id()));
      BitSet surely = requireNonNull(definitely.get(crisis.id()));
      for (PartnershipId id : impact.partnerships()) {
        maybe.set(partnershipPosition(id));
        surely.set(partnershipPosition(id));
      }
      Set<TerritoryId> within = new HashSet<>();
      for (TerritoryId hit : impact.territories()) {
        within.add(hit);
        within.addAll(descendants(hit));
      }
      for (TerritoryId territory : within) {
        for (int position : partnershipsWith(territory)) {
          if (judgedBy[position] == impactIndex || surely.get(position)) {
            continue; // already judged for this impact, or already definitely hit by the crisis
          }
          judgedBy[position] = impactIndex;
          Truth truth = hitThrough(partnershipTable.list().get(position), within, crisis);
          if (truth.isPossible()) {
            maybe.set(position);
          }
          if (truth.isYes()) {
            surely.set(position);
          }
        }
      }
    }
  }

  private static ImmutableMap<CrisisId, int[]> sorted(Map<CrisisId, BitSet> sets) {
    ImmutableMap.Builder<CrisisId, int[]> result = ImmutableMap.builder();
    // BitSet.stream() gives the positions ascending.
    sets.forEach((crisis, set) -> result.put(crisis, set.stream().toArray()));
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
    int position = territoryTable.positionOrMinusOne(territory);
    return position < 0 ? NONE : byTerritory[position];
  }

  /**
   * Returns the positions of the partnerships in which the territory at a position is a party, as
   * {@link #partnershipsWith}; the array must not be modified.
   */
  int[] partnershipsWithTerritoryAt(int territoryPosition) {
    return byTerritory[territoryPosition];
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
      lists.computeIfAbsent(key, k -> new IntList(4)).addIfNotLast(position);
    }

    ImmutableMap<K, int[]> build() {
      ImmutableMap.Builder<K, int[]> map = ImmutableMap.builderWithExpectedSize(lists.size());
      lists.forEach((key, list) -> map.put(key, list.toArray()));
      return map.buildOrThrow();
    }
  }
}
