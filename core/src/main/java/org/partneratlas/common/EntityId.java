package org.partneratlas.common;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.partneratlas.internal.IdCase;

/**
 * The stable identifier of an entity of an Atlas: a short text such as {@code brest}, {@code
 * ar-tierra-del-fuego} or {@code brest-veracruz.2009}.
 *
 * <p>An identifier starts with a letter or a digit, continues with letters, digits, {@code .},
 * {@code _}, {@code :} or {@code -}, and has at most 128 characters. Case matters. The text is the
 * canonical form: {@link #toString()} returns it and each subtype's {@code of} reads it.
 *
 * <p>Each kind of entity has its own identifier type, so that a territory's id cannot be passed
 * where a theme's is expected. Two ids are equal when they are of the same type and have the same
 * text; they sort by text. Instances are immutable and thread-safe. Error Prone's
 * {@code @Immutable} is inherited, so it checks every subtype as immutable without repeating the
 * annotation there.
 *
 * @param <T> the identifier type itself
 */
@Immutable
public abstract class EntityId<T extends EntityId<T>> implements Comparable<T> {

  private final String value;

  /**
   * Checks and keeps the text of an identifier.
   *
   * @param value the text
   * @param kind what it identifies, for error messages (such as "territory")
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  protected EntityId(String value, String kind) {
    requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "'"
              + (value.length() > 60 ? value.substring(0, 60) + "..." : value)
              + "' is not a valid "
              + kind
              + " id: start with a letter or digit and use only letters, digits, '.', '_', ':'"
              + " and '-' (at most 128 characters)");
    }
    IdCase.noteId(value);
    this.value = value;
  }

  /**
   * Returns whether a text is a valid identifier.
   *
   * @param value the text
   * @return whether it has the syntax of an identifier
   */
  public static boolean isValid(String value) {
    // Equivalent to the pattern [A-Za-z0-9][A-Za-z0-9._:-]{0,127}, without a regex engine: ids are
    // checked once per reference when reading large files.
    int length = value.length();
    if (length == 0 || length > 128 || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the text of this identifier.
   *
   * @return the text
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(@Nullable Object obj) {
    return obj != null && obj.getClass() == getClass() && ((EntityId<?>) obj).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text of this identifier, its canonical form.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return value;
  }
}
