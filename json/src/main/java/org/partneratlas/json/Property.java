package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.atlas.Problem;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One property of an object of the format: its name, whether it is required, how its value is read
 * into a builder and how it is written from a value. A codec declares its properties once, in the
 * order they are written; its {@link Spec} (for the reader's messages), its reading and its writing
 * all come from that list.
 *
 * @param <B> what the value is read into (a builder)
 * @param <T> what the value is written from
 */
final class Property<B, T> {

  /** Writes a property of a value: its name and value, or nothing when it is left out. */
  interface Writer<T> {
    void write(JsonOutput out, SerializableString name, T value);
  }

  /** Reads a property's value into a builder; the cursor is on the value's first token. */
  interface Reader<B> {
    void read(JsonCursor c, B builder);
  }

  final String name;

  /** The name, quoted and encoded once for the generator. */
  final SerializableString serializedName;

  final boolean required;
  final Reader<B> reader;
  final Writer<T> writer;

  private Property(String name, boolean required, Reader<B> reader, Writer<T> writer) {
    this.name = name;
    this.serializedName = new SerializedString(name);
    this.required = required;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * A property that must be present; its value is read by {@code read} and given to {@code set}.
   */
  static <B, T, V> Property<B, T> required(
      String name, Function<JsonCursor, @Nullable V> read, BiConsumer<B, V> set, Writer<T> write) {
    return new Property<>(name, true, reader(read, set), write);
  }

  /**
   * A property that may be left out; its value is read by {@code read} and given to {@code set}.
   */
  static <B, T, V> Property<B, T> optional(
      String name, Function<JsonCursor, @Nullable V> read, BiConsumer<B, V> set, Writer<T> write) {
    return new Property<>(name, false, reader(read, set), write);
  }

  /** A property read by its own reader, for values that are checked as they are read. */
  static <B, T> Property<B, T> of(
      String name, boolean required, Reader<B> reader, Writer<T> write) {
    return new Property<>(name, required, reader, write);
  }

  /** A required scalar (id, code, date, period), written as its text. */
  static <B, T, V> Property<B, T> scalar(
      String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, ?> get) {
    return required(name, codec::read, set, (out, n, value) -> out.string(n, get.apply(value)));
  }

  /**
   * An entity's id, a required scalar: also noted in the cursor's {@link JsonCursor#idsRead}, so
   * that the reader knows the id of an entity that could not be read.
   */
  static <B, T, V> Property<B, T> id(
      EntityKind kind, Codec<V> codec, BiConsumer<B, V> set, Function<T, ?> get) {
    return required(
        "id",
        c -> {
          V id = codec.read(c);
          if (id != null && !c.retryOnProblem) {
            c.idsRead.add(new Problem.Reference(kind, id.toString()));
          }
          return id;
        },
        set,
        (out, n, value) -> out.string(n, get.apply(value)));
  }

  /** An optional scalar (id, code, date, period), written as its text when present. */
  static <B, T, V> Property<B, T> optionalScalar(
      String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, Optional<?>> get) {
    return optional(name, codec::read, set, (out, n, value) -> out.optional(n, get.apply(value)));
  }

  /** A required enumeration, written by name; {@code what} names it for messages. */
  static <B, T, E extends Enum<E>> Property<B, T> enumeration(
      String name, Class<E> type, String what, BiConsumer<B, E> set, Function<T, E> get) {
    return required(
        name,
        c -> c.enumValue(type, what),
        set,
        (out, n, value) -> out.string(n, get.apply(value)));
  }

  /** A required text by language, written even when empty. */
  static <B, T> Property<B, T> text(
      String name, BiConsumer<B, LocalizedText> set, Function<T, LocalizedText> get) {
    return required(
        name,
        LocalizedTextCodec.INSTANCE::read,
        set,
        (out, n, value) -> out.text(n, get.apply(value)));
  }

  /** An optional text by language, left out when empty. */
  static <B, T> Property<B, T> optionalText(
      String name, BiConsumer<B, LocalizedText> set, Function<T, LocalizedText> get) {
    return optional(
        name,
        LocalizedTextCodec.INSTANCE::read,
        set,
        (out, n, value) -> out.optionalText(n, get.apply(value)));
  }

  /** An optional text, left out when absent; {@code what} names it for messages. */
  static <B, T> Property<B, T> optionalString(
      String name, String what, BiConsumer<B, String> set, Function<T, Optional<String>> get) {
    return optional(
        name, c -> c.string(what), set, (out, n, value) -> out.optional(n, get.apply(value)));
  }

  /** A list of values of a codec, in order; left out when empty. */
  static <B, T, V> Property<B, T> list(
      String name,
      String what,
      Codec<V> codec,
      BiConsumer<B, ImmutableList<V>> set,
      Function<T, ? extends Collection<V>> get) {
    return optional(
        name,
        c -> c.list(what, codec::read),
        set,
        (out, n, value) -> out.list(n, get.apply(value), codec));
  }

  /**
   * A set of scalars, read without repeats and written sorted by natural order; left out when
   * empty.
   */
  static <B, T, V extends Comparable<? super V>> Property<B, T> sortedSet(
      String name,
      String what,
      Function<JsonCursor, @Nullable V> element,
      BiConsumer<B, ImmutableList<V>> set,
      Function<T, ? extends Collection<V>> get) {
    return optional(
        name,
        c -> c.distinct(what, element),
        set,
        (out, n, value) -> out.sortedSet(n, get.apply(value)));
  }

  /** The {@code sources} of an entity or part: a list of {@link SourceCodec} objects. */
  static <B, T> Property<B, T> sources(
      BiConsumer<B, ImmutableList<Source>> set, Function<T, ? extends Collection<Source>> get) {
    return optional(
        "sources",
        JsonCursor::sources,
        set,
        (out, name, value) -> out.list(name, get.apply(value), SourceCodec.INSTANCE));
  }

  /** The {@code links} of an entity: web addresses, in order; left out when empty. */
  static <B, T> Property<B, T> links(
      BiConsumer<B, ImmutableList<String>> set, Function<T, ? extends Collection<String>> get) {
    return optional(
        "links", JsonCursor::links, set, (out, name, value) -> out.strings(name, get.apply(value)));
  }

  /** The {@code attributes} of an entity or part: the host program's own texts by key. */
  static <B, T> Property<B, T> attributes(
      BiConsumer<B, ImmutableMap<String, String>> set,
      Function<T, ? extends Map<String, String>> get) {
    return optional(
        "attributes",
        JsonCursor::attributes,
        set,
        (out, name, value) -> out.map(name, get.apply(value)));
  }

  private static <B, V> Reader<B> reader(
      Function<JsonCursor, @Nullable V> read, BiConsumer<B, V> set) {
    return (c, builder) -> {
      V value = read.apply(c);
      if (value != null) {
        set.accept(builder, value);
      }
    };
  }
}
