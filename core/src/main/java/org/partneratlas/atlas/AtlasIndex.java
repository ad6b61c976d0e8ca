package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.partneratlas.actor.Actor;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.internal.NameFolding;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;

/**
 * The indexes of an {@link Atlas}, built once when the atlas is built (the name indexes on first
 * use). Immutable once built, so safe to share between threads.
 *
 * <p>Partnership indexes are postings lists: for each key, the ascending positions (in {@link
 * Atlas#partnerships()}) of the partnerships filed under it, each at most once. A partnership is
 * filed under each distinct territory of its parties; each distinct country of those territories;
 * each UN M49 region (at every level) of those countries; each distinct theme of its theme periods
 * and every broader theme of those (so that a query on {@code maritime} finds {@code
 * maritime.aquaculture}); each territory planned to join it; each crisis that affects it. Lives are
 * in a {@link LifeIndex}.
 */
final class AtlasIndex {

  private static final int[] NONE = new int[0];

  final ImmutableListMultimap<TerritoryId, Territory> childrenByTerritory;
  final ImmutableMap<TerritoryId, Integer> territoryPosition;
  final ImmutableMap<PartnershipId, Integer> partnershipPosition;

  private final ImmutableMap<TerritoryId, int[]> byTerritory;
  private final ImmutableMap<CountryCode, int[]> byCountry;
  private final ImmutableMap<M49Region, int[]> byRegion;
  private final ImmutableMap<ThemeId, int[]> byTheme;
  private final ImmutableMap<TerritoryId, int[]> byPlannedParty;
  private final ImmutableMap<CrisisId, int[]> byCrisis;
  final LifeIndex lives;

  final Lazy<ImmutableSetMultimap<String, Territory>> territoryNames;
  final Lazy<ImmutableSetMultimap<String, Partnership>> partnershipNames;
  final Lazy<ImmutableSetMultimap<String, Theme>> themeNames;
  final Lazy<ImmutableSetMultimap<String, Actor>> actorNames;
  final Lazy<ImmutableSetMultimap<String, Crisis>> crisisNames;

  AtlasIndex(Atlas atlas) {
    ImmutableList<Partnership> partnerships = atlas.partnerships();
    ImmutableMap.Builder<PartnershipId, Integer> positions =
        ImmutableMap.builderWithExpectedSize(partnerships.size());
    Postings<TerritoryId> territories = new Postings<>();
    Postings<CountryCode> countries = new Postings<>();
    Postings<M49Region> regions = new Postings<>();
    Postings<ThemeId> themes = new Postings<>();
    Postings<TerritoryId> planned = new Postings<>();
    Map<TerritoryId, CountryCode> countryOf = new HashMap<>();
    for (Territory territory : atlas.territories()) {
      countryOf.put(territory.id(), territory.country());
    }
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      positions.put(partnership.id(), i);
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
    this.partnershipPosition = positions.buildOrThrow();
    this.byTerritory = territories.build();
    this.byCountry = countries.build();
    this.byRegion = regions.build();
    this.byTheme = themes.build();
    this.byPlannedParty = planned.build();

    ImmutableListMultimap.Builder<TerritoryId, Territory> children =
        ImmutableListMultimap.builder();
    ImmutableMap.Builder<TerritoryId, Integer> territoryPositions =
        ImmutableMap.builderWithExpectedSize(atlas.territories().size());
    for (int i = 0; i < atlas.territories().size(); i++) {
      Territory territory = atlas.territories().get(i);
      territory.parent().ifPresent(parent -> children.put(parent, territory));
      territoryPositions.put(territory.id(), i);
    }
    this.childrenByTerritory = children.build();
    this.territoryPosition = territoryPositions.buildOrThrow();
    this.byCrisis = crises(atlas);
    this.lives = new LifeIndex(partnerships);

    this.territoryNames =
        names(
            atlas.territories(),
            t -> {
              List<String> names = new ArrayList<>(t.names().asMap().values());
              names.addAll(t.aliases());
              return names;
            });
    this.partnershipNames = names(partnerships, p -> p.names().asMap().values());
    this.themeNames = names(atlas.themes(), t -> t.labels().asMap().values());
    this.actorNames = names(atlas.actors(), a -> a.names().asMap().values());
    this.crisisNames = names(atlas.crises(), c -> c.names().asMap().values());
  }

  private ImmutableMap<CrisisId, int[]> crises(Atlas atlas) {
    Map<CrisisId, Set<Integer>> affected = new HashMap<>();
    for (CrisisImpact impact : atlas.crisisImpacts()) {
      Crisis crisis = atlas.requireCrisis(impact.crisis());
      Set<Integer> set = affected.computeIfAbsent(crisis.id(), c -> new LinkedHashSet<>());
      for (PartnershipId id : impact.partnerships()) {
        set.add(partnershipPosition(id));
      }
      for (TerritoryId hit : impact.territories()) {
        List<TerritoryId> within = new ArrayList<>();
        within.add(hit);
        within.addAll(descendants(hit));
        for (TerritoryId territory : within) {
          for (int position : partnershipsWith(territory)) {
            if (isHitThrough(atlas.partnerships().get(position), territory, crisis)) {
              set.add(position);
            }
          }
        }
      }
    }
    ImmutableMap.Builder<CrisisId, int[]> result = ImmutableMap.builder();
    affected.forEach(
        (crisis, set) -> {
          int[] array = set.stream().mapToInt(Integer::intValue).toArray();
          Arrays.sort(array);
          result.put(crisis, array);
        });
    return result.buildOrThrow();
  }

  /**
   * Returns whether a partnership is hit by a crisis through one of its parties: it is alive during
   * the crisis and has a non-planned party with that territory whose period overlaps the crisis.
   */
  static boolean isHitThrough(Partnership partnership, TerritoryId territory, Crisis crisis) {
    if (!partnership.life().overlaps(crisis.period())) {
      return false;
    }
    for (Party party : partnership.parties()) {
      if (party.territory().equals(territory)
          && party.status() != PartyStatus.PLANNED
          && party.period().overlaps(crisis.period())) {
        return true;
      }
    }
    return false;
  }

  private static <T> Lazy<ImmutableSetMultimap<String, T>> names(
      List<T> entities, Function<T, ? extends Iterable<String>> names) {
    return new Lazy<>(
        () -> {
          ImmutableSetMultimap.Builder<String, T> map = ImmutableSetMultimap.builder();
          for (T entity : entities) {
            for (String name : names.apply(entity)) {
              String key = NameFolding.fold(name);
              if (!key.isEmpty()) {
                map.put(key, entity);
              }
            }
          }
          return map.build();
        });
  }

  int partnershipPosition(PartnershipId id) {
    Integer position = partnershipPosition.get(id);
    if (position == null) {
      throw new IllegalArgumentException("No partnership with id '" + id + "' in this atlas");
    }
    return position;
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

  /** Returns the positions of the partnerships a crisis affects. */
  int[] partnershipsAffectedBy(CrisisId crisis) {
    return byCrisis.getOrDefault(crisis, NONE);
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
    List<TerritoryId> all = new ArrayList<>();
    all.add(territory);
    all.addAll(descendants(territory));
    if (all.size() == 1) {
      return partnershipsWith(territory);
    }
    int total = 0;
    for (TerritoryId id : all) {
      total += partnershipsWith(id).length;
    }
    int[] merged = new int[total];
    int at = 0;
    for (TerritoryId id : all) {
      int[] positions = partnershipsWith(id);
      System.arraycopy(positions, 0, merged, at, positions.length);
      at += positions.length;
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
