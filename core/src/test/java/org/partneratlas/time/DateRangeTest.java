package org.partneratlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class DateRangeTest {

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            DateRange.parse("2016"),
            DateRange.of(PartialDate.ofYear(2016)),
            DateRange.parse("2016/2016"))
        .addEqualityGroup(DateRange.parse("2009/.."), DateRange.since(PartialDate.ofYear(2009)))
        .addEqualityGroup(DateRange.parse("2009/"))
        .addEqualityGroup(DateRange.parse("../2019"), DateRange.until(PartialDate.ofYear(2019)))
        .addEqualityGroup(DateRange.parse("../.."), DateRange.unbounded())
        .addEqualityGroup(DateRange.parse("/"), DateRange.unknown())
        .addEqualityGroup(DateRange.parse("2010/"), DateRange.began(PartialDate.ofYear(2010)))
        .addEqualityGroup(DateRange.parse("/2016"), DateRange.ended(PartialDate.ofYear(2016)))
        .addEqualityGroup(DateRange.parse("2010?/"))
        .addEqualityGroup(DateRange.parse("2010/.."))
        .addEqualityGroup(
            DateRange.parse("2020-10-12/2020-10-16"),
            DateRange.between(PartialDate.ofDay(2020, 10, 12), PartialDate.ofDay(2020, 10, 16)))
        .addEqualityGroup(DateRange.parse("2017/2018"))
        .testEquals();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016",
        "2020-23",
        "2020-10-12/2020-10-16",
        "2009/..",
        "../2019",
        "../..",
        "2017/2018",
        "2020-10/2020-23",
        "2009/",
        "/2016",
        "2020?",
        "1960~/..",
        "196X",
        "2004-06-XX",
        "/",
        "../",
        "/..",
        "1984?/2004%"
      })
  void canonicalTextRoundTrips(String text) {
    assertEquals(text, DateRange.parse(text).toString());
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2018/2017"));
    assertEquals(
        "The period 2018/2017 ends before it starts: swap the dates or correct one of them",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"..", "2016/2017/2018", "2016/abc", "x/..", "2020-13", "2021-02-30", "..../2016"})
  void rejectsMalformedRanges(String text) {
    assertThrows(IllegalArgumentException.class, () -> DateRange.parse(text));
  }

  @Test
  void doneWhenFormsAreAcceptedAndRoundTrip() {
    for (String text : new String[] {"2009/", "/2016", "2020?", "~1960/..", "196X", "2004-06-XX"}) {
      DateRange range = DateRange.parse(text);
      assertEquals(range, DateRange.parse(range.toString()), text);
    }
    assertEquals("1960~/..", DateRange.parse("~1960/..").toString());
  }

  @Test
  void activityInAYearIsRightForEveryPrecisionAndBound() {
    assertEquals(Truth.YES, DateRange.parse("2009/..").holdsDuring(2009));
    assertEquals(Truth.YES, DateRange.parse("2009/..").holdsDuring(2025));
    assertEquals(Truth.NO, DateRange.parse("2009/..").holdsDuring(2008));
    assertEquals(Truth.YES, DateRange.parse("../2019").holdsDuring(1900));
    assertEquals(Truth.NO, DateRange.parse("../2019").holdsDuring(2020));
    assertEquals(Truth.YES, DateRange.parse("2020-23").holdsDuring(2020));
    assertEquals(Truth.NO, DateRange.parse("2020-23").holdsDuring(2021));
    assertEquals(Truth.UNKNOWN, DateRange.parse("2020-24").holdsDuring(2021));
    assertEquals(Truth.YES, DateRange.parse("2010/2016").holdsDuring(2016));
    assertEquals(Truth.NO, DateRange.parse("2010/2016").holdsDuring(2017));
    assertEquals(Truth.YES, DateRange.parse("2020-12-31/2021-01-01").holdsDuring(2021));
    assertEquals(Truth.YES, DateRange.unbounded().holdsDuring(1));
  }

  @Test
  void unknownIsNeitherOpenNorClosed() {
    DateRange chubut = DateRange.parse("2010/");
    assertEquals(Truth.NO, chubut.holdsDuring(2009));
    assertEquals(Truth.YES, chubut.holdsDuring(2010));
    assertEquals(Truth.UNKNOWN, chubut.holdsDuring(2011));
    assertEquals(Truth.UNKNOWN, chubut.holdsDuring(2100));
    DateRange endedIn2016 = DateRange.parse("/2016");
    assertEquals(Truth.YES, endedIn2016.holdsDuring(2016));
    assertEquals(Truth.UNKNOWN, endedIn2016.holdsDuring(1900));
    assertEquals(Truth.NO, endedIn2016.holdsDuring(2017));
    for (int year : new int[] {1, 1900, 2020, 9999}) {
      assertEquals(Truth.UNKNOWN, DateRange.unknown().holdsDuring(year));
      assertEquals(Truth.YES, DateRange.unbounded().holdsDuring(year));
    }
    assertEquals(Truth.UNKNOWN, DateRange.parse("/..").holdsDuring(2020));
    assertEquals(Truth.UNKNOWN, DateRange.parse("../").holdsDuring(2020));
  }

  @Test
  void aSingleDateHeldWithinItsSpanOnly() {
    DateRange attested2017 = DateRange.parse("2017");
    assertEquals(Truth.YES, attested2017.holdsDuring(2017));
    assertEquals(Truth.UNKNOWN, attested2017.holdsDuring(DateRange.parse("2017-06")));
    assertEquals(Truth.NO, attested2017.holdsDuring(2016));
  }

  @Test
  void anApproximateStartIsPossiblyUnderWayAYearEarlierAndDefinitelyTwoYearsLater() {
    DateRange around1960 = DateRange.parse("~1960/..");
    assertEquals(Truth.NO, around1960.holdsDuring(1958));
    assertEquals(Truth.UNKNOWN, around1960.holdsDuring(1959));
    assertEquals(Truth.UNKNOWN, around1960.holdsDuring(1960));
    assertEquals(Truth.YES, around1960.holdsDuring(1961));
    assertEquals(Truth.YES, around1960.holdsDuring(1962));
    DateRange uncertain = DateRange.parse("2020?/..");
    assertEquals(Truth.UNKNOWN, uncertain.holdsDuring(2019));
    DateRange sixties = DateRange.parse("196X/..");
    assertEquals(Truth.NO, sixties.holdsDuring(1959));
    assertEquals(Truth.UNKNOWN, sixties.holdsDuring(1960));
    assertEquals(Truth.YES, sixties.holdsDuring(1969));
  }

  @Test
  void attestationNarrowsAnUnknownPeriod() {
    Extent coastal = DateRange.unknown().extent().attestedAt(PartialDate.parse("2017-10-12"));
    assertEquals(Truth.YES, coastal.holdsDuring(DateRange.ofYear(2017)));
    assertEquals(Truth.UNKNOWN, coastal.holdsDuring(DateRange.ofYear(2016)));
    assertEquals(Truth.UNKNOWN, coastal.holdsDuring(DateRange.ofYear(2018)));
  }

  @Test
  void boundsOfOpenSides() {
    DateRange since = DateRange.parse("2009/..");
    assertEquals(Optional.of(LocalDate.of(2009, 1, 1)), since.earliestDay());
    assertEquals(Optional.empty(), since.latestDay());
    assertEquals(Long.MAX_VALUE, since.endEpochDay());
    assertTrue(since.contains(LocalDate.of(2100, 1, 1)));
    assertFalse(since.contains(LocalDate.of(2008, 12, 31)));
  }

  @Test
  void threeValuedAnswersAgreeWithDayBounds() {
    qt().forAll(TimeGenerators.dateRanges(), Generate.range(1, 9999))
        .check(
            (r, year) -> {
              Truth truth = r.holdsDuring(year);
              long from = LocalDate.of(year, 1, 1).toEpochDay();
              long to = LocalDate.of(year, 12, 31).toEpochDay();
              Extent e = r.extent();
              boolean possible = e.earliestStart() <= to && e.latestEnd() >= from;
              // NO exactly when no possible day of the range is in the year.
              boolean noMatches = (truth == Truth.NO) == !possible;
              // YES only if the latest possible start and the earliest possible end bracket a day.
              boolean yesIsSound =
                  truth != Truth.YES
                      || (Math.min(e.latestStart(), e.latestEnd()) <= to
                          && Math.max(e.earliestEnd(), e.earliestStart()) >= from);
              // A known start and end within the year is YES.
              boolean closedInside =
                  !(r.start().isPresent()
                          && r.end().isPresent()
                          && r.startEpochDay() >= from
                          && r.endEpochDay() <= to)
                      || truth == Truth.YES;
              return noMatches && yesIsSound && closedInside && r.isActiveDuring(year) == possible;
            });
  }

  @Test
  void aYesForAYearIsAYesForEveryPeriodContainingIt() {
    qt().forAll(TimeGenerators.dateRanges(), Generate.range(2, 9998))
        .check(
            (r, year) ->
                r.holdsDuring(year) != Truth.YES
                    || r.holdsDuring(
                            DateRange.between(
                                PartialDate.ofYear(year - 1), PartialDate.ofYear(year + 1)))
                        == Truth.YES);
  }

  @Test
  void parseOfFormatIsIdentity() {
    qt().forAll(TimeGenerators.dateRanges()).check(r -> DateRange.parse(r.toString()).equals(r));
  }

  @Test
  void overlapIsSymmetricAndMatchesDayBounds() {
    qt().forAll(TimeGenerators.dateRanges(), TimeGenerators.dateRanges())
        .check(
            (a, b) ->
                a.overlaps(b) == b.overlaps(a)
                    && a.overlaps(b)
                        == (Math.max(a.startEpochDay(), b.startEpochDay())
                            <= Math.min(a.endEpochDay(), b.endEpochDay())));
  }

  @Test
  void orderIsConsistentWithEqualsAndStart() {
    qt().forAll(TimeGenerators.dateRanges(), TimeGenerators.dateRanges())
        .check(
            (a, b) -> {
              int c = a.compareTo(b);
              return ((c == 0) == a.equals(b))
                  && Integer.signum(c) == -Integer.signum(b.compareTo(a))
                  && (c > 0 || a.startEpochDay() <= b.startEpochDay());
            });
  }
}
