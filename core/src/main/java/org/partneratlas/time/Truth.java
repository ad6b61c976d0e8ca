package org.partneratlas.time;

/**
 * The answer to a question asked of what the sources say: {@link #YES}, {@link #NO} or {@link
 * #UNKNOWN}.
 *
 * <p>"Did this partnership hold in 2015?" cannot always be answered yes or no: a cooperation that
 * "began in 2010" with no known end may or may not have held in 2015. Every such question in this
 * library answers a {@code Truth}, and queries let the caller choose whether {@linkplain
 * Certainty#DEFINITELY only yes} or {@linkplain Certainty#POSSIBLY yes and unknown} count.
 *
 * <p>{@link #and}, {@link #or} and {@link #not} follow Kleene's strong three-valued logic: {@code
 * NO.and(UNKNOWN)} is {@code NO}, {@code YES.or(UNKNOWN)} is {@code YES}, {@code YES.and(UNKNOWN)}
 * is {@code UNKNOWN}.
 */
public enum Truth {
  /** Known to be so. */
  YES,
  /** Known not to be so. */
  NO,
  /** The sources do not say: it may or may not be so. */
  UNKNOWN;

  /**
   * Returns {@link #YES} for {@code true} and {@link #NO} for {@code false}.
   *
   * @param value a known answer
   * @return the truth of it
   */
  public static Truth of(boolean value) {
    return value ? YES : NO;
  }

  /**
   * Returns whether this answer is {@link #YES}.
   *
   * @return whether it is known to be so
   */
  public boolean isYes() {
    return this == YES;
  }

  /**
   * Returns whether this answer is {@link #NO}.
   *
   * @return whether it is known not to be so
   */
  public boolean isNo() {
    return this == NO;
  }

  /**
   * Returns whether this answer is {@link #UNKNOWN}.
   *
   * @return whether the sources do not say
   */
  public boolean isUnknown() {
    return this == UNKNOWN;
  }

  /**
   * Returns whether it may be so: {@link #YES} or {@link #UNKNOWN}.
   *
   * @return whether this answer is not {@link #NO}
   */
  public boolean isPossible() {
    return this != NO;
  }

  /**
   * Returns the three-valued conjunction (Kleene).
   *
   * @param other the other answer
   * @return {@code NO} if either is {@code NO}, {@code YES} if both are {@code YES}, else {@code
   *     UNKNOWN}
   */
  public Truth and(Truth other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == YES && other == YES ? YES : UNKNOWN;
  }

  /**
   * Returns the three-valued disjunction (Kleene).
   *
   * @param other the other answer
   * @return {@code YES} if either is {@code YES}, {@code NO} if both are {@code NO}, else {@code
   *     UNKNOWN}
   */
  public Truth or(Truth other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == NO && other == NO ? NO : UNKNOWN;
  }

  /**
   * Returns the three-valued negation.
   *
   * @return {@code NO} for {@code YES}, {@code YES} for {@code NO}, {@code UNKNOWN} for {@code
   *     UNKNOWN}
   */
  public Truth not() {
    switch (this) {
      case YES:
        return NO;
      case NO:
        return YES;
      default:
        return UNKNOWN;
    }
  }
}
