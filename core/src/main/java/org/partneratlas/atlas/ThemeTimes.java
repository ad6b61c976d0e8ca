package org.partneratlas.atlas;

import java.util.List;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * When each theme was worked on, by partnership position, for the partnerships whose theme periods
 * do not all follow their life (for the others {@link Lives#themesAt} answers): the theme (its
 * position in the atlas's themes) and the four numbers {@link Extent#holdsDuring(long, long)} reads
 * of {@code period.extentWithin(life)}, for every theme period, in flat int arrays. {@link #at}
 * answers {@code onTheme} at a moment exactly as its predicate does, without reading the
 * partnership.
 */
final class ThemeTimes {

  /** The periods of the partnership at position i are first[i] to first[i + 1] - 1. */
  private final int[] first;

  private final int[] theme;
  private final int[] earliestStart;
  private final int[] latestEnd;
  private final int[] yesFrom;
  private final int[] yesTo;

  /**
   * Reads the theme periods of the partnerships that {@code lives} does not answer for, with the
   * position of the theme of every theme period of every partnership (in order).
   */
  ThemeTimes(List<Partnership> partnerships, int[] periodThemes, Lives lives) {
    int n = partnerships.size();
    first = new int[n + 1];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!lives.themesFollowLife(i)) {
        count += partnerships.get(i).themes().size();
      }
    }
    theme = new int[count];
    earliestStart = new int[count];
    latestEnd = new int[count];
    yesFrom = new int[count];
    yesTo = new int[count];
    int at = 0;
    int period = 0;
    for (int i = 0; i < n; i++) {
      first[i] = at;
      Partnership p = partnerships.get(i);
      List<ThemePeriod> themes = p.themes();
      if (lives.themesFollowLife(i)) {
        period += themes.size();
        continue;
      }
      Extent life = p.lifeExtent();
      for (ThemePeriod t : themes) {
        Extent e = t.extentWithin(life);
        theme[at] = periodThemes[period++];
        earliestStart[at] = LifeIndex.day(e.earliestStart());
        latestEnd[at] = LifeIndex.day(e.latestEnd());
        yesFrom[at] = LifeIndex.day(Math.min(e.latestStart(), e.latestEnd()));
        yesTo[at] = LifeIndex.day(Math.max(e.earliestEnd(), e.earliestStart()));
        at++;
      }
    }
    first[n] = at;
  }

  /**
   * Whether the partnership at a position worked, during [from, to], on a theme whose position is
   * marked in {@code matching}: the disjunction of {@code holdsDuring} of its matching theme
   * periods, {@code NO} if it has none. Only for positions {@link Lives#themesFollowLife} does not
   * hold for (the others have no periods here).
   */
  Truth at(int position, boolean[] matching, long fromDay, long toDay) {
    int from = LifeIndex.day(fromDay);
    int to = LifeIndex.day(toDay);
    Truth answer = Truth.NO;
    if (from > to) {
      return answer;
    }
    for (int k = first[position]; k < first[position + 1]; k++) {
      if (!matching[theme[k]]) {
        continue;
      }
      int es = earliestStart[k];
      int le = latestEnd[k];
      if (es > to || le < from || es > le) {
        continue;
      }
      if (yesFrom[k] <= to && yesTo[k] >= from) {
        return Truth.YES;
      }
      answer = Truth.UNKNOWN;
    }
    return answer;
  }

  /** How many theme periods are kept. */
  int size() {
    return theme.length;
  }
}
