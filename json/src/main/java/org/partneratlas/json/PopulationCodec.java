package org.partneratlas.json;

import org.partneratlas.territory.Population;

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
            "count",
            true,
            (c, values) -> {
              try {
                Long value = c.longValue("a count of inhabitants");
                if (value != null) {
                  var unused = Population.of(value, 2000);
                  values[0] = value;
                }
              } catch (IllegalArgumentException e) {
                c.problemHere(String.valueOf(e.getMessage()));
              }
            },
            (out, name, v) -> {
              out.g.writeName(name);
              out.g.writeNumber(v.count());
            }),
        Property.of(
            "year",
            true,
            (c, values) -> {
              try {
                Integer value = c.intValue("a year");
                if (value != null) {
                  var unused = Population.of(0, value);
                  values[1] = value;
                }
              } catch (IllegalArgumentException e) {
                c.problemHere(String.valueOf(e.getMessage()));
              }
            },
            (out, name, v) -> {
              out.g.writeName(name);
              out.g.writeNumber(v.year());
            }));
  }
}
