package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The interval index of lives gives exactly the lives overlapping a period, compared with a scan,
 * for lives and periods of every shape: closed, open at either end, unbounded, single days.
 */
class LifeIndexTest {

  /** A partnership whose life is the given range (open start: no known start). */
  private static Partnership withLife(int i, DateRange life) {
    Partnership.Builder b =
        Partnership.builder()
            .id(PartnershipId.of("p" + i))
            .kind(PartnershipKind.TWINNING)
            .addParties(
                Party.builder().territory(TerritoryId.of("a")).period(life).build(),
                Party.of(TerritoryId.of("b")));
    life.end().ifPresent(end -> b.addStatusHistory(StatusChange.of(end, PartnershipStatus.ENDED)));
    return b.build();
  }

  private static DateRange lifeOf(Random r) {
    DateRange range = AtlasGenerators.dateRange(r);
    // A life ending at a change dated by its end keeps that end; make the start no later.
    if (range.start().isPresent()
        && range.end().isPresent()
        && range.start().get().compareTo(range.end().get()) > 0) {
      return DateRange.of(range.end().get());
    }
    return range;
  }

  @Test
  void overlappingEqualsAScanForEveryShapeOfInterval() {
    qt().withExamples(300)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int n = r.nextInt(60);
              List<Partnership> partnerships = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                partnerships.add(withLife(i, lifeOf(r)));
              }
              LifeIndex index = new LifeIndex(partnerships);
              for (int q = 0; q < 20; q++) {
                DateRange period =
                    r.nextInt(4) == 0 && n > 0
                        ? partnerships.get(r.nextInt(n)).life()
                        : AtlasGenerators.dateRange(r);
                long from = period.startEpochDay();
                long to = period.endEpochDay();
                int[] expected =
                    IntStream.range(0, n)
                        .filter(i -> partnerships.get(i).life().overlaps(period))
                        .toArray();
                assertArrayEquals(expected, index.overlapping(from, to), () -> "" + period);
                assertTrue(index.estimate(from, to) >= expected.length);
              }
            });
  }

  @Test
  void overlappingEqualsAScanForRawIntervalsWithOpenSides() {
    qt().withExamples(300)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int n = r.nextInt(80);
              long[] start = new long[n];
              long[] end = new long[n];
              for (int i = 0; i < n; i++) {
                long a = r.nextInt(40);
                long b = a + r.nextInt(15);
                start[i] = r.nextInt(5) == 0 ? Long.MIN_VALUE : a;
                end[i] = r.nextInt(5) == 0 ? Long.MAX_VALUE : b;
              }
              LifeIndex index = new LifeIndex(start, end);
              for (int q = 0; q < 30; q++) {
                long from = r.nextInt(6) == 0 ? Long.MIN_VALUE : r.nextInt(60) - 5;
                long to = r.nextInt(6) == 0 ? Long.MAX_VALUE : from + r.nextInt(10);
                if (to < from) {
                  to = from;
                }
                long f = from;
                long t = to;
                int[] expected =
                    IntStream.range(0, n).filter(i -> start[i] <= t && end[i] >= f).toArray();
                assertArrayEquals(expected, index.overlapping(from, to), () -> f + ".." + t);
                assertTrue(index.estimate(from, to) >= expected.length);
              }
            });
  }

  @Test
  void openEndedLivesAreFoundInEveryLaterYear() {
    List<Partnership> partnerships =
        List.of(
            withLife(0, DateRange.since(PartialDate.ofYear(1948))),
            withLife(1, DateRange.parse("1964/1990")),
            withLife(2, DateRange.parse("2010-23/2016")),
            withLife(3, DateRange.unbounded()),
            withLife(4, DateRange.parse("2009/..")));
    LifeIndex index = new LifeIndex(partnerships);
    assertArrayEquals(new int[] {0, 3, 4}, overlapping(index, 2999));
    assertArrayEquals(new int[] {0, 1, 3}, overlapping(index, 1970));
    assertArrayEquals(new int[] {0, 2, 3, 4}, overlapping(index, 2010));
    assertArrayEquals(new int[] {3}, overlapping(index, 1900));
  }

  private static int[] overlapping(LifeIndex index, int year) {
    DateRange y = DateRange.ofYear(year);
    return index.overlapping(y.startEpochDay(), y.endEpochDay());
  }
}
