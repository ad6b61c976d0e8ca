package org.partneratlas.atlas;

import java.util.Arrays;
import org.roaringbitmap.RoaringBitmap;

/**
 * A growable list of ints, for the positions the validator and the index collect while an Atlas is
 * built: no boxing, one array. Not thread-safe; used by one build.
 */
final class IntList {

  private int[] values;
  private int size;

  /** An empty list with room for {@code capacity} values before it grows (at least one). */
  IntList(int capacity) {
    this.values = new int[Math.max(1, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Adds the value unless it is the last one already (postings added in ascending order). */
  void addIfNotLast(int value) {
    if (size == 0 || values[size - 1] != value) {
      add(value);
    }
  }

  int size() {
    return size;
  }

  /** Whether every value from {@code from} on is a position (not -1). */
  boolean allFound(int from) {
    for (int i = from; i < size; i++) {
      if (values[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** How many distinct values there are from {@code from} on (a few: compared pairwise). */
  int distinct(int from) {
    int count = 0;
    for (int i = from; i < size; i++) {
      boolean seen = false;
      for (int j = from; j < i && !seen; j++) {
        seen = values[j] == values[i];
      }
      count += seen ? 0 : 1;
    }
    return count;
  }

  /** The values, in an array that may be longer than size() (the rest is unused): no copy. */
  int[] values() {
    return values;
  }

  /** The values, in an array of their own of length size(). */
  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The list as a compressed bitmap (run-length encoded where that is smaller). */
  RoaringBitmap bitmap() {
    RoaringBitmap bitmap = new RoaringBitmap();
    bitmap.addN(values, 0, size);
    bitmap.runOptimize();
    bitmap.trim();
    return bitmap;
  }
}
