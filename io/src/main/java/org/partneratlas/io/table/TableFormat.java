package org.partneratlas.io.table;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The text format of a table: how fields are separated and quoted. Every format is read as UTF-8,
 * with or without a byte order mark, with LF or CRLF line endings.
 */
public enum TableFormat {
  /** Comma-separated values (RFC 4180): fields may be quoted with {@code "}, quotes doubled. */
  CSV(',', true),
  /**
   * Semicolon-separated values, as spreadsheets write CSV where the comma is the decimal separator
   * (French, Spanish, German locales); quoting as {@link #CSV}.
   */
  SEMICOLON_CSV(';', true),
  /**
   * Tab-separated values (IANA {@code text/tab-separated-values}): fields are not quoted, so a
   * {@code "} is an ordinary character; a field cannot contain a tab or a line break.
   */
  TSV('\t', false);

  private final char separator;
  private final boolean quoted;

  TableFormat(char separator, boolean quoted) {
    this.separator = separator;
    this.quoted = quoted;
  }

  /**
   * Returns the format a file's extension names: {@code .tsv} and {@code .tab} are {@link #TSV},
   * anything else {@link #CSV}.
   *
   * @param path the file
   * @return the format
   */
  public static TableFormat of(Path path) {
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return file.endsWith(".tsv") || file.endsWith(".tab") ? TSV : CSV;
  }

  /**
   * Returns the field separator.
   *
   * @return the separator character
   */
  public char separator() {
    return separator;
  }

  /**
   * Returns whether fields may be quoted.
   *
   * @return whether {@code "} quotes fields
   */
  public boolean quoted() {
    return quoted;
  }
}
