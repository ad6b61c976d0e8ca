package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes whole atlases in the Partner Atlas JSON format (see {@code docs/format.md} and
 * the JSON Schema {@value #SCHEMA_RESOURCE}): it writes version {@value #VERSION} and reads
 * versions {@value #OLDEST_VERSION} to {@value #VERSION}. In a version-1 document a period {@code
 * ../..} meant that nothing was known of it, and is read as {@link
 * org.partneratlas.time.DateRange#unknown()}; everything else of version 1 reads as it did.
 *
 * <p>Reading and writing stream the document token by token: no tree of the whole document is
 * built, so reading takes little more memory than the Atlas it yields. Reading is strict: unknown
 * and duplicate properties, nulls, values of the wrong type or form, trailing content and malformed
 * JSON are all errors, reported together in one {@link AtlasJsonException} with the JSON Pointer,
 * line and column of each problem; so are the problems of the Atlas itself (dangling references,
 * duplicate ids, ...), at the location of the entity or value at fault. The {@linkplain #limits()
 * limits} bound the document's size, nesting, strings and numbers.
 *
 * <p>Writing is deterministic: the same atlas, with the same features, always gives the same bytes,
 * in UTF-8, with the properties in a fixed order (see {@link AtlasJsonFeature}). A text with half
 * of a character (an unpaired UTF-16 surrogate, which UTF-8 cannot encode) is rejected when read
 * and when written: the writers throw an {@link IllegalArgumentException} that names its place.
 *
 * <p>Text is read and written as UTF-8 (a byte order mark is skipped); lines and columns count
 * characters. Streams and readers given to this class are neither opened nor closed by it; files
 * given as a {@link Path} are.
 *
 * <p>Instances are immutable and thread-safe; share them.
 *
 * <pre>{@code
 * AtlasJson json = AtlasJson.standard();
 * String text = json.writeString(atlas);
 * Atlas back = json.read(text); // equal to atlas
 * try {
 *   json.read(Path.of("atlas.json"));
 * } catch (AtlasJsonException e) {
 *   e.problems().forEach(System.err::println); // line 12, column 20 at /territories/3/country: ...
 * }
 * }</pre>
 */
@Immutable
public final class AtlasJson {

  /** The name of the format, the value of the document's {@code format} property. */
  public static final String FORMAT = DocumentCodec.FORMAT;

  /**
   * The version of the format written, and the newest read: the value of the document's {@code
   * version}.
   */
  public static final int VERSION = DocumentCodec.VERSION;

  /** The oldest version of the format read. */
  public static final int OLDEST_VERSION = DocumentCodec.OLDEST_VERSION;

  /** The class path resource of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/org/partneratlas/json/partner-atlas-2.schema.json";

  private static final AtlasJson STANDARD = new AtlasJson(JsonLimits.defaults(), defaultFeatures());

  private final JsonLimits limits;

  @SuppressWarnings("Immutable") // never modified after construction
  private final EnumSet<AtlasJsonFeature> features;

  @SuppressWarnings("Immutable") // thread-safe and configured once
  private final JsonFactory factory;

  /** As {@link #factory}, but closing its sources: for second passes over files. */
  @SuppressWarnings("Immutable") // thread-safe and configured once
  private final JsonFactory closingFactory;

  private AtlasJson(JsonLimits limits, EnumSet<AtlasJsonFeature> features) {
    this.limits = limits;
    this.features = features;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    this.closingFactory = factory.rebuild().enable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  }

  private static EnumSet<AtlasJsonFeature> defaultFeatures() {
    EnumSet<AtlasJsonFeature> set = EnumSet.noneOf(AtlasJsonFeature.class);
    for (AtlasJsonFeature feature : AtlasJsonFeature.values()) {
      if (feature.enabledByDefault()) {
        set.add(feature);
      }
    }
    return set;
  }

  /**
   * Returns the reader and writer with the default limits and features: indented output, default
   * values left out.
   *
   * @return the standard instance
   */
  public static AtlasJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with other limits.
   *
   * @param limits the limits for reading
   * @return the new instance
   */
  public AtlasJson withLimits(JsonLimits limits) {
    return new AtlasJson(requireNonNull(limits, "limits"), features);
  }

  /**
   * Returns a copy with the given features turned on.
   *
   * @param enabled the features to turn on
   * @return the new instance
   */
  public AtlasJson with(AtlasJsonFeature... enabled) {
    EnumSet<AtlasJsonFeature> set = EnumSet.copyOf(features);
    for (AtlasJsonFeature feature : enabled) {
      set.add(requireNonNull(feature, "feature"));
    }
    return new AtlasJson(limits, set);
  }

  /**
   * Returns a copy with the given features turned off.
   *
   * @param disabled the features to turn off
   * @return the new instance
   */
  public AtlasJson without(AtlasJsonFeature... disabled) {
    EnumSet<AtlasJsonFeature> set = EnumSet.noneOf(AtlasJsonFeature.class);
    set.addAll(features);
    for (AtlasJsonFeature feature : disabled) {
      set.remove(requireNonNull(feature, "feature"));
    }
    return new AtlasJson(limits, set);
  }

  /**
   * Returns the limits applied when reading.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns whether a feature is on.
   *
   * @param feature the feature
   * @return whether it is on
   */
  public boolean isEnabled(AtlasJsonFeature feature) {
    return features.contains(requireNonNull(feature, "feature"));
  }

  /**
   * Returns the features that are on.
   *
   * @return the features
   */
  public Set<AtlasJsonFeature> features() {
    return java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
  }

  /**
   * Returns a Jackson module with the same limits and features, for a host's own mapper.
   *
   * @return the module
   */
  public AtlasJsonModule module() {
    return new AtlasJsonModule(limits, features);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads an atlas from a JSON text; a leading byte order mark (U+FEFF) is skipped.
   *
   * @param json the document
   * @return the atlas
   * @throws AtlasJsonException listing every problem, if the document is not a valid atlas
   */
  public Atlas read(String json) {
    requireNonNull(json, "json");
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    Supplier<JsonParser> parsers = () -> factory.createParser(ObjectReadContext.empty(), text);
    try (JsonParser p = parsers.get()) {
      return new DocumentReader(p, limits, "").readDocument(new PointerLocator(parsers));
    }
  }

  /**
   * Reads an atlas from UTF-8 bytes.
   *
   * @param json the document
   * @return the atlas
   * @throws AtlasJsonException listing every problem, if the document is not a valid atlas
   */
  public Atlas read(byte[] json) {
    requireNonNull(json, "json");
    if (PlainUtf8.check(json)) {
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
        return new DocumentReader(p, limits, "", true).readDocument(null);
      } catch (JsonCursor.Retry | StreamConstraintsException retry) {
        // A problem (or a limit counted in bytes): read again by characters, below, which locates
        // and reports every problem.
      }
    }
    Supplier<JsonParser> parsers = () -> parser(new ByteArrayInputStream(json));
    try (JsonParser p = parsers.get()) {
      return new DocumentReader(p, limits, "").readDocument(new PointerLocator(parsers));
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Reads an atlas from a UTF-8 file.
   *
   * @param file the document
   * @return the atlas
   * @throws AtlasJsonException listing every problem, if the document is not a valid atlas
   * @throws IOException if the file cannot be read
   */
  public Atlas read(Path file) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = new PlainUtf8.Checked(Files.newInputStream(file));
        JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      return new DocumentReader(p, limits, "", true).readDocument(null);
    } catch (JsonCursor.Retry | StreamConstraintsException retry) {
      // A problem (or a limit counted in bytes): read again by characters, below, which locates
      // and reports every problem.
    } catch (JacksonIOException e) {
      if (!(e.getCause() instanceof PlainUtf8.NotPlainException)) {
        throw e.getCause();
      }
      // Not plain UTF-8 from the first bytes: read by characters, below.
    }
    try (InputStream in = Files.newInputStream(file)) {
      Supplier<JsonParser> parsers =
          () -> {
            try {
              return closingFactory.createParser(
                  ObjectReadContext.empty(), reader(Files.newInputStream(file)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      try (JsonParser p = parser(in)) {
        return new DocumentReader(p, limits, "").readDocument(new PointerLocator(parsers));
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads an atlas from a stream of UTF-8 bytes, up to the end of the document; the stream is not
   * closed. Atlas validation problems are located at the start of their entity (the stream cannot
   * be read twice).
   *
   * @param in the document
   * @return the atlas
   * @throws AtlasJsonException listing every problem, if the document is not a valid atlas
   * @throws IOException if the stream cannot be read
   */
  public Atlas read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    try (JsonParser p = parser(in)) {
      return new DocumentReader(p, limits, "").readDocument(null);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads an atlas from a stream of characters; the reader is not closed. Atlas validation problems
   * are located at the start of their entity (the reader cannot be read twice).
   *
   * @param reader the document
   * @return the atlas
   * @throws AtlasJsonException listing every problem, if the document is not a valid atlas
   * @throws IOException if the reader fails
   */
  public Atlas read(Reader reader) throws IOException {
    requireNonNull(reader, "reader");
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), skipBom(reader))) {
      return new DocumentReader(p, limits, "").readDocument(null);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  private JsonParser parser(InputStream in) {
    return factory.createParser(ObjectReadContext.empty(), reader(in));
  }

  /** Decodes strict UTF-8, so that columns count characters and bad bytes are reported. */
  private static Reader reader(InputStream in) {
    return new Utf8Reader(in);
  }

  private static Reader skipBom(Reader reader) {
    PushbackReader pushback = new PushbackReader(reader, 1);
    try {
      int first = pushback.read();
      if (first >= 0 && first != '\uFEFF') {
        pushback.unread(first);
      }
    } catch (IOException e) {
      // Reported when the parser reads: keep the reader as it is.
      return pushback;
    }
    return pushback;
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes an atlas as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param atlas the atlas
   * @param out where to write
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if a text has an unpaired surrogate
   */
  public void write(Atlas atlas, OutputStream out) throws IOException {
    requireNonNull(atlas, "atlas");
    requireNonNull(out, "out");
    JsonOutput.write(
        () -> factory.createGenerator(writeContext(), out, JsonEncoding.UTF8),
        g -> writeDocument(atlas, g));
  }

  /**
   * Writes an atlas to a stream of characters, which is flushed but not closed.
   *
   * @param atlas the atlas
   * @param writer where to write
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException if a text has an unpaired surrogate
   */
  public void write(Atlas atlas, Writer writer) throws IOException {
    requireNonNull(atlas, "atlas");
    requireNonNull(writer, "writer");
    JsonOutput.write(
        () -> factory.createGenerator(writeContext(), writer), g -> writeDocument(atlas, g));
  }

  /**
   * Writes an atlas as UTF-8 to a file, replacing it if it exists.
   *
   * @param atlas the atlas
   * @param file where to write
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if a text has an unpaired surrogate
   */
  public void write(Atlas atlas, Path file) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(atlas, out);
    }
  }

  /**
   * Returns an atlas as a JSON text.
   *
   * @param atlas the atlas
   * @return the document
   * @throws IllegalArgumentException if a text has an unpaired surrogate
   */
  public String writeString(Atlas atlas) {
    return JsonOutput.text(out -> write(atlas, out));
  }

  /**
   * Returns an atlas as UTF-8 bytes.
   *
   * @param atlas the atlas
   * @return the document
   * @throws IllegalArgumentException if a text has an unpaired surrogate
   */
  public byte[] writeBytes(Atlas atlas) {
    // Jackson's segmented builder, as its own writeValueAsBytes: no array doubled and copied as
    // the document grows, one copy at the end.
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      write(atlas, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
  }

  private void writeDocument(Atlas atlas, JsonGenerator g) {
    int entities =
        atlas.territories().size()
            + atlas.themes().size()
            + atlas.actors().size()
            + atlas.partnerships().size()
            + atlas.crises().size()
            + atlas.crisisImpacts().size();
    DocumentCodec.write(JsonOutput.of(g, features, entities), atlas);
    if (features.contains(AtlasJsonFeature.INDENT_OUTPUT)) {
      g.writeRaw('\n');
    }
  }

  ObjectWriteContext writeContext() {
    return writeContext(features.contains(AtlasJsonFeature.INDENT_OUTPUT));
  }

  JsonFactory factory() {
    return factory;
  }

  /** A write context with the format's pretty printer, or none. */
  static ObjectWriteContext writeContext(boolean indent) {
    if (!indent) {
      return ObjectWriteContext.empty();
    }
    return new ObjectWriteContext.Base() {
      @Override
      public @Nullable PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format, the resource {@value #SCHEMA_RESOURCE}.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = AtlasJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The JSON Schema is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the JSON Schema", e);
    }
  }

  /**
   * Returns {@code AtlasJson{features=[...], limits=...}}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "AtlasJson{features=" + features + ", limits=" + limits + "}";
  }
}
