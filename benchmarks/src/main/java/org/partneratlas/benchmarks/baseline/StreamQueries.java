package org.partneratlas.benchmarks.baseline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;

/**
 * The queries a user without the library's indexes writes: a stream filter over a list of all
 * partnerships.
 */
public final class StreamQueries {

  private StreamQueries() {}

  /**
   * Returns the partnerships in which a territory is a party, in list order.
   *
   * @param partnerships all partnerships
   * @param territory the territory
   * @return the matching partnerships
   */
  public static List<Partnership> partnershipsOf(
      List<Partnership> partnerships, TerritoryId territory) {
    return partnerships.stream().filter(p -> hasParty(p, territory)).collect(Collectors.toList());
  }

  /**
   * Returns the partnerships on a theme or one of its sub-themes, with a party in a country, active
   * during a year, in list order: the filters a user writes, cheapest first, with the library's
   * rules for {@code atlas.query().onTheme(theme).activeDuring(year).inCountry(country)} — one
   * moment for every condition, and only what is known ({@link Truth#YES}): the partnership existed
   * and was active during the year, a theme period within the theme held then, and a party of that
   * country took part then.
   *
   * @param partnerships all partnerships
   * @param countries the country of every territory
   * @param theme the theme
   * @param year the year
   * @param country the country
   * @return the matching partnerships
   */
  public static List<Partnership> onThemeActiveInCountry(
      List<Partnership> partnerships,
      Map<TerritoryId, CountryCode> countries,
      ThemeId theme,
      int year,
      CountryCode country) {
    DateRange during = DateRange.ofYear(year);
    return partnerships.stream()
        .filter(
            p ->
                p.themes().stream()
                    .anyMatch(
                        t ->
                            t.theme().isWithin(theme)
                                && t.heldDuring(during, p.lifeExtent()).isYes()))
        .filter(
            p ->
                p.parties().stream()
                    .anyMatch(
                        x ->
                            country.equals(countries.get(x.territory()))
                                && x.takesPartDuring(during, p.lifeExtent()).isYes()))
        .filter(p -> p.lifeExtent().holdsDuring(during).isYes())
        .filter(p -> p.activeDuring(during).isYes())
        .collect(Collectors.toList());
  }

  private static boolean hasParty(Partnership partnership, TerritoryId territory) {
    for (Party party : partnership.parties()) {
      if (party.territory().equals(territory)) {
        return true;
      }
    }
    return false;
  }
}
