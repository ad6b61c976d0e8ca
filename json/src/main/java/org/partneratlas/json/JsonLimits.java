package org.partneratlas.json;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;
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

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_ARRAY_LENGTH,
          DEFAULT_MAX_PROBLEMS,
          DEFAULT_MAX_ENTITIES);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxArrayLength;
  private final int maxProblems;
  private final int maxEntities;

  private JsonLimits(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      int maxArrayLength,
      int maxProblems,
      int maxEntities) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
    this.maxArrayLength = maxArrayLength;
    this.maxProblems = maxProblems;
    this.maxEntities = maxEntities;
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
    return maxDocumentLength;
  }

  /**
   * Returns how deeply objects and arrays may nest.
   *
   * @return the maximum nesting depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value read, in characters.
   *
   * @return the maximum string length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number read, in characters (digits, sign, point and exponent).
   *
   * @return the maximum number length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the longest property name read, in characters.
   *
   * @return the maximum name length
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the most elements an array within an entity may have (aliases, parties, actions,
   * sources, ...), and the most properties of a map (attributes, external ids) or languages of a
   * text by language; the top-level collections are bounded by {@link #maxEntities()}.
   *
   * @return the maximum array length
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Returns how many problems are collected before reading stops; the exception then says that more
   * may follow.
   *
   * @return the maximum number of problems reported
   */
  public int maxProblems() {
    return maxProblems;
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
    return maxEntities;
  }

  /**
   * Returns these limits with another maximum number of entities.
   *
   * @param entities the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxEntities(int entities) {
    positive(entities, "maxEntities");
    return new JsonLimits(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayLength,
        maxProblems,
        entities);
  }

  /**
   * Returns these limits with another maximum document length.
   *
   * @param characters the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxDocumentLength(long characters) {
    positive(characters, "maxDocumentLength");
    return new JsonLimits(
        characters,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayLength,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns these limits with another maximum nesting depth.
   *
   * @param depth the new limit, at least 8 (the format itself nests 7 levels deep)
   * @return the new limits
   * @throws IllegalArgumentException if the limit is below 8
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    if (depth < 8) {
      throw new IllegalArgumentException(
          "maxNestingDepth " + depth + " is too small: the format needs at least 8");
    }
    return new JsonLimits(
        maxDocumentLength,
        depth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayLength,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns these limits with another maximum string length.
   *
   * @param characters the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxStringLength(int characters) {
    positive(characters, "maxStringLength");
    return new JsonLimits(
        maxDocumentLength,
        maxNestingDepth,
        characters,
        maxNumberLength,
        maxNameLength,
        maxArrayLength,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns these limits with another maximum number length.
   *
   * @param characters the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxNumberLength(int characters) {
    positive(characters, "maxNumberLength");
    return new JsonLimits(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        characters,
        maxNameLength,
        maxArrayLength,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns these limits with another maximum property name length.
   *
   * @param characters the new limit, at least 32 (the longest name of the format has 20)
   * @return the new limits
   * @throws IllegalArgumentException if the limit is below 32
   */
  public JsonLimits withMaxNameLength(int characters) {
    if (characters < 32) {
      throw new IllegalArgumentException(
          "maxNameLength " + characters + " is too small: the format needs at least 32");
    }
    return new JsonLimits(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        characters,
        maxArrayLength,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns these limits with another maximum array length.
   *
   * @param elements the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxArrayLength(int elements) {
    positive(elements, "maxArrayLength");
    return new JsonLimits(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        elements,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns these limits with another maximum number of problems.
   *
   * @param problems the new limit, at least 1
   * @return the new limits
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxProblems(int problems) {
    positive(problems, "maxProblems");
    return new JsonLimits(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayLength,
        problems,
        maxEntities);
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " " + value + " is not positive");
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof JsonLimits)) {
      return false;
    }
    JsonLimits o = (JsonLimits) obj;
    return maxDocumentLength == o.maxDocumentLength
        && maxNestingDepth == o.maxNestingDepth
        && maxStringLength == o.maxStringLength
        && maxNumberLength == o.maxNumberLength
        && maxNameLength == o.maxNameLength
        && maxArrayLength == o.maxArrayLength
        && maxProblems == o.maxProblems
        && maxEntities == o.maxEntities;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxArrayLength,
        maxProblems,
        maxEntities);
  }

  /**
   * Returns the limits as {@code JsonLimits{maxDocumentLength=..., ...}}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "JsonLimits{maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxArrayLength="
        + maxArrayLength
        + ", maxProblems="
        + maxProblems
        + ", maxEntities="
        + maxEntities
        + "}";
  }
}
