package org.partneratlas.time;

/**
 * How precisely a {@link PartialDate} is known, from the coarsest to the finest.
 *
 * <p>The declaration order is the order of fineness: {@code YEAR < SEASON < MONTH < DAY}.
 */
public enum Precision {
  /** Only the year is known, as in {@code 2016}. */
  YEAR,
  /** The year and a season are known, as in {@code 2020-23} (autumn 2020). */
  SEASON,
  /** The year and month are known, as in {@code 2020-10}. */
  MONTH,
  /** The exact day is known, as in {@code 2020-10-12}. */
  DAY
}
