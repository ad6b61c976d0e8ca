package org.partneratlas.crisis;

import org.partneratlas.common.EntityId;

/**
 * The identifier of a {@link CrisisImpact}, such as {@code covid-19.brest}. See {@link EntityId}
 * for the syntax.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the canonical text and {@link #of(String)}
 * reads it back.
 */
public final class CrisisImpactId extends EntityId<CrisisImpactId> {

  private CrisisImpactId(String value) {
    super(value, "crisis impact");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static CrisisImpactId of(String value) {
    return new CrisisImpactId(value);
  }
}
