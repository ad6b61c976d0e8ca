package org.partneratlas.json;

import com.google.common.collect.Ordering;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A {@link JsonGenerator} with what the codecs need to write the format in a fixed form, so that
 * the same value always gives the same bytes.
 *
 * <p>Absent optional values are left out, never written as null. Unless {@link
 * AtlasJsonFeature#WRITE_DEFAULT_VALUES} is on, so are empty collections and texts and the
 * properties that hold their default value. Maps (attributes, external ids) are written sorted by
 * key and sets sorted by their natural order, so that equal values, built in any order, are written
 * alike. Enumerations are written by name, other scalars as their canonical text ({@code
 * toString()}).
 */
final class JsonOutput {

  final JsonGenerator g;

  /** Whether default values, empty collections and empty texts are written too. */
  final boolean defaults;

  /**
   * The texts of the dates and periods written last, by identity, in slots chosen by identity hash
   * (a value in a taken slot replaces it): a document read shares one object per distinct date or
   * period, written many times, whose EDTF text is then formatted once. Null for an output of one
   * value.
   */
  private final Object @Nullable [] temporalValues;

  private final String @Nullable [] temporalTexts;

  /** The most slots: a quarter of a megabyte per table. */
  private static final int MAX_TEMPORAL_SLOTS = 1 << 16;

  JsonOutput(JsonGenerator g, boolean writeDefaults) {
    this(g, writeDefaults, 0);
  }

  /**
   * Returns an output.
   *
   * @param temporalSlots the slots of the table of dates and periods written (a power of two), or 0
   *     for none
   */
  private JsonOutput(JsonGenerator g, boolean writeDefaults, int temporalSlots) {
    this.g = g;
    this.defaults = writeDefaults;
    this.temporalValues = temporalSlots > 0 ? new Object[temporalSlots] : null;
    this.temporalTexts = temporalSlots > 0 ? new String[temporalSlots] : null;
  }

  /** A writing of a whole document to characters, such as {@code out -> json.write(atlas, out)}. */
  interface TextWriting {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Opens a generator, writes a document with it and closes it; a failure of the target is thrown
   * as the {@link IOException} that Jackson wrapped.
   */
  static void write(Supplier<JsonGenerator> open, Consumer<JsonGenerator> document)
      throws IOException {
    try (JsonGenerator g = open.get()) {
      document.accept(g);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Returns the text a writing writes, in memory. */
  static String text(TextWriting writing) {
    StringWriter out = new StringWriter();
    try {
      writing.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen with a StringWriter
    }
    return out.toString();
  }

  /** Returns an output that writes default values when the features say so. */
  /**
   * Returns the output of a whole document.
   *
   * @param entities about how many entities the document holds, which sizes the table of dates and
   *     periods written (distinct full dates of actions are many in a large atlas)
   */
  static JsonOutput of(JsonGenerator g, Set<AtlasJsonFeature> features, int entities) {
    int slots = Integer.highestOneBit(Math.max(64, Math.min(MAX_TEMPORAL_SLOTS, entities)));
    return new JsonOutput(g, features.contains(AtlasJsonFeature.WRITE_DEFAULT_VALUES), slots);
  }

  /** Writes a text, rejecting one that UTF-8 cannot encode. */
  void writeText(String text) {
    check(text, "text");
    g.writeString(text);
  }

  /** Writes a map key, rejecting one that UTF-8 cannot encode. */
  private void writeKey(String name) {
    check(name, "key");
    g.writeName(name);
  }

  private void check(String text, String what) {
    if (Texts.unpairedSurrogate(text) >= 0) {
      String at = g.streamWriteContext().pathAsPointer().toString();
      throw new IllegalArgumentException(
          Texts.surrogateMessage("The " + what, text)
              + " (at "
              + (at.isEmpty() ? "the document root" : at)
              + "): it cannot be written as UTF-8");
    }
  }

  /** Writes a scalar (id, code, date, enumeration) as its text. */
  void scalar(Object value) {
    if (value instanceof Enum<?>) {
      g.writeString(((Enum<?>) value).name()); // an identifier: nothing to check
    } else if (temporalValues != null
        && temporalTexts != null
        && (value instanceof DateRange || value instanceof PartialDate)) {
      int slot = System.identityHashCode(value) & (temporalValues.length - 1);
      String text = temporalTexts[slot];
      if (temporalValues[slot] != value || text == null) {
        text = value.toString();
        temporalValues[slot] = value;
        temporalTexts[slot] = text;
      }
      g.writeString(text); // EDTF: digits and signs only
    } else {
      writeText(value.toString());
    }
  }

  /** Writes a property whose value is a scalar, always. */
  void string(SerializableString name, Object value) {
    g.writeName(name);
    scalar(value);
  }

  /** Writes a property whose value is a scalar, unless it holds its default value. */
  void string(SerializableString name, Object value, Object defaultValue) {
    if (defaults || !value.equals(defaultValue)) {
      string(name, value);
    }
  }

  /** Writes a property whose value is a scalar, if present. */
  void optional(SerializableString name, Optional<?> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  /** Writes a property whose value is an object of the codec, if present. */
  <T> void optional(SerializableString name, Optional<T> value, Codec<T> codec) {
    if (value.isPresent()) {
      g.writeName(name);
      codec.write(this, value.get());
    }
  }

  /** Writes a text by language, always. */
  void text(SerializableString name, LocalizedText value) {
    g.writeName(name);
    text(value);
  }

  /** Writes a text by language, unless it is empty. */
  void optionalText(SerializableString name, LocalizedText value) {
    if (defaults || !value.isEmpty()) {
      text(name, value);
    }
  }

  /** Writes a text by language as an object, languages in order. */
  void text(LocalizedText value) {
    g.writeStartObject();
    for (Map.Entry<String, String> e : value.asMap().entrySet()) {
      writeKey(e.getKey());
      writeText(e.getValue());
    }
    g.writeEndObject();
  }

  /** Writes a map of texts sorted by key, unless it is empty. */
  void map(SerializableString name, Map<String, String> map) {
    if (defaults || !map.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      Map<String, String> sorted =
          map.size() <= 1 || (map instanceof SortedMap<?, ?> && isNatural((SortedMap<?, ?>) map))
              ? map
              : new TreeMap<>(map);
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        writeKey(e.getKey());
        writeText(e.getValue());
      }
      g.writeEndObject();
    }
  }

  /** Whether a sorted map is in the natural order of its keys, as a {@link TreeMap} would be. */
  private static boolean isNatural(SortedMap<?, ?> map) {
    Comparator<?> comparator = map.comparator();
    return comparator == null
        || comparator.equals(Comparator.naturalOrder())
        || comparator.equals(Ordering.natural());
  }

  /** Writes a list of scalars in order, unless it is empty. */
  void strings(SerializableString name, Collection<?> values) {
    if (defaults || !values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      if (values instanceof List<?> && values instanceof RandomAccess) {
        List<?> list = (List<?>) values;
        for (int i = 0; i < list.size(); i++) {
          scalar(list.get(i));
        }
      } else {
        for (Object value : values) {
          scalar(value);
        }
      }
      g.writeEndArray();
    }
  }

  /** Writes a set of scalars sorted by natural order (ids by text, enums by declaration). */
  <T extends Comparable<? super T>> void sortedSet(SerializableString name, Collection<T> values) {
    if (values.size() <= 1) {
      strings(name, values); // sorted already
      return;
    }
    List<T> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    strings(name, sorted);
  }

  /** Writes a list of whole numbers in order, unless it is empty. */
  void numbers(SerializableString name, Collection<Integer> values) {
    if (defaults || !values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (int value : values) {
        g.writeNumber(value);
      }
      g.writeEndArray();
    }
  }

  /** Writes a list of values of the codec in order, unless it is empty. */
  <T> void list(SerializableString name, Collection<T> values, Codec<T> codec) {
    if (defaults || !values.isEmpty()) {
      collection(name, values, codec);
    }
  }

  /** Writes a list of values of the codec in order, even when empty. */
  <T> void collection(SerializableString name, Iterable<T> values, Codec<T> codec) {
    g.writeName(name);
    g.writeStartArray();
    if (values instanceof List<?> && values instanceof RandomAccess) {
      // By index: iterating an immutable list made an iterator per list.
      List<T> list = (List<T>) values;
      for (int i = 0; i < list.size(); i++) {
        codec.write(this, list.get(i));
      }
    } else {
      for (T value : values) {
        codec.write(this, value);
      }
    }
    g.writeEndArray();
  }
}
