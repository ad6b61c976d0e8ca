package org.partneratlas.io.table;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A table that cannot be imported at all: it cannot be read, is not UTF-8 text, has no header, or
 * its header lacks a required column. Problems with single rows are not exceptions: they are
 * {@linkplain Reason rejections} in the {@link ImportReport}.
 *
 * <p>The exception lists every problem found, each with its table and, where it has one, its line.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // An ImmutableList of Strings.
  private final ImmutableList<String> problems;

  ImportException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  ImportException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = ImmutableList.of(problem);
  }

  /**
   * Returns the problems, each a sentence naming the table (and line) and what to do.
   *
   * @return the problems, at least one
   */
  public ImmutableList<String> problems() {
    return problems;
  }
}
