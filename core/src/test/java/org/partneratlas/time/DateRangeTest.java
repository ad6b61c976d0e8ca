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
import org.partneratlas.testing.AtlasGenerators;
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
        .addEqualityGroup(DateRange.parse("../2019"), DateRange.until(PartialDate.ofYear(2019)))
        .addEqualityGroup(DateRange.parse("../.."), DateRange.unbounded())
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
        "2020-10/2020-23"
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
  @ValueSource(strings = {"..", "2016/2017/2018", "2016/", "/2016", "2016/abc", "x/.."})
  void rejectsMalformedRanges(String text) {
    assertThrows(IllegalArgumentException.class, () -> DateRange.parse(text));
  }

  @Test
  void activityInAYearIsRightForEveryPrecision() {
    assertTrue(DateRange.parse("2009/..").isActiveDuring(2009));
    assertTrue(DateRange.parse("2009/..").isActiveDuring(2025));
    assertFalse(DateRange.parse("2009/..").isActiveDuring(2008));
    assertTrue(DateRange.parse("../2019").isActiveDuring(1900));
    assertFalse(DateRange.parse("../2019").isActiveDuring(2020));
    assertTrue(DateRange.parse("2020-23").isActiveDuring(2020));
    assertFalse(DateRange.parse("2020-23").isActiveDuring(2021));
    assertTrue(DateRange.parse("2020-24").isActiveDuring(2021));
    assertTrue(DateRange.parse("2010/2016").isActiveDuring(2016));
    assertFalse(DateRange.parse("2010/2016").isActiveDuring(2017));
    assertTrue(DateRange.parse("2020-12-31/2021-01-01").isActiveDuring(2021));
    assertTrue(DateRange.unbounded().isActiveDuring(1));
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
  void parseOfFormatIsIdentity() {
    qt().forAll(AtlasGenerators.dateRanges()).check(r -> DateRange.parse(r.toString()).equals(r));
  }

  @Test
  void overlapIsSymmetricAndMatchesDayBounds() {
    qt().forAll(AtlasGenerators.dateRanges(), AtlasGenerators.dateRanges())
        .check(
            (a, b) ->
                a.overlaps(b) == b.overlaps(a)
                    && a.overlaps(b)
                        == (Math.max(a.startEpochDay(), b.startEpochDay())
                            <= Math.min(a.endEpochDay(), b.endEpochDay())));
  }

  @Test
  void activeDuringAYearMeansADayOfThatYearIsCovered() {
    qt().forAll(AtlasGenerators.dateRanges(), Generate.range(1, 9999))
        .check(
            (r, year) -> {
              boolean first = r.contains(LocalDate.of(year, 1, 1));
              boolean last = r.contains(LocalDate.of(year, 12, 31));
              boolean inside =
                  r.earliestDay().map(d -> d.getYear() == year).orElse(false)
                      || r.latestDay().map(d -> d.getYear() == year).orElse(false);
              return r.isActiveDuring(year) == (first || last || inside);
            });
  }

  @Test
  void orderIsConsistentWithEqualsAndStart() {
    qt().forAll(AtlasGenerators.dateRanges(), AtlasGenerators.dateRanges())
        .check(
            (a, b) -> {
              int c = a.compareTo(b);
              return ((c == 0) == a.equals(b))
                  && Integer.signum(c) == -Integer.signum(b.compareTo(a))
                  && (c > 0 || a.startEpochDay() <= b.startEpochDay());
            });
  }
}
