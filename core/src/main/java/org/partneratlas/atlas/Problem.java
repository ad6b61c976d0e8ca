package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.util.Optional;

/**
 * One problem found when building an {@link Atlas}: which entity (its kind, id and position), which
 * field, and a message a data steward can act on.
 *
 * <p>The {@linkplain #index() index} is the position of the entity in its collection, in the order
 * it was added to the builder, so that a reader of a file can point at it even when ids are
 * duplicated. The {@linkplain #path() path} leads from the entity to the field, such as {@code
 * [parties, 1, territory]}; {@link #field()} writes it as {@code parties[1].territory}.
 *
 * <p>A problem that is a reference to an entity that does not exist (a party's territory, a theme,
 * an actor…) names that entity in {@link #missing()}, so that a program can tell it from other
 * problems without reading the message: a file reader, for instance, leaves out references to
 * entities that the file holds but that could not be read, since the problem there is the entity,
 * reported already.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of entity
 * @param entityId the entity's id as text
 * @param index the entity's position in its collection, zero-based
 * @param path the path from the entity to the field
 * @param message what is wrong and what to do
 * @param missing the entity referred to that does not exist, for a problem that is such a
 *     reference; empty for every other problem
 */
@Immutable
public record Problem(
    EntityKind kind,
    String entityId,
    int index,
    ImmutableList<String> path,
    String message,
    Optional<Reference> missing) {

  /**
   * Checks a problem; {@link #of(EntityKind, String, int, Iterable, String)} reads better.
   *
   * @param kind the kind of entity
   * @param entityId the entity's id as text
   * @param index the entity's position in its collection, zero-based
   * @param path the path from the entity to the field
   * @param message what is wrong and what to do
   * @param missing the entity referred to that does not exist, or empty
   * @throws IllegalArgumentException if the index is negative
   */
  public Problem {
    requireNonNull(kind, "kind");
    requireNonNull(entityId, "entityId");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(missing, "missing");
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative");
    }
  }

  /**
   * Checks a problem that is not a reference to a missing entity.
   *
   * @param kind the kind of entity
   * @param entityId the entity's id as text
   * @param index the entity's position in its collection, zero-based
   * @param path the path from the entity to the field
   * @param message what is wrong and what to do
   * @throws IllegalArgumentException if the index is negative
   */
  public Problem(
      EntityKind kind, String entityId, int index, ImmutableList<String> path, String message) {
    this(kind, entityId, index, path, message, Optional.empty());
  }

  /**
   * An entity named by its kind and id, as a reference gives it.
   *
   * @param kind the kind of entity referred to
   * @param id the id referred to, as text
   */
  @Immutable
  public record Reference(EntityKind kind, String id) {

    /**
     * Checks a reference.
     *
     * @param kind the kind of entity referred to
     * @param id the id referred to, as text
     */
    public Reference {
      requireNonNull(kind, "kind");
      requireNonNull(id, "id");
    }
  }

  /**
   * Returns a problem.
   *
   * @param kind the kind of entity
   * @param entityId the entity's id as text
   * @param index the entity's position in its collection, zero-based
   * @param path the path from the entity to the field; each element a property name or a zero-based
   *     list index
   * @param message what is wrong and how to fix it
   * @return the problem
   */
  public static Problem of(
      EntityKind kind, String entityId, int index, Iterable<String> path, String message) {
    return new Problem(kind, entityId, index, ImmutableList.copyOf(path), message);
  }

  /**
   * Returns a problem that is a reference to an entity that does not exist.
   *
   * @param kind the kind of entity that holds the reference
   * @param entityId the id, as text, of the entity that holds the reference
   * @param index that entity's position in its collection, zero-based
   * @param path the path from the entity to the reference
   * @param message what is wrong and how to fix it
   * @param missing the entity referred to
   * @return the problem
   */
  public static Problem missing(
      EntityKind kind,
      String entityId,
      int index,
      Iterable<String> path,
      String message,
      Reference missing) {
    return new Problem(
        kind, entityId, index, ImmutableList.copyOf(path), message, Optional.of(missing));
  }

  /**
   * Returns the field at fault, such as {@code parties[1].territory}; empty for the entity as a
   * whole.
   *
   * @return the field
   */
  public String field() {
    StringBuilder sb = new StringBuilder();
    for (String segment : path) {
      if (!segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
        sb.append('[').append(segment).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(segment);
      }
    }
    return sb.toString();
  }

  /**
   * Returns {@code kind 'id' field: message}, such as {@code partnership 'brest-kiel'
   * parties[1].territory: ...}.
   *
   * @return a readable line
   */
  @Override
  public String toString() {
    String field = field();
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " '"
        + entityId
        + "'"
        + (field.isEmpty() ? "" : " " + field)
        + ": "
        + message;
  }
}
