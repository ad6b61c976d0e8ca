package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * see it where they expect Jackson's own exceptions. Its message lists the problems, one per line,
 * up to {@link JsonLimits#maxProblems()} of them (by default {@value
 * JsonLimits#DEFAULT_MAX_PROBLEMS}); the rest are counted by where they are ("and 99,900 more:
 * 99,900 at /partnerships/&#42;/parties/&#42;/territory"), and {@link #problems()} lists them all.
 * Problems of the values stop reading at {@code maxProblems}; problems of the Atlas's rules are all
 * found, since they are checked on the whole Atlas at once.
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
    this(problems, truncated, JsonLimits.DEFAULT_MAX_PROBLEMS);
  }

  /**
   * Returns an exception for the given problems whose message lists at most {@code shown} of them.
   */
  AtlasJsonException(Iterable<JsonProblem> problems, boolean truncated, int shown) {
    this(ImmutableList.copyOf(problems), truncated, shown);
  }

  private AtlasJsonException(ImmutableList<JsonProblem> problems, boolean truncated, int shown) {
    super(message(problems, truncated, shown));
    this.problems = problems;
    this.truncated = truncated;
  }

  private static String message(ImmutableList<JsonProblem> problems, boolean truncated, int shown) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An AtlasJsonException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder("The document has ");
    sb.append(truncated ? "more than " : "")
        .append(String.format(java.util.Locale.ROOT, "%,d", problems.size()))
        .append(problems.size() == 1 && !truncated ? " problem:" : " problems:");
    for (JsonProblem problem : problems.subList(0, Math.min(shown, problems.size()))) {
      sb.append("\n  - ").append(abbreviate(problem.toString(), 1_000));
    }
    if (problems.size() > shown) {
      summarise(sb, problems.subList(shown, problems.size()));
    }
    if (truncated) {
      sb.append("\n  (reading stopped after ")
          .append(problems.size())
          .append(" problems: fix these and read again)");
    }
    return sb.toString();
  }

  /** Counts the problems not shown by the pattern of their pointer, the most frequent first. */
  private static void summarise(StringBuilder sb, List<JsonProblem> rest) {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonProblem problem : rest) {
      counts.merge(abbreviate(pattern(problem.pointer()), 120), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> groups = new ArrayList<>(counts.entrySet());
    groups.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    sb.append(String.format(java.util.Locale.ROOT, "\n  - and %,d more:", rest.size()));
    for (int i = 0; i < groups.size() && i < 10; i++) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "%s %,d at %s",
              i == 0 ? "" : ",",
              groups.get(i).getValue(),
              groups.get(i).getKey()));
    }
    if (groups.size() > 10) {
      sb.append(", and others");
    }
    sb.append(" (problems() lists them all)");
  }

  /**
   * A pointer with its array indexes as {@code *}: {@code /partnerships/*\/parties/*\/territory}.
   */
  private static String pattern(String pointer) {
    return pointer.replaceAll("/[0-9]+(?=/|$)", "/*");
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "...";
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
