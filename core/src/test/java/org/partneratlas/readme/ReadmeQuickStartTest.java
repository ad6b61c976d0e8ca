package org.partneratlas.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.report.Timeline;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.StandardThemes;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/** The README's quick start, kept compiling and true. Update both together. */
class ReadmeQuickStartTest {

  @Test
  void quickStartRunsAndSaysWhatTheReadmeSays() {
    // --- README quick start begins ---
    // spotless:off
    Territory brest = Territory.builder()
        .id(TerritoryId.of("fr-brest")).level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of("fr", "Brest")).officialLanguage("fr")
        .country(CountryCode.of("FR")).build();
    Territory cadiz = Territory.builder()
        .id(TerritoryId.of("es-cadiz")).level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.builder().put("es", "Cádiz").put("fr", "Cadix").build())
        .officialLanguage("es").country(CountryCode.of("ES")).build();
    Partnership twinning = Partnership.builder()
        .id(PartnershipId.of("brest-cadiz")).kind(PartnershipKind.TWINNING)
        .addParties(Party.of(brest.id()), Party.of(cadiz.id()))
        .addThemes(ThemePeriod.of(ThemeId.of("maritime"), DateRange.parse("1986/..")))
        .addStatusHistory(StatusChange.of(PartialDate.parse("1986"), PartnershipStatus.ACTIVE))
        .build();
    Atlas atlas = Atlas.builder()
        .addAll(ThemeCatalogue.standard().themes())
        .add(brest, cadiz).add(twinning)
        .build();            // or AtlasValidationException listing every problem at once

    Territory found = atlas.territories().requireNamed("cadiz");        // Cádiz: case, accents ignored
    List<Partnership> maritime = atlas.query()
        .involving(brest.id()).onTheme(StandardThemes.MARITIME).activeDuring(2020)
        .list();                                                    // [brest-cadiz], from indexes
    List<Territory> partners = atlas.partnersOf(brest.id());        // [Cádiz]
    Timeline timeline = Timeline.ofTerritory(atlas, brest.id());    // agreements, statuses, ...
    // spotless:on
    // --- README quick start ends ---

    assertEquals(cadiz, found);
    assertEquals(List.of(twinning), maritime);
    assertEquals(List.of(cadiz), partners);
    assertTrue(timeline.events().size() > 0);
    assertEquals(0, atlas.query().activeDuring(1980).count());
  }
}
