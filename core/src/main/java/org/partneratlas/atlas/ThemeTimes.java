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
 * of {@code period.extentWithin(life)}, for every theme period, interleaved in one int array (where
 * a partnership's periods start is kept with its other facts in {@link Lives}). {@link #at} answers
 * {@code onTheme} at a moment exactly as its predicate does, without reading the partnership.
 */
final class ThemeTimes {

  /** {@link #STRIDE} ints per theme period: its theme's position and four days. */
  private final int[] periods;

  private final Lives lives;

  private static final int STRIDE = 5;
  private static final int THEME = 0;
  private static final int ES = 1;
  private static final int LE = 2;
  private static final int YES_FROM = 3;
  private static final int YES_TO = 4;

  /**
   * Reads the theme periods of the partnerships that {@code lives} does not answer for, with the
   * position of the theme of every theme period of every partnership (in order).
   */
  ThemeTimes(List<Partnership> partnerships, int[] periodThemes, Lives lives) {
    this.lives = lives;
    int n = partnerships.size();
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!lives.themesFollowLife(i)) {
        count += partnerships.get(i).themes().size();
      }
    }
    periods = new int[count * STRIDE];
    int at = 0;
    int period = 0;
    for (int i = 0; i < n; i++) {
      lives.themesStart(i, at);
      Partnership p = partnerships.get(i);
      List<ThemePeriod> themes = p.themes();
      if (lives.themesFollowLife(i)) {
        period += themes.size();
        continue;
      }
      Extent life = p.lifeExtent();
      for (ThemePeriod t : themes) {
        Extent e = t.extentWithin(life);
        int k = at * STRIDE;
        periods[k + THEME] = periodThemes[period++];
        periods[k + ES] = LifeIndex.day(e.earliestStart());
        periods[k + LE] = LifeIndex.day(e.latestEnd());
        periods[k + YES_FROM] = LifeIndex.day(Math.min(e.latestStart(), e.latestEnd()));
        periods[k + YES_TO] = LifeIndex.day(Math.max(e.earliestEnd(), e.earliestStart()));
        at++;
      }
    }
    lives.themesStart(n, at);
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
    int end = lives.themesStart(position + 1) * STRIDE;
    for (int k = lives.themesStart(position) * STRIDE; k < end; k += STRIDE) {
      if (!matching[periods[k + THEME]]) {
        continue;
      }
      int es = periods[k + ES];
      int le = periods[k + LE];
      if (es > to || le < from || es > le) {
        continue;
      }
      if (periods[k + YES_FROM] <= to && periods[k + YES_TO] >= from) {
        return Truth.YES;
      }
      answer = Truth.UNKNOWN;
    }
    return answer;
  }

  /** How many theme periods are kept. */
  int size() {
    return periods.length / STRIDE;
  }
}
