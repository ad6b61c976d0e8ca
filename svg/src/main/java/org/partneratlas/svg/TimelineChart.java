package org.partneratlas.svg;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.List;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.territory.TerritoryId;

/**
 * A chart of a territory's partnerships over time, as an SVG document: one panel per partnership,
 * with the bar of its life, its parties, themes, statuses and agreement phases as sub-bars, its
 * dated actions as marks with their titles, and the period of each crisis shaded.
 *
 * <pre>{@code
 * String svg = TimelineChart.of(atlas, TerritoryId.of("fr-brest-metropole"))
 *     .width(880)                                   // laid out to be shown 880 px wide
 *     .render();
 * }</pre>
 *
 * <p>The chart shows only what the data says. Where a start or an end is not known, a dashed
 * outline shows when the fact may have held and a note says what is unknown ("end unknown",
 * "attested 2019 (start and end unknown)"); only the known part is filled. Themes and parties that
 * are only planned are drawn apart, as planned.
 *
 * <p>Instances are immutable and thread-safe: each option returns a new chart. The atlas is read
 * when {@link #render()} is called.
 */
@Immutable
public final class TimelineChart {

  @SuppressWarnings("Immutable") // Options holds the immutable Atlas and immutable values only
  private final Options options;

  private TimelineChart(Options options) {
    this.options = options;
  }

  /**
   * Returns a chart of the partnerships of a territory and, by default, of the territories within
   * it.
   *
   * @param atlas the atlas
   * @param focalTerritory the territory whose partnerships are drawn
   * @return the chart, 880 pixels wide, labelled in English (else French, else Spanish, else the
   *     territory's own language)
   * @throws IllegalArgumentException if the atlas has no such territory
   */
  public static TimelineChart of(Atlas atlas, TerritoryId focalTerritory) {
    return new TimelineChart(Options.of(atlas, focalTerritory));
  }

  /**
   * Returns this chart laid out for a width: the SVG is that many CSS pixels wide, and no text is
   * smaller than 10 pixels when it is shown at that width.
   *
   * @param pixels the width, 480 or more (default 880)
   * @return the chart at that width
   * @throws IllegalArgumentException if the width is under 480
   */
  public TimelineChart width(int pixels) {
    return new TimelineChart(options.withWidth(pixels));
  }

  /**
   * Returns this chart with names and labels in the first of these languages that has one (a place
   * with no name in the first language is called by its name in its own language). The texts of the
   * chart itself (legend, notes of unknown dates) are in English.
   *
   * @param preferred BCP 47 tags in order of preference, at least one
   * @return the chart in those languages
   * @throws IllegalArgumentException if the list is empty
   */
  public TimelineChart languages(List<String> preferred) {
    return new TimelineChart(options.withLanguages(preferred));
  }

  /**
   * Returns this chart with or without the partnerships of the territories within the focal
   * territory ({@link Atlas#partnershipsWithin} or {@link Atlas#partnershipsOf}).
   *
   * @param include whether to include them (default true)
   * @return the chart
   */
  public TimelineChart includeTerritoriesWithin(boolean include) {
    return new TimelineChart(options.withTerritoriesWithin(include));
  }

  /**
   * Returns this chart with a title of its own.
   *
   * @param text the title (default: "<i>name</i>: partnerships over time")
   * @return the chart with that title
   */
  public TimelineChart title(String text) {
    return new TimelineChart(options.withTitle(requireNonNull(text, "text")));
  }

  /**
   * Returns this chart with a line at the bottom naming the sources of the data.
   *
   * @param text the line, such as "Data: the city's international relations office, 2024"
   * @return the chart with that credit
   */
  public TimelineChart credit(String text) {
    return new TimelineChart(options.withCredit(requireNonNull(text, "text")));
  }

  /**
   * Draws the chart.
   *
   * @return a standalone SVG document
   */
  public String render() {
    return TimelineSvg.render(options);
  }
}
