package org.partneratlas.internal;

import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * When parties took part, and whether two facts held at the same time: the rules shared by the
 * queries, the partners of a territory, the network and the crisis report.
 *
 * <p>Two facts held <em>at the same time</em> within the epoch days [from, to] when some day of
 * that window belongs to both.
 *
 * <ul>
 *   <li>{@link Truth#NO} when no realisation of their extents can share a day of the window: {@code
 *       max(a.earliestStart, b.earliestStart, from) > min(a.latestEnd, b.latestEnd, to)}. So two
 *       extents may overlap exactly when each may have started before the other may have ended.
 *   <li>{@link Truth#YES} when one of them certainly covers a stretch of days (from its latest
 *       start to its earliest end) within the window, and the other certainly held on some day of
 *       that stretch ({@link Extent#holdsDuring(long, long)}): whatever their exact bounds, that
 *       day is shared.
 *   <li>{@link Truth#UNKNOWN} otherwise: Chubut ({@code 2010/}, end unknown) and Tierra del Fuego
 *       ({@code 2016/..}) may have been parties at the same time, or not.
 * </ul>
 */
public final class Participation {

  private Participation() {}

  /**
   * Returns what is known of when a party took part in its partnership. A planned party never took
   * part, unless {@code includePlanned}, when its period is read as if it were not planned.
   *
   * @param party the party
   * @param life the extent of the partnership's life
   * @param includePlanned whether a planned party counts over its (planned) period
   * @return the extent of its participation
   */
  public static Extent of(Party party, Extent life, boolean includePlanned) {
    if (includePlanned && party.status() == PartyStatus.PLANNED) {
      Extent extent = party.period().extentWithin(life);
      return party.attested().isPresent() ? extent.attestedAt(party.attested().get()) : extent;
    }
    return party.extentWithin(life);
  }

  /**
   * Answers whether two facts held on a common day of the window [from, to] (see the class
   * documentation).
   *
   * @param a the extent of one fact
   * @param b the extent of the other
   * @param from the first epoch day of the window
   * @param to the last epoch day of the window
   * @return the three-valued answer
   */
  public static Truth together(Extent a, Extent b, long from, long to) {
    long first = Math.max(Math.max(a.earliestStart(), b.earliestStart()), from);
    long last = Math.min(Math.min(a.latestEnd(), b.latestEnd()), to);
    if (first > last || a.earliestStart() > a.latestEnd() || b.earliestStart() > b.latestEnd()) {
      return Truth.NO;
    }
    if (coversSomeDayOf(a, b, from, to) || coversSomeDayOf(b, a, from, to)) {
      return Truth.YES;
    }
    return Truth.UNKNOWN;
  }

  /**
   * Whether {@code inner} certainly held on a day of the stretch {@code outer} certainly covers.
   */
  private static boolean coversSomeDayOf(Extent outer, Extent inner, long from, long to) {
    long coreFrom = Math.max(outer.latestStart(), from);
    long coreTo = Math.min(outer.earliestEnd(), to);
    return coreFrom <= coreTo && inner.holdsDuring(coreFrom, coreTo) == Truth.YES;
  }

  /**
   * Answers whether two distinct territories were parties to a partnership at the same time, on a
   * day of the window [from, to]: the disjunction over their pairs of parties.
   *
   * @param partnership the partnership
   * @param a a territory
   * @param b another territory
   * @param includePlanned whether planned parties count (see {@link #of})
   * @param from the first epoch day of the window
   * @param to the last epoch day of the window
   * @return the three-valued answer; {@code NO} if {@code a} equals {@code b}
   */
  public static Truth linked(
      Partnership partnership,
      TerritoryId a,
      TerritoryId b,
      boolean includePlanned,
      long from,
      long to) {
    if (a.equals(b)) {
      return Truth.NO;
    }
    Extent life = partnership.lifeExtent();
    Truth answer = Truth.NO;
    for (Party x : partnership.parties()) {
      if (!x.territory().equals(a)) {
        continue;
      }
      Extent ex = of(x, life, includePlanned);
      for (Party y : partnership.parties()) {
        if (y.territory().equals(b)) {
          answer = answer.or(together(ex, of(y, life, includePlanned), from, to));
          if (answer == Truth.YES) {
            return answer;
          }
        }
      }
    }
    return answer;
  }
}
