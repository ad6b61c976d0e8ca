package org.partneratlas.json;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one type of the format, as a Jackson datatype module's serialiser and
 * deserialiser pair do: {@link ObjectCodec} for objects, {@link ScalarCodec} for values written as
 * their canonical text.
 *
 * @param <T> the type
 */
interface Codec<T> {

  /**
   * Reads a value; the cursor is on its first token and is left on its last.
   *
   * @return the value, or null after recording a problem on the cursor
   */
  @Nullable T read(JsonCursor c);

  /** Writes a value. */
  void write(JsonOutput out, T value);
}
