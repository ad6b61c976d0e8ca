package org.partneratlas.examples;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The country outlines of Natural Earth 1:110m, read from the GeoJSON file bundled with the
 * examples ({@code world/countries-110m.geojson}, see the README beside it).
 *
 * @param countries the countries and areas, in file order
 */
record WorldOutlines(ImmutableList<Country> countries) {

  private static final String RESOURCE = "world/countries-110m.geojson";

  /**
   * One country or area.
   *
   * @param numericCode its ISO 3166-1 numeric code, or the empty string for a disputed area
   * @param name Natural Earth's short English name
   * @param rings its rings (outer and holes), each as longitude/latitude pairs
   */
  record Country(String numericCode, String name, ImmutableList<double[][]> rings) {}

  /** Reads the bundled outlines. */
  static WorldOutlines load() {
    try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled resource " + RESOURCE + " is missing");
      }
      return parse(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorldOutlines parse(JsonNode collection) {
    ImmutableList.Builder<Country> countries = ImmutableList.builder();
    for (JsonNode feature : collection.path("features")) {
      JsonNode geometry = feature.path("geometry");
      ImmutableList.Builder<double[][]> rings = ImmutableList.builder();
      String type = geometry.path("type").asString("");
      if (type.equals("Polygon")) {
        addPolygon(geometry.path("coordinates"), rings);
      } else if (type.equals("MultiPolygon")) {
        for (JsonNode polygon : geometry.path("coordinates")) {
          addPolygon(polygon, rings);
        }
      }
      countries.add(
          new Country(
              feature.path("id").asString(""),
              feature.path("properties").path("name").asString(""),
              rings.build()));
    }
    return new WorldOutlines(countries.build());
  }

  private static void addPolygon(JsonNode polygon, ImmutableList.Builder<double[][]> rings) {
    for (JsonNode ring : polygon) {
      double[][] points = new double[ring.size()][];
      int i = 0;
      for (JsonNode position : ring) {
        points[i++] = new double[] {position.get(0).asDouble(), position.get(1).asDouble()};
      }
      rings.add(points);
    }
  }
}
