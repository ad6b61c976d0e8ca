package org.partneratlas.benchmarks.baseline;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user without the library writes to read and write an atlas document: Jackson databind on
 * {@link PlainAtlas} records, and, as the floor of any reader, a bare scan of the tokens with
 * Jackson's streaming parser.
 */
public final class JacksonBaseline {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // As strict as the library on structure: a property without a record component fails.
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  private static final ObjectReader READER = MAPPER.readerFor(PlainAtlas.class);
  private static final ObjectWriter WRITER = MAPPER.writerFor(PlainAtlas.class);
  private static final JsonFactory FACTORY = new JsonFactory();

  private JacksonBaseline() {}

  /**
   * Reads a document into records.
   *
   * @param json the UTF-8 document
   * @return the records
   */
  public static PlainAtlas read(byte[] json) {
    return READER.readValue(json);
  }

  /**
   * Writes records as a document on one line.
   *
   * @param atlas the records
   * @return the UTF-8 document
   */
  public static byte[] write(PlainAtlas atlas) {
    return WRITER.writeValueAsBytes(atlas);
  }

  /**
   * Reads every token of a document and does nothing with them: the least any reader must do.
   *
   * @param json the UTF-8 document
   * @return the number of tokens
   */
  public static long scanTokens(byte[] json) {
    long tokens = 0;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens += token.id();
      }
    }
    return tokens;
  }
}
