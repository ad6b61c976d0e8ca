package org.partneratlas.actor;

import org.partneratlas.common.EntityId;

/**
 * The identifier of an {@link Actor}, such as {@code sabella}. See {@link EntityId} for the syntax.
 *
 * <p>Immutable and thread-safe; {@link #toString()} is the canonical text and {@link #of(String)}
 * reads it back.
 */
public final class ActorId extends EntityId<ActorId> {

  private ActorId(String value) {
    super(value, "actor");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text of the identifier
   * @return the identifier
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }
}
