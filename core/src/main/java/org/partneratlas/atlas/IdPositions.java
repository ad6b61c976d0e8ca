package org.partneratlas.atlas;

import java.util.function.IntFunction;

/**
 * The position of each id among the entities of one kind: an open-addressing hash table of int
 * positions (linear probing, at most three quarters full), whose keys are read back from the
 * entities themselves. It replaces a {@code HashMap<Id, Integer>}, which keeps a node and a boxed
 * {@code Integer} per entity (about 56 bytes) where this keeps one or two ints. Filled once by the
 * validator, then only read (safe to share between threads once the atlas is built).
 *
 * @param <K> the type of the ids
 */
final class IdPositions<K> {

  private final IntFunction<K> idAt;

  /** Position + 1 of the entity whose id hashes there; 0 for an empty slot. */
  private final int[] slots;

  private final int mask;
  private int size;

  /**
   * An empty table for at most {@code capacity} ids; {@code idAt} gives the id of the entity at a
   * position (only positions put in the table are asked about).
   */
  IdPositions(int capacity, IntFunction<K> idAt) {
    this.idAt = idAt;
    int length = Integer.highestOneBit(Math.max(4, capacity + capacity / 3) - 1) << 1;
    this.slots = new int[length];
    this.mask = length - 1;
  }

  private IdPositions(IntFunction<K> idAt, int[] slots, int size) {
    this.idAt = idAt;
    this.slots = slots;
    this.mask = slots.length - 1;
    this.size = size;
  }

  /**
   * The same table reading its keys elsewhere: from the same entities in the same order, held by
   * someone else (the atlas's list rather than the builder's), so that the builder is not kept.
   */
  IdPositions<K> readingFrom(IntFunction<K> idAt) {
    return new IdPositions<>(idAt, slots, size);
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Files {@code position} under its entity's id {@code id} unless that id is already filed, and
   * returns the earlier position, or -1 if there was none.
   */
  int putIfAbsent(K id, int position) {
    int i = spread(id.hashCode()) & mask;
    for (int slot = slots[i]; slot != 0; slot = slots[i]) {
      if (idAt.apply(slot - 1).equals(id)) {
        return slot - 1;
      }
      i = (i + 1) & mask;
    }
    if (size >= slots.length - slots.length / 4) {
      throw new IllegalStateException("More ids than the table was made for");
    }
    slots[i] = position + 1;
    size++;
    return -1;
  }

  /** The position of the entity with the id, or -1 if there is none. */
  int get(Object id) {
    int i = spread(id.hashCode()) & mask;
    for (int slot = slots[i]; slot != 0; slot = slots[i]) {
      if (idAt.apply(slot - 1).equals(id)) {
        return slot - 1;
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
