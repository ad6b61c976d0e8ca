package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When something happened or holds: a single {@link PartialDate}, or an interval between two
 * partial dates whose start, end or both may be open.
 *
 * <p>The canonical text is EDTF (ISO 8601-2) level 0 and 1:
 *
 * <ul>
 *   <li>{@code 2016} or {@code 2020-23} — a single date (possibly imprecise);
 *   <li>{@code 2017/2018}, {@code 2020-10-12/2020-10-16} — a closed interval;
 *   <li>{@code 2009/..} — open end ("since 2009");
 *   <li>{@code ../2019} — open start ("until 2019");
 *   <li>{@code ../..} — nothing is known of start or end.
 * </ul>
 *
 * <p>{@link #parse(CharSequence)} reads that text and {@link #toString()} writes it: {@code
 * DateRange.parse(r.toString()).equals(r)} for every range. A closed interval whose start and end
 * are the same date is that single date ({@code 2016/2016} reads as {@code 2016}).
 *
 * <p><b>Imprecise bounds.</b> A range covers every day that it may cover: from the {@linkplain
 * PartialDate#earliestDay() earliest day} of its start to the {@linkplain PartialDate#latestDay()
 * latest day} of its end, an open side extending without limit. {@link #overlaps(DateRange)} and
 * {@link #isActiveDuring(int)} answer "may have held at that time" on those day bounds, so that
 * "since 2009" is active in 2009, and "autumn 2020" is active in 2020 only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * DateRange since2009 = DateRange.parse("2009/..");
 * since2009.isActiveDuring(2021);  // true
 * since2009.isActiveDuring(2008);  // false
 * }</pre>
 */
@Immutable
public final class DateRange implements Comparable<DateRange> {

  private static final String OPEN = "..";
  private static final DateRange UNBOUNDED = new DateRange(null, null);

  private static final Comparator<DateRange> ORDER =
      Comparator.comparingLong(DateRange::startEpochDay)
          .thenComparingLong(DateRange::endEpochDay)
          .thenComparing((DateRange r) -> r.start, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing((DateRange r) -> r.end, Comparator.nullsLast(Comparator.naturalOrder()));

  private final @Nullable PartialDate start;
  private final @Nullable PartialDate end;

  private DateRange(@Nullable PartialDate start, @Nullable PartialDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range of a single date, such as "2016" or "autumn 2020".
   *
   * @param date the date
   * @return a range whose start and end are that date
   */
  public static DateRange of(PartialDate date) {
    requireNonNull(date, "date");
    return new DateRange(date, date);
  }

  /**
   * Returns the closed range between two dates, both included.
   *
   * @param start the first date
   * @param end the last date
   * @return the range
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange between(PartialDate start, PartialDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    return of(start, end);
  }

  /**
   * Returns the range from a date with no known end ("since 2009").
   *
   * @param start the first date
   * @return the range {@code start/..}
   */
  public static DateRange since(PartialDate start) {
    requireNonNull(start, "start");
    return new DateRange(start, null);
  }

  /**
   * Returns the range up to a date with no known start ("until 2019").
   *
   * @param end the last date
   * @return the range {@code ../end}
   */
  public static DateRange until(PartialDate end) {
    requireNonNull(end, "end");
    return new DateRange(null, end);
  }

  /**
   * Returns the range of which neither start nor end is known ({@code ../..}).
   *
   * @return the unbounded range
   */
  public static DateRange unbounded() {
    return UNBOUNDED;
  }

  /**
   * Returns the range between two dates, either of which may be absent for an open side.
   *
   * @param start the first date, or {@code null} if the start is open
   * @param end the last date, or {@code null} if the end is open
   * @return the range
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange of(@Nullable PartialDate start, @Nullable PartialDate end) {
    if (start != null && end != null) {
      if (start.equals(end)) {
        return new DateRange(start, start);
      }
      if (end.latestDay().isBefore(start.earliestDay())) {
        throw new IllegalArgumentException(
            "The period "
                + start
                + "/"
                + end
                + " ends before it starts: swap the dates or correct one of them");
      }
    }
    if (start == null && end == null) {
      return UNBOUNDED;
    }
    return new DateRange(start, end);
  }

  /**
   * Returns the range of the whole given year.
   *
   * @param year the year, 1 to 9999
   * @return the range of that year
   */
  public static DateRange ofYear(int year) {
    return of(PartialDate.ofYear(year));
  }

  /**
   * Reads a range from its EDTF text: a single date ({@code 2016}), a closed interval ({@code
   * 2017/2018}) or an interval with an open side ({@code 2009/..}, {@code ../2019}, {@code ../..}).
   *
   * @param text the text
   * @return the range
   * @throws IllegalArgumentException with a message saying what is expected, if the text is not a
   *     range or its end is before its start
   */
  public static DateRange parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      if (s.equals(OPEN)) {
        throw new IllegalArgumentException(
            "'..' alone is not a date: write '../..' for a period of which nothing is known");
      }
      return of(PartialDate.parse(s));
    }
    if (s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "'"
              + PartialDate.abbreviate(s)
              + "' has more than one '/': write a period as start/end, such as 2017/2018 or"
              + " 2009/..");
    }
    String left = s.substring(0, slash);
    String right = s.substring(slash + 1);
    PartialDate start = left.equals(OPEN) ? null : PartialDate.parse(left);
    PartialDate end = right.equals(OPEN) ? null : PartialDate.parse(right);
    return of(start, end);
  }

  /**
   * Returns the first date, if the start is not open.
   *
   * @return the start date, or empty for an open start
   */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the last date, if the end is not open.
   *
   * @return the end date, or empty for an open end
   */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns whether this range is a single date.
   *
   * @return whether start and end are the same date
   */
  public boolean isSingleDate() {
    return start != null && start.equals(end);
  }

  /**
   * Returns whether the start is open.
   *
   * @return whether there is no known start
   */
  public boolean isOpenStart() {
    return start == null;
  }

  /**
   * Returns whether the end is open.
   *
   * @return whether there is no known end
   */
  public boolean isOpenEnd() {
    return end == null;
  }

  /**
   * Returns the first day this range may cover.
   *
   * @return the earliest day of the start, or empty for an open start
   */
  public Optional<LocalDate> earliestDay() {
    return start == null ? Optional.empty() : Optional.of(start.earliestDay());
  }

  /**
   * Returns the last day this range may cover.
   *
   * @return the latest day of the end, or empty for an open end
   */
  public Optional<LocalDate> latestDay() {
    return end == null ? Optional.empty() : Optional.of(end.latestDay());
  }

  /**
   * Returns the epoch day of the earliest day, or {@link Long#MIN_VALUE} for an open start. Meant
   * for indexes and fast comparisons.
   *
   * @return the first epoch day covered
   */
  public long startEpochDay() {
    return start == null ? Long.MIN_VALUE : start.earliestDay().toEpochDay();
  }

  /**
   * Returns the epoch day of the latest day, or {@link Long#MAX_VALUE} for an open end. Meant for
   * indexes and fast comparisons.
   *
   * @return the last epoch day covered
   */
  public long endEpochDay() {
    return end == null ? Long.MAX_VALUE : end.latestDay().toEpochDay();
  }

  /**
   * Returns whether this range and another may have a day in common, comparing the earliest and
   * latest days of both (see the class documentation on imprecise bounds).
   *
   * @param other the other range
   * @return whether the day spans of the two ranges intersect
   */
  public boolean overlaps(DateRange other) {
    requireNonNull(other, "other");
    return startEpochDay() <= other.endEpochDay() && other.startEpochDay() <= endEpochDay();
  }

  /**
   * Returns whether this range may cover a day of the given year. Equivalent to {@code
   * overlaps(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return whether this range and that year have a day in common
   */
  public boolean isActiveDuring(int year) {
    return overlaps(ofYear(year));
  }

  /**
   * Returns whether this range may cover the given day.
   *
   * @param day the day
   * @return whether the day lies between the earliest and latest days of this range
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    long epochDay = day.toEpochDay();
    return startEpochDay() <= epochDay && epochDay <= endEpochDay();
  }

  /**
   * Compares by earliest day (an open start first), then latest day (an open end last), then by the
   * start and end dates themselves; consistent with {@link #equals}.
   *
   * @param other the range to compare with
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(DateRange other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof DateRange)) {
      return false;
    }
    DateRange other = (DateRange) obj;
    return Objects.equals(start, other.start) && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * Returns the EDTF text of this range: a single date, {@code start/end}, {@code start/..}, {@code
   * ../end} or {@code ../..}.
   *
   * @return the canonical text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    if (isSingleDate()) {
      return String.valueOf(start);
    }
    return (start == null ? OPEN : start.toString()) + "/" + (end == null ? OPEN : end.toString());
  }
}
