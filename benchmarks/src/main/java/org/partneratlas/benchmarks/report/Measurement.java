package org.partneratlas.benchmarks.report;

/**
 * One measured benchmark at one size.
 *
 * @param benchmark the benchmark, as {@code SimpleClassName.method}
 * @param size the number of partnerships
 * @param score the score (mean)
 * @param error the score error (99.9% confidence half-width for JMH, half the range over
 *     repetitions for the heap), NaN if unknown
 * @param unit the unit
 * @param samples the number of measurement iterations or repetitions
 */
public record Measurement(
    String benchmark, long size, double score, double error, String unit, int samples) {}
