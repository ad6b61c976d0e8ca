package org.partneratlas.json;

import org.jspecify.annotations.Nullable;

/**
 * Values by their text, looked up by the parser's characters without making a {@link String} of
 * them: the table of a sharing {@link ScalarCodec} (the ids, codes and dates met so far in a
 * document) or of an enumeration's constants. Open addressing with linear probing, at most half
 * full. Not thread-safe while it is added to; a table no longer added to may be shared.
 */
final class TextTable {

  private String[] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  TextTable() {
    this(16);
  }

  private TextTable(int capacity) {
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
  }

  /** The value of the text {@code chars[offset, offset + length)}, or null if it has none. */
  @Nullable Object get(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    hash = spread(hash);
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (hashes[slot] == hash && key.length() == length && matches(key, chars, offset)) {
        return values[slot];
      }
    }
  }

  /** Gives a text its value; the text has none yet. */
  void put(String key, Object value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key, spread(key.hashCode()), value);
    size++;
  }

  private void insert(String key, int hash, Object value) {
    int mask = keys.length - 1;
    int slot = hash & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      String key = oldKeys[i];
      if (key != null) {
        insert(key, oldHashes[i], oldValues[i]);
      }
    }
  }

  /** Mixes the high bits of a string's hash into the low ones, which choose the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean matches(String key, char[] chars, int offset) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
