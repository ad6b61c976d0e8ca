package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.Immutable;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on what {@link AtlasJson} accepts to read, so that a hostile or broken document is
 * rejected quickly, with a clear message, and without exhausting memory.
 *
 * <p>The defaults, from {@link #defaults()}, are tighter than Jackson's where the format allows:
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>Limit</th><th>Default</th><th>Jackson 3 default</th></tr>
 *   <tr><td>{@linkplain #maxDocumentLength() document length}</td><td>{@value
 *       #DEFAULT_MAX_DOCUMENT_LENGTH} characters (512 Mi)</td><td>unlimited</td></tr>
 *   <tr><td>{@linkplain #maxNestingDepth() nesting depth}</td><td>{@value
 *       #DEFAULT_MAX_NESTING_DEPTH}</td><td>500</td></tr>
 *   <tr><td>{@linkplain #maxStringLength() string length}</td><td>{@value
 *       #DEFAULT_MAX_STRING_LENGTH} characters</td><td>100,000,000</td></tr>
 *   <tr><td>{@linkplain #maxNumberLength() number length}</td><td>{@value
 *       #DEFAULT_MAX_NUMBER_LENGTH} characters</td><td>1,000</td></tr>
 *   <tr><td>{@linkplain #maxNameLength() property name length}</td><td>{@value
 *       #DEFAULT_MAX_NAME_LENGTH} characters</td><td>50,000</td></tr>
 *   <tr><td>{@linkplain #maxArrayLength() elements of an array, properties of a map or languages
 *       of a text within an entity}</td><td>{@value #DEFAULT_MAX_ARRAY_LENGTH}</td><td>unlimited</td></tr>
 *   <tr><td>{@linkplain #maxEntities() entities in the document}</td><td>{@value
 *       #DEFAULT_MAX_ENTITIES}</td><td>(none)</td></tr>
 *   <tr><td>{@linkplain #maxProblems() problems reported before reading stops}</td><td>{@value
 *       #DEFAULT_MAX_PROBLEMS}</td><td>(one)</td></tr>
 * </table>
 *
 * <p>The format nests at most 7 levels deep, and its numbers (coordinates, counts, years) need at
 * most about 25 characters, so the defaults leave ample room. The top-level collections ({@code
 * territories}, {@code partnerships}, ...) are bounded by {@link #maxEntities()} together, not by
 * {@link #maxArrayLength()}.
 *
 * <p>Every limit is checked while reading, before anything beyond it is stored: the rest of an
 * over-long array, map or text is skipped, and the read fails with a message that names the limit.
 * A built Atlas retains about {@value #HEAP_BYTES_PER_PARTNERSHIP} bytes of heap per partnership
 * (measured at 1,000,000 partnerships, {@code docs/benchmarks.md}) and reading needs about a third
 * more; so besides {@link #maxEntities()}, reading also stops, with a message that says how much
 * heap the document needs, as soon as the partnerships read so far would need more than the JVM's
 * maximum heap ({@link Runtime#maxMemory()}) at {@value #READ_HEAP_BYTES_PER_PARTNERSHIP} bytes
 * each, rather than failing later with an {@link OutOfMemoryError}.
 *
 * <p>Instances are immutable and thread-safe; the {@code with...} methods return a copy.
 *
 * <pre>{@code
 * AtlasJson json = AtlasJson.standard()
 *     .withLimits(JsonLimits.defaults().withMaxDocumentLength(2L << 30));
 * }</pre>
 */
@Immutable
public final class JsonLimits {

  /** The default {@link #maxDocumentLength()}: 512 Mi characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  /** The default {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default {@link #maxStringLength()}, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default {@link #maxNumberLength()}, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /** The default {@link #maxNameLength()}, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** The default {@link #maxArrayLength()}. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;

  /** The default {@link #maxProblems()}. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The default {@link #maxEntities()}: one million. */
  public static final int DEFAULT_MAX_ENTITIES = 1_000_000;

  /**
   * The heap retained by a built Atlas per partnership, in bytes, as measured at 1,000,000
   * partnerships ({@code docs/benchmarks.md}, figure 7: 2,695 to 2,773 bytes).
   */
  public static final int HEAP_BYTES_PER_PARTNERSHIP = 2_700;

  /**
   * The heap needed per partnership while reading, in bytes: {@link #HEAP_BYTES_PER_PARTNERSHIP}
   * and a third more for the reader and the builder (measured: a 1,000,000-partnership document
   * reads with {@code -Xmx3500m}).
   */
  public static final int READ_HEAP_BYTES_PER_PARTNERSHIP = 3_600;

  /**
   * The limits, in the order of {@link #toString()}; each is a key of {@link #values}, and every
   * {@code withMax...} method is one call of {@link #with(Limit, long)}, which checks the new value
   * against the limit's minimum and copies the rest.
   */
  private enum Limit {
    DOCUMENT_LENGTH("maxDocumentLength", 1),
    NESTING_DEPTH("maxNestingDepth", 8),
    STRING_LENGTH("maxStringLength", 1),
    NUMBER_LENGTH("maxNumberLength", 1),
    NAME_LENGTH("maxNameLength", 32),
    ARRAY_LENGTH("maxArrayLength", 1),
    PROBLEMS("maxProblems", 1),
    ENTITIES("maxEntities", 1);

    final String property;

    /** The smallest value; above 1, what the format itself needs. */
    final long minimum;

    Limit(String property, long minimum) {
      this.property = property;
      this.minimum = minimum;
    }

    void check(long value) {
      if (value >= minimum) {
        return;
      }
      throw new IllegalArgumentException(
          property
              + " "
              + value
              + (minimum == 1
                  ? " is not positive"
                  : " is too small: the format needs at least " + minimum));
    }
  }

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          Maps.immutableEnumMap(
              ImmutableMap.<Limit, Long>builder()
                  .put(Limit.DOCUMENT_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH)
                  .put(Limit.NESTING_DEPTH, (long) DEFAULT_MAX_NESTING_DEPTH)
                  .put(Limit.STRING_LENGTH, (long) DEFAULT_MAX_STRING_LENGTH)
                  .put(Limit.NUMBER_LENGTH, (long) DEFAULT_MAX_NUMBER_LENGTH)
                  .put(Limit.NAME_LENGTH, (long) DEFAULT_MAX_NAME_LENGTH)
                  .put(Limit.ARRAY_LENGTH, (long) DEFAULT_MAX_ARRAY_LENGTH)
                  .put(Limit.PROBLEMS, (long) DEFAULT_MAX_PROBLEMS)
                  .put(Limit.ENTITIES, (long) DEFAULT_MAX_ENTITIES)
                  .buildOrThrow()));

  /** The value of every {@link Limit}, in the order of the limits. */
  private final ImmutableMap<Limit, Long> values;

  private JsonLimits(ImmutableMap<Limit, Long> values) {
    this.values = values;
  }

  /** Returns a copy of these limits with one limit changed, after checking its minimum. */
  private JsonLimits with(Limit limit, long value) {
    limit.check(value);
    Map<Limit, Long> copy = new EnumMap<>(values);
    copy.put(limit, value);
    return new JsonLimits(Maps.immutableEnumMap(copy));
  }

  private long value(Limit limit) {
    return requireNonNull(values.get(limit), limit.property);
  }

  private int get(Limit limit) {
    return (int) value(limit);
  }

  /**
   * Returns the default limits (see the class documentation).
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest document read, in characters (UTF-16 code units after decoding UTF-8).
   *
   * @return the maximum document length
   */
  public long maxDocumentLength() {
    return value(Limit.DOCUMENT_LENGTH);
  }

  /**
   * Returns how deeply objects and arrays may nest.
   *
   * @return the maximum nesting depth
   */
  public int maxNestingDepth() {
    return get(Limit.NESTING_DEPTH);
  }

  /**
   * Returns the longest string value read, in characters.
   *
   * @return the maximum string length
   */
  public int maxStringLength() {
    return get(Limit.STRING_LENGTH);
  }

  /**
   * Returns the longest number read, in characters (digits, sign, point and exponent).
   *
   * @return the maximum number length
   */
  public int maxNumberLength() {
    return get(Limit.NUMBER_LENGTH);
  }

  /**
   * Returns the longest property name read, in characters.
   *
   * @return the maximum name length
   */
  public int maxNameLength() {
    return get(Limit.NAME_LENGTH);
  }

  /**
   * Returns the most elements an array within an entity may have (aliases, parties, actions,
   * sources, ...), and the most properties of a map (attributes, external ids) or languages of a
   * text by language; the top-level collections are bounded by {@link #maxEntities()}.
   *
   * @return the maximum array length
   */
  public int maxArrayLength() {
    return get(Limit.ARRAY_LENGTH);
  }

  /**
   * Returns how many problems are collected before reading stops; the exception then says that more
   * may follow.
   *
   * @return the maximum number of problems reported
   */
  public int maxProblems() {
    return get(Limit.PROBLEMS);
  }

  /**
   * Returns the most entities (territories, themes, actors, partnerships, crises and crisis impacts
   * together) a document may hold. An Atlas needs about {@value #HEAP_BYTES_PER_PARTNERSHIP} bytes
   * of heap per partnership once built, so the default, one million, fits a JVM with about 3.5 GB
   * of heap; the message of an exceeded limit says how much heap the document needs.
   *
   * @return the maximum number of entities
   */
  public int maxEntities() {
    return get(Limit.ENTITIES);
  }

  /**
   * Returns these limits with another maximum number of entities.
   *
   * @param entities the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxEntities(int entities) {
    return with(Limit.ENTITIES, entities);
  }

  /**
   * Returns these limits with another maximum document length.
   *
   * @param characters the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxDocumentLength(long characters) {
    return with(Limit.DOCUMENT_LENGTH, characters);
  }

  /**
   * Returns these limits with another maximum nesting depth.
   *
   * @param depth the new limit, at least 8 (the format itself nests 7 levels deep)
   * @return the new limits
   * @throws IllegalArgumentException if the limit is below 8
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return with(Limit.NESTING_DEPTH, depth);
  }

  /**
   * Returns these limits with another maximum string length.
   *
   * @param characters the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxStringLength(int characters) {
    return with(Limit.STRING_LENGTH, characters);
  }

  /**
   * Returns these limits with another maximum number length.
   *
   * @param characters the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxNumberLength(int characters) {
    return with(Limit.NUMBER_LENGTH, characters);
  }

  /**
   * Returns these limits with another maximum property name length.
   *
   * @param characters the new limit, at least 32 (the longest name of the format has 20)
   * @return the new limits
   * @throws IllegalArgumentException if the limit is below 32
   */
  public JsonLimits withMaxNameLength(int characters) {
    return with(Limit.NAME_LENGTH, characters);
  }

  /**
   * Returns these limits with another maximum array length.
   *
   * @param elements the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxArrayLength(int elements) {
    return with(Limit.ARRAY_LENGTH, elements);
  }

  /**
   * Returns these limits with another maximum number of problems.
   *
   * @param problems the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxProblems(int problems) {
    return with(Limit.PROBLEMS, problems);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof JsonLimits other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /**
   * Returns the limits as {@code JsonLimits{maxDocumentLength=..., ...}}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    values.forEach(
        (limit, value) ->
            sb.append(sb.length() == 0 ? "" : ", ")
                .append(limit.property)
                .append('=')
                .append(value));
    return "JsonLimits{" + sb + '}';
  }
}
