package org.partneratlas.json;

import java.util.function.Supplier;
import org.partneratlas.territory.Population;
import tools.jackson.core.SerializableString;

/**
 * A population: {@code {"count": 139602, "year": 2018}}. Each number is checked as it is read, so
 * that a bad one is reported at its own value.
 */
final class PopulationCodec extends ObjectCodec<Population, long[]> {

  static final PopulationCodec INSTANCE = new PopulationCodec();

  private PopulationCodec() {
    super(
        "a population",
        () -> new long[2],
        values -> Population.of(values[0], (int) values[1]),
        Property.of(
            "count", true, PopulationCodec::count, (out, name, v) -> number(out, name, v.count())),
        Property.of(
            "year", true, PopulationCodec::year, (out, name, v) -> number(out, name, v.year())));
  }

  private static void count(JsonCursor c, long[] values) {
    Long count = c.longValue("a count of inhabitants");
    if (count != null && valid(c, () -> Population.of(count, 2000))) {
      values[0] = count;
    }
  }

  private static void year(JsonCursor c, long[] values) {
    Integer year = c.intValue("a year");
    if (year != null && valid(c, () -> Population.of(0, year))) {
      values[1] = year;
    }
  }

  /** Whether a population with the number just read is valid; if not, reports why at the number. */
  private static boolean valid(JsonCursor c, Supplier<Population> population) {
    try {
      var unused = population.get();
      return true;
    } catch (IllegalArgumentException e) {
      c.problemHere(String.valueOf(e.getMessage()));
      return false;
    }
  }

  private static void number(JsonOutput out, SerializableString name, long value) {
    out.g.writeName(name);
    out.g.writeNumber(value);
  }
}
