package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Bound;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Exports an atlas as a GeoJSON (RFC 7946) {@code FeatureCollection}, for maps.
 *
 * <ul>
 *   <li>Each territory with coordinates is a {@code Point} feature with the properties {@code
 *       entity} ({@code "territory"}), {@code id}, {@code names} (by language), {@code kind} (its
 *       level, such as {@code "MUNICIPALITY"}) and {@code country}.
 *   <li>Each partnership with at least two party territories that have coordinates is a {@code
 *       LineString} feature from the first such party to the second; with more parties, or when a
 *       line crosses the antimeridian, a {@code MultiLineString} of the lines from the first party
 *       to each other one, each line cut in two at longitude ±180 where it crosses it (RFC 7946,
 *       section 3.1.9). Lines are straight in longitude and latitude, taking the shorter way
 *       around. Properties:
 *       <ul>
 *         <li>{@code entity} ({@code "partnership"}), {@code id}, {@code names}, {@code kind};
 *         <li>{@code life}: the EDTF text of its {@linkplain Partnership#life() life}, unknown
 *             sides kept ({@code "2010/.."}, {@code "/.."} when no source dates its start, {@code
 *             "2007/"} when it ended at an unknown date);
 *         <li>{@code start}: the EDTF start of its life, or {@code "unknown"};
 *         <li>{@code end}: the EDTF end of its life, {@code "ongoing"} if it has not ended, or
 *             {@code "unknown"} if it ended at a date no source gives;
 *         <li>{@code themes}: the ids of all its themes, sorted;
 *         <li>{@code status}: the status of its last status change, or {@code ACTIVE} if it has no
 *             status history (a partnership is active over its life until a change says otherwise);
 *         <li>{@code statusSince}: the EDTF date of that last change, or {@code "unknown"} if the
 *             change is undated (such as "dormant, date unknown"); without history, the start of
 *             its life, or {@code "unknown"};
 *         <li>{@code statusAsOf}: only when the last change is attested, the EDTF date at which a
 *             source shows that status; after it the status is not known;
 *         <li>{@code parties}: the territory ids on the map.
 *       </ul>
 * </ul>
 *
 * <p>No value is guessed: where the sources do not say, the export says {@code "unknown"}.
 *
 * <p>Positions are {@code [longitude, latitude]}, longitude first, in WGS84 degrees. Features come
 * in the order of the atlas, territories first; the output is deterministic and indented by two
 * spaces, in UTF-8. This class has only static methods and is thread-safe.
 *
 * <pre>{@code
 * GeoJson.write(atlas, Path.of("partners.geojson"));
 * }</pre>
 */
public final class GeoJson {

  /** Writes without closing the caller's stream or writer. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** What the export says where the sources do not. */
  private static final String UNKNOWN = "unknown";

  private GeoJson() {}

  /**
   * Writes the GeoJSON of an atlas as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param atlas the atlas
   * @param out where to write
   * @throws IOException if the stream fails
   */
  public static void write(Atlas atlas, OutputStream out) throws IOException {
    requireNonNull(atlas, "atlas");
    requireNonNull(out, "out");
    JsonOutput.write(
        () -> FACTORY.createGenerator(AtlasJson.writeContext(true), out, JsonEncoding.UTF8),
        g -> collection(atlas, g));
  }

  /**
   * Writes the GeoJSON of an atlas to a stream of characters, which is flushed but not closed.
   *
   * @param atlas the atlas
   * @param writer where to write
   * @throws IOException if the writer fails
   */
  public static void write(Atlas atlas, Writer writer) throws IOException {
    requireNonNull(atlas, "atlas");
    requireNonNull(writer, "writer");
    JsonOutput.write(
        () -> FACTORY.createGenerator(AtlasJson.writeContext(true), writer),
        g -> collection(atlas, g));
  }

  /**
   * Writes the GeoJSON of an atlas as UTF-8 to a file, replacing it if it exists.
   *
   * @param atlas the atlas
   * @param file where to write
   * @throws IOException if the file cannot be written
   */
  public static void write(Atlas atlas, Path file) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(atlas, out);
    }
  }

  /**
   * Returns the GeoJSON of an atlas as text.
   *
   * @param atlas the atlas
   * @return the GeoJSON document
   */
  public static String writeString(Atlas atlas) {
    return JsonOutput.text(out -> write(atlas, out));
  }

  private static void collection(Atlas atlas, JsonGenerator g) {
    JsonOutput texts = new JsonOutput(g, false);
    g.writeStartObject();
    g.writeName("type");
    g.writeString("FeatureCollection");
    g.writeName("features");
    g.writeStartArray();
    for (Territory territory : atlas.territories()) {
      if (territory.coordinates().isPresent()) {
        Coordinates c = territory.coordinates().get();
        startGeometry(g);
        g.writeString("Point");
        g.writeName("coordinates");
        position(g, c.longitude(), c.latitude());
        g.writeEndObject();
        startProperties(g, texts, "territory", territory, territory.names(), territory.level());
        g.writeName("country");
        g.writeString(territory.country().code());
        g.writeEndObject();
        g.writeEndObject();
      }
    }
    for (Partnership partnership : atlas.partnerships()) {
      partnership(atlas, partnership, g, texts);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /** Starts a feature and its geometry, up to the name of the geometry's type. */
  private static void startGeometry(JsonGenerator g) {
    g.writeStartObject();
    g.writeName("type");
    g.writeString("Feature");
    g.writeName("geometry");
    g.writeStartObject();
    g.writeName("type");
  }

  /** Starts the properties of a feature with those every feature has. */
  private static void startProperties(
      JsonGenerator g,
      JsonOutput texts,
      String type,
      Entity<?> entity,
      LocalizedText names,
      Enum<?> kind) {
    g.writeName("properties");
    g.writeStartObject();
    g.writeName("entity");
    g.writeString(type);
    g.writeName("id");
    g.writeString(entity.id().value());
    g.writeName("names");
    texts.text(names);
    g.writeName("kind");
    g.writeString(kind.name());
  }

  private static void partnership(
      Atlas atlas, Partnership partnership, JsonGenerator g, JsonOutput texts) {
    List<TerritoryId> ids = new ArrayList<>();
    List<Coordinates> points = new ArrayList<>();
    for (TerritoryId id : partnership.territories()) {
      Optional<Coordinates> c = atlas.territories().get(id).flatMap(Territory::coordinates);
      if (c.isPresent()) {
        ids.add(id);
        points.add(c.get());
      }
    }
    if (points.size() < 2) {
      return;
    }
    List<List<double[]>> lines = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      lines.addAll(lines(points.get(0), points.get(i)));
    }
    startGeometry(g);
    if (lines.size() == 1) {
      g.writeString("LineString");
      g.writeName("coordinates");
      line(g, lines.get(0));
    } else {
      g.writeString("MultiLineString");
      g.writeName("coordinates");
      g.writeStartArray();
      for (List<double[]> line : lines) {
        line(g, line);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    startProperties(g, texts, "partnership", partnership, partnership.names(), partnership.kind());
    DateRange life = partnership.life();
    g.writeName("life");
    g.writeString(life.toString());
    g.writeName("start");
    g.writeString(side(life.startBound(), life.start(), "open"));
    g.writeName("end");
    g.writeString(side(life.endBound(), life.end(), "ongoing"));
    g.writeName("themes");
    g.writeStartArray();
    TreeSet<ThemeId> themes = new TreeSet<>();
    for (ThemePeriod theme : partnership.themes()) {
      themes.add(theme.theme());
    }
    for (ThemeId theme : themes) {
      g.writeString(theme.value());
    }
    g.writeEndArray();
    List<StatusChange> history = partnership.statusHistory();
    g.writeName("status");
    if (history.isEmpty()) {
      g.writeString(PartnershipStatus.ACTIVE.name());
      g.writeName("statusSince");
      g.writeString(side(life.startBound(), life.start(), "open"));
    } else {
      StatusChange last = history.get(history.size() - 1);
      g.writeString(last.status().name());
      g.writeName("statusSince");
      g.writeString(last.date().map(PartialDate::toString).orElse(UNKNOWN));
      if (last.attested().isPresent()) {
        g.writeName("statusAsOf");
        g.writeString(last.attested().get().toString());
      }
    }
    g.writeName("parties");
    g.writeStartArray();
    for (TerritoryId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String side(Bound bound, Optional<PartialDate> date, String open) {
    switch (bound) {
      case KNOWN:
        return date.map(PartialDate::toString).orElse(UNKNOWN);
      case OPEN:
        return open;
      default:
        return UNKNOWN;
    }
  }

  /**
   * Returns the line from {@code a} to {@code b} the shorter way around, as one line, or two cut at
   * the antimeridian.
   */
  static List<List<double[]>> lines(Coordinates a, Coordinates b) {
    double lon1 = a.longitude();
    double lat1 = a.latitude();
    double lon2 = b.longitude();
    double lat2 = b.latitude();
    double delta = lon2 - lon1;
    if (Math.abs(delta) <= 180) {
      return List.of(List.of(new double[] {lon1, lat1}, new double[] {lon2, lat2}));
    }
    // Unwrap b next to a, so that the line crosses longitude +180 (going east) or -180 (west).
    double unwrapped = delta > 0 ? lon2 - 360 : lon2 + 360;
    if (unwrapped == lon1) {
      // -180 and 180: the same meridian.
      return List.of(List.of(new double[] {lon1, lat1}, new double[] {lon1, lat2}));
    }
    double boundary = unwrapped > 180 ? 180 : -180;
    double t = (boundary - lon1) / (unwrapped - lon1);
    double latX = lat1 + t * (lat2 - lat1);
    List<List<double[]>> parts = new ArrayList<>(2);
    if (lon1 != boundary) {
      parts.add(List.of(new double[] {lon1, lat1}, new double[] {boundary, latX}));
    }
    if (lon2 != -boundary) {
      parts.add(List.of(new double[] {-boundary, latX}, new double[] {lon2, lat2}));
    }
    return parts;
  }

  private static void line(JsonGenerator g, List<double[]> line) {
    g.writeStartArray();
    for (double[] position : line) {
      position(g, position[0], position[1]);
    }
    g.writeEndArray();
  }

  private static void position(JsonGenerator g, double longitude, double latitude) {
    g.writeStartArray();
    g.writeNumber(longitude);
    g.writeNumber(latitude);
    g.writeEndArray();
  }
}
