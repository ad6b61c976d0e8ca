package org.partneratlas.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.json.GeoJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the bundled Brest Métropole dataset as GeoJSON, for a web map or a GIS: one point per
 * territory with coordinates, one line per partnership.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=GeoJsonExport}; give
 * an output file with {@code -Dexec.args=partners.geojson} (default {@code
 * target/brest-metropole.geojson}).
 */
public final class GeoJsonExport {

  private GeoJsonExport() {}

  /**
   * Runs the example.
   *
   * @param args an optional output file
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "target/brest-metropole.geojson");
    Atlas atlas = BrestMetropole.load();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      GeoJson.write(atlas, file);
    } catch (IOException e) {
      System.err.println("Could not write " + file + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    JsonNode collection = JsonMapper.builder().build().readTree(file.toFile());
    int points = 0;
    int lines = 0;
    for (JsonNode feature : collection.path("features")) {
      String type = feature.path("geometry").path("type").asString("");
      if (type.equals("Point")) {
        points++;
      } else {
        lines++;
      }
    }
    System.out.println(
        "Wrote "
            + file.toAbsolutePath().normalize()
            + ": "
            + points
            + " territories as points and "
            + lines
            + " partnerships as lines.");
    System.out.println("Open it in any GeoJSON viewer, or read it with a GIS.");
  }
}
