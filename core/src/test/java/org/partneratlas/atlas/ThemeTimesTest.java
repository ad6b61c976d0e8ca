package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;

/**
 * The times of theme periods kept by the index answer "worked on a theme within T during a period"
 * exactly as the predicate on the partnership does (the disjunction of {@code
 * period.extentWithin(life).holdsDuring}), for every partnership whose theme periods do not all
 * follow its life, every theme of the atlas and periods of every shape.
 */
class ThemeTimesTest {

  @Test
  void answersAsThePredicate() {
    qt().withExamples(80)
        .forAll(AtlasGenerators.atlases(60), AtlasGenerators.seeds())
        .checkAssert(
            (atlas, seed) -> {
              Random r = new Random(seed);
              AtlasIndex index = atlas.index();
              List<Partnership> partnerships = atlas.partnerships().list();
              for (Theme theme : atlas.themes()) {
                Set<ThemeId> themes = Set.of(theme.id());
                boolean[] matching = index.themesWithin(themes);
                for (int k = 0; k < 4; k++) {
                  DateRange period =
                      r.nextInt(4) == 0
                          ? DateRange.unbounded()
                          : r.nextBoolean()
                              ? DateRange.ofYear(1950 + r.nextInt(80))
                              : AtlasGenerators.dateRange(r);
                  long from = period.startEpochDay();
                  long to = period.endEpochDay();
                  for (int i = 0; i < partnerships.size(); i++) {
                    if (index.lives.themesFollowLife(i)) {
                      continue;
                    }
                    Partnership p = partnerships.get(i);
                    Truth expected = Truth.NO;
                    for (ThemePeriod t : p.themes()) {
                      if (t.theme().isWithin(theme.id())) {
                        expected =
                            expected.or(t.extentWithin(p.lifeExtent()).holdsDuring(from, to));
                      }
                    }
                    assertEquals(
                        expected,
                        index.themeTimes.at(i, matching, from, to),
                        p.id() + " on " + theme.id() + " during " + period);
                  }
                }
              }
            });
  }
}
