package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.testing.SeedAtlas.CHUBUT;
import static org.partneratlas.testing.SeedAtlas.COVID_19;
import static org.partneratlas.testing.SeedAtlas.PATAGONIA;
import static org.partneratlas.testing.SeedAtlas.TIERRA_DEL_FUEGO;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ_COOPERATION;
import static org.partneratlas.testing.SeedAtlas.XALAPA;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Truth;

/** The three slides of the founding document, built in code, hold what the slides say. */
class SeedSlidesTest {

  private final Atlas atlas = SeedAtlas.atlas();

  private static Set<TerritoryId> partiesIn(Partnership p, int year) {
    return p.partiesDuring(year).stream().map(Party::territory).collect(Collectors.toSet());
  }

  private static Set<TerritoryId> partiesIn(Partnership p, int year, Certainty certainty) {
    return p.partiesDuring(DateRange.ofYear(year), certainty).stream()
        .map(Party::territory)
        .collect(Collectors.toSet());
  }

  @Test
  void patagoniaBeganWithChubutIn2010AndIsWithTierraDelFuegoSince2016() {
    Partnership p = atlas.partnerships().require(PATAGONIA);
    assertEquals(DateRange.parse("2010/.."), p.life());
    // The slides: "initiée en 2010 avec le Chubut", "depuis 2016 avec Terre de Feu". When (or
    // whether) Chubut stopped taking part, no source says.
    Party chubut = party(p, CHUBUT);
    assertEquals(DateRange.parse("2010/"), chubut.period());
    assertEquals(PartyStatus.ACTIVE, chubut.status());
    assertEquals(DateRange.parse("2016/.."), party(p, TIERRA_DEL_FUEGO).period());
    assertTrue(partiesIn(p, 2010).contains(CHUBUT));
    assertFalse(partiesIn(p, 2012, Certainty.POSSIBLY).contains(TIERRA_DEL_FUEGO));
    assertTrue(partiesIn(p, 2018).contains(TIERRA_DEL_FUEGO));
    assertFalse(partiesIn(p, 2018).contains(CHUBUT));
    assertTrue(partiesIn(p, 2018, Certainty.POSSIBLY).contains(CHUBUT));
    assertEquals(Truth.UNKNOWN, p.takesPartDuring(CHUBUT, DateRange.ofYear(2018)));
    // In 2012, Chubut may still have taken part, or not: the cooperation may have been active.
    assertEquals(Truth.YES, p.activeDuring(2010));
    assertEquals(Truth.UNKNOWN, p.activeDuring(2012));
    assertEquals(Truth.YES, p.activeDuring(2020));
    // Its themes are those the slides of 2020 list, dated by nothing else.
    Set<ThemeId> themes =
        Set.of(
            ThemeId.of("maritime.sustainable-transport"),
            ThemeId.of("maritime.aquaculture"),
            ThemeId.of("tourism"),
            ThemeId.of("energy.marine"));
    assertEquals(themes, p.themesDuring(2020));
    assertEquals(Set.of(), p.themesDuring(2011));
    assertEquals(themes, p.themesDuring(DateRange.ofYear(2011), Certainty.POSSIBLY));
  }

  private static Party party(Partnership p, TerritoryId territory) {
    return p.parties().stream()
        .filter(x -> x.territory().equals(territory))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void veracruzThemesChangedOverTimeAndXalapaIsPlanned() {
    Partnership p = atlas.partnerships().require(VERACRUZ_COOPERATION);
    Set<ThemeId> first =
        Set.of(
            ThemeId.of("maritime.marine-science.technopole"),
            ThemeId.of("maritime.safety"),
            ThemeId.of("maritime.ocean-observation"));
    // Begun in 2009, end unknown: worked on in 2009, possibly in 2010.
    assertEquals(first, p.themesDuring(2009));
    assertEquals(Set.of(), p.themesDuring(2010));
    assertTrue(p.themesDuring(DateRange.ofYear(2010), Certainty.POSSIBLY).containsAll(first));
    // "Ces dernières années", the themes moved toward environmental management and governance:
    // attested at the dates of their sources, unknown before and after; the first themes began in
    // 2009, and whether they continued is unknown.
    assertEquals(Set.of(ThemeId.of("governance")), p.themesDuring(2020));
    assertTrue(
        p.themesDuring(DateRange.ofYear(2021), Certainty.POSSIBLY)
            .containsAll(
                List.of(
                    ThemeId.of("environment.management.river-basin"),
                    ThemeId.of("governance"),
                    ThemeId.of("maritime.safety"))));
    assertEquals(
        Set.of(ThemeId.of("environment.management.river-basin")),
        p.themesDuring(2019).stream().filter(t -> !first.contains(t)).collect(Collectors.toSet()));
    assertFalse(p.themesDuring(2009).contains(ThemeId.of("governance")));
    Party xalapa = party(p, XALAPA);
    assertEquals(PartyStatus.PLANNED, xalapa.status());
    assertFalse(partiesIn(p, 2021, Certainty.POSSIBLY).contains(XALAPA));
    Perspective withXalapa = p.perspectives().get(0);
    assertEquals(Set.of(XALAPA), withXalapa.plannedParties());
    assertEquals(
        Set.of(
            ThemeId.of("environment.biodiversity"),
            ThemeId.of("climate"),
            ThemeId.of("environment.waste")),
        withXalapa.plannedThemes());
    assertEquals(VERACRUZ, atlas.territories().require(XALAPA).parent().orElseThrow());
  }

  @Test
  void covidMadeTraditionalActionsImpossibleAndDigitalMeansTookOver() {
    // The slide gives no dates for the crisis: 2020 (the slides' year), end unknown.
    assertEquals(DateRange.parse("2020/"), atlas.crises().require(COVID_19).period());
    CrisisImpact impact = atlas.crisisImpacts().list().get(0);
    assertEquals(COVID_19, impact.crisis());
    assertEquals(
        Set.of(ActionKind.DELEGATION, ActionKind.MISSION, ActionKind.CONFERENCE),
        impact.suspendedActionKinds());
    assertEquals(Set.of(TIERRA_DEL_FUEGO, VERACRUZ), impact.territories());
    assertEquals(3, impact.lessons().size());
    List<String> remoteIn2020 =
        atlas.partnerships().stream()
            .flatMap(p -> p.actions().stream())
            .filter(a -> a.modality().equals(java.util.Optional.of(Modality.REMOTE)))
            .filter(a -> a.when().map(w -> w.holdsDuring(2020).isYes()).orElse(false))
            .map(a -> a.id() + " " + a.when().orElseThrow())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "tdf-remote-committee-2020 2020-23",
            "tdf-sea-tech-week-2020-stand 2020-10-12/2020-10-16"),
        remoteIn2020);
    for (var adaptation : impact.adaptations()) {
      for (var action : adaptation.actions()) {
        Action a = atlas.actions().get(action).orElseThrow();
        assertEquals(Modality.REMOTE, a.modality().orElseThrow());
        assertEquals(PATAGONIA, atlas.partnershipOfAction(action).orElseThrow().id());
      }
    }
  }

  @Test
  void theSeedAtlasIsAValueThatSurvivesDerivation() {
    Atlas derived = atlas.toBuilder().build();
    assertEquals(atlas, derived);
    Partnership renamed =
        Partnership.builder()
            .from(atlas.partnerships().require(PATAGONIA))
            .putAttributes("host.reviewed", "2026-11-26")
            .build();
    Atlas updated = atlas.toBuilder().replace(renamed).build();
    assertEquals(
        "2026-11-26", updated.partnerships().require(PATAGONIA).attributes().get("host.reviewed"));
    assertEquals(atlas.partnerships().size(), updated.partnerships().size());
    assertEquals(PATAGONIA, updated.partnerships().list().get(0).id());
    assertFalse(atlas.partnerships().require(PATAGONIA).attributes().containsKey("host.reviewed"));
  }
}
