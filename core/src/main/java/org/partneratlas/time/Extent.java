package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;

/**
 * What is known of when something held, reduced to four epoch days: the start lies between {@link
 * #earliestStart()} and {@link #latestStart()}, the end (inclusive) between {@link #earliestEnd()}
 * and {@link #latestEnd()}, and the start is not after the end. {@link Long#MIN_VALUE} and {@link
 * Long#MAX_VALUE} stand for "without limit".
 *
 * <p>Every three-valued answer about time in this library is computed from an {@code Extent}, by
 * one rule ({@link #holdsDuring(long, long)}): a fact holds at some day of a period
 * <em>definitely</em> when every start and end it may have puts a day of it inside the period, and
 * <em>not at all</em> when none does. An extent comes from a {@link DateRange} ({@link
 * DateRange#extent()}) and may be narrowed by a date at which a source shows the fact holding
 * ({@link #attestedAt(PartialDate)}).
 *
 * @param earliestStart the first epoch day on which the fact may have started
 * @param latestStart the last epoch day on which the fact may have started
 * @param earliestEnd the first epoch day that may be its last day
 * @param latestEnd the last epoch day that may be its last day
 */
@Immutable
public record Extent(long earliestStart, long latestStart, long earliestEnd, long latestEnd) {

  /** The extent of which nothing is known: it may have held at any time, or at none. */
  public static final Extent UNKNOWN =
      new Extent(Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE);

  /** The extent of what holds at every time. */
  public static final Extent ALWAYS =
      new Extent(Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  /**
   * Answers whether the fact held on at least one day from {@code from} to {@code to} (epoch days,
   * inclusive).
   *
   * <ul>
   *   <li>{@link Truth#YES} when {@code min(latestStart, latestEnd) <= to} and {@code
   *       max(earliestEnd, earliestStart) >= from}: whatever its exact start and end, a day of it
   *       is in the period;
   *   <li>{@link Truth#NO} when {@code earliestStart > to} or {@code latestEnd < from}, or when the
   *       extent is empty ({@code earliestStart > latestEnd});
   *   <li>{@link Truth#UNKNOWN} otherwise.
   * </ul>
   *
   * @param from the first epoch day of the period
   * @param to the last epoch day of the period
   * @return the three-valued answer
   */
  public Truth holdsDuring(long from, long to) {
    if (earliestStart > to || latestEnd < from || from > to || earliestStart > latestEnd) {
      // The last test: an empty extent (a planned party's) holds at no time, not even over all
      // time.
      return Truth.NO;
    }
    if (Math.min(latestStart, latestEnd) <= to && Math.max(earliestEnd, earliestStart) >= from) {
      return Truth.YES;
    }
    return Truth.UNKNOWN;
  }

  /**
   * Answers whether the fact held on at least one day of a period; the period's open or unknown
   * sides extend without limit, and an imprecise side counts all the days it may denote.
   *
   * @param period the period
   * @return the three-valued answer
   */
  public Truth holdsDuring(DateRange period) {
    requireNonNull(period, "period");
    return holdsDuring(period.startEpochDay(), period.endEpochDay());
  }

  /**
   * Returns this extent narrowed by a source showing the fact holding at some day of {@code date}:
   * it started no later than the date's latest day and ended no earlier than its earliest day.
   *
   * @param date when the fact is attested
   * @return the narrowed extent
   */
  public Extent attestedAt(PartialDate date) {
    requireNonNull(date, "date");
    return new Extent(
        earliestStart,
        Math.min(latestStart, date.latestEpochDay()),
        Math.max(earliestEnd, date.earliestEpochDay()),
        latestEnd);
  }

  /**
   * Returns this extent limited to a context: a fact that belongs to something (a party to a
   * partnership) starts no earlier and ends no later than what it belongs to may.
   *
   * @param context the extent of what the fact belongs to
   * @return the limited extent
   */
  public Extent within(Extent context) {
    requireNonNull(context, "context");
    long es = Math.max(earliestStart, context.earliestStart);
    long le = Math.min(latestEnd, context.latestEnd);
    return new Extent(es, Math.max(latestStart, es), Math.min(earliestEnd, le), le);
  }

  /**
   * Returns this extent narrowed by a source showing the fact already under way at some day of
   * {@code date} (a later dated fact of the same thing): it started no later than the date's latest
   * day.
   *
   * @param date a date by which the fact had started
   * @return the narrowed extent
   */
  public Extent startedBy(PartialDate date) {
    requireNonNull(date, "date");
    long start = Math.min(latestStart, date.latestEpochDay());
    return new Extent(earliestStart, Math.max(start, earliestStart), earliestEnd, latestEnd);
  }

  /**
   * Answers whether this fact and another held on a common day of the window [from, to] of epoch
   * days.
   *
   * <ul>
   *   <li>{@link Truth#NO} when no realisation of the two extents can share a day of the window:
   *       {@code max(earliestStart, other.earliestStart, from) > min(latestEnd, other.latestEnd,
   *       to)}. So two extents may overlap exactly when each may have started before the other may
   *       have ended.
   *   <li>{@link Truth#YES} when one of them certainly covers a stretch of days (from its latest
   *       start to its earliest end) within the window, and the other certainly held on some day of
   *       that stretch ({@link #holdsDuring(long, long)}): whatever their exact bounds, that day is
   *       shared.
   *   <li>{@link Truth#UNKNOWN} otherwise: Chubut ({@code 2010/}, end unknown) and Tierra del Fuego
   *       ({@code 2016/..}) may have been parties at the same time, or not.
   * </ul>
   *
   * @param other the extent of the other fact
   * @param from the first epoch day of the window
   * @param to the last epoch day of the window
   * @return the three-valued answer; symmetric in the two extents
   */
  public Truth together(Extent other, long from, long to) {
    long first = Math.max(Math.max(earliestStart, other.earliestStart), from);
    long last = Math.min(Math.min(latestEnd, other.latestEnd), to);
    if (first > last || earliestStart > latestEnd || other.earliestStart > other.latestEnd) {
      return Truth.NO;
    }
    if (coversSomeDayOf(this, other, from, to) || coversSomeDayOf(other, this, from, to)) {
      return Truth.YES;
    }
    return Truth.UNKNOWN;
  }

  /**
   * Whether {@code inner} certainly held on a day of the stretch {@code outer} certainly covers.
   */
  private static boolean coversSomeDayOf(Extent outer, Extent inner, long from, long to) {
    long coreFrom = Math.max(outer.latestStart, from);
    long coreTo = Math.min(outer.earliestEnd, to);
    return coreFrom <= coreTo && inner.holdsDuring(coreFrom, coreTo) == Truth.YES;
  }
}
