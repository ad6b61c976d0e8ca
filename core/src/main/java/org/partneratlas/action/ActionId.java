package org.partneratlas.action;

import org.partneratlas.common.EntityId;

/**
 * The identifier of an {@link Action}, such as {@code brest-veracruz.safer-seas-2011}. See {@link
 * EntityId} for the syntax.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the canonical text and {@link #of(String)}
 * reads it back.
 */
public final class ActionId extends EntityId<ActionId> {

  private ActionId(String value) {
    super(value, "action");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ActionId of(String value) {
    return new ActionId(value);
  }
}
