package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;

/**
 * One problem of a JSON document: where it is (a JSON Pointer, RFC 6901, and the line and column of
 * the value in the text) and what to do about it.
 *
 * <p>The pointer leads from the root of the document to the value at fault, such as {@code
 * /partnerships/3/parties/1/territory}; it is empty for the whole document. Lines and columns count
 * from 1, in characters; they are 0 when unknown (a document given as a Java object rather than
 * text). Immutable and thread-safe.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the value at fault, such as {@code
 *     /territories/0/id}; empty for the whole document
 * @param line the line of the value at fault, from 1, or 0 if unknown
 * @param column the column of the value at fault, in characters, from 1, or 0 if unknown
 * @param message what is wrong and how to fix it
 * @serial exclude its serialized form is that of a record: its components, documented above
 */
// Javadoc takes "@serial exclude" on a class (its serialized-form page would otherwise ask for a
// comment on each component again); Error Prone knows the tag on fields only.
@SuppressWarnings("InvalidBlockTag")
@Immutable
public record JsonProblem(String pointer, int line, int column, String message)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checks the pointer, line and column; {@link #of} is the same.
   *
   * @param pointer the JSON Pointer of the value at fault, empty for the whole document
   * @param line the line, from 1, or 0 if unknown
   * @param column the column, from 1, or 0 if unknown
   * @param message what is wrong and how to fix it
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}, or
   *     the line or column is negative
   */
  public JsonProblem {
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /**
   * Returns a problem.
   *
   * @param pointer the JSON Pointer of the value at fault, empty for the whole document
   * @param line the line, from 1, or 0 if unknown
   * @param column the column, from 1, or 0 if unknown
   * @param message what is wrong and how to fix it
   * @return the problem
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}, or
   *     the line or column is negative
   */
  public static JsonProblem of(String pointer, int line, int column, String message) {
    return new JsonProblem(pointer, line, column, message);
  }

  /**
   * Returns {@code line L, column C at POINTER: MESSAGE}, such as {@code line 12, column 20 at
   * /territories/0/country: 'FRA' is not an ISO 3166-1 alpha-2 country code: ...}.
   *
   * @return a readable line
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append("line ").append(line).append(", column ").append(column).append(" at ");
    } else {
      sb.append("at ");
    }
    sb.append(pointer.isEmpty() ? "the document root" : pointer).append(": ").append(message);
    return sb.toString();
  }
}
