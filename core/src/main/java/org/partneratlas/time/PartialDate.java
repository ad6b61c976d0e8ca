package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to a {@link Precision}: a year, a season of a year, a month or a day.
 *
 * <p>Sources of the international action of local governments rarely give exact days: "since 2009",
 * "autumn 2020", "October 2020". A {@code PartialDate} keeps exactly what is known and nothing
 * more. Its canonical text is EDTF (ISO 8601-2) level 0 and 1:
 *
 * <ul>
 *   <li>{@code 2016} — a year;
 *   <li>{@code 2020-23} — a season (21 spring, 22 summer, 23 autumn, 24 winter; see {@link
 *       Season});
 *   <li>{@code 2020-10} — a month;
 *   <li>{@code 2020-10-12} — a day.
 * </ul>
 *
 * <p>{@link #parse(CharSequence)} reads that text and {@link #toString()} writes it, so that {@code
 * PartialDate.parse(d.toString()).equals(d)} for every date. Years run from 1 to 9999.
 *
 * <p>Every partial date covers a span of days, from {@link #earliestDay()} to {@link #latestDay()}.
 * The natural order sorts by earliest day, then by latest day (so a day comes before the month that
 * starts with it, and the month before the year that starts with it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * PartialDate autumn = PartialDate.parse("2020-23");
 * autumn.precision();     // SEASON
 * autumn.earliestDay();   // 2020-09-01
 * autumn.latestDay();     // 2020-11-30
 * }</pre>
 */
@Immutable
public final class PartialDate implements Comparable<PartialDate> {

  /** The smallest year accepted. */
  public static final int MIN_YEAR = 1;

  /** The largest year accepted. */
  public static final int MAX_YEAR = 9999;

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliestDay)
          .thenComparing(PartialDate::latestDay)
          .thenComparing(PartialDate::precision);

  private final int year;
  private final Precision precision;
  // Month (1-12) for MONTH and DAY, season code (21-24) for SEASON, 0 for YEAR.
  private final int part;
  // Day of month for DAY, 0 otherwise.
  private final int day;

  private PartialDate(int year, Precision precision, int part, int day) {
    this.year = year;
    this.precision = precision;
    this.part = part;
    this.day = day;
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the year date
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, Precision.YEAR, 0, 0);
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
    checkYear(year);
    requireNonNull(season, "season");
    return new PartialDate(year, Precision.SEASON, season.code(), 0);
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
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "Month " + month + " is out of range: use a month from 1 to 12");
    }
    return new PartialDate(year, Precision.MONTH, month, 0);
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
    return new PartialDate(year, Precision.DAY, month, day);
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
   * Reads a partial date from its EDTF text: {@code YYYY}, {@code YYYY-SS} (season 21 to 24),
   * {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text to read
   * @return the date
   * @throws IllegalArgumentException with a message saying what is wrong and what is expected, if
   *     the text is not such a date
   */
  public static PartialDate parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int length = s.length();
    if (!(length == 4 || length == 7 || length == 10)
        || !digits(s, 0, 4)
        || (length >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
        || (length == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw new IllegalArgumentException(
          "'"
              + abbreviate(s)
              + "' is not a date: write a year (2016), a season (2020-23 for autumn 2020), a"
              + " month (2020-10) or a day (2020-10-12)");
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    if (length == 4) {
      return ofYear(year);
    }
    int part = Integer.parseInt(s, 5, 7, 10);
    if (length == 7 && part >= 21 && part <= 24) {
      return ofSeason(year, Season.ofCode(part));
    }
    if (part < 1 || part > 12) {
      throw new IllegalArgumentException(
          "'"
              + s
              + "' is not a date: after the year write a month from 01 to 12 or a season from 21"
              + " to 24");
    }
    if (length == 7) {
      return ofMonth(year, part);
    }
    return ofDay(year, part, Integer.parseInt(s, 8, 10, 10));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Year " + year + " is out of range: use a year from 1 to 9999");
    }
  }

  /**
   * Returns the year.
   *
   * @return the year, 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns how precisely this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the month, for a date known to the month or day.
   *
   * @return the month
   * @throws IllegalStateException if the precision is {@code YEAR} or {@code SEASON}
   */
  public Month month() {
    if (precision != Precision.MONTH && precision != Precision.DAY) {
      throw new IllegalStateException(this + " is not known to the month");
    }
    return Month.of(part);
  }

  /**
   * Returns the season, for a date known to the season.
   *
   * @return the season
   * @throws IllegalStateException if the precision is not {@code SEASON}
   */
  public Season season() {
    if (precision != Precision.SEASON) {
      throw new IllegalStateException(this + " is not a season");
    }
    return Season.ofCode(part);
  }

  /**
   * Returns the day of the month, for a date known to the day.
   *
   * @return the day of the month
   * @throws IllegalStateException if the precision is not {@code DAY}
   */
  public int dayOfMonth() {
    if (precision != Precision.DAY) {
      throw new IllegalStateException(this + " is not known to the day");
    }
    return day;
  }

  /**
   * Returns the first day this date may denote.
   *
   * @return the first day of the year, season, month, or the day itself
   */
  public LocalDate earliestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case SEASON:
        return LocalDate.of(year, Season.ofCode(part).firstMonth(), 1);
      case MONTH:
        return LocalDate.of(year, part, 1);
      case DAY:
        return LocalDate.of(year, part, day);
    }
    throw new AssertionError(precision);
  }

  /**
   * Returns the last day this date may denote. For a winter, that day is in the next year.
   *
   * @return the last day of the year, season, month, or the day itself
   */
  public LocalDate latestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case SEASON:
        return earliestDay().plusMonths(3).minusDays(1);
      case MONTH:
        return YearMonth.of(year, part).atEndOfMonth();
      case DAY:
        return LocalDate.of(year, part, day);
    }
    throw new AssertionError(precision);
  }

  /**
   * Returns whether the span of days of this date has a day in common with the given year.
   *
   * @param year the year
   * @return whether this date falls, at least in part, in that year
   */
  public boolean isDuring(int year) {
    return earliestDay().getYear() <= year && latestDay().getYear() >= year;
  }

  /**
   * Compares by earliest day, then latest day, then precision; consistent with {@link #equals}.
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
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PartialDate)) {
      return false;
    }
    PartialDate other = (PartialDate) obj;
    return year == other.year
        && precision == other.precision
        && part == other.part
        && day == other.day;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, precision, part, day);
  }

  /**
   * Returns the EDTF text of this date, such as {@code 2016}, {@code 2020-23}, {@code 2020-10} or
   * {@code 2020-10-12}.
   *
   * @return the canonical text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(10);
    pad(sb, year, 4);
    if (precision != Precision.YEAR) {
      sb.append('-');
      pad(sb, part, 2);
    }
    if (precision == Precision.DAY) {
      sb.append('-');
      pad(sb, day, 2);
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }
}
