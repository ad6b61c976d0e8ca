package org.partneratlas.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneratlas.common.LocalizedText;

class ThemeCatalogueTest {

  @Test
  void everyThemeOfTheSeedIsInTheCatalogue() {
    ThemeCatalogue catalogue = ThemeCatalogue.standard();
    for (String id :
        List.of(
            "maritime.sustainable-transport",
            "maritime.aquaculture",
            "tourism",
            "energy.marine",
            "education.training",
            "maritime.clusters",
            "maritime.marine-science.technopole",
            "maritime.safety",
            "maritime.ocean-observation",
            "environment.management.river-basin",
            "governance",
            "environment.biodiversity",
            "climate",
            "environment.waste",
            "research.innovation",
            "maritime.blue-economy",
            "economy.bioeconomy",
            "economy.diversification",
            "culture",
            "education",
            "health",
            "water",
            "agriculture",
            "humanitarian")) {
      assertTrue(catalogue.theme(ThemeId.of(id)).isPresent(), id);
    }
  }

  @Test
  void everyThemeHasFrenchEnglishSpanishLabelsAndAParentListedBefore() {
    Set<ThemeId> seen = new HashSet<>();
    for (Theme theme : ThemeCatalogue.standard().themes()) {
      for (String language : List.of("fr", "en", "es")) {
        assertTrue(theme.labels().get(language).isPresent(), theme.id() + " " + language);
      }
      theme.parent().ifPresent(parent -> assertTrue(seen.contains(parent), theme.id().value()));
      theme.sdgs().forEach(goal -> assertTrue(goal >= 1 && goal <= 17));
      seen.add(theme.id());
    }
    assertEquals(
        "Énergies marines renouvelables",
        ThemeCatalogue.standard().require(ThemeId.of("energy.marine")).label(List.of("fr")));
  }

  @Test
  void themeIdsAreHierarchical() {
    ThemeId aquaculture = ThemeId.of("maritime.aquaculture");
    assertEquals(ThemeId.of("maritime"), aquaculture.parent().orElseThrow());
    assertEquals(2, aquaculture.depth());
    assertTrue(aquaculture.isWithin(ThemeId.of("maritime")));
    assertTrue(aquaculture.isWithin(aquaculture));
    assertFalse(ThemeId.of("maritime-x").isWithin(ThemeId.of("maritime")));
    assertFalse(ThemeId.of("maritime").parent().isPresent());
    assertThrows(IllegalArgumentException.class, () -> ThemeId.of("Maritime"));
    assertThrows(IllegalArgumentException.class, () -> ThemeId.of("maritime..x"));
    new EqualsTester()
        .addEqualityGroup(aquaculture, ThemeId.of("maritime.aquaculture"))
        .addEqualityGroup(ThemeId.of("maritime"))
        .testEquals();
  }

  @Test
  void themesCheckTheirGoalsAndLabels() {
    assertEquals(
        "Theme host: 18 is not a Sustainable Development Goal: use numbers from 1 to 17",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Theme.builder()
                        .id(ThemeId.of("host"))
                        .labels(LocalizedText.of("en", "Host"))
                        .addSdgs(18)
                        .build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Theme.builder().id(ThemeId.of("host")).labels(LocalizedText.empty()).build());
  }
}
