package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a JSON document: where it is (a JSON Pointer, RFC 6901, and the line and column of
 * the value in the text) and what to do about it.
 *
 * <p>The pointer leads from the root of the document to the value at fault, such as {@code
 * /partnerships/3/parties/1/territory}; it is empty for the whole document. Lines and columns count
 * from 1, in characters; they are 0 when unknown (a document given as a Java object rather than
 * text). Immutable and thread-safe.
 */
@Immutable
public final class JsonProblem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value at fault. */
  private final String pointer;

  /** The line, from 1, or 0 if unknown. */
  private final int line;

  /** The column, from 1, or 0 if unknown. */
  private final int column;

  /** What is wrong and how to fix it. */
  private final String message;

  private JsonProblem(String pointer, int line, int column, String message) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.message = message;
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
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
    return new JsonProblem(pointer, line, column, message);
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value at fault.
   *
   * @return the pointer, such as {@code /territories/0/id}; empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the value at fault.
   *
   * @return the line, from 1, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the value at fault, in characters.
   *
   * @return the column, from 1, or 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong and how to fix it.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof JsonProblem)) {
      return false;
    }
    JsonProblem o = (JsonProblem) obj;
    return line == o.line
        && column == o.column
        && pointer.equals(o.pointer)
        && message.equals(o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, message);
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
