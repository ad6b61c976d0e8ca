package org.partneratlas.svg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.territory.TerritoryId;

/** The README's pictures snippet, as written there, and what its options do. */
class ReadmePicturesTest {

  private static final Atlas atlas = Atlases.brest();

  @Test
  void theSnippetOfTheReadmeDrawsBothPictures() {
    // The code of the README's "Pictures" section.
    TerritoryId brestMetropole = TerritoryId.of("fr-brest-metropole");
    String map =
        WorldMap.of(atlas, brestMetropole)
            .width(880) // laid out for 880 px: no text under 11 px there
            .credit("Data: Partner Atlas bundled Brest Métropole dataset")
            .render();
    String timeline =
        TimelineChart.of(atlas, brestMetropole)
            .languages(List.of("fr", "en")) // names and labels in French where the data has them
            .includeTerritoriesWithin(true) // the partnerships of the city of Brest too (default)
            .render();

    assertTrue(map.contains("width=\"880\""), "880 px wide");
    assertTrue(map.contains("Data: Partner Atlas bundled Brest Métropole dataset"));
    assertTrue(map.contains("Natural Earth"), "the outlines' credit is always written");
    assertTrue(timeline.contains("Cadix"), "Cádiz in French");
    assertFalse(
        TimelineChart.of(atlas, brestMetropole).render().contains("Cadix"), "in English: Cádiz");
  }

  @Test
  void withoutTheTerritoriesWithinOnlyTheFocalTerritorysOwnPartnershipsAreDrawn() {
    TerritoryId brestMetropole = TerritoryId.of("fr-brest-metropole");
    String all = TimelineChart.of(atlas, brestMetropole).render();
    String own = TimelineChart.of(atlas, brestMetropole).includeTerritoriesWithin(false).render();
    int allBars = all.split("class=\"partnership-bar", -1).length - 1;
    int ownBars = own.split("class=\"partnership-bar", -1).length - 1;
    assertTrue(ownBars < allBars, ownBars + " of " + allBars);
    assertTrue(
        TimelineChart.of(atlas, brestMetropole).title("Mon titre").render().contains("Mon titre"));
  }

  @Test
  void aWidthTooNarrowToStayLegibleIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WorldMap.of(atlas, TerritoryId.of("fr-brest-metropole")).width(300));
    assertTrue(e.getMessage().contains("480"), e.getMessage());
  }
}
