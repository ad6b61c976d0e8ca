package org.partneratlas.svg;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.List;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.territory.TerritoryId;

/**
 * A world map of a territory's partners, as an SVG document: country outlines (Natural Earth
 * 1:110m), a marker for the focal territory and one for each partner territory that has
 * coordinates, a great-circle arc from the focal territory to each, labels beside the markers, an
 * inset where partners crowd, and a legend of what is drawn.
 *
 * <pre>{@code
 * String svg = WorldMap.of(atlas, TerritoryId.of("fr-brest-metropole"))
 *     .width(880)                                   // laid out to be shown 880 px wide
 *     .credit("Data: the bundled Brest Métropole dataset")
 *     .render();
 * }</pre>
 *
 * <p>Labels say only what the data says: a partner's period is written as its sources give it
 * ("since 1964", "2010 – end unknown", "planned"), and a partner whose end is unknown is drawn
 * dashed. Partners without coordinates are listed under the map.
 *
 * <p>Instances are immutable and thread-safe: each option returns a new map. The atlas is read when
 * {@link #render()} is called.
 */
@Immutable
public final class WorldMap {

  @SuppressWarnings("Immutable") // Options holds the immutable Atlas and immutable values only
  private final Options options;

  private WorldMap(Options options) {
    this.options = options;
  }

  /**
   * Returns a map of the partners of a territory and, by default, of the territories within it.
   *
   * @param atlas the atlas
   * @param focalTerritory the territory whose partners are drawn; it needs coordinates
   * @return the map, 880 pixels wide, labelled in English (else French, else Spanish, else the
   *     territory's own language)
   * @throws IllegalArgumentException if the atlas has no such territory
   */
  public static WorldMap of(Atlas atlas, TerritoryId focalTerritory) {
    return new WorldMap(Options.of(atlas, focalTerritory));
  }

  /**
   * Returns this map laid out for a width: the SVG is that many CSS pixels wide, and no text is
   * smaller than 10 pixels when it is shown at that width.
   *
   * @param pixels the width, 480 or more (default 880)
   * @return the map at that width
   * @throws IllegalArgumentException if the width is under 480
   */
  public WorldMap width(int pixels) {
    return new WorldMap(options.withWidth(pixels));
  }

  /**
   * Returns this map with names and labels in the first of these languages that has one (a place
   * with no name in the first language is called by its name in its own language). The texts of the
   * picture itself (legend, notes of unknown dates) are in English.
   *
   * @param preferred BCP 47 tags in order of preference, at least one
   * @return the map in those languages
   * @throws IllegalArgumentException if the list is empty
   */
  public WorldMap languages(List<String> preferred) {
    return new WorldMap(options.withLanguages(preferred));
  }

  /**
   * Returns this map with or without the partners of the territories within the focal territory
   * ({@link Atlas#partnershipsWithin} or {@link Atlas#partnershipsOf}).
   *
   * @param include whether to include them (default true)
   * @return the map
   */
  public WorldMap includeTerritoriesWithin(boolean include) {
    return new WorldMap(options.withTerritoriesWithin(include));
  }

  /**
   * Returns this map with a title of its own.
   *
   * @param text the title (default: "<i>name</i> and its partners")
   * @return the map with that title
   */
  public WorldMap title(String text) {
    return new WorldMap(options.withTitle(requireNonNull(text, "text")));
  }

  /**
   * Returns this map with a line at the bottom naming the sources of the data.
   *
   * @param text the line, such as "Data: the city's international relations office, 2024"
   * @return the map with that credit (the outlines' credit is always written)
   */
  public WorldMap credit(String text) {
    return new WorldMap(options.withCredit(requireNonNull(text, "text")));
  }

  /**
   * Draws the map.
   *
   * @return a standalone SVG document
   * @throws IllegalArgumentException if the focal territory has no coordinates
   */
  public String render() {
    return WorldMapSvg.render(options, Outlines.world());
  }
}
