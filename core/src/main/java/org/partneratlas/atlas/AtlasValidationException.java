package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when an {@link Atlas} cannot be built because its entities break the rules of the model:
 * it lists every {@link Problem} found, each with the entity, the field and a message, so that a
 * whole file can be fixed in one pass.
 *
 * <p>The exception's message lists the problems, one per line.
 */
public final class AtlasValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Problems are kept in a serialisable list, as exceptions are serialisable. */
  @SuppressWarnings("serial")
  private final ImmutableList<Problem> problems;

  /**
   * Returns an exception for the given problems.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if there is no problem
   */
  public AtlasValidationException(Iterable<Problem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private AtlasValidationException(ImmutableList<Problem> problems) {
    super(message(problems));
    this.problems = problems;
  }

  private static String message(ImmutableList<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An AtlasValidationException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append("The atlas has ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (Problem problem : problems) {
      sb.append("\n  - ").append(problem);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, in a deterministic order: by kind of entity, position, then as
   * found.
   *
   * @return the problems, at least one
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
