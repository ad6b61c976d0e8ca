package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.PartialDate;

/**
 * Counts of partnerships by kind, status, decade of start, theme, country and continent.
 *
 * <h2>How partnerships are counted</h2>
 *
 * <p><b>Single-valued counts add up to the total, with their "unknown" bucket.</b> Every
 * partnership has one {@linkplain #byKind() kind}, so that map sums to {@link #total()}. The
 * {@linkplain #byStatus() latest recorded status} is known only for a partnership with a status
 * history: the map plus {@link #withUnknownStatus()} sums to the total (a partnership without any
 * recorded status is not counted as active). The {@linkplain #byDecadeOfStart() decade of start} is
 * known only when the start of the partnership's {@linkplain Partnership#life() life} is known and
 * every day it may denote is in one decade ({@code 196X} is the 1960s; {@code 1960~}, which may be
 * 1959, is not known to a decade): the map plus {@link #withUnknownStart()} sums to the total.
 *
 * <p><b>Multi-valued counts count a partnership once under each of its distinct values.</b> A
 * twinning of Brest (FR) and Kiel (DE) counts once under FR and once under DE in {@link
 * #byCountry()}, once under Europe in {@link #byContinent()}; a partnership between two French
 * towns counts once under FR. So these maps add up to more than the total when partnerships span
 * several values; but each count is at most the total, and the partnerships counted under at least
 * one key plus those counted under none ({@link #withoutTheme()}, {@link #withoutContinent()};
 * every partnership has a country) make the total. Themes are the distinct themes of a
 * partnership's theme periods, at any time, without their broader themes (for a count including
 * sub-themes, use {@code atlas.query().onTheme(theme).count()}). Countries and continents are those
 * of all parties, planned ones included; continents are UN M49 regions ({@link M49#continentOf}).
 *
 * <p>Maps keyed by an enum list every constant, zero counts included, in declaration order; the
 * others list only keys with a count, in their natural order (continents by M49 code). Statistics
 * are immutable and thread-safe, computed once in O(n × p) for n partnerships of p parties and
 * themes.
 *
 * <pre>{@code
 * PartnershipStatistics stats = PartnershipStatistics.of(atlas);
 * stats.byKind().get(PartnershipKind.TWINNING);
 * stats.byContinent();   // {002 Africa=1, 019 Americas=2, 150 Europe=9, ...}
 * PartnershipStatistics active = PartnershipStatistics.of(atlas, atlas.query().activeDuring(2020).list());
 * }</pre>
 *
 * @param total the number of partnerships counted
 * @param byKind the number of partnerships of each kind, for every kind; sums to {@link #total()}.
 *     Equivalent to {@code atlas.query().ofKind(kind).count()} for each kind, over the whole atlas
 * @param byStatus the number of partnerships by {@linkplain #latestStatus latest recorded status},
 *     for every status; with {@link #withUnknownStatus()}, sums to {@link #total()}
 * @param withUnknownStatus the number of partnerships without any recorded status: the "unknown"
 *     bucket of {@link #byStatus()}
 * @param byDecadeOfStart the number of partnerships by the {@linkplain #decadeOfStart decade} in
 *     which their life starts (1960 for 1960–1969), when it is known, by decade in increasing
 *     order; with {@link #withUnknownStart()}, sums to {@link #total()}
 * @param withUnknownStart the number of partnerships whose decade of start is not known: their life
 *     has no known start, or its start may fall in two decades. The "unknown" bucket of {@link
 *     #byDecadeOfStart()}
 * @param byTheme for each theme, by theme id, the number of partnerships with that theme in their
 *     theme periods (at any time; sub-themes are not counted under broader themes). Multi-valued:
 *     see the class documentation
 * @param withoutTheme the number of partnerships without any theme
 * @param byCountry for each country, by country code, the number of partnerships with a party in
 *     it. Multi-valued: see the class documentation. Over the whole atlas, equivalent to {@code
 *     atlas.query().inCountry(country).count()}
 * @param byContinent for each continent (UN M49 region), by M49 code, the number of partnerships
 *     with a party in it. Multi-valued: see the class documentation. Over the whole atlas,
 *     equivalent to {@code atlas.query().inRegion(continent).count()}
 * @param withoutContinent the number of partnerships none of whose parties is in a country with a
 *     continent (only Antarctica has none)
 */
public record PartnershipStatistics(
    int total,
    ImmutableMap<PartnershipKind, Integer> byKind,
    ImmutableMap<PartnershipStatus, Integer> byStatus,
    int withUnknownStatus,
    ImmutableSortedMap<Integer, Integer> byDecadeOfStart,
    int withUnknownStart,
    ImmutableSortedMap<ThemeId, Integer> byTheme,
    int withoutTheme,
    ImmutableSortedMap<CountryCode, Integer> byCountry,
    ImmutableSortedMap<M49Region, Integer> byContinent,
    int withoutContinent) {

  /**
   * Checks that no map is null; {@link #of(Atlas, Iterable)} counts them from partnerships.
   *
   * @param total the number of partnerships counted
   * @param byKind the counts by kind
   * @param byStatus the counts by latest status
   * @param withUnknownStatus the count without a status
   * @param byDecadeOfStart the counts by decade of start
   * @param withUnknownStart the count without a known decade of start
   * @param byTheme the counts by theme
   * @param withoutTheme the count without a theme
   * @param byCountry the counts by country
   * @param byContinent the counts by continent
   * @param withoutContinent the count without a continent
   */
  public PartnershipStatistics {
    requireNonNull(byKind, "byKind");
    requireNonNull(byStatus, "byStatus");
    requireNonNull(byDecadeOfStart, "byDecadeOfStart");
    requireNonNull(byTheme, "byTheme");
    requireNonNull(byCountry, "byCountry");
    requireNonNull(byContinent, "byContinent");
  }

  private static PartnershipStatistics count(Atlas atlas, Iterable<Partnership> partnerships) {
    Map<PartnershipId, Partnership> distinct = new LinkedHashMap<>();
    for (Partnership partnership : partnerships) {
      Partnership known = atlas.partnerships().require(partnership.id());
      distinct.put(known.id(), known);
    }
    Map<PartnershipKind, Integer> kinds = zeros(PartnershipKind.class);
    Map<PartnershipStatus, Integer> statuses = zeros(PartnershipStatus.class);
    Map<Integer, Integer> decades = new TreeMap<>();
    Map<ThemeId, Integer> themes = new TreeMap<>();
    Map<CountryCode, Integer> countries = new TreeMap<>();
    Map<M49Region, Integer> continents = new TreeMap<>();
    int unknownStart = 0;
    int unknownStatus = 0;
    int noTheme = 0;
    int noContinent = 0;
    for (Partnership partnership : distinct.values()) {
      kinds.merge(partnership.kind(), 1, Integer::sum);
      Optional<PartnershipStatus> status = latestStatus(partnership);
      if (status.isPresent()) {
        statuses.merge(status.get(), 1, Integer::sum);
      } else {
        unknownStatus++;
      }
      Optional<Integer> decade = decadeOfStart(partnership);
      if (decade.isPresent()) {
        decades.merge(decade.get(), 1, Integer::sum);
      } else {
        unknownStart++;
      }
      Set<ThemeId> ownThemes = new HashSet<>();
      for (ThemePeriod theme : partnership.themes()) {
        ownThemes.add(theme.theme());
      }
      ownThemes.forEach(t -> themes.merge(t, 1, Integer::sum));
      if (ownThemes.isEmpty()) {
        noTheme++;
      }
      Set<CountryCode> ownCountries = new HashSet<>();
      Set<M49Region> ownContinents = new HashSet<>();
      for (TerritoryId territory : partnership.territories()) {
        CountryCode country = atlas.territories().require(territory).country();
        ownCountries.add(country);
        M49.continentOf(country).ifPresent(ownContinents::add);
      }
      ownCountries.forEach(c -> countries.merge(c, 1, Integer::sum));
      ownContinents.forEach(c -> continents.merge(c, 1, Integer::sum));
      if (ownContinents.isEmpty()) {
        noContinent++;
      }
    }
    return new PartnershipStatistics(
        distinct.size(),
        ImmutableMap.copyOf(kinds),
        ImmutableMap.copyOf(statuses),
        unknownStatus,
        ImmutableSortedMap.copyOf(decades),
        unknownStart,
        ImmutableSortedMap.copyOf(themes),
        noTheme,
        ImmutableSortedMap.copyOf(countries),
        ImmutableSortedMap.copyOf(continents),
        noContinent);
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    Map<E, Integer> map = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      map.put(constant, 0);
    }
    return map;
  }

  /**
   * Returns the latest recorded status of a partnership: that of the last entry of its status
   * history, dated or not (Haiphong, "dormant" according to the CNCD atlas, date unknown, is {@code
   * DORMANT}).
   *
   * @param partnership the partnership
   * @return its latest recorded status, or empty if no status is recorded
   */
  public static Optional<PartnershipStatus> latestStatus(Partnership partnership) {
    requireNonNull(partnership, "partnership");
    return partnership.statusHistory().isEmpty()
        ? Optional.empty()
        : Optional.of(
            partnership.statusHistory().get(partnership.statusHistory().size() - 1).status());
  }

  /**
   * Returns the decade in which a partnership's life started (1960 for 1960–1969), when it is
   * known: the life has a known start, and the first and last day that start may denote are in the
   * same decade.
   *
   * @param partnership the partnership
   * @return the first year of the decade, or empty if it is not known
   */
  public static Optional<Integer> decadeOfStart(Partnership partnership) {
    requireNonNull(partnership, "partnership");
    Optional<PartialDate> start = partnership.life().start();
    if (start.isEmpty()) {
      return Optional.empty();
    }
    int first = Math.floorDiv(start.get().earliestDay().getYear(), 10) * 10;
    int last = Math.floorDiv(start.get().latestDay().getYear(), 10) * 10;
    return first == last ? Optional.of(first) : Optional.empty();
  }

  /**
   * Returns the statistics of all the partnerships of an atlas.
   *
   * @param atlas the atlas
   * @return the statistics
   */
  public static PartnershipStatistics of(Atlas atlas) {
    return of(atlas, atlas.partnerships());
  }

  /**
   * Returns the statistics of some partnerships of an atlas, such as the result of a query. Each
   * partnership counts once, whatever the repetitions of the argument.
   *
   * @param atlas the atlas
   * @param partnerships partnerships of the atlas
   * @return the statistics
   * @throws IllegalArgumentException naming the id, if a partnership is not in the atlas
   */
  public static PartnershipStatistics of(Atlas atlas, Iterable<Partnership> partnerships) {
    requireNonNull(atlas, "atlas");
    requireNonNull(partnerships, "partnerships");
    return count(atlas, partnerships);
  }

  /**
   * Returns every count.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "PartnershipStatistics{total="
        + total
        + ", byKind="
        + byKind
        + ", byStatus="
        + byStatus
        + ", withUnknownStatus="
        + withUnknownStatus
        + ", byDecadeOfStart="
        + byDecadeOfStart
        + ", withUnknownStart="
        + withUnknownStart
        + ", byTheme="
        + byTheme
        + ", withoutTheme="
        + withoutTheme
        + ", byCountry="
        + byCountry
        + ", byContinent="
        + byContinent
        + ", withoutContinent="
        + withoutContinent
        + "}";
  }
}
