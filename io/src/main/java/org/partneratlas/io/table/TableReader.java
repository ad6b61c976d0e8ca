package org.partneratlas.io.table;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.partneratlas.io.ImportException;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the rows of a CSV or TSV table with Jackson's CSV parser, as lists of strings with their
 * line numbers and text. A byte order mark is skipped; bytes that are not UTF-8 are an error, not
 * replaced. Not thread-safe.
 */
final class TableReader implements Closeable {

  // The streaming factory alone: no data binding to initialise for rows of strings.
  private static final CsvFactory FACTORY = new CsvFactory();

  /** A row: its first line, its fields, and its text re-joined by the separator. */
  record Row(long line, List<String> fields, String text) {}

  private final String table;
  private final TableFormat format;
  private final JsonParser parser;

  TableReader(String table, InputStream in, TableFormat format) {
    this(
        table,
        new InputStreamReader(
            new BufferedInputStream(in),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        format);
  }

  TableReader(String table, Reader reader, TableFormat format) {
    this.table = table;
    this.format = format;
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(format.separator());
    schema = format.quoted() ? schema.withQuoteChar('"') : schema.withoutQuoteChar();
    schema = schema.withoutEscapeChar();
    try {
      CsvSchema rows = schema;
      ObjectReadContext context =
          new ObjectReadContext.Base() {
            @Override
            public FormatSchema getSchema() {
              return rows;
            }
          };
      this.parser = FACTORY.createParser(context, reader);
    } catch (JacksonException e) {
      throw new ImportException(table + ": cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Returns the next row, or null at the end of the table.
   *
   * @throws ImportException if the text cannot be read
   */
  @Nullable Row next() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      if (token != JsonToken.START_ARRAY) {
        throw new ImportException(
            List.of(table + ": line " + line() + ": unexpected " + token + " in the table"));
      }
      // The location of START_ARRAY is the end of the previous row: take the first field's.
      long line = -1;
      List<String> fields = new ArrayList<>();
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new ImportException(List.of(table + ": the last row is cut short"));
        }
        if (line < 0) {
          line = parser.currentTokenLocation().getLineNr();
        }
        fields.add(parser.getString());
      }
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      return new Row(line, fields, join(fields));
    } catch (JacksonException e) {
      String cause =
          e.getCause() instanceof IOException
              ? "it is not UTF-8 text (" + e.getCause().getMessage() + ")"
              : e.getOriginalMessage();
      throw new ImportException(
          table + ": line " + line() + ": cannot be read: " + cause + ". Save the table as UTF-8.",
          e);
    }
  }

  private long line() {
    return parser.currentLocation().getLineNr();
  }

  private String join(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(format.separator());
      }
      sb.append(quote(fields.get(i), format));
    }
    return sb.toString();
  }

  /** A field as the format writes it: quoted in CSV when it holds a separator, quote or newline. */
  static String quote(String field, TableFormat format) {
    if (!format.quoted()) {
      return field;
    }
    if (field.indexOf(format.separator()) < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      // Closing a reader of text already read: nothing is lost.
    }
  }
}
