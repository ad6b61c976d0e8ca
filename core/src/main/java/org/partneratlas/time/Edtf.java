package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The EDTF text of a {@link PartialDate}, levels 0 and 1: reading it, with a message for each
 * mistake and each feature this library does not support, and writing it.
 */
final class Edtf {

  private static final int UNCERTAIN = PartialDate.UNCERTAIN;
  private static final int APPROXIMATE = PartialDate.APPROXIMATE;
  private static final int MONTH_UNSPECIFIED = PartialDate.MONTH_UNSPECIFIED;
  private static final int DAY_UNSPECIFIED = PartialDate.DAY_UNSPECIFIED;
  private static final int YEAR_DIGITS_SHIFT = PartialDate.YEAR_DIGITS_SHIFT;

  private Edtf() {}

  /** Reads a date; see {@link PartialDate#parse(CharSequence)}. */
  static PartialDate parse(CharSequence text) {
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
      return SharedDates.date(year, Precision.YEAR, 0, 0, flags);
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
      return SharedDates.date(
          year, length == 10 ? Precision.DAY : Precision.MONTH, 0, 0, flags | unspecified);
    }
    int part = parseDigits(body, 5, 7, shown);
    if (length == 7 && part >= 21 && part <= 24) {
      return SharedDates.date(year, Precision.SEASON, part, 0, flags);
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
      return SharedDates.date(year, Precision.MONTH, part, 0, flags);
    }
    if (body.charAt(8) == 'X' && body.charAt(9) == 'X') {
      return SharedDates.date(year, Precision.DAY, part, 0, flags | DAY_UNSPECIFIED);
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
    return SharedDates.date(year, Precision.DAY, part, dayOfMonth, flags);
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

  private static void checkYearText(int year, String shown) {
    if (year < PartialDate.MIN_YEAR) {
      throw new IllegalArgumentException(
          "'" + shown + "' has year 0000, which this library does not support: use 0001 to 9999");
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** Writes the canonical text of a date; see {@link PartialDate#toString()}. */
  static String format(PartialDate date) {
    StringBuilder sb = new StringBuilder(11);
    int digits = date.unspecifiedYearDigits();
    if (digits == 0) {
      pad(sb, date.year(), 4);
    } else {
      String y = Integer.toString(date.year() / pow10(digits));
      for (int i = y.length(); i < 4 - digits; i++) {
        sb.append('0');
      }
      sb.append(y).append(digits == 1 ? "X" : "XX");
    }
    if (date.precision() != Precision.YEAR) {
      sb.append('-');
      if (date.isMonthUnspecified()) {
        sb.append("XX");
      } else {
        pad(sb, date.part(), 2);
      }
    }
    if (date.precision() == Precision.DAY) {
      sb.append('-');
      if (date.isDayUnspecified()) {
        sb.append("XX");
      } else {
        pad(sb, date.day(), 2);
      }
    }
    if (date.isUncertain() && date.isApproximate()) {
      sb.append('%');
    } else if (date.isUncertain()) {
      sb.append('?');
    } else if (date.isApproximate()) {
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

  static int pow10(int digits) {
    return digits == 1 ? 10 : 100;
  }

  static void checkYear(int year) {
    if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
      throw new IllegalArgumentException(
          "Year " + year + " is out of range: use a year from 1 to 9999");
    }
  }

  /** The text of a period: the EDTF interval, {@code ..} meaning an open side. */
  static final String OPEN = "..";

  /** Reads a period; see {@link DateRange#parse(CharSequence)}. */
  static DateRange parseRange(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      if (s.equals(OPEN)) {
        throw new IllegalArgumentException(
            "'..' alone is not a date: write '/' for a period of which nothing is known, or"
                + " '2009/..' for one that is ongoing");
      }
      return DateRange.of(PartialDate.parse(s));
    }
    if (s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "'"
              + Edtf.abbreviate(s)
              + "' has more than one '/': write a period as start/end, such as 2017/2018,"
              + " 2009/.. (ongoing) or 2010/ (end unknown)");
    }
    String left = s.substring(0, slash);
    String right = s.substring(slash + 1);
    Bound startBound = bound(left);
    Bound endBound = bound(right);
    return DateRange.of(
        startBound,
        startBound == Bound.KNOWN ? side(left, "start") : null,
        endBound,
        endBound == Bound.KNOWN ? side(right, "end") : null);
  }

  private static Bound bound(String side) {
    if (side.isEmpty()) {
      return Bound.UNKNOWN;
    }
    return side.equals(OPEN) ? Bound.OPEN : Bound.KNOWN;
  }

  private static PartialDate side(String text, String name) {
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The " + name + " of the period: " + e.getMessage(), e);
    }
  }

  static void checkBound(String side, Bound bound, @Nullable PartialDate date) {
    if ((bound == Bound.KNOWN) != (date != null)) {
      throw new IllegalArgumentException(
          bound == Bound.KNOWN
              ? "A known " + side + " needs a date: give one, or say the " + side + " is unknown"
              : "An "
                  + bound.name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + side
                  + " has no date: remove the date or say the "
                  + side
                  + " is known");
    }
  }

  /** Writes the canonical text of a period; see {@link DateRange#toString()}. */
  static String format(
      Bound startBound, @Nullable PartialDate start, Bound endBound, @Nullable PartialDate end) {
    if (startBound == Bound.KNOWN && endBound == Bound.KNOWN && Objects.equals(start, end)) {
      return String.valueOf(start);
    }
    return side(startBound, start) + "/" + side(endBound, end);
  }

  private static String side(Bound bound, @Nullable PartialDate date) {
    switch (bound) {
      case KNOWN:
        return String.valueOf(date);
      case OPEN:
        return OPEN;
      default:
        return "";
    }
  }
}
