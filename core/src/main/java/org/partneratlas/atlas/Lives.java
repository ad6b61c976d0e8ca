package org.partneratlas.atlas;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.StatusStretch;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * The lives of the partnerships, by position: the extent of each ({@link Partnership#lifeExtent()})
 * reduced to the four numbers {@link Extent#holdsDuring(long, long)} reads, and two {@link
 * LifeIndex}es over them.
 *
 * <p>{@code possible} holds the spans [earliest start, latest end]: every partnership that may have
 * existed during a period is among those whose span overlaps it. {@code certain} holds what each
 * certainly covers: with {@code a = min(latest start, latest end)} and {@code b = max(earliest end,
 * earliest start)}, {@code holdsDuring} answers {@code YES} only when {@code a <= to && b >= from},
 * which implies that [min(a, b), max(a, b)] overlaps [from, to]; so the partnerships whose interval
 * overlaps a period include every one that is "definitely" anything then. {@link #existed(int,
 * long, long)} then answers exactly, from the arrays alone, without reading the partnership.
 */
final class Lives {
  final LifeIndex possible;
  final LifeIndex certain;

  /**
   * What is known of each partnership, by position, in one interleaved array of {@link #STRIDE}
   * ints per position, so that a query reading several of them for a candidate touches one cache
   * line rather than one per array. Days are ints ({@link LifeIndex#day}): half the memory of
   * longs, the same comparisons.
   *
   * <ul>
   *   <li>{@code ES}, {@code LE}: the earliest start and latest end of the life;
   *   <li>{@code CF}, {@code CT}: {@code min(latest start, latest end)} and {@code max(earliest
   *       end, earliest start)}, the test of {@code YES};
   *   <li>{@code AF}, {@code AT}: for "active" ({@link Partnership#activeDuring}), definitely: a
   *       test {@code AF <= to && AT >= from} that every period in which the partnership is known
   *       to be active passes (a necessary condition), and is exactly the answer where {@code
   *       ACTIVE_EXACT} is set;
   *   <li>{@code FLAGS}: {@code ACTIVE_EXACT}; {@code PARTIES_FOLLOW}, no planned party and every
   *       party taking part over the whole life ({@code party.extentWithin(life)} equals the life's
   *       extent), so that a condition on parties holds, at any moment, exactly when the
   *       partnership existed then, given that one of its parties is among the condition's; {@code
   *       THEMES_FOLLOW}, the same for theme periods;
   *   <li>{@code THEMES}: where the partnership's theme periods start in {@link ThemeTimes} (set by
   *       it; the position after the last has the end).
   * </ul>
   */
  private final int[] facts;

  static final int STRIDE = 8;
  private static final int ES = 0;
  private static final int LE = 1;
  private static final int CF = 2;
  private static final int CT = 3;
  private static final int AF = 4;
  private static final int AT = 5;
  private static final int FLAGS = 6;
  private static final int THEMES = 7;
  private static final int ACTIVE_EXACT = 1;
  private static final int PARTIES_FOLLOW = 2;
  private static final int THEMES_FOLLOW = 4;

  // While building: the extents of the parties of the partnership being read.
  private Extent[] scratch = new Extent[4];
  private @Nullable List<Party> scratchParties;

  Lives(List<Partnership> partnerships) {
    int n = partnerships.size();
    facts = new int[(n + 1) * STRIDE];
    int[] earliestStart = new int[n];
    int[] latestEnd = new int[n];
    int[] low = new int[n];
    int[] high = new int[n];
    for (int i = 0; i < n; i++) {
      activity(partnerships.get(i), i);
      followers(partnerships.get(i), i);
      scratchParties = null;
      Extent e = partnerships.get(i).lifeExtent();
      int at = i * STRIDE;
      int start = LifeIndex.day(e.earliestStart());
      int end = LifeIndex.day(e.latestEnd());
      int certainFrom = LifeIndex.day(Math.min(e.latestStart(), e.latestEnd()));
      int certainTo = LifeIndex.day(Math.max(e.earliestEnd(), e.earliestStart()));
      earliestStart[i] = start;
      latestEnd[i] = end;
      facts[at + ES] = start;
      facts[at + LE] = end;
      facts[at + CF] = certainFrom;
      facts[at + CT] = certainTo;
      low[i] = Math.min(certainFrom, certainTo);
      high[i] = Math.max(certainFrom, certainTo);
    }
    // The index reads these arrays and never writes them.
    possible = LifeIndex.owning(earliestStart, latestEnd);
    certain = LifeIndex.owning(low, high);
  }

  /**
   * Reduces "known to be active during [from, to]" to one test on two numbers (see the fields).
   * {@code activeDuring} is {@code YES} exactly when the life, two distinct territories taking part
   * and an {@code ACTIVE} stretch all are; each "is {@code YES}" of one extent is the test {@code
   * yesFrom <= to && yesTo >= from} ({@link #yesFrom}, {@link #yesTo}), and a conjunction of such
   * tests is one such test (the largest from, the smallest to). A disjunction (several {@code
   * ACTIVE} stretches, a territory with several parties, three territories that do not all share
   * one extent) is only bounded: its tests' smallest from and largest to make a necessary test, and
   * the partnership is not exact.
   */
  private void activity(Partnership p, int position) {
    Extent life = p.lifeExtent();
    boolean exact = true;
    boolean never = life.earliestStart() > life.latestEnd();
    long from = yesFrom(life);
    long to = yesTo(life);
    // ACTIVE stretches.
    long statusFrom = Long.MAX_VALUE;
    long statusTo = Long.MIN_VALUE;
    int stretches = 0;
    for (StatusStretch stretch : p.statusStretches()) {
      Extent e = stretch.extent();
      if (stretch.status() == PartnershipStatus.ACTIVE && e.earliestStart() <= e.latestEnd()) {
        stretches++;
        statusFrom = Math.min(statusFrom, yesFrom(e));
        statusTo = Math.max(statusTo, yesTo(e));
      }
    }
    never |= stretches == 0;
    exact &= stretches == 1;
    from = Math.max(from, statusFrom);
    to = Math.min(to, statusTo);
    // Parties: two distinct territories taking part. Each party's extent is computed once.
    List<Party> parties = p.parties();
    Extent[] extents = partyExtents(parties, life);
    long partyFrom = Long.MAX_VALUE;
    long partyTo = Long.MIN_VALUE;
    long firstFrom = 0;
    long firstTo = 0;
    boolean allAlike = true;
    int taking = 0;
    int territories = 0;
    for (int a = 0; a < parties.size(); a++) {
      Extent e = extents[a];
      if (e.earliestStart() > e.latestEnd()) {
        continue;
      }
      TerritoryId territory = parties.get(a).territory();
      boolean seen = false;
      for (int b = 0; b < a; b++) {
        Extent other = extents[b];
        if (parties.get(b).territory().equals(territory)
            && other.earliestStart() <= other.latestEnd()) {
          seen = true;
        }
      }
      long f = yesFrom(e);
      long t = yesTo(e);
      if (taking == 0) {
        firstFrom = f;
        firstTo = t;
      } else {
        allAlike &= f == firstFrom && t == firstTo;
      }
      taking++;
      territories += seen ? 0 : 1;
      // A territory with a second party that can take part makes a disjunction.
      exact &= !seen;
      partyFrom = Math.min(partyFrom, f);
      partyTo = Math.max(partyTo, t);
    }
    never |= territories < 2;
    if (exact && territories == 2) {
      // Both must be yes: a conjunction of the two.
      long f = Long.MIN_VALUE;
      long t = Long.MAX_VALUE;
      for (int a = 0; a < parties.size(); a++) {
        Extent e = extents[a];
        if (e.earliestStart() <= e.latestEnd()) {
          f = Math.max(f, yesFrom(e));
          t = Math.min(t, yesTo(e));
        }
      }
      from = Math.max(from, f);
      to = Math.min(to, t);
    } else {
      exact &= allAlike;
      from = Math.max(from, partyFrom);
      to = Math.min(to, partyTo);
    }
    if (never) {
      // Never known to be active: no period passes (from > every day).
      from = Long.MAX_VALUE;
      to = Long.MIN_VALUE;
      exact = false;
    }
    facts[position * STRIDE + AF] = LifeIndex.day(from);
    facts[position * STRIDE + AT] = LifeIndex.day(to);
    if (exact) {
      facts[position * STRIDE + FLAGS] |= ACTIVE_EXACT;
    }
  }

  private void followers(Partnership p, int position) {
    Extent life = p.lifeExtent();
    boolean parties = true;
    List<Party> all = p.parties();
    Extent[] extents = partyExtents(all, life);
    for (int a = 0; a < all.size(); a++) {
      parties &= all.get(a).status() != PartyStatus.PLANNED && extents[a].equals(life);
    }
    if (parties) {
      facts[position * STRIDE + FLAGS] |= PARTIES_FOLLOW;
    }
    boolean themes = true;
    for (ThemePeriod theme : p.themes()) {
      themes &= theme.extentWithin(life).equals(life);
    }
    if (themes) {
      facts[position * STRIDE + FLAGS] |= THEMES_FOLLOW;
    }
  }

  /**
   * The extents of the parties within the life, computed once per partnership (the last one's are
   * kept in a scratch array while the lives are built).
   */
  private Extent[] partyExtents(List<Party> parties, Extent life) {
    if (parties != scratchParties) {
      if (scratch.length < parties.size()) {
        scratch = new Extent[parties.size() * 2];
      }
      for (int a = 0; a < parties.size(); a++) {
        scratch[a] = parties.get(a).extentWithin(life);
      }
      scratchParties = parties;
    }
    return scratch;
  }

  /**
   * For a condition on parties, asked about a partnership with one of the condition's parties (its
   * postings say so): the answer of {@link #existed} when every party follows the life, else null
   * (test the predicate).
   */
  @Nullable Truth partiesAt(int position, long from, long to) {
    return (facts[position * STRIDE + FLAGS] & PARTIES_FOLLOW) != 0
        ? existed(position, from, to)
        : null;
  }

  /** Whether every theme period of the partnership at a position follows its life. */
  boolean themesFollowLife(int position) {
    return (facts[position * STRIDE + FLAGS] & THEMES_FOLLOW) != 0;
  }

  /** Where the theme periods of a position (0 to n) start in {@link ThemeTimes}. */
  int themesStart(int position) {
    return facts[position * STRIDE + THEMES];
  }

  /** Records, while ThemeTimes is built, where the theme periods of a position (0 to n) start. */
  void themesStart(int position, int start) {
    facts[position * STRIDE + THEMES] = start;
  }

  /** The same for a condition on themes, asked about a partnership filed under its themes. */
  @Nullable Truth themesAt(int position, long from, long to) {
    return themesFollowLife(position) ? existed(position, from, to) : null;
  }

  /**
   * With {@link #yesTo}: {@code e.holdsDuring(from, to)} is YES iff yesFrom <= to && yesTo >= from.
   */
  private static long yesFrom(Extent e) {
    return Math.max(e.earliestStart(), Math.min(e.latestStart(), e.latestEnd()));
  }

  private static long yesTo(Extent e) {
    return Math.min(e.latestEnd(), Math.max(e.earliestEnd(), e.earliestStart()));
  }

  /**
   * Decides "known to be active during [from, to]" at a position when the index is certain: {@code
   * YES} or {@code NO} for {@code p.activeDuring(period).isYes()}, or null to test.
   */
  @Nullable Boolean knownActive(int position, long fromDay, long toDay) {
    int from = LifeIndex.day(fromDay);
    int to = LifeIndex.day(toDay);
    int at = position * STRIDE;
    if (from > to || facts[at + AF] > to || facts[at + AT] < from) {
      return Boolean.FALSE;
    }
    return (facts[at + FLAGS] & ACTIVE_EXACT) != 0 ? Boolean.TRUE : null;
  }

  /**
   * Answers whether the partnership at a position existed on some day of [from, to]: exactly {@code
   * partnership.lifeExtent().holdsDuring(from, to)}, by the same rule, from the arrays.
   */
  Truth existed(int position, long fromDay, long toDay) {
    int from = LifeIndex.day(fromDay);
    int to = LifeIndex.day(toDay);
    int at = position * STRIDE;
    int es = facts[at + ES];
    int le = facts[at + LE];
    if (es > to || le < from || from > to || es > le) {
      return Truth.NO;
    }
    return facts[at + CF] <= to && facts[at + CT] >= from ? Truth.YES : Truth.UNKNOWN;
  }
}
