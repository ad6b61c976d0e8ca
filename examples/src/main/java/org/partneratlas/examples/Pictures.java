package org.partneratlas.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.svg.TimelineChart;
import org.partneratlas.svg.WorldMap;

/**
 * Writes the two pictures of the README from the bundled Brest Métropole dataset: a world map of
 * Brest's partners ({@code brest-partners-map.svg}) and a timeline of its partnerships ({@code
 * brest-timeline.svg}).
 *
 * <p>Run with an output folder as argument; without one, the pictures go to {@code docs/images} of
 * the project (found from the working directory).
 */
public final class Pictures {

  static final String MAP_FILE = "brest-partners-map.svg";
  static final String TIMELINE_FILE = "brest-timeline.svg";

  /** The width of the pictures, in CSS pixels: the README shows them at about this width. */
  static final int WIDTH = 880;

  static final String CREDIT =
      "Data: Partner Atlas bundled Brest Métropole dataset (founding slides of Brest Métropole,"
          + " 2020, and public sources cited in the dataset).";

  private Pictures() {}

  /**
   * Runs the example.
   *
   * @param args an optional output folder
   */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : defaultFolder();
    try {
      write(BrestMetropole.load(), folder);
    } catch (IOException e) {
      System.err.println("Could not write the pictures to " + folder + ": " + e.getMessage());
      System.exit(1);
    }
  }

  static void write(Atlas atlas, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path map = folder.resolve(MAP_FILE);
    Files.writeString(map, map(atlas), StandardCharsets.UTF_8);
    System.out.println("Wrote " + map.toAbsolutePath().normalize());
    Path timeline = folder.resolve(TIMELINE_FILE);
    Files.writeString(timeline, timeline(atlas), StandardCharsets.UTF_8);
    System.out.println("Wrote " + timeline.toAbsolutePath().normalize());
  }

  /** The map of Brest Métropole's partners, as the README shows it. */
  static String map(Atlas atlas) {
    return WorldMap.of(atlas, BrestMetropole.BREST_METROPOLE).width(WIDTH).credit(CREDIT).render();
  }

  /** The timeline of Brest Métropole's partnerships, as the README shows it. */
  static String timeline(Atlas atlas) {
    return TimelineChart.of(atlas, BrestMetropole.BREST_METROPOLE)
        .width(WIDTH)
        .credit(CREDIT)
        .render();
  }

  /** {@code docs/images} of the project: exec:java runs in the examples module's folder. */
  static Path defaultFolder() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("examples")) ? here : here.getParent();
    return (root == null ? here : root).resolve("docs").resolve("images");
  }
}
