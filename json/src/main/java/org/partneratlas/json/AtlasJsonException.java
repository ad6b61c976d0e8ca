package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a JSON document is not a valid Partner Atlas document: malformed JSON, a value of the
 * wrong type or form, an unknown or duplicate property, a limit exceeded, or an Atlas that breaks
 * the rules of the model (dangling references, duplicate ids, ...).
 *
 * <p>It is the only exception the json module throws for bad data. It lists every {@linkplain
 * #problems() problem} found, each with its JSON Pointer, line, column and a message a data steward
 * can act on, so that a whole file can be fixed in one pass: reading goes on after a problem
 * wherever it can, and stops at malformed JSON, at an exceeded limit, or after {@link
 * JsonLimits#maxProblems()} problems.
 *
 * <p>It is a Jackson {@link DatabindException}, so that host mappers using {@link AtlasJsonModule}
 * see it where they expect Jackson's own exceptions. Its message lists the problems, one per line.
 */
public final class AtlasJsonException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  @SuppressWarnings("serial") // ImmutableList of serializable problems
  private final ImmutableList<JsonProblem> problems;

  /** Whether reading stopped after too many problems. */
  private final boolean truncated;

  /**
   * Returns an exception for the given problems.
   *
   * @param problems the problems, at least one
   * @param truncated whether reading stopped after too many problems, so that more may follow
   * @throws IllegalArgumentException if there is no problem
   */
  public AtlasJsonException(Iterable<JsonProblem> problems, boolean truncated) {
    this(ImmutableList.copyOf(problems), truncated);
  }

  private AtlasJsonException(ImmutableList<JsonProblem> problems, boolean truncated) {
    super(message(problems, truncated));
    this.problems = problems;
    this.truncated = truncated;
  }

  private static String message(ImmutableList<JsonProblem> problems, boolean truncated) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An AtlasJsonException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder("The document has ");
    sb.append(truncated ? "more than " : "")
        .append(problems.size())
        .append(problems.size() == 1 && !truncated ? " problem:" : " problems:");
    for (JsonProblem problem : problems) {
      sb.append("\n  - ").append(problem);
    }
    if (truncated) {
      sb.append("\n  (reading stopped after ")
          .append(problems.size())
          .append(" problems: fix these and read again)");
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, in the order of the document, then Atlas validation problems by
   * kind of entity and position.
   *
   * @return the problems, at least one
   */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns whether reading stopped after {@link JsonLimits#maxProblems()} problems, so that the
   * document may have more.
   *
   * @return whether the list of problems is cut short
   */
  public boolean truncated() {
    return truncated;
  }
}
