package org.partneratlas.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Data that cannot be imported at all: a table that cannot be read, is not UTF-8 text, has no
 * header, or whose header lacks a required column; a Wikidata dump line that is not an entity.
 * Problems with single rows are not exceptions: they are {@linkplain
 * org.partneratlas.io.table.Reason rejections} in the {@link
 * org.partneratlas.io.table.ImportReport}. The one exception type of this module for bad data.
 *
 * <p>The exception lists every problem found, each with its table or file and, where it has one,
 * its line.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, each a sentence; an immutable list of strings, which serialises. */
  @SuppressWarnings("serial")
  private final ImmutableList<String> problems;

  /**
   * Returns an exception with these problems.
   *
   * @param problems sentences naming where the problem is and what to do; at least one
   */
  public ImportException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns an exception with one problem and its cause.
   *
   * @param problem a sentence naming where the problem is and what to do
   * @param cause the exception that revealed it
   */
  public ImportException(String problem, Throwable cause) {
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
