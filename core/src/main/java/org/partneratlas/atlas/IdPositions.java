package org.partneratlas.atlas;

/**
 * The position of each id among the entities of one kind: an open-addressing hash table (linear
 * probing, at most three quarters full) of the ids, which are the entities' own id objects, and
 * their int positions. It replaces a {@code HashMap<Id, Integer>}, which keeps a node and a boxed
 * {@code Integer} per entity (about 56 bytes) where this keeps a slot of each array (two to four
 * ints' worth). The ids are kept in the table rather than read back from the entities, so that a
 * look-up of a million ids does not also miss the cache on the entity of every probe. Filled once
 * by the validator, then only read (safe to share between threads once the atlas is built).
 *
 * @param <K> the type of the ids
 */
final class IdPositions<K> {

  /** The id filed in each slot, or null for an empty slot. */
  private final Object[] keys;

  /** The position of the entity whose id is in the same slot of keys. */
  private final int[] slots;

  private final int mask;
  private int size;

  /** An empty table for at most {@code capacity} ids. */
  IdPositions(int capacity) {
    int length = Integer.highestOneBit(Math.max(4, capacity + capacity / 3) - 1) << 1;
    this.keys = new Object[length];
    this.slots = new int[length];
    this.mask = length - 1;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Files {@code position} under {@code id} (the entity's own id object, which the table keeps)
   * unless that id is already filed, and returns the earlier position, or -1 if there was none.
   */
  int putIfAbsent(K id, int position) {
    int i = spread(id.hashCode()) & mask;
    for (Object key = keys[i]; key != null; key = keys[i]) {
      if (key.equals(id)) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    if (size >= slots.length - slots.length / 4) {
      throw new IllegalStateException("More ids than the table was made for");
    }
    keys[i] = id;
    slots[i] = position;
    size++;
    return -1;
  }

  /** The position of the entity with the id, or -1 if there is none. */
  int get(Object id) {
    int i = spread(id.hashCode()) & mask;
    for (Object key = keys[i]; key != null; key = keys[i]) {
      if (key.equals(id)) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Whether an entity has the id. */
  boolean contains(Object id) {
    return get(id) >= 0;
  }

  /** How many ids are filed. */
  int size() {
    return size;
  }
}
