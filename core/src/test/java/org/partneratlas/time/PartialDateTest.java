package org.partneratlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void equalityFollowsYearPrecisionAndParts() {
    new EqualsTester()
        .addEqualityGroup(PartialDate.ofYear(2016), PartialDate.parse("2016"))
        .addEqualityGroup(PartialDate.ofSeason(2020, Season.AUTUMN), PartialDate.parse("2020-23"))
        .addEqualityGroup(PartialDate.ofMonth(2020, 10), PartialDate.parse("2020-10"))
        .addEqualityGroup(
            PartialDate.ofDay(2020, 10, 12), PartialDate.of(LocalDate.of(2020, 10, 12)))
        .addEqualityGroup(PartialDate.ofDay(2020, 10, 13))
        .addEqualityGroup(PartialDate.ofYear(2017))
        .testEquals();
  }

  @ParameterizedTest
  @CsvSource({
    "2016, YEAR, 2016-01-01, 2016-12-31",
    "2020-21, SEASON, 2020-03-01, 2020-05-31",
    "2020-22, SEASON, 2020-06-01, 2020-08-31",
    "2020-23, SEASON, 2020-09-01, 2020-11-30",
    "2020-24, SEASON, 2020-12-01, 2021-02-28",
    "2019-24, SEASON, 2019-12-01, 2020-02-29",
    "2020-02, MONTH, 2020-02-01, 2020-02-29",
    "2020-10-12, DAY, 2020-10-12, 2020-10-12",
    "0001, YEAR, 0001-01-01, 0001-12-31"
  })
  void parsesEdtfWithBoundsAndPrecision(
      String text, Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertEquals(precision, date.precision());
    assertEquals(earliest, date.earliestDay());
    assertEquals(latest, date.latestDay());
    assertEquals(text, date.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "16",
        "20166",
        "2016-13",
        "2016-00",
        "2016-25",
        "2016-02-30",
        "2016-1-01",
        "2016/",
        "abcd",
        "2016-10-1x",
        "0000",
        "-200",
        " 2016",
        "2016-10-12T10:00",
        "2020-13",
        "2021-02-30",
        "2016-1X",
        "201X-05",
        "2016??",
        "~2016~"
      })
  void rejectsMalformedTextWithAnActionableMessage(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    assertTrue(
        (e.getMessage().contains("year")
                || e.getMessage().contains("month")
                || e.getMessage().contains("day")
                || e.getMessage().contains("date"))
            && (text.isEmpty() || e.getMessage().contains("'" + text + "'")),
        e.getMessage());
  }

  @Test
  void messagesSayWhatToWrite() {
    assertEquals(
        "'2016-10-1y' is not a date: write a year (2016), a season (2020-23 for autumn 2020), a"
            + " month (2020-10) or a day (2020-10-12), optionally with ? (uncertain), ~"
            + " (approximate) or % (both) at the end, or X for unknown digits (196X, 2020-XX)",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2016-10-1y"))
            .getMessage());
    assertEquals(
        "'2020-13' is not a date: after the year write a month from 01 to 12 or a season from 21"
            + " to 24",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2020-13"))
            .getMessage());
    assertEquals(
        "'2021-02-30' is not a date: February 2021 has days 01 to 28",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2021-02-30"))
            .getMessage());
    assertEquals(
        "Day 30 does not exist in 2016-02: use a day from 1 to 29",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofDay(2016, 2, 30))
            .getMessage());
    assertEquals(
        "Year 0 is out of range: use a year from 1 to 9999",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(0)).getMessage());
  }

  @Test
  void accessorsRefuseAPrecisionTheDateDoesNotHave() {
    assertThrows(IllegalStateException.class, () -> PartialDate.ofYear(2016).month());
    assertThrows(IllegalStateException.class, () -> PartialDate.ofMonth(2016, 3).season());
    assertThrows(IllegalStateException.class, () -> PartialDate.ofMonth(2016, 3).dayOfMonth());
    assertEquals(Season.AUTUMN, PartialDate.parse("2020-23").season());
    assertEquals(12, PartialDate.parse("2020-10-12").dayOfMonth());
  }

  @Test
  void winterFallsInTwoYears() {
    PartialDate winter = PartialDate.parse("2020-24");
    assertTrue(winter.isDuring(2020));
    assertTrue(winter.isDuring(2021));
    assertFalse(winter.isDuring(2022));
    assertFalse(PartialDate.parse("2020-23").isDuring(2021));
  }

  @Test
  void parseOfFormatIsIdentity() {
    qt().forAll(TimeGenerators.partialDates())
        .check(d -> PartialDate.parse(d.toString()).equals(d));
  }

  @Test
  void orderIsConsistentWithBoundsAndEquals() {
    qt().forAll(TimeGenerators.partialDates(), TimeGenerators.partialDates())
        .check(
            (a, b) -> {
              int c = a.compareTo(b);
              boolean consistentWithEquals = (c == 0) == a.equals(b);
              boolean antisymmetric = Integer.signum(c) == -Integer.signum(b.compareTo(a));
              boolean followsEarliest =
                  c <= 0
                      ? !a.earliestDay().isAfter(b.earliestDay())
                      : !b.earliestDay().isAfter(a.earliestDay());
              return consistentWithEquals && antisymmetric && followsEarliest;
            });
  }

  @Test
  void boundsContainEachOtherAccordingToPrecision() {
    qt().forAll(TimeGenerators.partialDates())
        .check(
            d ->
                (!d.latestDay().isBefore(d.earliestDay())
                        && !d.earliestDay().isAfter(d.writtenEarliestDay())
                        && !d.latestDay().isBefore(d.writtenLatestDay())
                        && d.isQualified() == !d.earliestDay().equals(d.writtenEarliestDay()))
                    || d.writtenEarliestDay().getYear() == PartialDate.MIN_YEAR);
  }
}
