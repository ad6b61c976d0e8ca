package org.partneratlas.benchmarks.baseline;

import java.util.List;
import java.util.stream.Collectors;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.TerritoryId;

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

  private static boolean hasParty(Partnership partnership, TerritoryId territory) {
    for (Party party : partnership.parties()) {
      if (party.territory().equals(territory)) {
        return true;
      }
    }
    return false;
  }
}
