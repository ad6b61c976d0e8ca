/**
 * Dates as the sources give them: with a precision (year, season, month, day) and as intervals that
 * may be open, with EDTF (ISO 8601-2 level 0 and 1) as their canonical text.
 *
 * <h2>The EDTF dates of {@link PartialDate}</h2>
 *
 * <p>{@link PartialDate#parse(CharSequence)} reads, and {@link PartialDate#toString()} writes, the
 * date part of EDTF levels 0 and 1:
 *
 * <table class="striped">
 *   <caption>Supported EDTF date features</caption>
 *   <thead><tr><th>Feature (EDTF level)</th><th>Examples</th><th>Days it may denote</th></tr>
 *   </thead>
 *   <tbody>
 *   <tr><td>Year, month, day (0)</td><td>{@code 2016}, {@code 2020-10}, {@code 2020-10-12}</td>
 *       <td>the whole year, month or the day</td></tr>
 *   <tr><td>Season (1), codes 21 to 24 only</td><td>{@code 2020-23} (autumn 2020)</td>
 *       <td>the three months of the {@link Season}</td></tr>
 *   <tr><td>Qualification of a whole date (1): {@code ?} uncertain, {@code ~} approximate,
 *       {@code %} both</td><td>{@code 1984?}, {@code 2004-06~}, {@code 2004-06-11%}</td>
 *       <td>the date widened by one unit of its precision on each side (see below)</td></tr>
 *   <tr><td>Unspecified digits from the right (1)</td><td>{@code 196X}, {@code 19XX},
 *       {@code 2004-XX}, {@code 1985-04-XX}, {@code 1985-XX-XX}</td>
 *       <td>every day the digits may take: {@code 196X} is 1960-01-01 to 1969-12-31</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A qualifier written before a year-only date ({@code ~1960}, the component form of EDTF level
 * 2, which for a lone year means the same as {@code 1960~}) is accepted and written back in the
 * level 1 form {@code 1960~}.
 *
 * <p><b>Not supported</b>, and rejected by {@link PartialDate#parse(CharSequence)} with a message
 * naming the feature: times of day and time zones ({@code 1985-04-12T23:20:30}); years outside 1 to
 * 9999, including year {@code 0000}, negative years ({@code -1985}) and letter-prefixed years
 * ({@code Y170000002}); seasons and sub-year groupings 25 to 41 (level 2); qualification of single
 * components after the year ({@code 2004-?06-11}, level 2); unspecified digits other than from the
 * right ({@code 1XXX}, {@code XXXX}, {@code 156X-12-25}, level 2); sets and lists ({@code [1667,
 * 1668]}, {@code {1960, 1961}}); exponential years and significant digits ({@code Y17E7}, {@code
 * 1950S2}).
 *
 * <h2>The EDTF periods of {@link DateRange}</h2>
 *
 * <p>{@link DateRange#parse(CharSequence)} reads, and {@link DateRange#toString()} writes, the
 * interval part of EDTF levels 0 and 1, with the dates above on either side:
 *
 * <ul>
 *   <li>{@code 2016}, {@code 2020-23}, {@code 1960~} — a single date (possibly imprecise);
 *   <li>{@code 2017/2018}, {@code 2020-10-12/2020-10-16}, {@code 1984?/2004-06~} — both ends known;
 *   <li>{@code 2009/..} — open end: since 2009, ongoing;
 *   <li>{@code 2010/} — unknown end: began in 2010, no source says when (or whether) it ended;
 *   <li>{@code ../2019} — open start: until 2019, from as far back as its context goes;
 *   <li>{@code /2016} — unknown start: ended in 2016, no source says when it began;
 *   <li>{@code ../..}, {@code /}, {@code ../}, {@code /..} — the combinations without dates: {@code
 *       ../..} holds at every time of its context (a party over the whole life of its partnership),
 *       {@code /} is the period of which nothing is known.
 * </ul>
 *
 * <p>EDTF's specification lists one-sided unknown and open intervals; it lists neither {@code /}
 * nor {@code ../..}, which this library reads with the meaning of their two sides. A closed
 * interval whose start and end are the same date is that single date ({@code 2016/2016} reads as
 * {@code 2016}). Time intervals of EDTF level 2 (sets, qualified components) are not supported and
 * are rejected with a message naming the feature.
 *
 * <h2>Which days a partial date may denote</h2>
 *
 * <p>Every partial date may denote a span of days, from {@link PartialDate#earliestDay()} to {@link
 * PartialDate#latestDay()}. For a date without qualifier this is exactly the days its text covers.
 * EDTF gives no magnitude to "uncertain" or "approximate", so this library takes one rule for both
 * (and for {@code %}): a qualified date may lie <em>one unit of its precision</em> before or after
 * what is written — a year for a year, three months for a season, a month for a month, a day for a
 * day, and the width of the unspecified digits for {@code 196X~} (ten years) or {@code 19XX?} (a
 * hundred years). So {@code 1960~} may denote any day from 1959-01-01 to 1961-12-31: an approximate
 * start in 1960 makes 1959 "possibly" part of a period, and the period is "definitely" under way
 * only from 1962 (see {@link DateRange#holdsDuring(DateRange)}).
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.time;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
