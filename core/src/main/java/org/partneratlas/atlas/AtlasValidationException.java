package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown when an {@link Atlas} cannot be built because its entities break the rules of the model:
 * it lists every {@link Problem} found, each with the entity, the field and a message, so that a
 * whole file can be fixed in one pass.
 *
 * <p>The exception's message lists the problems, one per line: the first {@link
 * #MAX_LISTED_PROBLEMS}, then how many more there are of each kind of entity and field, such as
 * {@code ... and 99,900 more of these kinds: 99,900 at partnership parties[].territory}. The whole
 * list is always available from {@link #problems()}, so a message stays short even for a file with
 * a hundred thousand problems.
 */
public final class AtlasValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The number of problems the message lists one by one, {@value}; the others are counted. */
  public static final int MAX_LISTED_PROBLEMS = 100;

  /** The number of kinds of problem the message counts after the listed ones. */
  private static final int MAX_COUNTED_KINDS = 20;

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
        .append(String.format(Locale.ROOT, "%,d", problems.size()))
        .append(problems.size() == 1 ? " problem:" : " problems:");
    int listed = Math.min(problems.size(), MAX_LISTED_PROBLEMS);
    for (int i = 0; i < listed; i++) {
      sb.append("\n  - ").append(problems.get(i));
    }
    if (listed < problems.size()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Problem problem : problems.subList(listed, problems.size())) {
        counts.merge(kindOf(problem), 1, Integer::sum);
      }
      sb.append("\n  - and ")
          .append(String.format(Locale.ROOT, "%,d", problems.size() - listed))
          .append(" more of these kinds: ");
      List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
      byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      for (int i = 0; i < Math.min(byCount.size(), MAX_COUNTED_KINDS); i++) {
        Map.Entry<String, Integer> e = byCount.get(i);
        sb.append(i == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "%,d", e.getValue()))
            .append(" at ")
            .append(e.getKey());
      }
      if (byCount.size() > MAX_COUNTED_KINDS) {
        int others = 0;
        for (Map.Entry<String, Integer> e : byCount.subList(MAX_COUNTED_KINDS, byCount.size())) {
          others += e.getValue();
        }
        sb.append(", ").append(String.format(Locale.ROOT, "%,d", others)).append(" elsewhere");
      }
      sb.append(" (every problem is in the exception's list of problems)");
    }
    return sb.toString();
  }

  /** Returns the kind of entity and the field, without positions: {@code partnership parties[]}. */
  private static String kindOf(Problem problem) {
    StringBuilder sb =
        new StringBuilder(problem.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    boolean first = true;
    for (String segment : problem.path()) {
      if (!segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
        sb.append("[]");
      } else {
        sb.append(first ? " " : ".").append(segment);
      }
      first = false;
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
