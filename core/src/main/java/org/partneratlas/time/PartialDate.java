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
 * A calendar date known as precisely as its source gives it: a year, a season, a month or a day,
 * possibly uncertain or approximate, possibly with unspecified digits.
 *
 * <p>Sources of the international action of local governments rarely give exact days: "since 2009",
 * "autumn 2020", "around 1960", "the 1960s", "October 2020". A {@code PartialDate} keeps exactly
 * what is known and nothing more. Its canonical text is the date part of EDTF (Extended Date/Time
 * Format, ISO 8601-2, Library of Congress specification of 2019), levels 0 and 1:
 *
 * <table class="striped">
 *   <caption>Supported EDTF date features</caption>
 *   <thead><tr><th>Feature (EDTF level)</th><th>Examples</th><th>Days it may denote</th></tr>
 *   </thead>
 *   <tbody>
 *   <tr><td>Year, month, day (0)</td><td>{@code 2016}, {@code 2020-10}, {@code 2020-10-12}</td>
 *       <td>the whole year, month or the day</td></tr>
 *   <tr><td>Season (1), codes 21 to 24 only</td><td>{@code 2020-23} (autumn 2020)</td>
 *       <td>the three months of the {@link Season}</td></tr>
 *   <tr><td>Qualification of a whole date (1): {@code ?} uncertain, {@code ~} approximate,
 *       {@code %} both</td><td>{@code 1984?}, {@code 2004-06~}, {@code 2004-06-11%}</td>
 *       <td>the date widened by one unit of its precision on each side (see below)</td></tr>
 *   <tr><td>Unspecified digits from the right (1)</td><td>{@code 196X}, {@code 19XX},
 *       {@code 2004-XX}, {@code 1985-04-XX}, {@code 1985-XX-XX}</td>
 *       <td>every day the digits may take: {@code 196X} is 1960-01-01 to 1969-12-31</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A qualifier written before a year-only date ({@code ~1960}, the component form of EDTF level
 * 2, which for a lone year means the same as {@code 1960~}) is accepted and written back in the
 * level 1 form {@code 1960~}.
 *
 * <p><b>Not supported</b>, and rejected by {@link #parse(CharSequence)} with a message naming the
 * feature: times of day and time zones ({@code 1985-04-12T23:20:30}); years outside 1 to 9999,
 * including year {@code 0000}, negative years ({@code -1985}) and letter-prefixed years ({@code
 * Y170000002}); seasons and sub-year groupings 25 to 41 (level 2); qualification of single
 * components after the year ({@code 2004-?06-11}, level 2); unspecified digits other than from the
 * right ({@code 1XXX}, {@code XXXX}, {@code 156X-12-25}, level 2); sets and lists ({@code [1667,
 * 1668]}, {@code {1960, 1961}}); exponential years and significant digits ({@code Y17E7}, {@code
 * 1950S2}).
 *
 * <h2>Which days a date may denote</h2>
 *
 * <p>Every partial date may denote a span of days, from {@link #earliestDay()} to {@link
 * #latestDay()}. For a date without qualifier this is exactly the days its text covers. EDTF gives
 * no magnitude to "uncertain" or "approximate", so this library takes one rule for both (and for
 * {@code %}): a qualified date may lie <em>one unit of its precision</em> before or after what is
 * written — a year for a year, three months for a season, a month for a month, a day for a day, and
 * the width of the unspecified digits for {@code 196X~} (ten years) or {@code 19XX?} (a hundred
 * years). So {@code 1960~} may denote any day from 1959-01-01 to 1961-12-31: an approximate start
 * in 1960 makes 1959 "possibly" part of a period, and the period is "definitely" under way only
 * from 1962 (see {@link DateRange#holdsDuring(DateRange)}).
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

  private static final int UNCERTAIN = 1;
  private static final int APPROXIMATE = 2;
  private static final int MONTH_UNSPECIFIED = 4;
  private static final int DAY_UNSPECIFIED = 8;
  // Bits 4-5: number of unspecified year digits (0, 1 or 2).
  private static final int YEAR_DIGITS_SHIFT = 4;

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingLong(PartialDate::earliestEpochDay)
          .thenComparingLong(PartialDate::latestEpochDay)
          .thenComparing(PartialDate::precision)
          .thenComparing(PartialDate::toString);

  private final int year;
  private final Precision precision;
  // Month (1-12) for MONTH and DAY, season code (21-24) for SEASON, 0 for YEAR or an unspecified
  // month.
  private final int part;
  // Day of month for DAY, 0 otherwise or when unspecified.
  private final int day;
  private final int flags;

  private PartialDate(int year, Precision precision, int part, int day, int flags) {
    this.year = year;
    this.precision = precision;
    this.part = part;
    this.day = day;
    this.flags = flags;
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
    return new PartialDate(year, Precision.YEAR, 0, 0, 0);
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
    return new PartialDate(year, Precision.SEASON, season.code(), 0, 0);
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
    return new PartialDate(year, Precision.MONTH, month, 0, 0);
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
    return new PartialDate(year, Precision.DAY, month, day, 0);
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
    return new PartialDate(firstYear, Precision.YEAR, 0, 0, 1 << YEAR_DIGITS_SHIFT);
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
    return new PartialDate(firstYear, Precision.YEAR, 0, 0, 2 << YEAR_DIGITS_SHIFT);
  }

  /**
   * Returns a copy of this date marked uncertain ({@code ?}), keeping an approximate mark.
   *
   * @return the uncertain date
   */
  public PartialDate uncertain() {
    return new PartialDate(year, precision, part, day, flags | UNCERTAIN);
  }

  /**
   * Returns a copy of this date marked approximate ({@code ~}), keeping an uncertain mark.
   *
   * @return the approximate date
   */
  public PartialDate approximate() {
    return new PartialDate(year, precision, part, day, flags | APPROXIMATE);
  }

  /**
   * Returns a copy of this date without qualifier: what is written, taken as sure and exact.
   *
   * @return the date without {@code ?}, {@code ~} or {@code %}
   */
  public PartialDate unqualified() {
    return new PartialDate(year, precision, part, day, flags & ~(UNCERTAIN | APPROXIMATE));
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
    requireNonNull(text, "text");
    String s = text.toString();
    String shown = abbreviate(s);
    if (s.isEmpty()) {
      throw new IllegalArgumentException(
          "The date is empty: write a year (2016), a season (2020-23), a month (2020-10) or a day"
              + " (2020-10-12)");
    }
    int flags = 0;
    int from = 0;
    int to = s.length();
    char first = s.charAt(0);
    boolean leadingQualifier = first == '?' || first == '~' || first == '%';
    if (leadingQualifier) {
      flags |= qualifierFlags(first);
      from = 1;
    }
    char last = s.charAt(to - 1);
    if (to - from > 1 && (last == '?' || last == '~' || last == '%')) {
      if (leadingQualifier) {
        throw new IllegalArgumentException(
            "'" + shown + "' has two qualifiers: write one, after the date (such as 1960~)");
      }
      flags |= qualifierFlags(last);
      to--;
    }
    String body = s.substring(from, to);
    rejectUnsupported(s, shown, body);
    int length = body.length();
    if (!(length == 4 || length == 7 || length == 10)
        || (length >= 7 && body.charAt(4) != '-')
        || (length == 10 && body.charAt(7) != '-')) {
      throw notADate(shown);
    }
    if (leadingQualifier && length != 4) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' qualifies a single component (EDTF level 2, not supported): put the qualifier"
              + " after the whole date, such as "
              + body
              + first);
    }
    int yearDigits = unspecifiedYearDigits(body, shown);
    int year =
        parseDigits(body, 0, 4 - yearDigits, shown) * (yearDigits == 0 ? 1 : pow10(yearDigits));
    flags |= yearDigits << YEAR_DIGITS_SHIFT;
    if (length == 4) {
      if (yearDigits == 0) {
        checkYearText(year, shown);
      }
      return new PartialDate(year, Precision.YEAR, 0, 0, flags);
    }
    if (yearDigits > 0) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' has unspecified year digits followed by a month or day (EDTF level 2, not"
              + " supported): write only the year, such as "
              + body.substring(0, 4));
    }
    checkYearText(year, shown);
    boolean monthX = body.charAt(5) == 'X' && body.charAt(6) == 'X';
    if (monthX) {
      if (length == 10 && !(body.charAt(8) == 'X' && body.charAt(9) == 'X')) {
        throw new IllegalArgumentException(
            "'"
                + shown
                + "' has an unspecified month but a known day (EDTF level 2, not supported):"
                + " write "
                + body.substring(0, 8)
                + "XX or give the month");
      }
      int unspecified = MONTH_UNSPECIFIED | (length == 10 ? DAY_UNSPECIFIED : 0);
      return new PartialDate(
          year, length == 10 ? Precision.DAY : Precision.MONTH, 0, 0, flags | unspecified);
    }
    int part = parseDigits(body, 5, 7, shown);
    if (length == 7 && part >= 21 && part <= 24) {
      return new PartialDate(year, Precision.SEASON, part, 0, flags);
    }
    if (length == 7 && part >= 25 && part <= 41) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' uses sub-year grouping "
              + part
              + " (EDTF level 2, not supported): use a season from 21 (spring) to 24 (winter),"
              + " a month or a period such as 2020-01/2020-03");
    }
    if (part < 1 || part > 12) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' is not a date: after the year write a month from 01 to 12 or a season from 21"
              + " to 24");
    }
    if (length == 7) {
      return new PartialDate(year, Precision.MONTH, part, 0, flags);
    }
    if (body.charAt(8) == 'X' && body.charAt(9) == 'X') {
      return new PartialDate(year, Precision.DAY, part, 0, flags | DAY_UNSPECIFIED);
    }
    int dayOfMonth = parseDigits(body, 8, 10, shown);
    int monthLength = YearMonth.of(year, part).lengthOfMonth();
    if (dayOfMonth < 1 || dayOfMonth > monthLength) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' is not a date: "
              + Month.of(part)
                  .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
              + " "
              + year
              + " has days 01 to "
              + monthLength);
    }
    return new PartialDate(year, Precision.DAY, part, dayOfMonth, flags);
  }

  private static int qualifierFlags(char c) {
    switch (c) {
      case '?':
        return UNCERTAIN;
      case '~':
        return APPROXIMATE;
      default:
        return UNCERTAIN | APPROXIMATE;
    }
  }

  private static void rejectUnsupported(String s, String shown, String body) {
    if (s.indexOf('T') >= 0 || s.indexOf(':') >= 0) {
      throw unsupported(shown, "times of day", "write the date only, such as 2020-10-12");
    }
    if (s.startsWith("Y")) {
      throw unsupported(shown, "letter-prefixed years", "use a year from 0001 to 9999");
    }
    if (s.startsWith("-") || body.startsWith("-")) {
      throw unsupported(shown, "negative years", "use a year from 0001 to 9999");
    }
    if (s.indexOf('[') >= 0 || s.indexOf('{') >= 0 || s.indexOf(',') >= 0) {
      throw unsupported(
          shown, "sets and lists of dates (EDTF level 2)", "give one date or a period start/end");
    }
    if (body.indexOf('E') >= 0 || body.indexOf('S') >= 0) {
      throw unsupported(
          shown,
          "exponential years and significant digits (EDTF level 2)",
          "use a year from 0001 to 9999, with X for unknown digits (such as 196X)");
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '?' || c == '~' || c == '%') {
        throw unsupported(
            shown,
            "qualifiers on single components (EDTF level 2)",
            "put one qualifier after the whole date, such as 2004-06~");
      }
      if (c == 'x') {
        throw new IllegalArgumentException(
            "'"
                + shown
                + "' has a lower-case x: write unknown digits of a year, month or day as capital X (196X)");
      }
    }
  }

  private static IllegalArgumentException unsupported(String shown, String feature, String fix) {
    return new IllegalArgumentException(
        "'" + shown + "' uses " + feature + ", which this library does not support: " + fix);
  }

  private static IllegalArgumentException notADate(String shown) {
    return new IllegalArgumentException(
        "'"
            + shown
            + "' is not a date: write a year (2016), a season (2020-23 for autumn 2020), a month"
            + " (2020-10) or a day (2020-10-12), optionally with ? (uncertain), ~ (approximate) or"
            + " % (both) at the end, or X for unknown digits (196X, 2020-XX)");
  }

  private static int unspecifiedYearDigits(String body, String shown) {
    int count = 0;
    for (int i = 3; i >= 0 && body.charAt(i) == 'X'; i--) {
      count++;
    }
    if (count > 2) {
      throw unsupported(
          shown,
          "more than two unspecified year digits (EDTF level 2)",
          "write at most the last two digits as X, such as 19XX");
    }
    for (int i = 0; i < 4 - count; i++) {
      if (body.charAt(i) == 'X') {
        throw unsupported(
            shown,
            "unspecified digits other than the last ones (EDTF level 2)",
            "write only the last digits of the year as X, such as 196X");
      }
    }
    return count;
  }

  private static int parseDigits(String s, int from, int to, String shown) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == 'X') {
        throw unsupported(
            shown,
            "unspecified digits inside a month or day (EDTF level 2)",
            "write the whole month or day as XX, such as 2020-XX");
      }
      if (c < '0' || c > '9') {
        throw notADate(shown);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int pow10(int digits) {
    return digits == 1 ? 10 : 100;
  }

  private static void checkYearText(int year, String shown) {
    if (year < MIN_YEAR) {
      throw new IllegalArgumentException(
          "'" + shown + "' has year 0000, which this library does not support: use 0001 to 9999");
    }
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
   * Returns the year as written, unspecified digits read as zero: 1960 for {@code 196X}, 1900 for
   * {@code 19XX}. Check {@link #unspecifiedYearDigits()} before taking it as an exact year.
   *
   * @return the year, 0 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns how precisely this date is written: {@code 196X} and {@code 19XX} are {@code YEAR},
   * {@code 2020-XX} is {@code MONTH} and {@code 1985-04-XX} is {@code DAY}, with unspecified
   * digits.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns how many of the year's last digits are unspecified: 1 for {@code 196X}, 2 for {@code
   * 19XX}, 0 otherwise.
   *
   * @return 0, 1 or 2
   */
  public int unspecifiedYearDigits() {
    return (flags >> YEAR_DIGITS_SHIFT) & 3;
  }

  /**
   * Returns whether the month is written as {@code XX} ({@code 2020-XX}, {@code 1985-XX-XX}).
   *
   * @return whether the month is unspecified
   */
  public boolean isMonthUnspecified() {
    return (flags & MONTH_UNSPECIFIED) != 0;
  }

  /**
   * Returns whether the day is written as {@code XX} ({@code 1985-04-XX}, {@code 1985-XX-XX}).
   *
   * @return whether the day is unspecified
   */
  public boolean isDayUnspecified() {
    return (flags & DAY_UNSPECIFIED) != 0;
  }

  /**
   * Returns whether some digit of this date is unspecified ({@code X}).
   *
   * @return whether the year, month or day has unspecified digits
   */
  public boolean hasUnspecifiedDigits() {
    return (flags & (MONTH_UNSPECIFIED | DAY_UNSPECIFIED | (3 << YEAR_DIGITS_SHIFT))) != 0;
  }

  /**
   * Returns whether the source marks this date as uncertain ({@code ?} or {@code %}).
   *
   * @return whether the date is uncertain
   */
  public boolean isUncertain() {
    return (flags & UNCERTAIN) != 0;
  }

  /**
   * Returns whether the source marks this date as approximate ({@code ~} or {@code %}).
   *
   * @return whether the date is approximate
   */
  public boolean isApproximate() {
    return (flags & APPROXIMATE) != 0;
  }

  /**
   * Returns whether this date is uncertain or approximate.
   *
   * @return whether the date carries a qualifier
   */
  public boolean isQualified() {
    return (flags & (UNCERTAIN | APPROXIMATE)) != 0;
  }

  /**
   * Returns whether the day is exactly known: precision {@code DAY}, no unspecified digit, no
   * qualifier.
   *
   * @return whether this date denotes one known day
   */
  public boolean isExactDay() {
    return precision == Precision.DAY && flags == 0;
  }

  /**
   * Returns the month, for a date written to the month or day with a specified month.
   *
   * @return the month
   * @throws IllegalStateException if the precision is {@code YEAR} or {@code SEASON}, or the month
   *     is unspecified
   */
  public Month month() {
    if ((precision != Precision.MONTH && precision != Precision.DAY) || isMonthUnspecified()) {
      throw new IllegalStateException(this + " has no known month");
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
   * Returns the day of the month, for a date written to the day with a specified day.
   *
   * @return the day of the month
   * @throws IllegalStateException if the precision is not {@code DAY} or the day is unspecified
   */
  public int dayOfMonth() {
    if (precision != Precision.DAY || isDayUnspecified()) {
      throw new IllegalStateException(this + " has no known day");
    }
    return day;
  }

  /**
   * Returns the first day of what is written, ignoring qualifiers: 1960-01-01 for {@code 196X} and
   * for {@code 1960~}.
   *
   * @return the first day the text covers
   */
  public LocalDate writtenEarliestDay() {
    int y = Math.max(year, MIN_YEAR);
    switch (precision) {
      case YEAR:
        return LocalDate.of(y, 1, 1);
      case SEASON:
        return LocalDate.of(y, Season.ofCode(part).firstMonth(), 1);
      case MONTH:
      case DAY:
        if (isMonthUnspecified()) {
          return LocalDate.of(y, 1, 1);
        }
        return LocalDate.of(y, part, isDayUnspecified() || day == 0 ? 1 : day);
    }
    throw new AssertionError(precision);
  }

  /**
   * Returns the last day of what is written, ignoring qualifiers: 1969-12-31 for {@code 196X}, and
   * 1960-12-31 for {@code 1960~}. For a winter, that day is in the next year.
   *
   * @return the last day the text covers
   */
  public LocalDate writtenLatestDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year + yearSpan() - 1, 12, 31);
      case SEASON:
        return writtenEarliestDay().plusMonths(3).minusDays(1);
      case MONTH:
      case DAY:
        if (isMonthUnspecified()) {
          return LocalDate.of(year, 12, 31);
        }
        if (isDayUnspecified() || precision == Precision.MONTH) {
          return YearMonth.of(year, part).atEndOfMonth();
        }
        return LocalDate.of(year, part, day);
    }
    throw new AssertionError(precision);
  }

  private int yearSpan() {
    int digits = unspecifiedYearDigits();
    return digits == 0 ? 1 : pow10(digits);
  }

  /**
   * Returns the first day this date may denote: the {@linkplain #writtenEarliestDay() first day
   * written}, one unit of precision earlier if the date is uncertain or approximate (see the class
   * documentation), and never before 0001-01-01.
   *
   * @return the earliest day
   */
  public LocalDate earliestDay() {
    LocalDate written = writtenEarliestDay();
    if (!isQualified()) {
      return written;
    }
    LocalDate widened = minusUnit(written);
    LocalDate min = LocalDate.of(MIN_YEAR, 1, 1);
    return widened.isBefore(min) ? min : widened;
  }

  /**
   * Returns the last day this date may denote: the {@linkplain #writtenLatestDay() last day
   * written}, one unit of precision later if the date is uncertain or approximate (see the class
   * documentation).
   *
   * @return the latest day
   */
  public LocalDate latestDay() {
    LocalDate written = writtenLatestDay();
    if (!isQualified()) {
      return written;
    }
    return plusUnit(written);
  }

  private LocalDate minusUnit(LocalDate d) {
    switch (precision) {
      case YEAR:
        return d.minusYears(yearSpan());
      case SEASON:
        return d.minusMonths(3);
      case MONTH:
        return isMonthUnspecified() ? d.minusYears(1) : d.minusMonths(1);
      case DAY:
        if (isMonthUnspecified()) {
          return d.minusYears(1);
        }
        return isDayUnspecified() ? d.minusMonths(1) : d.minusDays(1);
    }
    throw new AssertionError(precision);
  }

  private LocalDate plusUnit(LocalDate d) {
    switch (precision) {
      case YEAR:
        return d.plusYears(yearSpan());
      case SEASON:
        return d.withDayOfMonth(1).plusMonths(4).minusDays(1);
      case MONTH:
        return isMonthUnspecified()
            ? d.plusYears(1)
            : YearMonth.from(d).plusMonths(1).atEndOfMonth();
      case DAY:
        if (isMonthUnspecified()) {
          return d.plusYears(1);
        }
        return isDayUnspecified() ? YearMonth.from(d).plusMonths(1).atEndOfMonth() : d.plusDays(1);
    }
    throw new AssertionError(precision);
  }

  /**
   * Returns {@link #earliestDay()} as an epoch day, for indexes.
   *
   * @return the epoch day of the earliest day
   */
  public long earliestEpochDay() {
    return earliestDay().toEpochDay();
  }

  /**
   * Returns {@link #latestDay()} as an epoch day, for indexes.
   *
   * @return the epoch day of the latest day
   */
  public long latestEpochDay() {
    return latestDay().toEpochDay();
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
    requireNonNull(period, "period");
    long from = period.startEpochDay();
    long to = period.endEpochDay();
    long lo = earliestEpochDay();
    long hi = latestEpochDay();
    if (lo >= from && hi <= to) {
      return Truth.YES;
    }
    if (hi < from || lo > to) {
      return Truth.NO;
    }
    return Truth.UNKNOWN;
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
        && day == other.day
        && flags == other.flags;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, precision, part, day, flags);
  }

  /**
   * Returns the EDTF text of this date, such as {@code 2016}, {@code 2020-23}, {@code 2020-10},
   * {@code 2020-10-12}, {@code 1960~}, {@code 2020?}, {@code 196X} or {@code 1985-04-XX}.
   *
   * @return the canonical text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(11);
    int digits = unspecifiedYearDigits();
    if (digits == 0) {
      pad(sb, year, 4);
    } else {
      String y = Integer.toString(year / pow10(digits));
      for (int i = y.length(); i < 4 - digits; i++) {
        sb.append('0');
      }
      sb.append(y).append(digits == 1 ? "X" : "XX");
    }
    if (precision != Precision.YEAR) {
      sb.append('-');
      if (isMonthUnspecified()) {
        sb.append("XX");
      } else {
        pad(sb, part, 2);
      }
    }
    if (precision == Precision.DAY) {
      sb.append('-');
      if (isDayUnspecified()) {
        sb.append("XX");
      } else {
        pad(sb, day, 2);
      }
    }
    if (isUncertain() && isApproximate()) {
      sb.append('%');
    } else if (isUncertain()) {
      sb.append('?');
    } else if (isApproximate()) {
      sb.append('~');
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(text);
  }
}
