package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known as precisely as its source gives it: a year, a season, a month or a day,
 * possibly uncertain or approximate, possibly with unspecified digits.
 *
 * <p>Sources of the international action of local governments rarely give exact days: "since 2009",
 * "autumn 2020", "around 1960", "the 1960s", "October 2020". A {@code PartialDate} keeps exactly
 * what is known and nothing more. Its canonical text is the date part of EDTF (Extended Date/Time
 * Format, ISO 8601-2, Library of Congress specification of 2019), levels 0 and 1;
 *
 * <p>the features supported and those rejected are listed in the {@linkplain org.partneratlas.time
 * package documentation}.
 *
 * <p>Every partial date may denote a span of days, from {@link #earliestDay()} to {@link
 * #latestDay()}; a qualified date may lie one unit of its precision before or after what is written
 * (the rule is in the {@linkplain org.partneratlas.time package documentation}).
 *
 * <p>{@link #parse(CharSequence)} reads the canonical text and {@link #toString()} writes it, so
 * that {@code PartialDate.parse(d.toString()).equals(d)} for every date. The natural order sorts by
 * earliest day, then by latest day, then by the text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * PartialDate autumn = PartialDate.parse("2020-23");
 * autumn.precision();     // SEASON
 * autumn.earliestDay();   // 2020-09-01
 * autumn.latestDay();     // 2020-11-30
 * PartialDate sixties = PartialDate.parse("196X");
 * sixties.earliestDay();  // 1960-01-01
 * sixties.latestDay();    // 1969-12-31
 * }</pre>
 */
@Immutable
public final class PartialDate implements Comparable<PartialDate> {

  /** The smallest year accepted. */
  public static final int MIN_YEAR = 1;

  /** The largest year accepted. */
  public static final int MAX_YEAR = 9999;

  static final int UNCERTAIN = 1;
  static final int APPROXIMATE = 2;
  static final int MONTH_UNSPECIFIED = 4;
  static final int DAY_UNSPECIFIED = 8;
  // Bits 4-5: number of unspecified year digits (0, 1 or 2).
  static final int YEAR_DIGITS_SHIFT = 4;

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingLong(PartialDate::earliestEpochDay)
          .thenComparingLong(PartialDate::latestEpochDay)
          .thenComparing(PartialDate::precision)
          .thenComparing(PartialDate::toString);

  private static final Precision[] PRECISIONS = Precision.values();

  // The date packed into one int (see SharedDates.pack), and the epoch days it may denote, made
  // once: a date is read far more often than made, and equal dates are shared.
  private final int bits;
  private final int earliestEpochDay;
  private final int latestEpochDay;

  private PartialDate(int bits) {
    this.bits = bits;
    this.earliestEpochDay = Math.toIntExact(DaySpan.earliest(this).toEpochDay());
    this.latestEpochDay = Math.toIntExact(DaySpan.latest(this).toEpochDay());
  }

  /** Makes the date of packed fields (see {@link SharedDates#pack}); only SharedDates calls it. */
  static PartialDate unpacked(int bits) {
    return new PartialDate(bits);
  }

  /** The packed fields (see pack). */
  int bits() {
    return bits;
  }

  private int flags() {
    return bits & 63;
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the year date
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    Edtf.checkYear(year);
    return SharedDates.date(year, Precision.YEAR, 0, 0, 0);
  }

  /**
   * Returns a date known to the season.
   *
   * @param year the year in which the season starts, 1 to 9999
   * @param season the season
   * @return the season date
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofSeason(int year, Season season) {
    Edtf.checkYear(year);
    requireNonNull(season, "season");
    return SharedDates.date(year, Precision.SEASON, season.code(), 0, 0);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the month date
   * @throws IllegalArgumentException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    Edtf.checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "Month " + month + " is out of range: use a month from 1 to 12");
    }
    return SharedDates.date(year, Precision.MONTH, month, 0, 0);
  }

  /**
   * Returns a date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the day date
   * @throws IllegalArgumentException if the date does not exist
   */
  public static PartialDate ofDay(int year, int month, int day) {
    PartialDate monthDate = ofMonth(year, month);
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new IllegalArgumentException(
          "Day " + day + " does not exist in " + monthDate + ": use a day from 1 to " + length);
    }
    return SharedDates.date(year, Precision.DAY, month, day, 0);
  }

  /**
   * Returns the partial date of an exact day.
   *
   * @param date the day
   * @return the day date
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static PartialDate of(LocalDate date) {
    requireNonNull(date, "date");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns the date of a decade whose year is not known ({@code 196X}: "the 1960s").
   *
   * @param firstYear the first year of the decade, a multiple of ten from 10 to 9990
   * @return the date with one unspecified year digit
   * @throws IllegalArgumentException if the year is not such a multiple of ten
   */
  public static PartialDate ofDecade(int firstYear) {
    if (firstYear % 10 != 0 || firstYear < 0 || firstYear > 9990) {
      throw new IllegalArgumentException(
          "A decade starts at a multiple of ten from 0 to 9990 (1960 for 196X), not " + firstYear);
    }
    return SharedDates.date(firstYear, Precision.YEAR, 0, 0, 1 << YEAR_DIGITS_SHIFT);
  }

  /**
   * Returns the date of a century whose year is not known ({@code 19XX}).
   *
   * @param firstYear the first year of the century, a multiple of a hundred from 0 to 9900
   * @return the date with two unspecified year digits
   * @throws IllegalArgumentException if the year is not such a multiple of a hundred
   */
  public static PartialDate ofCentury(int firstYear) {
    if (firstYear % 100 != 0 || firstYear < 0 || firstYear > 9900) {
      throw new IllegalArgumentException(
          "A century starts at a multiple of a hundred from 0 to 9900 (1900 for 19XX), not "
              + firstYear);
    }
    return SharedDates.date(firstYear, Precision.YEAR, 0, 0, 2 << YEAR_DIGITS_SHIFT);
  }

  /**
   * Returns a copy of this date marked uncertain ({@code ?}), keeping an approximate mark.
   *
   * @return the uncertain date
   */
  public PartialDate uncertain() {
    return SharedDates.date(year(), precision(), part(), day(), flags() | UNCERTAIN);
  }

  /**
   * Returns a copy of this date marked approximate ({@code ~}), keeping an uncertain mark.
   *
   * @return the approximate date
   */
  public PartialDate approximate() {
    return SharedDates.date(year(), precision(), part(), day(), flags() | APPROXIMATE);
  }

  /**
   * Returns a copy of this date without qualifier: what is written, taken as sure and exact.
   *
   * @return the date without {@code ?}, {@code ~} or {@code %}
   */
  public PartialDate unqualified() {
    return SharedDates.date(
        year(), precision(), part(), day(), flags() & ~(UNCERTAIN | APPROXIMATE));
  }

  /**
   * Reads a partial date from its EDTF text (see the class documentation for what is supported).
   *
   * @param text the text to read, such as {@code 2016}, {@code 2020-23}, {@code 2004-06~}, {@code
   *     196X} or {@code 1985-04-XX}
   * @return the date
   * @throws IllegalArgumentException with a message saying what is wrong and what is expected, and
   *     naming the EDTF feature if it is one this library does not support
   */
  public static PartialDate parse(CharSequence text) {
    return Edtf.parse(text);
  }

  /** The month, or the season's code, as stored: 0 for a year or an unspecified month. */
  int part() {
    return (bits >> 11) & 31;
  }

  /** The day of month as stored: 0 unless a known day. */
  int day() {
    return (bits >> 6) & 31;
  }

  /**
   * Returns the year as written, unspecified digits read as zero: 1960 for {@code 196X}, 1900 for
   * {@code 19XX}. Check {@link #unspecifiedYearDigits()} before taking it as an exact year.
   *
   * @return the year, 0 to 9999
   */
  public int year() {
    return bits >>> 18;
  }

  /**
   * Returns how precisely this date is written: {@code 196X} and {@code 19XX} are {@code YEAR},
   * {@code 2020-XX} is {@code MONTH} and {@code 1985-04-XX} is {@code DAY}, with unspecified
   * digits.
   *
   * @return the precision
   */
  public Precision precision() {
    return PRECISIONS[(bits >> 16) & 3];
  }

  /**
   * Returns how many of the year's last digits are unspecified: 1 for {@code 196X}, 2 for {@code
   * 19XX}, 0 otherwise.
   *
   * @return 0, 1 or 2
   */
  public int unspecifiedYearDigits() {
    return (flags() >> YEAR_DIGITS_SHIFT) & 3;
  }

  /**
   * Returns whether the month is written as {@code XX} ({@code 2020-XX}, {@code 1985-XX-XX}).
   *
   * @return whether the month is unspecified
   */
  public boolean isMonthUnspecified() {
    return (flags() & MONTH_UNSPECIFIED) != 0;
  }

  /**
   * Returns whether the day is written as {@code XX} ({@code 1985-04-XX}, {@code 1985-XX-XX}).
   *
   * @return whether the day is unspecified
   */
  public boolean isDayUnspecified() {
    return (flags() & DAY_UNSPECIFIED) != 0;
  }

  /**
   * Returns whether some digit of this date is unspecified ({@code X}).
   *
   * @return whether the year, month or day has unspecified digits
   */
  public boolean hasUnspecifiedDigits() {
    return (flags() & (MONTH_UNSPECIFIED | DAY_UNSPECIFIED | (3 << YEAR_DIGITS_SHIFT))) != 0;
  }

  /**
   * Returns whether the source marks this date as uncertain ({@code ?} or {@code %}).
   *
   * @return whether the date is uncertain
   */
  public boolean isUncertain() {
    return (flags() & UNCERTAIN) != 0;
  }

  /**
   * Returns whether the source marks this date as approximate ({@code ~} or {@code %}).
   *
   * @return whether the date is approximate
   */
  public boolean isApproximate() {
    return (flags() & APPROXIMATE) != 0;
  }

  /**
   * Returns whether this date is uncertain or approximate.
   *
   * @return whether the date carries a qualifier
   */
  public boolean isQualified() {
    return (flags() & (UNCERTAIN | APPROXIMATE)) != 0;
  }

  /**
   * Returns whether the day is exactly known: precision {@code DAY}, no unspecified digit, no
   * qualifier.
   *
   * @return whether this date denotes one known day
   */
  public boolean isExactDay() {
    return precision() == Precision.DAY && flags() == 0;
  }

  /**
   * Returns the month, for a date written to the month or day with a specified month.
   *
   * @return the month
   * @throws IllegalStateException if the precision is {@code YEAR} or {@code SEASON}, or the month
   *     is unspecified
   */
  public Month month() {
    Precision precision = precision();
    if ((precision != Precision.MONTH && precision != Precision.DAY) || isMonthUnspecified()) {
      throw new IllegalStateException(this + " has no known month");
    }
    return Month.of(part());
  }

  /**
   * Returns the season, for a date known to the season.
   *
   * @return the season
   * @throws IllegalStateException if the precision is not {@code SEASON}
   */
  public Season season() {
    if (precision() != Precision.SEASON) {
      throw new IllegalStateException(this + " is not a season");
    }
    return Season.ofCode(part());
  }

  /**
   * Returns the day of the month, for a date written to the day with a specified day.
   *
   * @return the day of the month
   * @throws IllegalStateException if the precision is not {@code DAY} or the day is unspecified
   */
  public int dayOfMonth() {
    if (precision() != Precision.DAY || isDayUnspecified()) {
      throw new IllegalStateException(this + " has no known day");
    }
    return day();
  }

  /**
   * Returns the first day of what is written, ignoring qualifiers: 1960-01-01 for {@code 196X} and
   * for {@code 1960~}.
   *
   * @return the first day the text covers
   */
  public LocalDate writtenEarliestDay() {
    return DaySpan.writtenEarliest(this);
  }

  /**
   * Returns the last day of what is written, ignoring qualifiers: 1969-12-31 for {@code 196X}, and
   * 1960-12-31 for {@code 1960~}. For a winter, that day is in the next year.
   *
   * @return the last day the text covers
   */
  public LocalDate writtenLatestDay() {
    return DaySpan.writtenLatest(this);
  }

  /**
   * Returns the first day this date may denote: the {@linkplain #writtenEarliestDay() first day
   * written}, one unit of precision earlier if the date is uncertain or approximate (see the class
   * documentation), and never before 0001-01-01.
   *
   * @return the earliest day
   */
  public LocalDate earliestDay() {
    return LocalDate.ofEpochDay(earliestEpochDay);
  }

  /**
   * Returns the last day this date may denote: the {@linkplain #writtenLatestDay() last day
   * written}, one unit of precision later if the date is uncertain or approximate (see the class
   * documentation).
   *
   * @return the latest day
   */
  public LocalDate latestDay() {
    return LocalDate.ofEpochDay(latestEpochDay);
  }

  /**
   * Returns {@link #earliestDay()} as an epoch day, for indexes.
   *
   * @return the epoch day of the earliest day
   */
  public long earliestEpochDay() {
    return earliestEpochDay;
  }

  /**
   * Returns {@link #latestDay()} as an epoch day, for indexes.
   *
   * @return the epoch day of the latest day
   */
  public long latestEpochDay() {
    return latestEpochDay;
  }

  /**
   * Returns whether this date may fall, at least in part, in the given year: its span of days from
   * {@link #earliestDay()} to {@link #latestDay()} has a day in that year.
   *
   * @param year the year
   * @return whether this date may fall in that year
   */
  public boolean isDuring(int year) {
    return earliestDay().getYear() <= year && latestDay().getYear() >= year;
  }

  /**
   * Answers whether this date falls within a period: {@link Truth#YES} if every day it may denote
   * is in the period, {@link Truth#NO} if none is, {@link Truth#UNKNOWN} otherwise.
   *
   * @param period the period, whose open or unknown sides extend without limit
   * @return the three-valued answer
   */
  public Truth isWithin(DateRange period) {
    return DaySpan.within(this, period);
  }

  /**
   * Compares by earliest day, then latest day, then precision, then text; consistent with {@link
   * #equals}.
   *
   * @param other the date to compare with
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartialDate other && bits == other.bits;
  }

  @Override
  public int hashCode() {
    return bits;
  }

  /**
   * Returns the EDTF text of this date, such as {@code 2016}, {@code 2020-23}, {@code 2020-10},
   * {@code 2020-10-12}, {@code 1960~}, {@code 2020?}, {@code 196X} or {@code 1985-04-XX}.
   *
   * @return the canonical text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return Edtf.format(this);
  }
}
