package org.partneratlas.benchmarks.report;

import org.jspecify.annotations.Nullable;

/**
 * A figure of the benchmark issue: which library benchmark is compared with which baseline, how the
 * ratio reads, and the goal.
 *
 * @param figure the figure, such as {@code "1"} or {@code "4b"}
 * @param title what is measured
 * @param library the library's benchmark, {@code SimpleClassName.method}
 * @param baseline the baseline's benchmark, {@code SimpleClassName.method}
 * @param direction how the ratio is computed
 * @param goal the goal on the ratio (or on the score, for {@link Direction#SCORE_AT_MOST}), or null
 *     if the figure is only reported
 */
public record Figure(
    String figure,
    String title,
    String library,
    String baseline,
    Direction direction,
    @Nullable Double goal) {

  /** How a figure's ratio is computed and its goal checked. */
  public enum Direction {
    /**
     * Baseline time ÷ library time: how many times faster (or, below 1, the fraction of the
     * baseline's throughput) the library is; the goal is a minimum.
     */
    SPEEDUP("baseline time / library time (higher is better)"),
    /** Library time ÷ baseline time: how many times the baseline's cost; the goal is a maximum. */
    COST("library time / baseline time (lower is better)"),
    /**
     * Library score ÷ baseline score, reported; the goal is a maximum on the library's score
     * itself.
     */
    SCORE_AT_MOST("library / baseline (lower is better); goal on the library's score");

    private final String meaning;

    Direction(String meaning) {
      this.meaning = meaning;
    }

    /**
     * Returns how the ratio is computed, in words.
     *
     * @return the meaning
     */
    public String meaning() {
      return meaning;
    }
  }

  /**
   * Compares two measurements as this figure says.
   *
   * @param library the library's measurement
   * @param baseline the baseline's measurement
   * @return the comparison
   */
  public Comparison compare(Measurement library, Measurement baseline) {
    double ratio =
        direction == Direction.SPEEDUP
            ? baseline.score() / library.score()
            : library.score() / baseline.score();
    Boolean met = null;
    String goalText = null;
    if (goal != null) {
      switch (direction) {
        case SPEEDUP:
          met = ratio >= goal;
          goalText = "ratio >= " + format(goal);
          break;
        case COST:
          met = ratio <= goal;
          goalText = "ratio <= " + format(goal);
          break;
        case SCORE_AT_MOST:
          met = library.score() <= goal;
          goalText = "score <= " + format(goal) + " " + library.unit();
          break;
      }
    }
    return new Comparison(
        figure,
        title,
        library.benchmark(),
        baseline.benchmark(),
        library.size(),
        library.score(),
        library.error(),
        library.unit(),
        baseline.score(),
        baseline.error(),
        ratio,
        direction.meaning(),
        goalText,
        met);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
