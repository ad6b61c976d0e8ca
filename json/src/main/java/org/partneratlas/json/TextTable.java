package org.partneratlas.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Values by their text, looked up by the parser's characters without making a {@link String} of
 * them: the table of a sharing {@link ScalarCodec} (the ids, codes and dates met so far in a
 * document) or of an enumeration's constants. Open addressing with linear probing, at most half
 * full; the texts' characters are kept one after the other in one array, so that a look-up reads
 * the slot's hash, then the characters, then the value, and no string object between them. Not
 * thread-safe while it is added to; a table no longer added to may be shared.
 */
final class TextTable {

  /** The hash of each slot's text; meaningful where {@link #values} is not null. */
  private int[] hashes;

  /** Where each slot's text starts in {@link #chars} and its length, in one long. */
  private long[] spans;

  private @Nullable Object[] values;

  /** The characters of every text, one after the other. */
  private char[] chars = new char[256];

  private int charCount;
  private int size;

  TextTable() {
    hashes = new int[16];
    spans = new long[16];
    values = new Object[16];
  }

  /** The value of the text {@code text[offset, offset + length)}, or null if it has none. */
  @Nullable Object get(char[] text, int offset, int length) {
    int hash = spread(hash(text, offset, length));
    int mask = values.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      Object value = values[slot];
      if (value == null) {
        return null;
      }
      if (hashes[slot] == hash) {
        long span = spans[slot];
        int start = (int) (span >>> 32);
        if ((int) span == length
            && Arrays.equals(chars, start, start + length, text, offset, offset + length)) {
          return value;
        }
      }
    }
  }

  /** Gives a text its value; the text has none yet. */
  void put(String key, Object value) {
    if (2 * (size + 1) > values.length) {
      grow();
    }
    int length = key.length();
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
    }
    key.getChars(0, length, chars, charCount);
    insert(spread(key.hashCode()), ((long) charCount << 32) | length, value);
    charCount += length;
    size++;
  }

  private void insert(int hash, long span, Object value) {
    int mask = values.length - 1;
    int slot = hash & mask;
    while (values[slot] != null) {
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    spans[slot] = span;
    values[slot] = value;
  }

  private void grow() {
    int[] oldHashes = hashes;
    long[] oldSpans = spans;
    @Nullable Object[] oldValues = values;
    hashes = new int[oldValues.length * 2];
    spans = new long[oldValues.length * 2];
    values = new Object[oldValues.length * 2];
    for (int i = 0; i < oldValues.length; i++) {
      Object value = oldValues[i];
      if (value != null) {
        insert(oldHashes[i], oldSpans[i], value);
      }
    }
  }

  /** As {@link String#hashCode()}. */
  private static int hash(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    return hash;
  }

  /** Mixes the high bits of a string's hash into the low ones, which choose the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
