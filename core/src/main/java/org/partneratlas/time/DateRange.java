package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When something held: a single {@link PartialDate}, or an interval whose start and end are each a
 * {@linkplain Bound#KNOWN known date}, {@linkplain Bound#OPEN open} or {@linkplain Bound#UNKNOWN
 * unknown}.
 *
 * <p>The canonical text is the interval part of EDTF (ISO 8601-2, Library of Congress specification
 * of 2019), levels 0 and 1, with the dates of {@link PartialDate} on either side: from {@code 2016}
 * and {@code 2017/2018} to {@code 2009/..} (open end) and {@code 2010/} (unknown end), as the
 * {@linkplain org.partneratlas.time package documentation} lists.
 *
 * <p>{@link #parse(CharSequence)} reads that text and {@link #toString()} writes it: {@code
 * DateRange.parse(r.toString()).equals(r)} for every range.
 *
 * <h2>Did it hold then? Yes, no or unknown</h2>
 *
 * <p>{@link #holdsDuring(DateRange)} answers a {@link Truth}, from the {@link #extent()} of the
 * range: the start lies within the days its start may denote (any time if open, any time up to the
 * end if unknown), and likewise the end. A single date {@code 2016} held at some time within 2016:
 * it holds during 2016 ({@code YES}), during June 2016 {@code UNKNOWN}, during 2015 {@code NO}.
 * {@code 2010/} holds during 2010, is {@code UNKNOWN} from 2011 on and {@code NO} before 2010;
 * {@code 2009/..} holds during every year from 2009. The methods {@link #overlaps(DateRange)},
 * {@link #isActiveDuring(int)} and {@link #contains(LocalDate)} answer "may it have held?", that is
 * {@code holdsDuring(…).isPossible()}. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * DateRange since2009 = DateRange.parse("2009/..");
 * since2009.holdsDuring(2021);   // YES
 * since2009.holdsDuring(2008);   // NO
 * DateRange chubut = DateRange.parse("2010/");
 * chubut.holdsDuring(2015);      // UNKNOWN
 * }</pre>
 */
@Immutable
public final class DateRange implements Comparable<DateRange> {

  private static final DateRange UNBOUNDED = new DateRange(Bound.OPEN, null, Bound.OPEN, null);
  private static final DateRange UNKNOWN = new DateRange(Bound.UNKNOWN, null, Bound.UNKNOWN, null);

  private static final Comparator<DateRange> ORDER =
      Comparator.comparingLong(DateRange::startEpochDay)
          .thenComparingLong(DateRange::endEpochDay)
          .thenComparing(DateRange::startBound)
          .thenComparing((DateRange r) -> r.start, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(DateRange::endBound)
          .thenComparing((DateRange r) -> r.end, Comparator.nullsLast(Comparator.naturalOrder()));

  private final Bound startBound;
  private final @Nullable PartialDate start;
  private final Bound endBound;
  private final @Nullable PartialDate end;

  /** Made by {@link SharedDates}, after the factories' checks, and for the two constants. */
  DateRange(
      Bound startBound, @Nullable PartialDate start, Bound endBound, @Nullable PartialDate end) {
    this.startBound = startBound;
    this.start = start;
    this.endBound = endBound;
    this.end = end;
  }

  /** Whether this range has these bounds and dates. */
  boolean is(
      Bound startBound, @Nullable PartialDate start, Bound endBound, @Nullable PartialDate end) {
    return this.startBound == startBound
        && this.endBound == endBound
        && Objects.equals(this.start, start)
        && Objects.equals(this.end, end);
  }

  /**
   * Returns the range of a single date, such as "2016" or "autumn 2020".
   *
   * @param date the date
   * @return a range whose start and end are that date
   */
  public static DateRange of(PartialDate date) {
    requireNonNull(date, "date");
    return SharedDates.range(Bound.KNOWN, date, Bound.KNOWN, date);
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
   * Returns the range from a date with an open end: since then, ongoing ({@code 2009/..}).
   *
   * @param start the first date
   * @return the range {@code start/..}
   */
  public static DateRange since(PartialDate start) {
    requireNonNull(start, "start");
    return SharedDates.range(Bound.KNOWN, start, Bound.OPEN, null);
  }

  /**
   * Returns the range from a date with an unknown end: began then, no source says when it ended
   * ({@code 2010/}).
   *
   * @param start the first date
   * @return the range {@code start/}
   */
  public static DateRange began(PartialDate start) {
    requireNonNull(start, "start");
    return SharedDates.range(Bound.KNOWN, start, Bound.UNKNOWN, null);
  }

  /**
   * Returns the range up to a date with an open start: until then, from as far back as its context
   * goes ({@code ../2019}).
   *
   * @param end the last date
   * @return the range {@code ../end}
   */
  public static DateRange until(PartialDate end) {
    requireNonNull(end, "end");
    return SharedDates.range(Bound.OPEN, null, Bound.KNOWN, end);
  }

  /**
   * Returns the range up to a date with an unknown start: ended then, no source says when it began
   * ({@code /2016}).
   *
   * @param end the last date
   * @return the range {@code /end}
   */
  public static DateRange ended(PartialDate end) {
    requireNonNull(end, "end");
    return SharedDates.range(Bound.UNKNOWN, null, Bound.KNOWN, end);
  }

  /**
   * Returns the range open on both sides ({@code ../..}): at every time of its context, such as a
   * party over the whole life of its partnership.
   *
   * @return the unbounded range
   */
  public static DateRange unbounded() {
    return UNBOUNDED;
  }

  /**
   * Returns the range of which nothing is known ({@code /}): its start and end are both unknown.
   *
   * @return the unknown range
   */
  public static DateRange unknown() {
    return UNKNOWN;
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
    return of(
        start == null ? Bound.OPEN : Bound.KNOWN,
        start,
        end == null ? Bound.OPEN : Bound.KNOWN,
        end);
  }

  /**
   * Returns the range with the given bounds.
   *
   * @param startBound what is known of the start
   * @param start the start date, required if and only if {@code startBound} is {@link Bound#KNOWN}
   * @param endBound what is known of the end
   * @param end the end date, required if and only if {@code endBound} is {@link Bound#KNOWN}
   * @return the range
   * @throws IllegalArgumentException if a date is missing or given for a bound that is not known,
   *     or if the end is before the start
   */
  public static DateRange of(
      Bound startBound, @Nullable PartialDate start, Bound endBound, @Nullable PartialDate end) {
    requireNonNull(startBound, "startBound");
    requireNonNull(endBound, "endBound");
    Edtf.checkBound("start", startBound, start);
    Edtf.checkBound("end", endBound, end);
    if (start != null && end != null) {
      if (start.equals(end)) {
        return SharedDates.range(Bound.KNOWN, start, Bound.KNOWN, start);
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
      if (startBound == Bound.OPEN && endBound == Bound.OPEN) {
        return UNBOUNDED;
      }
      if (startBound == Bound.UNKNOWN && endBound == Bound.UNKNOWN) {
        return UNKNOWN;
      }
    }
    return SharedDates.range(startBound, start, endBound, end);
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
   * Reads a range from its EDTF text: a single date ({@code 2016}), or {@code start/end} where each
   * side is a date, {@code ..} (open) or empty (unknown). See the class documentation.
   *
   * @param text the text
   * @return the range
   * @throws IllegalArgumentException with a message saying what is expected, if the text is not a
   *     range or its end is before its start
   */
  public static DateRange parse(CharSequence text) {
    return Edtf.parseRange(text);
  }

  /**
   * Returns what is known of the start.
   *
   * @return {@code KNOWN}, {@code OPEN} or {@code UNKNOWN}
   */
  public Bound startBound() {
    return startBound;
  }

  /**
   * Returns what is known of the end.
   *
   * @return {@code KNOWN}, {@code OPEN} or {@code UNKNOWN}
   */
  public Bound endBound() {
    return endBound;
  }

  /**
   * Returns the first date, if the start is known.
   *
   * @return the start date, or empty for an open or unknown start
   */
  public Optional<PartialDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the last date, if the end is known.
   *
   * @return the end date, or empty for an open or unknown end
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
   * Returns whether the start is open ({@code ../2019}).
   *
   * @return whether the start is {@link Bound#OPEN}
   */
  public boolean isOpenStart() {
    return startBound == Bound.OPEN;
  }

  /**
   * Returns whether the end is open ({@code 2009/..}, ongoing).
   *
   * @return whether the end is {@link Bound#OPEN}
   */
  public boolean isOpenEnd() {
    return endBound == Bound.OPEN;
  }

  /**
   * Returns whether the start is unknown ({@code /2016}).
   *
   * @return whether the start is {@link Bound#UNKNOWN}
   */
  public boolean isUnknownStart() {
    return startBound == Bound.UNKNOWN;
  }

  /**
   * Returns whether the end is unknown ({@code 2010/}).
   *
   * @return whether the end is {@link Bound#UNKNOWN}
   */
  public boolean isUnknownEnd() {
    return endBound == Bound.UNKNOWN;
  }

  /**
   * Returns the first day this range may cover.
   *
   * @return the earliest day of the start, or empty for an open or unknown start
   */
  public Optional<LocalDate> earliestDay() {
    return start == null ? Optional.empty() : Optional.of(start.earliestDay());
  }

  /**
   * Returns the last day this range may cover.
   *
   * @return the latest day of the end, or empty for an open or unknown end
   */
  public Optional<LocalDate> latestDay() {
    return end == null ? Optional.empty() : Optional.of(end.latestDay());
  }

  /**
   * Returns the epoch day of the first day this range may cover, or {@link Long#MIN_VALUE} for an
   * open or unknown start. Meant for indexes and fast comparisons.
   *
   * @return the first epoch day possibly covered
   */
  public long startEpochDay() {
    return start == null ? Long.MIN_VALUE : start.earliestEpochDay();
  }

  /**
   * Returns the epoch day of the last day this range may cover, or {@link Long#MAX_VALUE} for an
   * open or unknown end. Meant for indexes and fast comparisons.
   *
   * @return the last epoch day possibly covered
   */
  public long endEpochDay() {
    return end == null ? Long.MAX_VALUE : end.latestEpochDay();
  }

  /**
   * Returns what this range says of when its fact started and ended (see {@link Extent}).
   *
   * <ul>
   *   <li>a known start lies within the days its date may denote; an open start is without limit;
   *       an unknown start lies anywhere up to the latest possible end;
   *   <li>a known end likewise; an open end is without limit; an unknown end lies anywhere from the
   *       earliest possible start.
   * </ul>
   *
   * @return the extent
   */
  public Extent extent() {
    return extentWithin(Extent.ALWAYS);
  }

  /**
   * Returns what this range says of when its fact started and ended, as a part of something whose
   * extent is {@code context}: an open side is the context's side (a party {@code ../..} takes part
   * over the whole life of its partnership), an unknown side lies within the context, and the
   * result never reaches beyond the context.
   *
   * @param context the extent of what the fact belongs to
   * @return the extent
   */
  public Extent extentWithin(Extent context) {
    return DaySpan.extentWithin(startBound, start, endBound, end, context);
  }

  /**
   * Answers whether this range held on at least one day of a period (see the class documentation).
   * Equivalent to {@code extent().holdsDuring(period)}.
   *
   * @param period the period asked about
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth holdsDuring(DateRange period) {
    return extent().holdsDuring(period);
  }

  /**
   * Answers whether this range held on at least one day of a year. Equivalent to {@code
   * holdsDuring(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth holdsDuring(int year) {
    return holdsDuring(ofYear(year));
  }

  /**
   * Answers whether this range held on a day.
   *
   * @param day the day
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth holdsOn(LocalDate day) {
    requireNonNull(day, "day");
    long epochDay = day.toEpochDay();
    return extent().holdsDuring(epochDay, epochDay);
  }

  /**
   * Returns whether this range and another may have a day in common: the spans from the earliest
   * possible start to the latest possible end of both intersect, an open or unknown side extending
   * without limit.
   *
   * @param other the other range
   * @return whether the two ranges may overlap
   */
  public boolean overlaps(DateRange other) {
    requireNonNull(other, "other");
    return startEpochDay() <= other.endEpochDay() && other.startEpochDay() <= endEpochDay();
  }

  /**
   * Returns whether this range may have held during a year: {@code holdsDuring(year).isPossible()}.
   *
   * @param year the year
   * @return whether this range may cover a day of that year
   */
  public boolean isActiveDuring(int year) {
    return holdsDuring(year).isPossible();
  }

  /**
   * Returns whether this range may have held on the given day: {@code holdsOn(day).isPossible()}.
   *
   * @param day the day
   * @return whether the day may lie within this range
   */
  public boolean contains(LocalDate day) {
    return holdsOn(day).isPossible();
  }

  /**
   * Compares by earliest possible day (an open or unknown start first), then latest possible day
   * (an open or unknown end last), then by bounds and dates; consistent with {@link #equals}.
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
    return obj instanceof DateRange other && other.is(startBound, start, endBound, end);
  }

  @Override
  public int hashCode() {
    return SharedDates.hash(startBound, start, endBound, end);
  }

  /**
   * Returns the EDTF text of this range: a single date, or {@code start/end} with {@code ..} for an
   * open side and nothing for an unknown side.
   *
   * @return the canonical text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return Edtf.format(startBound, start, endBound, end);
  }
}
