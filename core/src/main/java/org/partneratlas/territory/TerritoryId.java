package org.partneratlas.territory;

import org.partneratlas.common.EntityId;

/**
 * The identifier of a {@link Territory}, such as {@code brest}. See {@link EntityId} for the
 * syntax.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the canonical text and {@link #of(String)}
 * reads it back.
 */
public final class TerritoryId extends EntityId<TerritoryId> {

  private TerritoryId(String value) {
    super(value, "territory");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static TerritoryId of(String value) {
    return new TerritoryId(value);
  }
}
