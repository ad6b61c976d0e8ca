package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.AtlasValidationException;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.atlas.Problem;
import org.partneratlas.common.LanguageTags;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads the format token by token from a {@link JsonParser}, never building a tree: each entity is
 * built through the public builders of core as soon as its object ends.
 *
 * <p>Every problem is recorded with its JSON Pointer, line and column, and reading goes on: a bad
 * value makes its entity (and the Atlas) fail, but the rest of the document is still checked.
 * Malformed JSON, an exceeded limit or too many problems stop reading. Not thread-safe: one reader
 * per document.
 */
final class AtlasReader {

  static final String FORMAT = "partner-atlas";

  /** The version of the format written, and the newest read. */
  static final int VERSION = 2;

  /** The oldest version of the format read. */
  static final int OLDEST_VERSION = 1;

  /** The version in which an explicit {@code ../..} meant "nothing known". */
  private static final int UNBOUNDED_MEANT_UNKNOWN = 1;

  /** Thrown to stop reading; carries nothing, the problems are in the reader. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Reads the value of one property; the parser is on the value's first token. */
  private interface PropertyReader {
    void read(String name);
  }

  private final JsonParser p;
  private final JsonLimits limits;
  private final String basePointer;
  private final List<JsonProblem> problems = new ArrayList<>();
  private boolean truncated;

  private Object[] segments = new Object[16];
  private int depth;

  /** Entities of the top-level collections read so far, for {@link JsonLimits#maxEntities()}. */
  private int entityCount;

  /** Partnerships read so far, for the heap check. */
  private int partnershipCount;

  /** The JVM's maximum heap, for the heap check. */
  private final long maxHeap = Runtime.getRuntime().maxMemory();

  /**
   * Values that core checks when it builds their entity (links, goals, map keys, language tags),
   * with their place, so that a build failure that quotes one is reported at the value; the values
   * of an entity are dropped when it ends.
   */
  private final List<Remembered> remembered = new ArrayList<>();

  /** A value read, its JSON Pointer and where it starts. */
  private static final class Remembered {
    final String text;
    final String pointer;
    final TokenStreamLocation location;

    Remembered(String text, String pointer, TokenStreamLocation location) {
      this.text = text;
      this.pointer = pointer;
      this.location = location;
    }

    /** Whether a message of core is about this value. */
    boolean isQuotedIn(String message) {
      String quoted = text.length() > 30 ? "'" + text.substring(0, 30) : "'" + text + "'";
      return message.contains(quoted)
          || message.startsWith(text + " ")
          || message.contains(": " + text + " ");
    }
  }

  /**
   * The version of the document being read: 0 while its {@code version} has not been read yet,
   * {@link #VERSION} for the values of host mappers, which are read by the current rules.
   */
  private int version = VERSION;

  /**
   * Where periods {@code ../..} were read before the document's version was known, whose meaning
   * depends on the version: their locations and pointers.
   */
  private final List<TokenStreamLocation> unboundedLocations = new ArrayList<>();

  private final List<String> unboundedPointers = new ArrayList<>();

  /** Start line and column of each entity of each top-level collection. */
  private final Map<EntityKind, Locations> entities = new java.util.EnumMap<>(EntityKind.class);

  /** Lines and columns of the entities of one collection, compactly. */
  private static final class Locations {
    int[] lines = new int[16];
    int[] columns = new int[16];
    int count;

    void add(int line, int column) {
      if (count == lines.length) {
        lines = Arrays.copyOf(lines, count * 2);
        columns = Arrays.copyOf(columns, count * 2);
      }
      lines[count] = line;
      columns[count] = column;
      count++;
    }
  }

  /**
   * Returns a reader.
   *
   * @param p the parser, on the first token of the value to read or before it
   * @param limits the limits (the parser enforces the lexical ones)
   * @param basePointer the JSON Pointer of the value to read in its document, empty for the root
   */
  AtlasReader(JsonParser p, JsonLimits limits, String basePointer) {
    this.p = p;
    this.limits = limits;
    this.basePointer = basePointer;
    for (EntityKind kind : EntityKind.values()) {
      entities.put(kind, new Locations());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Entry points

  /**
   * Reads a whole document: the root object, then checks that nothing follows it.
   *
   * @param locator finds the exact locations of Atlas validation problems by a second pass over the
   *     document, or null to point at the entities' starts
   * @return the atlas
   * @throws AtlasJsonException if the document has problems
   */
  Atlas readDocument(@Nullable PointerLocator locator) {
    Atlas atlas =
        run(
            () -> {
              if (p.currentToken() == null && p.nextToken() == null) {
                problem(
                    p.currentLocation(),
                    "",
                    "The document is empty: write an object such as {\"format\": \""
                        + FORMAT
                        + "\", \"version\": 1}");
                return null;
              }
              Atlas.Builder builder = document();
              JsonToken after = p.nextToken();
              if (after != null) {
                problem(
                    p.currentTokenLocation(),
                    "",
                    "Unexpected content after the end of the document: "
                        + describe(after)
                        + "; a document holds exactly one object");
              }
              return builder;
            },
            locator);
    return atlas;
  }

  /**
   * Reads an Atlas document that is a value within a larger document (host mappers): trailing
   * content is the host's business.
   *
   * @return the atlas
   * @throws AtlasJsonException if the value has problems
   */
  Atlas readEmbeddedDocument() {
    return run(this::document, null);
  }

  /**
   * Reads one value of a core type with the given function, for host mappers.
   *
   * @param reader reads the value at the current token; returns null after recording a problem
   * @param <T> the type of value
   * @return the value
   * @throws AtlasJsonException if the value has problems
   */
  <T> T readValue(Function<AtlasReader, @Nullable T> reader) {
    T value = null;
    try {
      value = reader.apply(this);
    } catch (Stop stop) {
      // problems recorded
    } catch (AtlasJsonException e) {
      throw e; // a whole Atlas, already reported
    } catch (JacksonException e) {
      fatal(e);
    }
    if (value == null || !problems.isEmpty()) {
      if (problems.isEmpty()) {
        problemHere("The value could not be read");
      }
      throw new AtlasJsonException(problems, truncated);
    }
    return value;
  }

  private Atlas run(Supplier<Atlas.@Nullable Builder> body, @Nullable PointerLocator locator) {
    Atlas.Builder builder = null;
    try {
      builder = body.get();
    } catch (Stop stop) {
      // problems recorded
    } catch (JacksonException e) {
      fatal(e);
    }
    if (builder == null || !problems.isEmpty()) {
      if (problems.isEmpty()) {
        problem(p.currentLocation(), "", "The document could not be read");
      }
      throw new AtlasJsonException(problems, truncated);
    }
    try {
      return builder.build();
    } catch (AtlasValidationException e) {
      throw new AtlasJsonException(validationProblems(e, locator), false, limits.maxProblems());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new AtlasJsonException(
          List.of(JsonProblem.of(basePointer, 0, 0, String.valueOf(e.getMessage()))), false);
    }
  }

  /** Records a fatal error of the parser (malformed JSON, a limit) as a problem. */
  private void fatal(JacksonException e) {
    if (e instanceof JacksonIOException
        && !(e.getCause() instanceof CharacterCodingException)
        && !(e.getCause() instanceof CharConversionException)) {
      throw e; // a real I/O failure, not bad data
    }
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      location = safeCurrentLocation();
    }
    String original = String.valueOf(e.getOriginalMessage());
    String message;
    if (e instanceof StreamConstraintsException) {
      message = limitMessage(original);
    } else if (e.getCause() instanceof Utf8Reader.InvalidUtf8Exception) {
      message =
          "The file is not valid UTF-8 at byte "
              + ((Utf8Reader.InvalidUtf8Exception) e.getCause()).byteOffset
              + " (counting from 0): save it as UTF-8";
    } else if (e instanceof JacksonIOException) {
      message = "The text could not be decoded as characters: save it as UTF-8";
    } else {
      message = ParserMessages.plain(original);
    }
    String pointer;
    try {
      // The parser's own context knows the property or element it was reading.
      tools.jackson.core.TokenStreamContext context = p.streamReadContext();
      if (original.startsWith("Name length") && context.inObject()) {
        // The over-long name is not known yet: point at its object, not at the previous property.
        tools.jackson.core.TokenStreamContext parent = context.getParent();
        pointer = parent == null ? "" : parent.pathAsPointer().toString();
      } else {
        pointer = context.pathAsPointer().toString();
      }
    } catch (RuntimeException unknown) {
      pointer = pointer();
    }
    location = startOfToken(original, location);
    try {
      problem(location, pointer, message);
    } catch (Stop stop) {
      // too many problems: this one is kept anyway
    }
  }

  private static final java.util.regex.Pattern TOKEN_LENGTH =
      java.util.regex.Pattern.compile(
          "^(Name|Number value) length \\((\\d+)\\).*", java.util.regex.Pattern.DOTALL);

  private static final java.util.regex.Pattern NON_STANDARD_TOKEN =
      java.util.regex.Pattern.compile(
          "^Non-standard token '([^']*)'.*", java.util.regex.Pattern.DOTALL);

  /**
   * Jackson reports an over-long name or number, a non-standard token and a leading zero where it
   * stops reading them; such tokens never span lines, so they start a known number of characters
   * before.
   */
  private static TokenStreamLocation startOfToken(String original, TokenStreamLocation location) {
    long length;
    java.util.regex.Matcher m = TOKEN_LENGTH.matcher(original);
    java.util.regex.Matcher token = NON_STANDARD_TOKEN.matcher(original);
    if (m.matches()) {
      length = Long.parseLong(m.group(2)) + (m.group(1).equals("Name") ? 2 : 0);
    } else if (token.matches()) {
      length = token.group(1).length();
    } else if (original.startsWith("Invalid numeric value: Leading zeroes")) {
      length = 1;
    } else {
      return location;
    }
    long column = location.getColumnNr() - length;
    if (location.getColumnNr() < 1 || column < 1) {
      return location;
    }
    return new TokenStreamLocation(
        location.contentReference(),
        -1L,
        location.getCharOffset() < 0 ? -1L : location.getCharOffset() - length,
        location.getLineNr(),
        (int) column);
  }

  private TokenStreamLocation safeCurrentLocation() {
    try {
      return p.currentLocation();
    } catch (RuntimeException e) {
      return TokenStreamLocation.NA;
    }
  }

  private String limitMessage(String original) {
    if (original.startsWith("Document nesting depth")) {
      return "The document nests objects and arrays more than "
          + limits.maxNestingDepth()
          + " levels deep; the format needs at most 7 (limit maxNestingDepth)";
    }
    if (original.startsWith("Document length")) {
      return "The document is longer than "
          + limits.maxDocumentLength()
          + " characters (limit maxDocumentLength): split it, or raise the limit";
    }
    if (original.startsWith("String value length")) {
      return "A text is longer than "
          + limits.maxStringLength()
          + " characters (limit maxStringLength): shorten it";
    }
    if (original.startsWith("Number value length")) {
      return "A number is longer than "
          + limits.maxNumberLength()
          + " characters (limit maxNumberLength): write it with fewer digits";
    }
    if (original.startsWith("Name length")) {
      return "A property name is longer than "
          + limits.maxNameLength()
          + " characters (limit maxNameLength): shorten it";
    }
    return "The document exceeds a limit of the reader: split it, or raise the limits";
  }

  private List<JsonProblem> validationProblems(
      AtlasValidationException e, @Nullable PointerLocator locator) {
    List<String> pointers = new ArrayList<>();
    for (Problem problem : e.problems()) {
      pointers.add(pointerOf(problem));
    }
    Map<String, int[]> exact = Map.of();
    if (locator != null) {
      exact = locator.locate(new HashSet<>(pointers));
    }
    List<JsonProblem> result = new ArrayList<>();
    for (int i = 0; i < e.problems().size(); i++) {
      Problem problem = e.problems().get(i);
      String pointer = pointers.get(i);
      int line = 0;
      int column = 0;
      int[] at = exact.get(pointer);
      Locations locations = entities.get(problem.kind());
      if (at != null) {
        line = at[0];
        column = at[1];
      } else if (locations != null && problem.index() < locations.count) {
        line = locations.lines[problem.index()];
        column = locations.columns[problem.index()];
      }
      result.add(JsonProblem.of(pointer, line, column, ruleMessage(problem)));
    }
    return result;
  }

  /**
   * The message of a rule problem: the entity by kind and id, then what is wrong; its field is in
   * the pointer already, so it is not repeated.
   */
  private static String ruleMessage(Problem problem) {
    return problem.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " '"
        + abbreviate(problem.entityId())
        + "': "
        + problem.message();
  }

  private String pointerOf(Problem problem) {
    StringBuilder sb = new StringBuilder(basePointer);
    sb.append('/').append(problem.kind().collection()).append('/').append(problem.index());
    for (String segment : problem.path()) {
      sb.append('/');
      escape(sb, segment);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Problems and paths

  private void problem(TokenStreamLocation location, String pointer, String message) {
    int line = Math.max(0, location.getLineNr());
    int column = line == 0 ? 0 : Math.max(0, location.getColumnNr());
    problems.add(JsonProblem.of(pointer, line, column, message));
    if (problems.size() >= limits.maxProblems()) {
      truncated = true;
      throw new Stop();
    }
  }

  private void problemHere(String message) {
    problem(p.currentTokenLocation(), pointer(), message);
  }

  private void push(Object segment) {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
    }
    segments[depth++] = segment;
  }

  private void pop() {
    segments[--depth] = null;
  }

  String pointer() {
    StringBuilder sb = new StringBuilder(basePointer);
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      escape(sb, segments[i].toString());
    }
    return sb.toString();
  }

  static void escape(StringBuilder sb, String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }

  /** Names the current value for messages: {@code 'id'} or {@code element 2 of 'aliases'}. */
  private String here() {
    if (depth == 0) {
      return "the document";
    }
    Object last = segments[depth - 1];
    if (last instanceof Integer) {
      return depth >= 2
          ? "element " + last + " of '" + segments[depth - 2] + "'"
          : "element " + last;
    }
    return "'" + last + "'";
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  private void expected(String what) {
    JsonToken token = p.currentToken();
    String message = "Expected " + what + " for " + here() + ", found " + describe(token);
    if (token == JsonToken.VALUE_NULL) {
      message += ": leave the property out rather than writing null";
    }
    problemHere(message);
    skipValue();
  }

  private void skipValue() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Structure

  /**
   * Reads an object of the given spec, dispatching each known property to the reader. Records
   * unknown, duplicate and missing properties.
   *
   * @return the location of the object's start, or null if the value is not an object
   */
  private @Nullable TokenStreamLocation object(Spec spec, PropertyReader reader) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected(spec.what + " (an object)");
      return null;
    }
    TokenStreamLocation start = p.currentTokenLocation();
    long seen = 0;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      TokenStreamLocation nameLocation = p.currentTokenLocation();
      p.nextToken();
      push(name);
      Integer index = spec.index.get(name);
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
      } else if ((seen & (1L << index)) != 0) {
        problem(
            nameLocation,
            pointer(),
            "Property '" + name + "' is given twice in " + spec.what + ": keep only one");
        skipValue();
      } else {
        seen |= 1L << index;
        reader.read(name);
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
   * Reads an object of the given spec and builds its value.
   *
   * @return the value, or null if the object or one of its values has a problem
   */
  private <T> @Nullable T entity(Spec spec, PropertyReader reader, Supplier<T> build) {
    int before = problems.size();
    int mark = remembered.size();
    try {
      TokenStreamLocation start = object(spec, reader);
      if (start == null || problems.size() > before) {
        return null;
      }
      try {
        return build.get();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        String message = buildMessage(spec, e);
        // A rule on one value (a link, a goal, a key) is reported at that value.
        for (int i = mark; i < remembered.size(); i++) {
          Remembered value = remembered.get(i);
          if (value.isQuotedIn(message)) {
            problem(value.location, value.pointer, message);
            return null;
          }
        }
        problem(start, pointer(), message);
        return null;
      }
    } finally {
      remembered.subList(mark, remembered.size()).clear();
    }
  }

  /** Remembers the current value (or key), in case core rejects it when building its entity. */
  private void remember(String text, TokenStreamLocation location) {
    remembered.add(new Remembered(text, pointer(), location));
  }

  private static String buildMessage(Spec spec, RuntimeException e) {
    String message = e.getMessage();
    if (e instanceof NullPointerException || message == null) {
      return "Incomplete " + spec.what.replaceFirst("^an? ", "") + ": a value is missing";
    }
    return message;
  }

  /** Reads an array, calling the element reader on each element's first token. */
  private boolean array(String what, boolean bounded, Runnable element) {
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

  private <T> @Nullable ImmutableList<T> list(String what, Supplier<@Nullable T> element) {
    int before = problems.size();
    ImmutableList.Builder<T> values = ImmutableList.builder();
    boolean ok =
        array(
            what,
            true,
            () -> {
              T value = element.get();
              if (value != null) {
                values.add(value);
              }
            });
    return ok && problems.size() == before ? values.build() : null;
  }

  /** Reads an array of distinct values; a value given twice is a problem. */
  private <T> @Nullable ImmutableList<T> distinct(String what, Supplier<@Nullable T> element) {
    int before = problems.size();
    Set<T> seen = new HashSet<>();
    ImmutableList.Builder<T> values = ImmutableList.builder();
    boolean ok =
        array(
            what,
            true,
            () -> {
              T value = element.get();
              if (value != null) {
                if (seen.add(value)) {
                  values.add(value);
                } else {
                  problemHere("'" + value + "' is listed twice in " + here() + ": list it once");
                }
              }
            });
    return ok && problems.size() == before ? values.build() : null;
  }

  /** Reads an object of text values with free keys (attributes, external ids). */
  private @Nullable ImmutableMap<String, String> stringMap(String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected(what);
      return null;
    }
    int before = problems.size();
    Map<String, String> map = new LinkedHashMap<>();
    int count = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      if (count++ == limits.maxArrayLength()) {
        tooManyProperties("properties");
        return null;
      }
      String key = p.currentName();
      TokenStreamLocation keyLocation = p.currentTokenLocation();
      p.nextToken();
      push(key);
      if (unpairedSurrogate(key) >= 0) {
        problem(keyLocation, pointer(), surrogateMessage("The key", key));
        skipValue();
      } else {
        remember(key, keyLocation);
        String value = string("a text");
        if (value != null && map.put(key, value) != null) {
          problem(
              keyLocation,
              pointer(),
              "Key '" + abbreviate(key) + "' is given twice: keep only one");
        }
      }
      pop();
    }
    return problems.size() == before ? ImmutableMap.copyOf(map) : null;
  }

  /**
   * Records that the object at the current property has more than {@link
   * JsonLimits#maxArrayLength()} properties, and stops reading: nothing beyond the limit is stored,
   * nor scanned. The parser is on the name of the first property beyond the limit.
   */
  private void tooManyProperties(String what) {
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

  // ---------------------------------------------------------------------------------------------
  // Scalars

  private @Nullable String string(String what) {
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

  /**
   * Returns the index of the first unpaired UTF-16 surrogate in a text, or -1: such a text (written
   * in JSON as an escape such as {@code \\ud800} without its pair) cannot be written as UTF-8.
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The message for a text with an unpaired surrogate. */
  static String surrogateMessage(String what, String text) {
    int at = unpairedSurrogate(text);
    return what
        + " '"
        + abbreviate(text.substring(0, at))
        + "...' has half of a character (the surrogate \\u"
        + String.format(java.util.Locale.ROOT, "%04x", (int) text.charAt(at))
        + " without its pair) at character "
        + (at + 1)
        + ": remove it, or write the whole character";
  }

  private <T> @Nullable T parsed(String what, Function<String, T> parser) {
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

  private static final Map<Class<?>, String> ENUM_VALUES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String what) {
    String text = string(what + " (a text)");
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String values =
        ENUM_VALUES.computeIfAbsent(
            type,
            t ->
                Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
    problemHere(
        "'" + abbreviate(text) + "' is not " + what + ": use one of " + values + " (upper case)");
    return null;
  }

  private @Nullable Integer intValue(String what) {
    Long value = wholeNumber(what, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? null : (int) (long) value;
  }

  private @Nullable Long longValue(String what) {
    return wholeNumber(what, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * Reads a whole number. As in JSON Schema, a number with a zero fraction ({@code 2018.0}, {@code
   * 2.018e3}) is a whole number.
   */
  private @Nullable Long wholeNumber(String what, long min, long max) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      expected(what + " (a whole number)");
      return null;
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = p.getLongValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
    }
    String text = p.getString();
    java.math.BigDecimal value;
    try {
      value = new java.math.BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      problemHere("Expected a whole number for " + here() + ", found " + abbreviate(text));
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      problemHere(
          "Expected "
              + what
              + " (a whole number) for "
              + here()
              + ", found "
              + abbreviate(text)
              + ": write it without a fraction");
      return null;
    }
    if (value.compareTo(java.math.BigDecimal.valueOf(min)) < 0
        || value.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
      problemHere("The number " + abbreviate(text) + " is too large for " + what);
      return null;
    }
    return value.longValueExact();
  }

  private @Nullable Double doubleValue(String what) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      if (Double.isInfinite(value)) {
        problemHere(
            "The number " + abbreviate(p.getString()) + " is too large for " + what + ": check it");
        return null;
      }
      return value;
    }
    expected(what + " (a number)");
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  private static <T> void set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values of core

  @Nullable LocalizedText text() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      expected("a text by language (an object such as {\"en\": \"...\", \"fr\": \"...\"})");
      return null;
    }
    int before = problems.size();
    LocalizedText.Builder text = LocalizedText.builder();
    int count = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      if (count++ == limits.maxArrayLength()) {
        tooManyProperties("languages");
        return null;
      }
      String language = p.currentName();
      TokenStreamLocation keyLocation = p.currentTokenLocation();
      p.nextToken();
      push(language);
      String value = string("a text");
      if (value != null && unpairedSurrogate(language) >= 0) {
        problem(keyLocation, pointer(), surrogateMessage("The language tag", language));
      } else if (value != null) {
        try {
          text.put(language, value);
        } catch (IllegalArgumentException e) {
          problem(keyLocation, pointer(), String.valueOf(e.getMessage()));
        }
      }
      pop();
    }
    return problems.size() == before ? text.build() : null;
  }

  @Nullable PartialDate date() {
    return parsed(
        "a date in EDTF (such as \"2016\", \"2020-10-12\", \"1960~\" or \"196X\")",
        PartialDate::parse);
  }

  /**
   * Reads a period. In a version-1 document, {@code ../..} meant "nothing is known" and is read as
   * {@link DateRange#unknown()}; in version 2 it means "without limit on either side".
   */
  @Nullable DateRange dateRange() {
    DateRange range =
        parsed(
            "a date or period in EDTF (such as \"2016\", \"2017/2018\", \"2009/..\" or"
                + " \"2010/\")",
            DateRange::parse);
    if (range != null && range.equals(DateRange.unbounded())) {
      if (version == UNBOUNDED_MEANT_UNKNOWN) {
        return DateRange.unknown();
      }
      if (version == 0 && unboundedLocations.size() < limits.maxProblems()) {
        // At most as many as can be reported: the maxProblems-th stops reading anyway.
        unboundedLocations.add(p.currentTokenLocation());
        unboundedPointers.add(pointer());
      }
    }
    return range;
  }

  @Nullable TerritoryId territoryId() {
    return parsed("a territory id (a text)", TerritoryId::of);
  }

  @Nullable PartnershipId partnershipId() {
    return parsed("a partnership id (a text)", PartnershipId::of);
  }

  @Nullable ThemeId themeId() {
    return parsed("a theme id (a text)", ThemeId::of);
  }

  @Nullable ActorId actorId() {
    return parsed("an actor id (a text)", ActorId::of);
  }

  @Nullable ActionId actionId() {
    return parsed("an action id (a text)", ActionId::of);
  }

  @Nullable CrisisId crisisId() {
    return parsed("a crisis id (a text)", CrisisId::of);
  }

  @Nullable CrisisImpactId crisisImpactId() {
    return parsed("a crisis impact id (a text)", CrisisImpactId::of);
  }

  @Nullable CountryCode countryCode() {
    return parsed("an ISO 3166-1 alpha-2 country code (a text such as \"FR\")", CountryCode::of);
  }

  @Nullable SubdivisionCode subdivisionCode() {
    return parsed("an ISO 3166-2 subdivision code (a text such as \"FR-29\")", SubdivisionCode::of);
  }

  private @Nullable String languageTag() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      remember(p.getString(), p.currentTokenLocation());
    }
    return parsed(
        "a BCP 47 language tag (a text such as \"fr\")",
        tag -> {
          String canonical = LanguageTags.canonical(tag);
          if (!canonical.equals(tag)) {
            throw new IllegalArgumentException(
                "Language tag '" + tag + "' is not in canonical form: write '" + canonical + "'");
          }
          return tag;
        });
  }

  private @Nullable String url() {
    String url = string("a web address (a text)");
    if (url != null) {
      remember(url, p.currentTokenLocation());
    }
    return url;
  }

  /** Reads a Sustainable Development Goal's number. */
  private @Nullable Integer goal() {
    Integer goal = intValue("a goal number");
    if (goal != null) {
      remember(String.valueOf(goal), p.currentTokenLocation());
    }
    return goal;
  }

  private @Nullable ImmutableList<Source> sources() {
    return list("a list of sources (an array)", this::source);
  }

  private @Nullable ImmutableMap<String, String> attributes() {
    return stringMap("host attributes (an object of texts)");
  }

  @Nullable Source source() {
    Source.Builder b = Source.builder();
    return entity(
        Spec.SOURCE,
        name -> {
          switch (name) {
            case "title":
              set(string("a title (a text)"), b::title);
              break;
            case "publisher":
              set(string("a publisher (a text)"), b::publisher);
              break;
            case "date":
              set(date(), b::date);
              break;
            case "url":
              set(url(), b::url);
              break;
            case "page":
              set(string("a page (a text)"), b::page);
              break;
            case "note":
              set(string("a note (a text)"), b::note);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Coordinates coordinates() {
    double[] values = new double[2];
    return entity(
        Spec.COORDINATES,
        name -> {
          boolean latitude = name.equals("latitude");
          Double value = doubleValue(latitude ? "a latitude" : "a longitude");
          if (value != null) {
            try {
              // Each degree is checked at its own value, with the text as written.
              var unused = latitude ? Coordinates.of(value, 0) : Coordinates.of(0, value);
              values[latitude ? 0 : 1] = value;
            } catch (IllegalArgumentException e) {
              problemHere(
                  String.valueOf(e.getMessage())
                      .replace(String.valueOf(value), abbreviate(p.getString())));
            }
          }
        },
        () -> Coordinates.of(values[0], values[1]));
  }

  @Nullable Population population() {
    long[] count = new long[1];
    int[] year = new int[1];
    return entity(
        Spec.POPULATION,
        name -> {
          try {
            // Each number is checked at its own value.
            if (name.equals("count")) {
              Long value = longValue("a count of inhabitants");
              if (value != null) {
                var unused = Population.of(value, 2000);
                count[0] = value;
              }
            } else {
              Integer value = intValue("a year");
              if (value != null) {
                var unused = Population.of(0, value);
                year[0] = value;
              }
            }
          } catch (IllegalArgumentException e) {
            problemHere(String.valueOf(e.getMessage()));
          }
        },
        () -> Population.of(count[0], year[0]));
  }

  @Nullable Territory territory() {
    Territory.Builder b = Territory.builder();
    return entity(
        Spec.TERRITORY,
        name -> {
          switch (name) {
            case "id":
              set(territoryId(), b::id);
              break;
            case "level":
              set(enumValue(TerritoryLevel.class, "a territory level"), b::level);
              break;
            case "names":
              set(text(), b::names);
              break;
            case "officialLanguage":
              set(languageTag(), b::officialLanguage);
              break;
            case "aliases":
              set(
                  list("a list of aliases (an array of texts)", () -> string("a text")),
                  b::addAllAliases);
              break;
            case "country":
              set(countryCode(), b::country);
              break;
            case "subdivision":
              set(subdivisionCode(), b::subdivision);
              break;
            case "parent":
              set(territoryId(), b::parent);
              break;
            case "coordinates":
              set(coordinates(), b::coordinates);
              break;
            case "population":
              set(population(), b::population);
              break;
            case "externalIds":
              set(stringMap("external ids (an object of texts by scheme)"), b::putAllExternalIds);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Theme theme() {
    Theme.Builder b = Theme.builder();
    return entity(
        Spec.THEME,
        name -> {
          switch (name) {
            case "id":
              set(themeId(), b::id);
              break;
            case "labels":
              set(text(), b::labels);
              break;
            case "sdgs":
              set(
                  distinct(
                      "a list of Sustainable Development Goals (an array of numbers from 1 to 17)",
                      this::goal),
                  b::addAllSdgs);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Actor actor() {
    Actor.Builder b = Actor.builder();
    return entity(
        Spec.ACTOR,
        name -> {
          switch (name) {
            case "id":
              set(actorId(), b::id);
              break;
            case "kind":
              set(enumValue(ActorKind.class, "a kind of actor"), b::kind);
              break;
            case "names":
              set(text(), b::names);
              break;
            case "description":
              set(text(), b::description);
              break;
            case "base":
              set(territoryId(), b::base);
              break;
            case "founded":
              set(date(), b::founded);
              break;
            case "links":
              set(links(), b::addAllLinks);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  private @Nullable ImmutableList<String> links() {
    return list("a list of links (an array of web addresses)", this::url);
  }

  @Nullable Party party() {
    Party.Builder b = Party.builder();
    return entity(
        Spec.PARTY,
        name -> {
          switch (name) {
            case "territory":
              set(territoryId(), b::territory);
              break;
            case "role":
              set(enumValue(PartyRole.class, "a party role"), b::role);
              break;
            case "period":
              set(dateRange(), b::period);
              break;
            case "status":
              set(enumValue(PartyStatus.class, "a party status"), b::status);
              break;
            case "attested":
              set(date(), b::attested);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Agreement agreement() {
    Agreement.Builder b = Agreement.builder();
    return entity(
        Spec.AGREEMENT,
        name -> {
          switch (name) {
            case "kind":
              set(enumValue(AgreementKind.class, "a kind of agreement"), b::kind);
              break;
            case "title":
              set(text(), b::title);
              break;
            case "signed":
              set(date(), b::signed);
              break;
            case "period":
              set(dateRange(), b::period);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable StatusChange statusChange() {
    StatusChange.Builder b = StatusChange.builder();
    return entity(
        Spec.STATUS_CHANGE,
        name -> {
          switch (name) {
            case "date":
              set(date(), b::date);
              break;
            case "attested":
              set(date(), b::attested);
              break;
            case "status":
              set(enumValue(PartnershipStatus.class, "a partnership status"), b::status);
              break;
            case "cause":
              set(text(), b::cause);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable ThemePeriod themePeriod() {
    ThemePeriod.Builder b = ThemePeriod.builder();
    return entity(
        Spec.THEME_PERIOD,
        name -> {
          switch (name) {
            case "theme":
              set(themeId(), b::theme);
              break;
            case "period":
              set(dateRange(), b::period);
              break;
            case "attested":
              set(date(), b::attested);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Action action() {
    Action.Builder b = Action.builder();
    return entity(
        Spec.ACTION,
        name -> {
          switch (name) {
            case "id":
              set(actionId(), b::id);
              break;
            case "kind":
              set(enumValue(ActionKind.class, "a kind of action"), b::kind);
              break;
            case "title":
              set(text(), b::title);
              break;
            case "when":
              set(dateRange(), b::when);
              break;
            case "place":
              set(territoryId(), b::place);
              break;
            case "modality":
              set(enumValue(Modality.class, "a modality"), b::modality);
              break;
            case "status":
              set(enumValue(ActionStatus.class, "an action status"), b::status);
              break;
            case "themes":
              set(distinct("a list of theme ids (an array)", this::themeId), b::addAllThemes);
              break;
            case "actors":
              set(distinct("a list of actor ids (an array)", this::actorId), b::addAllActors);
              break;
            case "links":
              set(links(), b::addAllLinks);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Perspective perspective() {
    Perspective.Builder b = Perspective.builder();
    return entity(
        Spec.PERSPECTIVE,
        name -> {
          switch (name) {
            case "description":
              set(text(), b::description);
              break;
            case "when":
              set(dateRange(), b::when);
              break;
            case "plannedParties":
              set(
                  distinct("a list of territory ids (an array)", this::territoryId),
                  b::addAllPlannedParties);
              break;
            case "plannedThemes":
              set(
                  distinct("a list of theme ids (an array)", this::themeId),
                  b::addAllPlannedThemes);
              break;
            case "plannedActionKinds":
              set(
                  distinct(
                      "a list of kinds of action (an array)",
                      () -> enumValue(ActionKind.class, "a kind of action")),
                  b::addAllPlannedActionKinds);
              break;
            case "plannedModalities":
              set(
                  distinct(
                      "a list of modalities (an array)",
                      () -> enumValue(Modality.class, "a modality")),
                  b::addAllPlannedModalities);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Partnership partnership() {
    Partnership.Builder b = Partnership.builder();
    return entity(
        Spec.PARTNERSHIP,
        name -> {
          switch (name) {
            case "id":
              set(partnershipId(), b::id);
              break;
            case "kind":
              set(enumValue(PartnershipKind.class, "a kind of partnership"), b::kind);
              break;
            case "names":
              set(text(), b::names);
              break;
            case "parties":
              set(list("a list of parties (an array)", this::party), b::addAllParties);
              break;
            case "agreements":
              set(list("a list of agreements (an array)", this::agreement), b::addAllAgreements);
              break;
            case "statusHistory":
              set(
                  list("a list of status changes (an array)", this::statusChange),
                  b::addAllStatusHistory);
              break;
            case "themes":
              set(list("a list of theme periods (an array)", this::themePeriod), b::addAllThemes);
              break;
            case "aims":
              set(list("a list of aims (an array)", this::text), b::addAllAims);
              break;
            case "actions":
              set(list("a list of actions (an array)", this::action), b::addAllActions);
              break;
            case "perspectives":
              set(
                  list("a list of perspectives (an array)", this::perspective),
                  b::addAllPerspectives);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Crisis crisis() {
    Crisis.Builder b = Crisis.builder();
    return entity(
        Spec.CRISIS,
        name -> {
          switch (name) {
            case "id":
              set(crisisId(), b::id);
              break;
            case "kind":
              set(enumValue(CrisisKind.class, "a kind of crisis"), b::kind);
              break;
            case "names":
              set(text(), b::names);
              break;
            case "period":
              set(dateRange(), b::period);
              break;
            case "externalCode":
              set(string("an external code (a text)"), b::externalCode);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable Adaptation adaptation() {
    Adaptation.Builder b = Adaptation.builder();
    return entity(
        Spec.ADAPTATION,
        name -> {
          switch (name) {
            case "description":
              set(text(), b::description);
              break;
            case "actions":
              set(distinct("a list of action ids (an array)", this::actionId), b::addAllActions);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  @Nullable CrisisImpact crisisImpact() {
    CrisisImpact.Builder b = CrisisImpact.builder();
    return entity(
        Spec.CRISIS_IMPACT,
        name -> {
          switch (name) {
            case "id":
              set(crisisImpactId(), b::id);
              break;
            case "crisis":
              set(crisisId(), b::crisis);
              break;
            case "summary":
              set(text(), b::summary);
              break;
            case "territories":
              set(
                  distinct("a list of territory ids (an array)", this::territoryId),
                  b::addAllTerritories);
              break;
            case "partnerships":
              set(
                  distinct("a list of partnership ids (an array)", this::partnershipId),
                  b::addAllPartnerships);
              break;
            case "suspendedActionKinds":
              set(
                  distinct(
                      "a list of kinds of action (an array)",
                      () -> enumValue(ActionKind.class, "a kind of action")),
                  b::addAllSuspendedActionKinds);
              break;
            case "adaptations":
              set(list("a list of adaptations (an array)", this::adaptation), b::addAllAdaptations);
              break;
            case "lessons":
              set(list("a list of lessons (an array)", this::text), b::addAllLessons);
              break;
            case "sources":
              set(sources(), b::addAllSources);
              break;
            case "attributes":
              set(attributes(), b::putAllAttributes);
              break;
            default:
              throw new AssertionError(name);
          }
        },
        b::build);
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  /** Reads the document object at the current token into an Atlas builder. */
  private Atlas.@Nullable Builder document() {
    Atlas.Builder atlas = Atlas.builder();
    version = 0;
    unboundedLocations.clear();
    unboundedPointers.clear();
    TokenStreamLocation start =
        object(
            Spec.DOCUMENT,
            name -> {
              switch (name) {
                case "$schema":
                  // Editors add the address of the JSON Schema; any text is accepted.
                  var unused = string("the address of a JSON Schema (a text)");
                  break;
                case "format":
                  String format = string("the format name (a text)");
                  if (format != null && !format.equals(FORMAT)) {
                    problemHere(
                        "This is not a Partner Atlas document: 'format' is '"
                            + abbreviate(format)
                            + "', expected '"
                            + FORMAT
                            + "'");
                    throw new Stop();
                  }
                  break;
                case "version":
                  version(intValue("the format version"));
                  break;
                case "territories":
                  collection(EntityKind.TERRITORY, this::territory, atlas::add);
                  break;
                case "themes":
                  collection(EntityKind.THEME, this::theme, atlas::add);
                  break;
                case "actors":
                  collection(EntityKind.ACTOR, this::actor, atlas::add);
                  break;
                case "partnerships":
                  collection(EntityKind.PARTNERSHIP, this::partnership, atlas::add);
                  break;
                case "crises":
                  collection(EntityKind.CRISIS, this::crisis, atlas::add);
                  break;
                case "crisisImpacts":
                  collection(EntityKind.CRISIS_IMPACT, this::crisisImpact, atlas::add);
                  break;
                default:
                  throw new AssertionError(name);
              }
            });
    return start == null ? null : atlas;
  }

  /**
   * Counts an entity against {@link JsonLimits#maxEntities()} and the JVM's heap, and stops reading
   * before the Atlas would exhaust either.
   */
  private void countEntity(EntityKind kind, TokenStreamLocation at) {
    entityCount++;
    if (entityCount > limits.maxEntities()) {
      problem(
          at,
          pointer(),
          String.format(
              java.util.Locale.ROOT,
              "The document has more than %,d entities (limit maxEntities): an Atlas of that size"
                  + " needs about %s of heap (%,d bytes per partnership once built, %,d while"
                  + " reading); split the document, or raise the limit and give the JVM that heap"
                  + " (-Xmx)",
              limits.maxEntities(),
              mebibytes((long) limits.maxEntities() * JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP),
              JsonLimits.HEAP_BYTES_PER_PARTNERSHIP,
              JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP));
      throw new Stop();
    }
    if (kind == EntityKind.PARTNERSHIP) {
      partnershipCount++;
      if ((long) partnershipCount * JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP > maxHeap) {
        problem(
            at,
            pointer(),
            String.format(
                java.util.Locale.ROOT,
                "The document has more partnerships than this JVM's heap can hold: %,d"
                    + " partnerships already need about %s while reading (%,d bytes each, %,d once"
                    + " built) and the JVM has at most %s; give it more heap (-Xmx), about %s per"
                    + " 100,000 partnerships, or split the document",
                partnershipCount,
                mebibytes((long) partnershipCount * JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP),
                JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP,
                JsonLimits.HEAP_BYTES_PER_PARTNERSHIP,
                mebibytes(maxHeap),
                mebibytes(100_000L * JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP)));
        throw new Stop();
      }
    }
  }

  private static String mebibytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%,d MiB", (bytes + (1 << 20) - 1) >> 20);
  }

  /** Takes the document's version, or stops at one this library does not read. */
  private void version(@Nullable Integer value) {
    if (value == null) {
      return;
    }
    if (value < OLDEST_VERSION || value > VERSION) {
      StringBuilder versions = new StringBuilder();
      for (int v = OLDEST_VERSION; v <= VERSION; v++) {
        versions.append(v == OLDEST_VERSION ? "" : v == VERSION ? " and " : ", ").append(v);
      }
      problemHere(
          "Version "
              + value
              + " of the format is not supported: this library reads versions "
              + versions
              + "; write \"version\": "
              + VERSION);
      throw new Stop();
    }
    version = value;
    if (value == UNBOUNDED_MEANT_UNKNOWN) {
      // Read as "without limit" before the version was known; a version-1 document meant
      // "nothing known" by it. Not guessed: reported.
      for (int i = 0; i < unboundedLocations.size(); i++) {
        problem(
            unboundedLocations.get(i),
            unboundedPointers.get(i),
            "In a version-1 document '../..' means that nothing is known of the period, but this"
                + " one comes before the document's 'version', so it cannot be read by that rule:"
                + " move \"version\" to the start of the document (or write version 2, where"
                + " '../..' is without limit and '/' is unknown)");
      }
    }
    unboundedLocations.clear();
    unboundedPointers.clear();
  }

  private <T> void collection(EntityKind kind, Supplier<@Nullable T> reader, Consumer<T> add) {
    Locations locations = requireNonNull(entities.get(kind));
    var unused =
        array(
            "a list of " + kind.collection() + " (an array)",
            false,
            () -> {
              TokenStreamLocation at = p.currentTokenLocation();
              countEntity(kind, at);
              locations.add(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
              T value = reader.get();
              if (value != null) {
                add.accept(value);
              }
            });
  }
}
