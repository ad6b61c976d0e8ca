package org.partneratlas.time;

import static java.util.Objects.requireNonNull;

/**
 * Which three-valued answers a query or report counts: only those known to hold ({@link
 * #DEFINITELY}, the default everywhere), or also those that may hold ({@link #POSSIBLY}).
 *
 * <p>For every question, the answers counted {@code DEFINITELY} are a subset of those counted
 * {@code POSSIBLY}: {@code atlas.query().activeDuring(2015)} lists the partnerships known to be
 * active in 2015, and {@code atlas.query().possibly().activeDuring(2015)} adds those that may have
 * been.
 */
public enum Certainty {
  /** Count only {@link Truth#YES}. */
  DEFINITELY,
  /** Count {@link Truth#YES} and {@link Truth#UNKNOWN}. */
  POSSIBLY;

  /**
   * Returns whether an answer counts under this certainty.
   *
   * @param truth the answer
   * @return {@code truth == YES} for {@code DEFINITELY}; {@code truth != NO} for {@code POSSIBLY}
   */
  public boolean accepts(Truth truth) {
    requireNonNull(truth, "truth");
    return this == DEFINITELY ? truth == Truth.YES : truth != Truth.NO;
  }
}
