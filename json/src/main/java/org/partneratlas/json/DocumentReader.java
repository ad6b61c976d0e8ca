package org.partneratlas.json;

import static org.partneratlas.json.Texts.abbreviate;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.AtlasValidationException;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.atlas.Problem;
import org.partneratlas.common.Entity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads a document, or one value for a host mapper, token by token from a {@link JsonParser}, never
 * building a tree: the {@link DocumentCodec}'s properties and each entity's {@link ObjectCodec} on
 * a {@link JsonCursor}. Each entity is built as soon as its object ends, the Atlas once the whole
 * document is read.
 *
 * <p>Every problem is recorded with its JSON Pointer, line and column, and reading goes on: a bad
 * value makes its entity (and the Atlas) fail, but the rest of the document is still checked.
 * Malformed JSON, an exceeded limit or too many problems stop reading. Not thread-safe: one reader
 * per document.
 */
final class DocumentReader {

  private final JsonCursor c;
  private final JsonParser p;
  private final JsonLimits limits;
  private final Atlas.Builder atlas = Atlas.builder();

  /** Entities of the top-level collections read so far, for {@link JsonLimits#maxEntities()}. */
  private int entityCount;

  /** Partnerships read so far, for the heap check. */
  private int partnershipCount;

  /** The JVM's maximum heap, for the heap check. */
  private final long maxHeap = Runtime.getRuntime().maxMemory();

  /** Where the entities are in the document, and which could not be read. */
  private final EntityPlaces places = new EntityPlaces();

  /**
   * Returns a reader.
   *
   * @param p the parser, on the first token of the value to read or before it
   * @param limits the limits (the parser enforces the lexical ones)
   * @param basePointer the JSON Pointer of the value to read in its document, empty for the root
   */
  DocumentReader(JsonParser p, JsonLimits limits, String basePointer) {
    this(p, limits, basePointer, false);
  }

  /**
   * Returns a reader.
   *
   * @param p the parser, on the first token of the value to read or before it
   * @param limits the limits (the parser enforces the lexical ones)
   * @param basePointer the JSON Pointer of the value to read in its document, empty for the root
   * @param retryOnProblem whether the first problem, of a value or of the Atlas, throws {@link
   *     JsonCursor.Retry} instead of being reported (for a parser of bytes, read again by
   *     characters if it has a problem)
   */
  DocumentReader(JsonParser p, JsonLimits limits, String basePointer, boolean retryOnProblem) {
    this.c = new JsonCursor(p, limits, basePointer, retryOnProblem);
    this.p = p;
    this.limits = limits;
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
    return run(
        () -> {
          if (p.currentToken() == null && p.nextToken() == null) {
            c.problem(
                p.currentLocation(),
                "",
                "The document is empty: write an object such as {\"format\": \""
                    + DocumentCodec.FORMAT
                    + "\", \"version\": 1}");
            return null;
          }
          Atlas.Builder builder = document();
          JsonToken after = p.nextToken();
          if (after != null) {
            c.problem(
                p.currentTokenLocation(),
                "",
                "Unexpected content after the end of the document: "
                    + Texts.describe(after)
                    + "; a document holds exactly one object");
          }
          return builder;
        },
        locator);
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
   * Reads one value of a core type with its codec, for host mappers.
   *
   * @param codec reads the value at the current token
   * @param <T> the type of value
   * @return the value
   * @throws AtlasJsonException if the value has problems
   */
  <T> T readValue(Codec<T> codec) {
    T value = null;
    try {
      value = codec.read(c);
    } catch (JsonCursor.Stop stop) {
      // problems recorded
    } catch (AtlasJsonException e) {
      throw e; // a whole Atlas, already reported
    } catch (JacksonException e) {
      fatal(e);
    }
    if (value == null || !c.problems.isEmpty()) {
      if (c.problems.isEmpty()) {
        c.problemHere("The value could not be read");
      }
      throw new AtlasJsonException(c.problems, c.truncated);
    }
    return value;
  }

  private Atlas run(Supplier<Atlas.@Nullable Builder> body, @Nullable PointerLocator locator) {
    Atlas.Builder builder = null;
    try {
      builder = body.get();
    } catch (JsonCursor.Stop stop) {
      // problems recorded
    } catch (JacksonException e) {
      fatal(e);
    }
    if (builder == null || !c.problems.isEmpty()) {
      if (c.problems.isEmpty()) {
        c.problem(p.currentLocation(), "", "The document could not be read");
      }
      List<JsonProblem> problems = new ArrayList<>(c.problems);
      boolean truncated = c.truncated;
      if (builder != null
          && !truncated
          && !EntityPlaces.structureProblems(problems, c.basePointer)) {
        // The document was read to its end (reading did not stop), so every entity was met: the
        // rules between entities hold or not among those that were read,
        // and a reference to one that could not be read is the problem already reported.
        try {
          var unused = builder.build();
        } catch (AtlasValidationException e) {
          List<Problem> rules = new ArrayList<>();
          for (Problem problem : e.problems()) {
            if (places.reportable(problem)) {
              rules.add(problem);
            }
          }
          List<JsonProblem> located = places.locate(rules, locator, c.basePointer);
          int room = limits.maxProblems() - problems.size();
          if (located.size() > room) {
            truncated = true;
          }
          problems.addAll(located.subList(0, Math.max(0, Math.min(room, located.size()))));
        } catch (IllegalArgumentException | IllegalStateException e) {
          // A rule that stops the build: the problems of the values come first and suffice.
        }
      }
      throw new AtlasJsonException(problems, truncated);
    }
    try {
      return builder.build();
    } catch (AtlasValidationException e) {
      retryIfAsked();
      throw new AtlasJsonException(
          places.locate(e.problems(), locator, c.basePointer), false, limits.maxProblems());
    } catch (IllegalArgumentException | IllegalStateException e) {
      retryIfAsked();
      throw new AtlasJsonException(
          List.of(JsonProblem.of(c.basePointer, 0, 0, String.valueOf(e.getMessage()))), false);
    }
  }

  /** Throws {@link JsonCursor.Retry} if the cursor retries at its first problem. */
  private void retryIfAsked() {
    if (c.retryOnProblem) {
      throw new JsonCursor.Retry();
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
      message = ParserMessages.limitMessage(original, limits);
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
      TokenStreamContext context = p.streamReadContext();
      if (original.startsWith("Name length") && context.inObject()) {
        // The over-long name is not known yet: point at its object, not at the previous property.
        TokenStreamContext parent = context.getParent();
        pointer = parent == null ? "" : parent.pathAsPointer().toString();
      } else {
        pointer = context.pathAsPointer().toString();
      }
    } catch (RuntimeException unknown) {
      pointer = c.pointer();
    }
    location = ParserMessages.startOfToken(original, location);
    try {
      c.problem(location, pointer, message);
    } catch (JsonCursor.Stop stop) {
      // too many problems: this one is kept anyway
    }
  }

  private TokenStreamLocation safeCurrentLocation() {
    try {
      return p.currentLocation();
    } catch (RuntimeException e) {
      return TokenStreamLocation.NA;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The document's properties, called by DocumentCodec.PROPERTIES

  /** Reads the document object at the current token into the Atlas builder. */
  private Atlas.@Nullable Builder document() {
    c.version = 0;
    c.unboundedLocations.clear();
    c.unboundedPointers.clear();
    TokenStreamLocation start =
        c.object(
            DocumentCodec.SPEC, index -> DocumentCodec.PROPERTIES.get(index).reader.read(c, this));
    return start == null ? null : atlas;
  }

  /** Checks the document's format, and stops at another. */
  void format(@Nullable String format) {
    if (format != null && !format.equals(DocumentCodec.FORMAT)) {
      c.problemHere(
          "This is not a Partner Atlas document: 'format' is '"
              + abbreviate(format)
              + "', expected '"
              + DocumentCodec.FORMAT
              + "'");
      throw new JsonCursor.Stop();
    }
  }

  /** Takes the document's version, or stops at one this library does not read. */
  void version(@Nullable Integer value) {
    if (value == null) {
      return;
    }
    int oldest = DocumentCodec.OLDEST_VERSION;
    int newest = DocumentCodec.VERSION;
    if (value < oldest || value > newest) {
      StringBuilder versions = new StringBuilder();
      for (int v = oldest; v <= newest; v++) {
        versions.append(v == oldest ? "" : v == newest ? " and " : ", ").append(v);
      }
      c.problemHere(
          "Version "
              + value
              + " of the format is not supported: this library reads versions "
              + versions
              + "; write \"version\": "
              + newest);
      throw new JsonCursor.Stop();
    }
    c.version = value;
    if (value == ScalarCodec.UNBOUNDED_MEANT_UNKNOWN) {
      // Read as "without limit" before the version was known; a version-1 document meant
      // "nothing known" by it. Not guessed: reported.
      for (int i = 0; i < c.unboundedLocations.size(); i++) {
        c.problem(
            c.unboundedLocations.get(i),
            c.unboundedPointers.get(i),
            "In a version-1 document '../..' means that nothing is known of the period, but this"
                + " one comes before the document's 'version', so it cannot be read by that rule:"
                + " move \"version\" to the start of the document (or write version 2, where"
                + " '../..' is without limit and '/' is unknown)");
      }
    }
    c.unboundedLocations.clear();
    c.unboundedPointers.clear();
  }

  /** Reads a top-level collection of entities into the Atlas builder. */
  <E extends Entity<?>> void collection(EntityKind kind, Codec<E> codec) {
    var unused =
        c.array(
            "a list of " + kind.collection() + " (an array)",
            false,
            () -> {
              if (c.retryOnProblem) {
                // No problem is reported by this reading: nothing to locate.
                countEntity(kind, TokenStreamLocation.NA);
                E value = codec.read(c);
                if (value == null) {
                  throw new JsonCursor.Retry(); // a problem, already thrown as a retry
                }
                atlas.add((Entity<?>) value);
                return;
              }
              TokenStreamLocation at = p.currentTokenLocation();
              countEntity(kind, at);
              places.met(kind, at);
              c.idsRead.clear();
              E value = codec.read(c);
              if (value != null) {
                atlas.add((Entity<?>) value);
                places.added(kind);
              } else {
                places.unread(kind, c.idsRead);
              }
            });
  }

  /**
   * Counts an entity against {@link JsonLimits#maxEntities()} and the JVM's heap, and stops reading
   * before the Atlas would exhaust either.
   */
  private void countEntity(EntityKind kind, TokenStreamLocation at) {
    entityCount++;
    if (entityCount > limits.maxEntities()) {
      c.problem(
          at,
          c.pointer(),
          String.format(
              Locale.ROOT,
              "The document has more than %,d entities (limit maxEntities): an Atlas of that size"
                  + " needs about %s of heap (%,d bytes per partnership once built, %,d while"
                  + " reading); split the document, or raise the limit and give the JVM that heap"
                  + " (-Xmx)",
              limits.maxEntities(),
              mebibytes((long) limits.maxEntities() * JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP),
              JsonLimits.HEAP_BYTES_PER_PARTNERSHIP,
              JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP));
      throw new JsonCursor.Stop();
    }
    if (kind == EntityKind.PARTNERSHIP) {
      partnershipCount++;
      if ((long) partnershipCount * JsonLimits.READ_HEAP_BYTES_PER_PARTNERSHIP > maxHeap) {
        c.problem(
            at,
            c.pointer(),
            String.format(
                Locale.ROOT,
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
        throw new JsonCursor.Stop();
      }
    }
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", (bytes + (1 << 20) - 1) >> 20);
  }
}
