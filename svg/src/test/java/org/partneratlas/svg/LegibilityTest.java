package org.partneratlas.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;

/**
 * The pictures are legible at the width they are laid out for, checked on their computed layout: no
 * text under 10 px when shown 880 px wide, no text over another text or crossed by a line.
 */
class LegibilityTest {

  private static final Atlas BREST = Atlases.brest();

  /** The size of the smallest text when the picture is shown 880 pixels wide. */
  private static double smallestAt880(Layout layout) {
    return layout.minFontSize() * 880 / layout.width();
  }

  private static void assertLegible(Layout layout, String what) {
    assertTrue(smallestAt880(layout) >= 10, what + ": smallest text " + smallestAt880(layout));
    List<String> overlaps = layout.overlaps();
    assertEquals(List.of(), overlaps, what + ": " + overlaps.size() + " overlaps");
  }

  /**
   * Every partner is labelled beside its marker, or numbered there and listed under the map, or
   * listed under the map as without a label for lack of room: none is left out silently.
   */
  private static void assertAccountedFor(WorldMapSvg map, int partners) {
    assertEquals(
        partners + 1, // and the focal territory
        map.labelled().size() + map.numbered().size() + map.unlabelled().size() + 1,
        map.labelled() + " " + map.numbered() + " " + map.unlabelled());
  }

  @Test
  void theBrestTimelineIsLegibleAt880Pixels() {
    Layout layout = TimelineSvg.layOut(Options.of(BREST, Atlases.BREST_METROPOLE)).layout();
    assertEquals(880, layout.width());
    assertTrue(layout.labels().size() > 100, "every label is in the layout");
    assertLegible(layout, "timeline");
  }

  @Test
  void theBrestTimelineIsLegibleAtOtherWidths() {
    for (int width : new int[] {480, 640, 1200, 1600}) {
      Layout layout =
          TimelineSvg.layOut(Options.of(BREST, Atlases.BREST_METROPOLE).withWidth(width)).layout();
      assertTrue(layout.minFontSize() >= 10, width + " px: " + layout.minFontSize());
      assertEquals(List.of(), layout.overlaps(), width + " px");
    }
  }

  @Test
  void timelinesOfCrowdedAtlasesAreLegible() {
    qt().withExamples(15)
        .forAll(integers().between(1, 30), integers().between(0, 12))
        .checkAssert(
            (count, words) ->
                assertLegible(
                    TimelineSvg.layOut(Options.of(Atlases.crowded(count, 3, words), Atlases.HOME))
                        .layout(),
                    count + " partners, " + words + " words"));
  }

  @Test
  void theBrestMapIsLegibleAt880PixelsAndLabelsEveryPartner() {
    WorldMapSvg map =
        WorldMapSvg.layOut(Options.of(BREST, Atlases.BREST_METROPOLE), Outlines.world());
    assertEquals(880, map.layout().width());
    assertLegible(map.layout(), "map");
    assertEquals(List.of(), map.unlabelled(), "every partner on the map has its label");
    assertEquals(List.of(), map.numbered(), "and all in full");
  }

  @Test
  void theBrestMapIsLegibleAtOtherWidths() {
    for (int width : new int[] {480, 640, 1200, 1600}) {
      WorldMapSvg map =
          WorldMapSvg.layOut(
              Options.of(BREST, Atlases.BREST_METROPOLE).withWidth(width), Outlines.world());
      assertTrue(map.layout().minFontSize() >= 10, width + " px");
      assertEquals(List.of(), map.layout().overlaps(), width + " px");
    }
  }

  @Test
  void mapsOfManyCoLocatedPartnersAreLegible() {
    qt().withExamples(12)
        .forAll(integers().between(2, 30), doubles().between(0, 40))
        .checkAssert(
            (count, spread) -> {
              WorldMapSvg map =
                  WorldMapSvg.layOut(
                      Options.of(Atlases.crowded(count, spread, 0), Atlases.HOME),
                      Outlines.world());
              assertLegible(map.layout(), count + " partners within " + spread + " km");
              assertAccountedFor(map, count);
            });
  }

  @Test
  void thirtyPartnersInOneCityDoNotOverlapAndAreAllAccountedFor() {
    WorldMapSvg map =
        WorldMapSvg.layOut(Options.of(Atlases.crowded(30, 0, 0), Atlases.HOME), Outlines.world());
    assertLegible(map.layout(), "30 partners in one place");
    assertAccountedFor(map, 30);
    assertTrue(map.labelled().size() >= 8, "labelled in full: " + map.labelled());
    assertTrue(
        map.labelled().size() + map.numbered().size() >= 20,
        "labelled or numbered on the map: " + map.labelled() + map.numbered());
  }

  @Test
  void aMissingFocalTerritoryIsRefusedWithItsId() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> TimelineChart.of(BREST, org.partneratlas.territory.TerritoryId.of("xx-nowhere")));
    assertTrue(e.getMessage().contains("xx-nowhere"), e.getMessage());
  }
}
