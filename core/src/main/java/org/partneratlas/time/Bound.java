package org.partneratlas.time;

/**
 * What is known of one side of a {@link DateRange}.
 *
 * <table class="striped">
 *   <caption>Bounds and their EDTF text</caption>
 *   <thead><tr><th>Bound</th><th>Start</th><th>End</th><th>Means</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #KNOWN}</td><td>{@code 2009/…}</td><td>{@code …/2019}</td>
 *       <td>a date, as precise as the source gives it</td></tr>
 *   <tr><td>{@link #OPEN}</td><td>{@code ../2019}</td><td>{@code 2009/..}</td>
 *       <td>no limit on that side: "until 2019" from as far back as its context goes, or
 *       "since 2009", ongoing</td></tr>
 *   <tr><td>{@link #UNKNOWN}</td><td>{@code /2016}</td><td>{@code 2010/}</td>
 *       <td>there is a limit, but no source gives it: "began in 2010, end not known"</td></tr>
 *   </tbody>
 * </table>
 */
public enum Bound {
  /** The side is a known (possibly imprecise) date. */
  KNOWN,
  /** The side is open: the period extends without limit on that side (EDTF {@code ..}). */
  OPEN,
  /** The side exists but is not known (EDTF: empty). */
  UNKNOWN
}
