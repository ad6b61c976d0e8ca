package org.partneratlas.json;

import static org.partneratlas.json.Texts.abbreviate;

import org.partneratlas.territory.Coordinates;
import tools.jackson.core.SerializableString;

/**
 * Coordinates: {@code {"latitude": 48.39, "longitude": -4.486}}. Each degree is checked as it is
 * read, so that a bad one is reported at its own value, with its text as written.
 */
final class CoordinatesCodec extends ObjectCodec<Coordinates, double[]> {

  static final CoordinatesCodec INSTANCE = new CoordinatesCodec();

  private CoordinatesCodec() {
    super(
        "coordinates",
        () -> new double[2],
        values -> Coordinates.of(values[0], values[1]),
        Property.of(
            "latitude",
            true,
            (c, values) -> degree(c, values, true),
            (out, name, v) -> number(out, name, v.latitude())),
        Property.of(
            "longitude",
            true,
            (c, values) -> degree(c, values, false),
            (out, name, v) -> number(out, name, v.longitude())));
  }

  private static void degree(JsonCursor c, double[] values, boolean latitude) {
    Double value = c.doubleValue(latitude ? "a latitude" : "a longitude");
    if (value != null) {
      try {
        var unused = latitude ? Coordinates.of(value, 0) : Coordinates.of(0, value);
        values[latitude ? 0 : 1] = value;
      } catch (IllegalArgumentException e) {
        c.problemHere(
            String.valueOf(e.getMessage())
                .replace(String.valueOf(value), abbreviate(c.p.getString())));
      }
    }
  }

  private static void number(JsonOutput out, SerializableString name, double value) {
    out.g.writeName(name);
    out.g.writeNumber(value);
  }
}
