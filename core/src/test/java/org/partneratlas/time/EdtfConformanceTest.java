package org.partneratlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of the Extended Date/Time Format specification (Library of Congress, 2019) for every
 * feature this library claims, with the days each may denote; and the examples of the features it
 * does not support, each rejected with a message naming the feature.
 */
class EdtfConformanceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // Level 0: dates
    "1985-04-12, 1985-04-12, 1985-04-12, 1985-04-12, 1985-04-12",
    "1985-04, 1985-04-01, 1985-04-30, 1985-04-01, 1985-04-30",
    "1985, 1985-01-01, 1985-12-31, 1985-01-01, 1985-12-31",
    // Level 1: seasons (21 to 24)
    "2001-21, 2001-03-01, 2001-05-31, 2001-03-01, 2001-05-31",
    "2001-24, 2001-12-01, 2002-02-28, 2001-12-01, 2002-02-28",
    // Level 1: qualification of a date: written days, then one unit of precision either side
    "1984?, 1984-01-01, 1984-12-31, 1983-01-01, 1985-12-31",
    "2004-06~, 2004-06-01, 2004-06-30, 2004-05-01, 2004-07-31",
    "2004-06-11%, 2004-06-11, 2004-06-11, 2004-06-10, 2004-06-12",
    // Level 1: unspecified digits from the right
    "201X, 2010-01-01, 2019-12-31, 2010-01-01, 2019-12-31",
    "20XX, 2000-01-01, 2099-12-31, 2000-01-01, 2099-12-31",
    "2004-XX, 2004-01-01, 2004-12-31, 2004-01-01, 2004-12-31",
    "1985-04-XX, 1985-04-01, 1985-04-30, 1985-04-01, 1985-04-30",
    "1985-XX-XX, 1985-01-01, 1985-12-31, 1985-01-01, 1985-12-31",
  })
  void supportedDatesDenoteTheirDays(
      String text,
      LocalDate writtenEarliest,
      LocalDate writtenLatest,
      LocalDate earliest,
      LocalDate latest) {
    PartialDate date = PartialDate.parse(text);
    assertEquals(text, date.toString());
    assertEquals(writtenEarliest, date.writtenEarliestDay());
    assertEquals(writtenLatest, date.writtenLatestDay());
    assertEquals(earliest, date.earliestDay());
    assertEquals(latest, date.latestDay());
    assertEquals(date, PartialDate.parse(date.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        // Level 0: time intervals. Columns: text, start bound, start, end bound, end
        "1964/2008, KNOWN, 1964, KNOWN, 2008",
        "2004-06/2006-08, KNOWN, 2004-06, KNOWN, 2006-08",
        "2004-02-01/2005-02-08, KNOWN, 2004-02-01, KNOWN, 2005-02-08",
        "2004-02-01/2005-02, KNOWN, 2004-02-01, KNOWN, 2005-02",
        "2004-02-01/2005, KNOWN, 2004-02-01, KNOWN, 2005",
        "2005/2006-02, KNOWN, 2005, KNOWN, 2006-02",
        // Level 1: extended intervals, open
        "1985-04-12/.., KNOWN, 1985-04-12, OPEN, -",
        "1985-04/.., KNOWN, 1985-04, OPEN, -",
        "1985/.., KNOWN, 1985, OPEN, -",
        "../1985-04-12, OPEN, -, KNOWN, 1985-04-12",
        "../1985-04, OPEN, -, KNOWN, 1985-04",
        "../1985, OPEN, -, KNOWN, 1985",
        // ... unknown
        "1985-04-12/, KNOWN, 1985-04-12, UNKNOWN, -",
        "1985-04/, KNOWN, 1985-04, UNKNOWN, -",
        "1985/, KNOWN, 1985, UNKNOWN, -",
        "/1985-04-12, UNKNOWN, -, KNOWN, 1985-04-12",
        "/1985-04, UNKNOWN, -, KNOWN, 1985-04",
        "/1985, UNKNOWN, -, KNOWN, 1985",
        // ... qualified bounds
        "1984~/2004-06, KNOWN, 1984~, KNOWN, 2004-06",
        "1984/2004-06~, KNOWN, 1984, KNOWN, 2004-06~",
        "1984~/2004~, KNOWN, 1984~, KNOWN, 2004~",
        "1984?/2004%, KNOWN, 1984?, KNOWN, 2004%",
        "1984-06?/2004-08?, KNOWN, 1984-06?, KNOWN, 2004-08?",
        "1984-06-02?/2004-08-08~, KNOWN, 1984-06-02?, KNOWN, 2004-08-08~",
        "1984-06-02?/, KNOWN, 1984-06-02?, UNKNOWN, -",
      })
  void supportedIntervalsKeepTheirBounds(
      String text, Bound startBound, String start, Bound endBound, String end) {
    DateRange range = DateRange.parse(text);
    assertEquals(text, range.toString());
    assertEquals(startBound, range.startBound());
    assertEquals(endBound, range.endBound());
    assertEquals(
        start == null ? null : PartialDate.parse(start), range.start().orElse(null), "start");
    assertEquals(end == null ? null : PartialDate.parse(end), range.end().orElse(null), "end");
    assertEquals(range, DateRange.parse(range.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1985-04-12T23:20:30|times of day",
        "1985-04-12T23:20:30Z|times of day",
        "Y170000002|letter-prefixed years",
        "Y-170000002|letter-prefixed years",
        "-1985|negative years",
        "2001-34|sub-year grouping 34",
        "2001-25|sub-year grouping 25",
        "[1667,1668,1670..1672]|sets and lists",
        "{1667,1668}|sets and lists",
        "?2004-06-11|qualifies a single component",
        "2004-?06-11|qualifiers on single components",
        "2004-06-~11|qualifiers on single components",
        "156X-12-25|unspecified year digits followed by a month",
        "1XXX|more than two unspecified year digits",
        "XXXX-12-XX|more than two unspecified year digits",
        "Y17E7|letter-prefixed years",
        "1950S2|significant digits",
        "0000|year 0000",
      })
  void unsupportedFeaturesAreRejectedByName(String text, String feature) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse(text));
    assertTrue(
        e.getMessage().contains(feature),
        () -> "'" + text + "' should name '" + feature + "': " + e.getMessage());
  }
}
