package org.partneratlas.time;

import org.jspecify.annotations.Nullable;

/**
 * Shared instances of equal dates and ranges: values are immutable, so every factory of {@link
 * PartialDate} and {@link DateRange} (and so every reader, through {@code parse}) returns one
 * object for equal values whenever it can, instead of a new one. An atlas of a million partnerships
 * holds about seven million dates and four million ranges but only a few thousand distinct ones.
 *
 * <p>Years and months of 1800 to 2199 written without qualifier have one instance each, made on
 * first use. Other dates and all ranges go through a direct-mapped cache (one slot per hash): a
 * value is shared while no other value of the same slot has replaced it, so the cache stays small
 * whatever is read. Slots are read and written without locks: an instance seen through a racy read
 * is fully built (its fields are all final), and losing a race only means two equal instances.
 */
final class SharedDates {

  private static final int FIRST_YEAR = 1800;
  private static final int LAST_YEAR = 2199;
  private static final int SLOTS = 1 << 14;

  private static final @Nullable PartialDate[] YEARS = new PartialDate[LAST_YEAR - FIRST_YEAR + 1];
  private static final @Nullable PartialDate[] MONTHS =
      new PartialDate[(LAST_YEAR - FIRST_YEAR + 1) * 12];
  private static final @Nullable PartialDate[] DATES = new PartialDate[SLOTS];
  private static final @Nullable DateRange[] RANGES = new DateRange[SLOTS];

  private static final int YEAR_ONLY = pack(0, Precision.YEAR, 0, 0, 0);
  private static final int MONTH_ONLY = pack(0, Precision.MONTH, 0, 0, 0);
  private static final int PART = 31 << 11;
  private static final int LOW_BITS = (1 << 18) - 1;

  private SharedDates() {}

  /**
   * Packs a date's fields into one int: year (14 bits, 0 to 9999), precision (2), part (5: month
   * 1-12 or season 21-24), day (5) and flags (6); {@link PartialDate} reads them back. Packed dates
   * live in this JVM only (nothing packed is written), so the precision's ordinal is safe.
   */
  @SuppressWarnings("EnumOrdinal")
  static int pack(int year, Precision precision, int part, int day, int flags) {
    return (year << 18) | (precision.ordinal() << 16) | (part << 11) | (day << 6) | flags;
  }

  /**
   * The date with these fields: the shared instance of a common date, or a new one. Every date is
   * made here.
   */
  static PartialDate date(int year, Precision precision, int part, int day, int flags) {
    return date(pack(year, precision, part, day, flags));
  }

  /** The date of the packed fields (see {@link #pack}), shared when common. */
  static PartialDate date(int bits) {
    int year = bits >>> 18;
    int rest = bits & LOW_BITS;
    @Nullable PartialDate[] table;
    int slot;
    if (year >= FIRST_YEAR && year <= LAST_YEAR && rest == YEAR_ONLY) {
      table = YEARS;
      slot = year - FIRST_YEAR;
    } else if (year >= FIRST_YEAR && year <= LAST_YEAR && (rest & ~PART) == MONTH_ONLY) {
      table = MONTHS;
      slot = (year - FIRST_YEAR) * 12 + ((rest >> 11) & 31) - 1;
    } else {
      table = DATES;
      slot = mix(bits);
    }
    PartialDate date = table[slot];
    if (date == null || date.bits() != bits) {
      date = PartialDate.unpacked(bits);
      table[slot] = date;
    }
    return date;
  }

  /**
   * The hash of a range's bounds and dates: {@link DateRange#hashCode()}, and where the cache keeps
   * the range. Hashes live in this JVM only, so the bounds' ordinals are safe.
   */
  @SuppressWarnings("EnumOrdinal")
  static int hash(
      Bound startBound, @Nullable PartialDate start, Bound endBound, @Nullable PartialDate end) {
    return (startBound.ordinal() * 3 + endBound.ordinal()) * 961
        + (start == null ? 0 : start.bits()) * 31
        + (end == null ? 0 : end.bits());
  }

  /** The range of these bounds and dates (already checked), shared when the cache has it. */
  static DateRange range(
      Bound startBound, @Nullable PartialDate start, Bound endBound, @Nullable PartialDate end) {
    int slot = mix(hash(startBound, start, endBound, end));
    DateRange range = RANGES[slot];
    if (range == null || !range.is(startBound, start, endBound, end)) {
      range = new DateRange(startBound, start, endBound, end);
      RANGES[slot] = range;
    }
    return range;
  }

  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }
}
