package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * The codec of one kind of object of the format, declared by its {@link Property} list: the
 * properties are written in that order, read in any order, and the {@link Spec} that rejects
 * unknown, duplicate and missing ones is derived from it. Each value is built through the public
 * builder of core as soon as its object ends; a value that core rejects is reported at the value
 * its message quotes, or else at the object.
 *
 * @param <T> the type of value
 * @param <B> its builder
 */
class ObjectCodec<T, B> implements Codec<T> {

  final ImmutableList<Property<B, T>> properties;

  /** The properties again, for writing by index: iterating the list made an iterator per value. */
  private final Property<?, ?>[] written;

  final Spec spec;
  private final Supplier<B> builder;
  private final Function<B, T> build;

  /**
   * Returns a codec.
   *
   * @param what the object for messages, with its article: "a territory"
   * @param builder a new builder
   * @param build builds the value; its {@link IllegalArgumentException}, {@link
   *     IllegalStateException} or {@link NullPointerException} is reported as a problem
   * @param properties the properties, in the order they are written
   */
  @SafeVarargs
  ObjectCodec(
      String what, Supplier<B> builder, Function<B, T> build, Property<B, T>... properties) {
    this.properties = ImmutableList.copyOf(properties);
    this.written = this.properties.toArray(new Property<?, ?>[0]);
    this.spec = new Spec(what, this.properties);
    this.builder = builder;
    this.build = build;
  }

  /** The names of the properties, in the order they are written. */
  final List<String> names() {
    return spec.names;
  }

  @Override
  public final @Nullable T read(JsonCursor c) {
    int before = c.problems.size();
    int mark = c.remembered.size();
    try {
      B b = builder.get();
      TokenStreamLocation start = readProperties(c, b);
      if (start == null || c.problems.size() > before) {
        return null;
      }
      try {
        return build.apply(b);
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        String message = buildMessage(e);
        // A rule on one value (a link, a goal, a key) is reported at that value.
        for (int i = mark; i < c.remembered.size(); i++) {
          Remembered value = c.remembered.get(i);
          if (value.isQuotedIn(message)) {
            c.problem(value.location, value.pointer, message);
            return null;
          }
        }
        c.problem(start, c.pointer(), message);
        return null;
      }
    } finally {
      c.remembered.subList(mark, c.remembered.size()).clear();
    }
  }

  /**
   * Reads the object's properties into a builder.
   *
   * @return the location of the object's start, or null if the value is not an object
   */
  final @Nullable TokenStreamLocation readProperties(JsonCursor c, B b) {
    return c.object(spec, index -> properties.get(index).reader.read(c, b));
  }

  private String buildMessage(RuntimeException e) {
    String message = e.getMessage();
    if (e instanceof NullPointerException || message == null) {
      return "Incomplete " + spec.what.replaceFirst("^an? ", "") + ": a value is missing";
    }
    return message;
  }

  @Override
  public final void write(JsonOutput out, T value) {
    out.g.writeStartObject();
    for (Property<?, ?> each : written) {
      @SuppressWarnings("unchecked") // made from this codec's properties
      Property<B, T> property = (Property<B, T>) each;
      property.writer.write(out, property.serializedName, value);
    }
    out.g.writeEndObject();
  }
}
