package org.partneratlas.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The segments of the JSON Pointer of the value a {@link JsonCursor} is on: property names and
 * array indexes, kept as they are entered so that a pointer is made only for a problem (an index is
 * not boxed or turned into text until then). Not thread-safe: one per cursor.
 */
final class PointerTrail {

  /** The property names of the segments; null for an array's element. */
  private @Nullable String[] segments = new String[16];

  /** The indexes of the segments that are an array's elements. */
  private int[] indexes = new int[16];

  private int depth;

  /** Enters a property: its name is the next segment of the pointer. */
  void push(String name) {
    grow();
    segments[depth] = name;
    depth++;
  }

  /** Enters an element of an array: its index is the next segment of the pointer. */
  void push(int index) {
    grow();
    segments[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  private void grow() {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** Leaves the property or element entered last. */
  void pop() {
    segments[--depth] = null;
  }

  /** A segment of the pointer: a property name, or an element's index. */
  private String segment(int i) {
    String name = segments[i];
    return name != null ? name : Integer.toString(indexes[i]);
  }

  /** The JSON Pointer of the current value, after {@code base} (the pointer of the document). */
  String pointer(String base) {
    StringBuilder sb = new StringBuilder(base);
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      Texts.escape(sb, segment(i));
    }
    return sb.toString();
  }

  /** Names the current value for messages: {@code 'id'} or {@code element 2 of 'aliases'}. */
  String here() {
    if (depth == 0) {
      return "the document";
    }
    if (segments[depth - 1] == null) {
      String last = segment(depth - 1);
      return depth >= 2
          ? "element " + last + " of '" + segment(depth - 2) + "'"
          : "element " + last;
    }
    return "'" + segments[depth - 1] + "'";
  }
}
