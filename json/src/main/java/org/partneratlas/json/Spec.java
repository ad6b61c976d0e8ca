package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * The property names of one kind of JSON object of the format, in the order the writer writes them,
 * and which are required: derived from a codec's {@link Property} list, never written out
 * separately. The cursor uses it to reject unknown, duplicate and missing properties with messages
 * that name the known ones.
 */
@Immutable
final class Spec {

  /** What the object is, for messages: "a territory". */
  final String what;

  /** Every property, in the order the writer writes them. */
  final ImmutableList<String> names;

  /** The required properties. */
  final ImmutableSet<String> required;

  /** Property name to its position in {@link #names}. */
  final ImmutableMap<String, Integer> index;

  /** Bit {@code i} is set when {@code names.get(i)} is required. */
  final long requiredMask;

  /** The known property names as text, for messages. */
  final String known;

  Spec(String what, List<? extends Property<?, ?>> properties) {
    if (properties.size() > Long.SIZE) {
      throw new AssertionError(what + " has too many properties");
    }
    this.what = what;
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableSet.Builder<String> required = ImmutableSet.builder();
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    long mask = 0;
    for (int i = 0; i < properties.size(); i++) {
      Property<?, ?> property = properties.get(i);
      names.add(property.name);
      index.put(property.name, i);
      if (property.required) {
        required.add(property.name);
        mask |= 1L << i;
      }
    }
    this.names = names.build();
    this.required = required.build();
    this.index = index.buildOrThrow();
    this.requiredMask = mask;
    this.known = String.join(", ", this.names);
  }
}
