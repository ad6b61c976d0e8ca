package org.partneratlas.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.partneratlas.atlas.Atlas;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * How {@link AtlasJson} reads a document from each kind of source: the parser for it, and whether
 * the document can be read a second time to give the exact line and column of an Atlas rule's
 * problem (a text, bytes and a file can; a stream and a reader cannot).
 *
 * <p>Plain UTF-8 bytes and files are first read by Jackson's byte parser, which is faster and
 * reports nothing: at the first problem (or a limit, which Jackson counts in bytes there) the
 * document is read again by characters, which locates and reports every problem with columns that
 * count characters. Immutable and thread-safe, as its factories are.
 */
final class DocumentSources {

  private final JsonLimits limits;
  private final JsonFactory factory;

  /** As {@link #factory}, but closing its sources: for second passes over files. */
  private final JsonFactory closingFactory;

  /**
   * @param factory a factory that closes nothing it is given, with the limits' stream constraints
   */
  DocumentSources(JsonLimits limits, JsonFactory factory, JsonFactory closingFactory) {
    this.limits = limits;
    this.factory = factory;
    this.closingFactory = closingFactory;
  }

  Atlas read(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    Supplier<JsonParser> parsers = () -> factory.createParser(ObjectReadContext.empty(), text);
    JsonParser parser;
    try {
      parser = parsers.get();
    } catch (StreamConstraintsException tooLong) {
      // Jackson checks a text's length before it parses: read it as characters, which reports the
      // limit as a problem of the document at the place it is exceeded.
      try {
        return read(new StringReader(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // cannot happen in memory
      }
    }
    try (JsonParser p = parser) {
      return new DocumentReader(p, limits, "").readDocument(new PointerLocator(parsers));
    }
  }

  Atlas read(byte[] json) {
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

  Atlas read(Path file) throws IOException {
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

  Atlas read(InputStream in) throws IOException {
    try (JsonParser p = parser(in)) {
      return new DocumentReader(p, limits, "").readDocument(null);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  Atlas read(Reader reader) throws IOException {
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
}
