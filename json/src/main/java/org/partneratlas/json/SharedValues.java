package org.partneratlas.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The values read so far in one document by each sharing {@link ScalarCodec}, by their text: a text
 * met again (a territory referred to by its partnerships, a theme, a date) gives the value already
 * made rather than a new equal one, so that one document holds one object per distinct value. Not
 * thread-safe: one per cursor.
 */
final class SharedValues {

  /** The table of each codec, at the codec's {@link ScalarCodec#slot}; made when first needed. */
  private @Nullable TextTable[] tables = new TextTable[16];

  /** The table of the values read by {@code codec}. */
  TextTable of(ScalarCodec<?> codec) {
    int slot = codec.slot;
    if (slot >= tables.length) {
      tables = Arrays.copyOf(tables, slot + 16);
    }
    TextTable values = tables[slot];
    if (values == null) {
      values = new TextTable();
      tables[slot] = values;
    }
    return values;
  }
}
