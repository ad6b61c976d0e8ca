package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The days a {@link PartialDate} covers as written, and may denote once its qualifiers widen it by
 * one unit of its precision (see the class documentation of {@code PartialDate}).
 */
final class DaySpan {

  private DaySpan() {}

  static LocalDate writtenEarliest(PartialDate d) {
    int y = Math.max(d.year(), PartialDate.MIN_YEAR);
    switch (d.precision()) {
      case YEAR:
        return LocalDate.of(y, 1, 1);
      case SEASON:
        return LocalDate.of(y, Season.ofCode(d.part()).firstMonth(), 1);
      case MONTH:
      case DAY:
        if (d.isMonthUnspecified()) {
          return LocalDate.of(y, 1, 1);
        }
        return LocalDate.of(y, d.part(), d.isDayUnspecified() || d.day() == 0 ? 1 : d.day());
    }
    throw new AssertionError(d.precision());
  }

  static LocalDate writtenLatest(PartialDate d) {
    switch (d.precision()) {
      case YEAR:
        return LocalDate.of(d.year() + yearSpan(d) - 1, 12, 31);
      case SEASON:
        return d.writtenEarliestDay().plusMonths(3).minusDays(1);
      case MONTH:
      case DAY:
        if (d.isMonthUnspecified()) {
          return LocalDate.of(d.year(), 12, 31);
        }
        if (d.isDayUnspecified() || d.precision() == Precision.MONTH) {
          return YearMonth.of(d.year(), d.part()).atEndOfMonth();
        }
        return LocalDate.of(d.year(), d.part(), d.day());
    }
    throw new AssertionError(d.precision());
  }

  static LocalDate earliest(PartialDate d) {
    LocalDate written = d.writtenEarliestDay();
    if (!d.isQualified()) {
      return written;
    }
    LocalDate widened = minusUnit(d, written);
    LocalDate min = LocalDate.of(PartialDate.MIN_YEAR, 1, 1);
    return widened.isBefore(min) ? min : widened;
  }

  static LocalDate latest(PartialDate d) {
    LocalDate written = d.writtenLatestDay();
    if (!d.isQualified()) {
      return written;
    }
    return plusUnit(d, written);
  }

  private static int yearSpan(PartialDate d) {
    int digits = d.unspecifiedYearDigits();
    return digits == 0 ? 1 : Edtf.pow10(digits);
  }

  private static LocalDate minusUnit(PartialDate date, LocalDate d) {
    switch (date.precision()) {
      case YEAR:
        return d.minusYears(yearSpan(date));
      case SEASON:
        return d.minusMonths(3);
      case MONTH:
        return date.isMonthUnspecified() ? d.minusYears(1) : d.minusMonths(1);
      case DAY:
        if (date.isMonthUnspecified()) {
          return d.minusYears(1);
        }
        return date.isDayUnspecified() ? d.minusMonths(1) : d.minusDays(1);
    }
    throw new AssertionError(date.precision());
  }

  private static LocalDate plusUnit(PartialDate date, LocalDate d) {
    switch (date.precision()) {
      case YEAR:
        return d.plusYears(yearSpan(date));
      case SEASON:
        return d.withDayOfMonth(1).plusMonths(4).minusDays(1);
      case MONTH:
        return date.isMonthUnspecified()
            ? d.plusYears(1)
            : YearMonth.from(d).plusMonths(1).atEndOfMonth();
      case DAY:
        if (date.isMonthUnspecified()) {
          return d.plusYears(1);
        }
        return date.isDayUnspecified()
            ? YearMonth.from(d).plusMonths(1).atEndOfMonth()
            : d.plusDays(1);
    }
    throw new AssertionError(date.precision());
  }

  static Truth within(PartialDate d, DateRange period) {
    requireNonNull(period, "period");
    long from = period.startEpochDay();
    long to = period.endEpochDay();
    long lo = d.earliestEpochDay();
    long hi = d.latestEpochDay();
    if (lo >= from && hi <= to) {
      return Truth.YES;
    }
    if (hi < from || lo > to) {
      return Truth.NO;
    }
    return Truth.UNKNOWN;
  }

  /** The extent of a period within a context; see {@link DateRange#extentWithin(Extent)}. */
  static Extent extentWithin(
      Bound startBound,
      @Nullable PartialDate start,
      Bound endBound,
      @Nullable PartialDate end,
      Extent context) {
    requireNonNull(context, "context");
    long earliestStart;
    long latestStart;
    long earliestEnd;
    long latestEnd;
    switch (endBound) {
      case KNOWN:
        earliestEnd = requireNonNull(end).earliestEpochDay();
        latestEnd = end.latestEpochDay();
        break;
      case OPEN:
        earliestEnd = context.earliestEnd();
        latestEnd = context.latestEnd();
        break;
      default:
        earliestEnd = Long.MIN_VALUE; // fixed below, from the start
        latestEnd = context.latestEnd();
    }
    switch (startBound) {
      case KNOWN:
        earliestStart = requireNonNull(start).earliestEpochDay();
        latestStart = start.latestEpochDay();
        break;
      case OPEN:
        earliestStart = context.earliestStart();
        latestStart = context.latestStart();
        break;
      default:
        earliestStart = context.earliestStart();
        latestStart = latestEnd;
    }
    if (endBound == Bound.UNKNOWN) {
      earliestEnd = earliestStart;
    }
    return new Extent(earliestStart, latestStart, earliestEnd, latestEnd).within(context);
  }
}
