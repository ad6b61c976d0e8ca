package org.partneratlas.svg;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The country outlines of Natural Earth 1:110m, read from the GeoJSON resource of this module
 * ({@code world/countries-110m.geojson}, see the README beside it). It is read once, with a small
 * JSON reader of its own: this module depends on core only.
 *
 * @param countries the countries and areas, in file order
 */
record Outlines(ImmutableList<Country> countries) {

  static final String RESOURCE = "world/countries-110m.geojson";

  /**
   * One country or area.
   *
   * @param numericCode its ISO 3166-1 numeric code, or the empty string for a disputed area
   * @param name Natural Earth's short English name
   * @param rings its rings (outer and holes), each as longitude/latitude pairs
   */
  record Country(String numericCode, String name, ImmutableList<double[][]> rings) {}

  private static @Nullable Outlines world;

  /** The bundled outlines, read on first use. */
  static synchronized Outlines world() {
    if (world == null) {
      world = load(Outlines.class, RESOURCE);
    }
    return world;
  }

  /**
   * Reads outlines from a resource found by a class ({@link Class#getResourceAsStream}, so that the
   * module's own resource is found on the module path too).
   *
   * @throws IllegalStateException if the resource is missing or is not a GeoJSON feature collection
   */
  static Outlines load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The country outlines "
                + resource
                + " are missing from the module of "
                + owner.getName()
                + ": the partner-atlas-svg jar is incomplete");
      }
      return parse(new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a GeoJSON FeatureCollection of Polygons and MultiPolygons. */
  static Outlines parse(String json) {
    Object root = new JsonReader(json).document();
    List<?> features = list(map(root, "the document").get("features"), "features");
    ImmutableList.Builder<Country> countries = ImmutableList.builder();
    for (Object f : features) {
      Map<?, ?> feature = map(f, "a feature");
      Map<?, ?> geometry = map(feature.get("geometry"), "a geometry");
      ImmutableList.Builder<double[][]> rings = ImmutableList.builder();
      Object type = geometry.get("type");
      List<?> coordinates = list(geometry.get("coordinates"), "coordinates");
      if ("Polygon".equals(type)) {
        addPolygon(coordinates, rings);
      } else if ("MultiPolygon".equals(type)) {
        for (Object polygon : coordinates) {
          addPolygon(list(polygon, "a polygon"), rings);
        }
      } else {
        throw new IllegalStateException("Unexpected geometry type " + type + " in the outlines");
      }
      Object id = feature.get("id");
      Object properties = feature.get("properties");
      Object name = properties == null ? null : map(properties, "properties").get("name");
      countries.add(
          new Country(
              id instanceof String ? (String) id : "",
              name instanceof String ? (String) name : "",
              rings.build()));
    }
    return new Outlines(countries.build());
  }

  private static void addPolygon(List<?> polygon, ImmutableList.Builder<double[][]> rings) {
    for (Object r : polygon) {
      List<?> ring = list(r, "a ring");
      double[][] points = new double[ring.size()][];
      for (int i = 0; i < ring.size(); i++) {
        List<?> position = list(ring.get(i), "a position");
        points[i] =
            new double[] {
              ((Number) position.get(0)).doubleValue(), ((Number) position.get(1)).doubleValue()
            };
      }
      rings.add(points);
    }
  }

  private static Map<?, ?> map(@Nullable Object value, String what) {
    if (value instanceof Map) {
      return (Map<?, ?>) value;
    }
    throw new IllegalStateException("The outlines are not GeoJSON: " + what + " is not an object");
  }

  private static List<?> list(@Nullable Object value, String what) {
    if (value instanceof List) {
      return (List<?>) value;
    }
    throw new IllegalStateException("The outlines are not GeoJSON: " + what + " is not an array");
  }

  /**
   * A reader of JSON documents into maps, lists, strings, doubles, booleans and null (as {@link
   * JsonReader#NULL}), enough for the bundled GeoJSON.
   */
  static final class JsonReader {
    static final Object NULL = new Object();

    private final String text;
    private int at;

    JsonReader(String text) {
      this.text = text;
    }

    Object document() {
      Object value = value();
      skipSpace();
      if (at != text.length()) {
        throw error("text after the document");
      }
      return value;
    }

    private Object value() {
      skipSpace();
      if (at >= text.length()) {
        throw error("end of text");
      }
      char c = text.charAt(at);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          return literal("true", true);
        case 'f':
          return literal("false", false);
        case 'n':
          return literal("null", NULL);
        default:
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (peek() == '}') {
        at++;
        return map;
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("a name expected");
        }
        String name = string();
        skipSpace();
        expect(':');
        map.put(name, value());
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      at++;
      skipSpace();
      if (peek() == ']') {
        at++;
        return list;
      }
      while (true) {
        list.add(value());
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      at++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (at >= text.length()) {
          throw error("unterminated string");
        }
        char e = text.charAt(at++);
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'u':
            if (at + 4 > text.length()) {
              throw error("bad escape");
            }
            sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
            break;
          default:
            sb.append(e);
        }
      }
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw error("unexpected character");
      }
      at += word.length();
      return value;
    }

    private Double number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw error("unexpected character");
      }
      try {
        return Double.valueOf(text.substring(start, at));
      } catch (NumberFormatException e) {
        throw error("bad number");
      }
    }

    private char peek() {
      if (at >= text.length()) {
        throw error("end of text");
      }
      return text.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("'" + c + "' expected");
      }
      at++;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private IllegalStateException error(String what) {
      return new IllegalStateException(
          "The outlines are not valid JSON at character " + at + ": " + what);
    }
  }
}
