package org.partneratlas.benchmarks.report;

import org.jspecify.annotations.Nullable;

/**
 * One line of the results: a library benchmark against one baseline, measured in the same run.
 *
 * @param figure the figure of the issue, such as {@code "1"} or {@code "4b"}
 * @param title what is measured
 * @param benchmark the library's benchmark
 * @param baseline the baseline's benchmark
 * @param size the number of partnerships
 * @param score the library's score
 * @param error the library's score error (99.9% confidence half-width), NaN if unknown
 * @param unit the unit of the scores
 * @param baselineScore the baseline's score
 * @param baselineError the baseline's score error
 * @param ratio the ratio, as {@code ratioMeaning} defines it
 * @param ratioMeaning how the ratio is computed
 * @param goal the goal, or null if the ratio is only reported
 * @param met whether the goal is met, null if there is no goal
 */
public record Comparison(
    String figure,
    String title,
    String benchmark,
    String baseline,
    long size,
    double score,
    double error,
    String unit,
    double baselineScore,
    double baselineError,
    double ratio,
    String ratioMeaning,
    @Nullable String goal,
    @Nullable Boolean met) {}
