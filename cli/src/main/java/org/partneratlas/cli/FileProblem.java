package org.partneratlas.cli;

import static java.util.Objects.requireNonNull;

import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * One problem of a file that {@code validate} reports: the file, the line and column (0 when not
 * known: a table's rows are located by line only), the JSON Pointer of the value at fault in an
 * atlas (null for a table) and what to do.
 */
record FileProblem(String file, long line, long column, @Nullable String pointer, String message) {

  FileProblem {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
  }

  /** A problem of the whole file, such as "no such file". */
  static FileProblem ofFile(String file, String message) {
    return new FileProblem(file, 0, 0, null, message);
  }

  /**
   * The problem as a compiler gives one, for editors to jump to: {@code file:line:column: /pointer:
   * message}, with what is not known left out.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (pointer != null) {
      sb.append(pointer.isEmpty() ? "(document)" : pointer).append(": ");
    }
    return sb.append(message).toString();
  }

  /**
   * Writes problems as a JSON array of objects with {@code file}, {@code line}, {@code column},
   * {@code pointer} and {@code message}; a line, column or pointer that is not known is null.
   */
  static void writeJson(List<FileProblem> problems, Writer writer) {
    try (JsonGenerator g = JsonOutput.to(writer)) {
      g.writeStartArray();
      for (FileProblem p : problems) {
        g.writeStartObject();
        g.writeStringProperty("file", p.file());
        if (p.line() > 0) {
          g.writeNumberProperty("line", p.line());
        } else {
          g.writeNullProperty("line");
        }
        if (p.column() > 0) {
          g.writeNumberProperty("column", p.column());
        } else {
          g.writeNullProperty("column");
        }
        if (p.pointer() != null) {
          g.writeStringProperty("pointer", p.pointer());
        } else {
          g.writeNullProperty("pointer");
        }
        g.writeStringProperty("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }
}
