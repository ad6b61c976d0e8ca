package org.partneratlas.json;

import static org.partneratlas.json.Texts.abbreviate;
import static org.partneratlas.json.Texts.describe;
import static org.partneratlas.json.Texts.surrogateMessage;
import static org.partneratlas.json.Texts.unpairedSurrogate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Problem;
import org.partneratlas.common.Source;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A {@link JsonParser} with what the codecs need to read the format: the JSON Pointer of the
 * current value, the problems found so far (each with its pointer, line and column), the {@link
 * JsonLimits} and readers of the primitive values (texts, numbers, enumerations, texts by language,
 * maps, lists).
 *
 * <p>Every reader is called on the first token of its value and leaves the parser on its last
 * token. A reader that finds a problem records it, skips the value and returns null: reading goes
 * on, so that one pass reports every problem. Too many problems, or an exceeded limit, throw {@link
 * Stop}. Not thread-safe: one cursor per document.
 */
final class JsonCursor {

  /** Thrown to stop reading; carries nothing, the problems are in the cursor. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Thrown at the first problem by a cursor that {@linkplain #retryOnProblem retries}: the document
   * is then read again by characters, which reports every problem where it is.
   */
  static final class Retry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retry() {
      super(null, null, false, false);
    }
  }

  /** Reads the value of the property at {@code index} of a {@link Spec}. */
  interface PropertyReader {
    void read(int index);
  }

  final JsonParser p;
  final JsonLimits limits;
  final String basePointer;

  /**
   * Whether the first problem throws {@link Retry} rather than being recorded: for a parser of
   * bytes, whose columns count bytes, so that problems are only ever reported by a reading of
   * characters. The bookkeeping that serves only to report problems is then skipped.
   */
  final boolean retryOnProblem;

  final List<JsonProblem> problems = new ArrayList<>();
  boolean truncated;

  /**
   * The values of the lists being read, innermost last: each list adds its values after the mark
   * where it started, copies them into its immutable list and removes them, so that reading a list
   * makes no builder.
   */
  private final ArrayList<Object> scratch = new ArrayList<>();

  /** The property names of the current pointer's segments; null for an array's element. */
  private @Nullable String[] segments = new String[16];

  /** The indexes of the current pointer's segments that are an array's elements. */
  private int[] indexes = new int[16];

  private int depth;

  /**
   * The version of the document being read: 0 while its {@code version} has not been read yet,
   * {@link DocumentCodec#VERSION} for the values of host mappers, which are read by the current
   * rules.
   */
  int version = DocumentCodec.VERSION;

  /**
   * Where periods {@code ../..} were read before the document's version was known, whose meaning
   * depends on the version: their locations and pointers.
   */
  final List<TokenStreamLocation> unboundedLocations = new ArrayList<>();

  final List<String> unboundedPointers = new ArrayList<>();

  /**
   * Values that core checks when it builds their entity (links, goals, map keys, language tags),
   * with their place, so that a build failure that quotes one is reported at the value; the values
   * of an entity are dropped when it ends.
   */
  final List<Remembered> remembered = new ArrayList<>();

  /**
   * The ids read since the reader last cleared the list, with their kind (an action's id is read
   * within its partnership): the reader clears it before each entity of a top-level collection, so
   * that it knows the ids of an entity that could not be read.
   */
  final List<Problem.Reference> idsRead = new ArrayList<>();

  /**
   * The values read so far by each sharing {@link ScalarCodec}, by their text: a text met again (a
   * territory referred to by its partnerships, a theme, a date) gives the value already made rather
   * than a new equal one, so that one document holds one object per distinct value.
   */
  private @Nullable TextTable[] shared = new TextTable[16];

  /**
   * Returns a cursor.
   *
   * @param p the parser, on the first token of the value to read or before it
   * @param limits the limits (the parser enforces the lexical ones)
   * @param basePointer the JSON Pointer of the value to read in its document, empty for the root
   */
  JsonCursor(JsonParser p, JsonLimits limits, String basePointer) {
    this(p, limits, basePointer, false);
  }

  /**
   * Returns a cursor.
   *
   * @param p the parser, on the first token of the value to read or before it
   * @param limits the limits (the parser enforces the lexical ones)
   * @param basePointer the JSON Pointer of the value to read in its document, empty for the root
   * @param retryOnProblem whether the first problem throws {@link Retry}
   */
  JsonCursor(JsonParser p, JsonLimits limits, String basePointer, boolean retryOnProblem) {
    this.p = p;
    this.limits = limits;
    this.basePointer = basePointer;
    this.retryOnProblem = retryOnProblem;
  }

  // ---------------------------------------------------------------------------------------------
  // Problems and pointers

  /** Records a problem; stops reading when there are {@link JsonLimits#maxProblems()}. */
  void problem(TokenStreamLocation location, String pointer, String message) {
    if (retryOnProblem) {
      throw new Retry();
    }
    int line = Math.max(0, location.getLineNr());
    int column = line == 0 ? 0 : Math.max(0, location.getColumnNr());
    problems.add(JsonProblem.of(pointer, line, column, message));
    if (problems.size() >= limits.maxProblems()) {
      truncated = true;
      throw new Stop();
    }
  }

  /** Records a problem of the current token. */
  void problemHere(String message) {
    problem(p.currentTokenLocation(), pointer(), message);
  }

  /** Enters a property: its name is the next segment of the pointer. */
  private void push(String name) {
    grow();
    segments[depth] = name;
    depth++;
  }

  /** Enters an element of an array: its index is the next segment of the pointer. */
  private void push(int index) {
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

  private void pop() {
    segments[--depth] = null;
  }

  /** A segment of the pointer: a property name, or an element's index. */
  private String segment(int i) {
    String name = segments[i];
    return name != null ? name : Integer.toString(indexes[i]);
  }

  /** The JSON Pointer of the current value. */
  String pointer() {
    StringBuilder sb = new StringBuilder(basePointer);
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

  /** Records that the current value is not what was expected, and skips it. */
  void expected(String what) {
    JsonToken token = p.currentToken();
    String message = "Expected " + what + " for " + here() + ", found " + describe(token);
    if (token == JsonToken.VALUE_NULL) {
      message += ": leave the property out rather than writing null";
    }
    problemHere(message);
    skipValue();
  }

  void skipValue() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
  }

  /** Remembers the current value (or key), in case core rejects it when building its entity. */
  void remember(String text, TokenStreamLocation location) {
    remembered.add(new Remembered(text, pointer(), location));
  }

  // ---------------------------------------------------------------------------------------------
  // Structure

  /**
   * Reads an object of the given spec, dispatching each known property to the reader. Records
   * unknown, duplicate and missing properties.
   *
   * @return the location of the object's start, or null if the value is not an object
   */
  @Nullable TokenStreamLocation object(Spec spec, PropertyReader reader) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected(spec.what + " (an object)");
      return null;
    }
    TokenStreamLocation start = p.currentTokenLocation();
    long seen = 0;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      Integer index = spec.index.get(name);
      if (index != null && (seen & (1L << index)) == 0) {
        seen |= 1L << index;
        p.nextToken();
        push(name);
        reader.read(index);
        pop();
        continue;
      }
      TokenStreamLocation nameLocation = p.currentTokenLocation();
      p.nextToken();
      push(name);
      if (index == null && unpairedSurrogate(name) >= 0) {
        problem(nameLocation, pointer(), surrogateMessage("The property name", name));
        skipValue();
      } else if (index == null) {
        problem(
            nameLocation,
            pointer(),
            "Unknown property '"
                + abbreviate(name)
                + "' in "
                + spec.what
                + ": the known properties are "
                + spec.known);
        skipValue();
      } else {
        problem(
            nameLocation,
            pointer(),
            "Property '" + name + "' is given twice in " + spec.what + ": keep only one");
        skipValue();
      }
      pop();
    }
    if (token != JsonToken.END_OBJECT) {
      problemHere("Unexpected " + describe(token) + " in " + spec.what);
      throw new Stop();
    }
    long missing = spec.requiredMask & ~seen;
    if (missing != 0) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < spec.names.size(); i++) {
        if ((missing & (1L << i)) != 0) {
          names.add("'" + spec.names.get(i) + "'");
        }
      }
      problem(
          start,
          pointer(),
          (names.size() == 1 ? "Missing property " : "Missing properties ")
              + String.join(", ", names)
              + " in "
              + spec.what
              + ": add "
              + (names.size() == 1 ? "it" : "them"));
    }
    return start;
  }

  /**
   * Reads an array, calling the element reader on each element's first token.
   *
   * @param bounded whether {@link JsonLimits#maxArrayLength()} applies
   * @return false if the value is not an array
   */
  boolean array(String what, boolean bounded, Runnable element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      expected(what);
      return false;
    }
    int count = 0;
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new Stop();
      }
      if (bounded && count == limits.maxArrayLength()) {
        // Stop here: nothing beyond the limit is stored, nor scanned (a hostile array may be huge).
        problem(
            p.currentTokenLocation(),
            pointer(),
            "The array "
                + here()
                + " has more than "
                + limits.maxArrayLength()
                + " elements (limit maxArrayLength): shorten it");
        throw new Stop();
      }
      push(count);
      element.run();
      pop();
      count++;
    }
    return true;
  }

  /** Reads an array of values; null if it or one of its elements has a problem. */
  <T> @Nullable ImmutableList<T> list(String what, Function<JsonCursor, @Nullable T> element) {
    return elements(what, element, false);
  }

  /** Reads an array of distinct values; a value given twice is a problem. */
  <T> @Nullable ImmutableList<T> distinct(String what, Function<JsonCursor, @Nullable T> element) {
    return elements(what, element, true);
  }

  @SuppressWarnings("unchecked") // the scratch holds only this list's values after its mark
  private <T> @Nullable ImmutableList<T> elements(
      String what, Function<JsonCursor, @Nullable T> element, boolean distinct) {
    int before = problems.size();
    int mark = scratch.size();
    Set<T> seen = distinct ? new HashSet<>() : Set.of();
    try {
      boolean ok =
          array(
              what,
              true,
              () -> {
                T value = element.apply(this);
                if (value == null) {
                  return;
                }
                if (!distinct || seen.add(value)) {
                  scratch.add(value);
                } else {
                  problemHere("'" + value + "' is listed twice in " + here() + ": list it once");
                }
              });
      if (!ok || problems.size() != before) {
        return null;
      }
      return (ImmutableList<T>) ImmutableList.copyOf(scratch.subList(mark, scratch.size()));
    } finally {
      scratch.subList(mark, scratch.size()).clear();
    }
  }

  /**
   * Reads an object with free keys (attributes, external ids, languages), calling {@code entry} on
   * each value with its key and the key's location; at most {@link JsonLimits#maxArrayLength()}
   * keys, called {@code what} in the message of the limit.
   *
   * @return false if the value is not an object
   */
  boolean entries(String expected, String what, EntryReader entry) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected(expected);
      return false;
    }
    int count = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      if (count++ == limits.maxArrayLength()) {
        // Nothing beyond the limit is stored, nor scanned.
        problem(
            p.currentTokenLocation(),
            pointer(),
            "The object "
                + here()
                + " has more than "
                + limits.maxArrayLength()
                + " "
                + what
                + " (limit maxArrayLength): shorten it");
        throw new Stop();
      }
      String key = p.currentName();
      TokenStreamLocation keyLocation = p.currentTokenLocation();
      p.nextToken();
      push(key);
      entry.read(key, keyLocation);
      pop();
    }
    return true;
  }

  /** Reads the value of one key of an object with free keys. */
  interface EntryReader {
    void read(String key, TokenStreamLocation keyLocation);
  }

  // ---------------------------------------------------------------------------------------------
  // Primitives

  /** Reads a text; {@code what} names it for messages. */
  @Nullable String string(String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      expected(what);
      return null;
    }
    String text = p.getString();
    if (unpairedSurrogate(text) >= 0) {
      problemHere(surrogateMessage("The text", text));
      return null;
    }
    return text;
  }

  /** Reads a text and parses it; the parser's {@link IllegalArgumentException} is the problem. */
  <T> @Nullable T parsed(String what, Function<String, T> parser) {
    String text = string(what);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      problemHere(String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a text and parses it with the codec's parser, as {@link #parsed}, giving the value made
   * for an equal text earlier in this document if there is one. The cast holds because each codec's
   * map holds only values of its parser.
   */
  @SuppressWarnings("unchecked")
  <T> @Nullable T parsedShared(ScalarCodec<T> codec, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      expected(what);
      return null;
    }
    int slot = codec.slot;
    if (slot >= shared.length) {
      shared = Arrays.copyOf(shared, slot + 16);
    }
    TextTable values = shared[slot];
    if (values == null) {
      values = new TextTable();
      shared[slot] = values;
    }
    // Looked up by the parser's characters: no string is made for a text met before.
    Object known = values.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (known != null) {
      return (T) known;
    }
    String text = string(what);
    if (text == null) {
      return null;
    }
    T value;
    try {
      value = codec.parser.apply(text);
    } catch (IllegalArgumentException e) {
      problemHere(String.valueOf(e.getMessage()));
      return null;
    }
    values.put(text, value);
    return value;
  }

  /** Reads an enumeration constant by its name. */
  <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String what) {
    return Primitives.enumValue(this, type, what);
  }

  @Nullable Integer intValue(String what) {
    Long value = Primitives.wholeNumber(this, what, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? null : (int) (long) value;
  }

  @Nullable Long longValue(String what) {
    return Primitives.wholeNumber(this, what, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  @Nullable Double doubleValue(String what) {
    return Primitives.doubleValue(this, what);
  }

  /** Reads a BCP 47 language tag in any case, as its canonical form. */
  @Nullable String languageTag() {
    return Primitives.languageTag(this);
  }

  /** Reads a web address; core checks it when it builds the entity. */
  @Nullable String url() {
    String url = string("a web address (a text)");
    if (url != null) {
      remember(url, p.currentTokenLocation());
    }
    return url;
  }

  /** Reads a Sustainable Development Goal's number. */
  @Nullable Integer goal() {
    Integer goal = intValue("a goal number");
    if (goal != null) {
      remember(String.valueOf(goal), p.currentTokenLocation());
    }
    return goal;
  }

  @Nullable ImmutableList<String> links() {
    return list("a list of links (an array of web addresses)", JsonCursor::url);
  }

  @Nullable ImmutableList<Source> sources() {
    return list("a list of sources (an array)", SourceCodec.INSTANCE::read);
  }

  @Nullable ImmutableMap<String, String> attributes() {
    return StringMapCodec.read(this, "host attributes (an object of texts)");
  }

  /** Passes a value read to a setter, unless it is null (a problem was recorded). */
  static <T> void set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
