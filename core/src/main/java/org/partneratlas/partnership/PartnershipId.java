package org.partneratlas.partnership;

import org.partneratlas.common.EntityId;

/**
 * The identifier of a {@link Partnership}, such as {@code brest-veracruz}. See {@link EntityId} for
 * the syntax.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the canonical text and {@link #of(String)}
 * reads it back.
 */
public final class PartnershipId extends EntityId<PartnershipId> {

  private PartnershipId(String value) {
    super(value, "partnership");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static PartnershipId of(String value) {
    return new PartnershipId(value);
  }
}
