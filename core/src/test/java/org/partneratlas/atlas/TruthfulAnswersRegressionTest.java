package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.testing.SeedAtlas.BREST_METROPOLE;
import static org.partneratlas.testing.SeedAtlas.CHUBUT;
import static org.partneratlas.testing.SeedAtlas.COVID_19;
import static org.partneratlas.testing.SeedAtlas.PATAGONIA;
import static org.partneratlas.testing.SeedAtlas.TIERRA_DEL_FUEGO;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ_COOPERATION;
import static org.partneratlas.testing.SeedAtlas.XALAPA;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.ModalityMix;
import org.partneratlas.report.PartnershipNetwork;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.report.ThemeChange;
import org.partneratlas.report.ThemeHistory;
import org.partneratlas.report.Timeline;
import org.partneratlas.report.TimelineEvent;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

/**
 * Regression tests named after the bullets of "What was measured" in issue 9 ("Truthful time and
 * answers") that concern queries, partners, the network and the views built on them. Each failed on
 * main 8fe3b41; the query invariants are checked on every atlas used.
 */
class TruthfulAnswersRegressionTest {

  private static final TerritoryId BREST = TerritoryId.of("fr-brest");
  private static final TerritoryId KIEL = TerritoryId.of("de-kiel");
  private static final TerritoryId DENVER = TerritoryId.of("us-denver");
  private static final TerritoryId YOKOSUKA = TerritoryId.of("jp-yokosuka");
  private static final TerritoryId CADIZ = TerritoryId.of("es-cadiz");
  private static final TerritoryId HAIPHONG = TerritoryId.of("vn-haiphong");

  private static Territory town(TerritoryId id, String country, String language, String name) {
    return Territory.builder()
        .id(id)
        .level(TerritoryLevel.MUNICIPALITY)
        .country(CountryCode.of(country))
        .officialLanguage(language)
        .names(LocalizedText.of(language, name))
        .build();
  }

  private static Atlas.Builder towns() {
    return Atlas.builder()
        .addAll(ThemeCatalogue.standard().themes())
        .add(
            town(BREST, "FR", "fr", "Brest"),
            town(KIEL, "DE", "de", "Kiel"),
            town(DENVER, "US", "en", "Denver"),
            town(YOKOSUKA, "JP", "ja", "横須賀市"),
            town(CADIZ, "ES", "es", "Cádiz"),
            town(HAIPHONG, "VN", "vi", "Hải Phòng"));
  }

  private static Partnership twinning(String id, TerritoryId partner, String since) {
    return Partnership.builder()
        .id(PartnershipId.of(id))
        .kind(PartnershipKind.TWINNING)
        .addParties(
            Party.builder().territory(BREST).period(DateRange.parse(since)).build(),
            Party.builder().territory(partner).period(DateRange.parse(since)).build())
        .build();
  }

  private static List<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  @Test
  void regression_activeDuring1900DoesNotCountUndatedPartnerships() {
    // Imported data without any date: two parties, no period, no agreement, no status.
    Atlas.Builder builder = towns();
    List<TerritoryId> partners = List.of(KIEL, DENVER, YOKOSUKA, CADIZ, HAIPHONG);
    for (TerritoryId partner : partners) {
      builder.add(
          Partnership.builder()
              .id(PartnershipId.of("brest-" + partner.value()))
              .kind(PartnershipKind.TWINNING)
              .addParties(Party.of(BREST), Party.of(partner))
              .build());
    }
    Atlas atlas = builder.build();
    assertEquals(0, atlas.query().activeDuring(1900).count());
    assertEquals(0, atlas.query().activeDuring(2030).count());
    assertEquals(partners.size(), atlas.query().possibly().activeDuring(1900).count());
    assertEquals(partners.size(), atlas.query().possibly().activeDuring(2030).count());
    assertEquals(Truth.UNKNOWN, atlas.partnerships().list().get(0).activeDuring(1900));
    assertEquals(partners.size(), PartnershipStatistics.of(atlas).withUnknownStart());
    assertEquals(partners.size(), PartnershipStatistics.of(atlas).withUnknownStatus());
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_duringScopesCountryToTheSameMoment() {
    // Brest and Kiel since 2000; Cádiz, the only Spanish party, joined in 2016.
    Partnership p =
        Partnership.builder()
            .id(PartnershipId.of("brest-kiel-cadiz"))
            .kind(PartnershipKind.PROJECT_PARTNERSHIP)
            .addParties(
                Party.builder().territory(BREST).period(DateRange.parse("2000/..")).build(),
                Party.builder().territory(KIEL).period(DateRange.parse("2000/..")).build(),
                Party.builder().territory(CADIZ).period(DateRange.parse("2016/..")).build())
            .build();
    Atlas atlas = towns().add(p).build();
    CountryCode spain = CountryCode.of("ES");
    assertEquals(List.of(), ids(atlas.query().during(2015).inCountry(spain).list()));
    assertEquals(List.of(), ids(atlas.query().inCountry(spain).during(2015).list()));
    // activeDuring scopes the query too, whatever the order of the calls.
    assertEquals(List.of(), ids(atlas.query().inCountry(spain).activeDuring(2015).list()));
    assertEquals(
        List.of(), ids(atlas.query().possibly().inCountry(spain).activeDuring(2015).list()));
    assertEquals(
        List.of("brest-kiel-cadiz"), ids(atlas.query().inCountry(spain).activeDuring(2016).list()));
    assertEquals(
        List.of("brest-kiel-cadiz"), ids(atlas.query().during(2015).involving(KIEL).list()));
    assertEquals(List.of(), ids(atlas.query().during(2015).withPartnerIn(BREST, spain).list()));
    assertEquals(
        List.of("brest-kiel-cadiz"), ids(atlas.query().withPartnerIn(BREST, spain).list()));
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_inEuropeForBrestMeansPartnersInEurope() {
    Atlas atlas =
        towns()
            .add(
                twinning("brest-denver", DENVER, "1948/.."),
                twinning("brest-kiel", KIEL, "1964-08-01/.."),
                twinning("brest-yokosuka", YOKOSUKA, "1970-11-26/.."))
            .build();
    List<String> inEurope =
        ids(
            atlas
                .query()
                .involving(BREST)
                .ofKind(PartnershipKind.TWINNING)
                .withPartnerIn(BREST, M49Region.EUROPE)
                .list());
    assertEquals(List.of("brest-kiel"), inEurope);
    assertEquals(
        List.of("brest-denver", "brest-yokosuka"),
        ids(atlas.query().withPartnerIn(BREST, M49Region.AMERICAS, M49Region.ASIA).list()));
    // The any-party form says what it says: Brest itself is in Europe.
    assertEquals(3, atlas.query().involving(BREST).inRegion(M49Region.EUROPE).count());
    // From Kiel's side, its partner Brest is in Europe.
    assertEquals(
        List.of("brest-kiel"), ids(atlas.query().withPartnerIn(KIEL, M49Region.EUROPE).list()));
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_networkDoesNotLinkChubutAndTierraDelFuegoDefinitely() {
    Atlas atlas = SeedAtlas.atlas();
    PartnershipNetwork definitely = PartnershipNetwork.of(atlas);
    PartnershipNetwork possibly =
        PartnershipNetwork.of(
            atlas, atlas.partnerships().list(), Certainty.POSSIBLY, PlannedParties.EXCLUDED);
    assertFalse(definitely.graph().hasEdgeConnecting(CHUBUT, TIERRA_DEL_FUEGO));
    assertTrue(possibly.graph().hasEdgeConnecting(CHUBUT, TIERRA_DEL_FUEGO));
    assertFalse(QueryInvariants.ids(atlas.partnersOf(CHUBUT)).contains(TIERRA_DEL_FUEGO));
    assertTrue(
        QueryInvariants.ids(atlas.partnersOf(CHUBUT, Certainty.POSSIBLY, PlannedParties.EXCLUDED))
            .contains(TIERRA_DEL_FUEGO));
    Partnership patagonia = atlas.partnerships().require(PATAGONIA);
    assertEquals(
        Truth.UNKNOWN,
        patagonia.partiesTogether(
            CHUBUT,
            TIERRA_DEL_FUEGO,
            org.partneratlas.partnership.PlannedParties.EXCLUDED,
            Long.MIN_VALUE,
            Long.MAX_VALUE));
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_themesDuring2011AreNotTheTierraDelFuegoThemes() {
    Atlas atlas = SeedAtlas.atlas();
    Partnership patagonia = atlas.partnerships().require(PATAGONIA);
    Set<ThemeId> themes =
        Set.of(
            ThemeId.of("maritime.sustainable-transport"),
            ThemeId.of("maritime.aquaculture"),
            ThemeId.of("tourism"),
            ThemeId.of("energy.marine"));
    assertEquals(Set.of(), patagonia.themesDuring(2011));
    assertEquals(themes, patagonia.themesDuring(2020));
    ThemeHistory history = ThemeHistory.of(patagonia);
    assertEquals(Set.of(), history.fromTheStart());
    assertEquals(themes, history.withUnknownStart());
    assertEquals(List.of(), ids(atlas.query().during(2011).onTheme(ThemeId.of("energy")).list()));
    assertEquals(
        List.of(PATAGONIA.value()),
        ids(atlas.query().possibly().during(2011).onTheme(ThemeId.of("energy")).list()));
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_plannedPartiesAreNotPartners() {
    Atlas atlas = SeedAtlas.atlas();
    assertEquals(Set.of(), QueryInvariants.ids(atlas.partnersOf(XALAPA)));
    assertEquals(
        Set.of(),
        QueryInvariants.ids(atlas.partnersOf(XALAPA, Certainty.POSSIBLY, PlannedParties.EXCLUDED)));
    assertFalse(QueryInvariants.ids(atlas.partnersOf(BREST_METROPOLE)).contains(XALAPA));
    assertEquals(0, PartnershipNetwork.of(atlas).degree(XALAPA));
    assertEquals(0, atlas.query().possibly().involving(XALAPA).count());
    // Asked for, they are there.
    assertTrue(
        QueryInvariants.ids(
                atlas.partnersOf(BREST_METROPOLE, Certainty.DEFINITELY, PlannedParties.INCLUDED))
            .contains(XALAPA));
    assertEquals(
        List.of(VERACRUZ_COOPERATION.value()),
        ids(atlas.query().includingPlanned().involving(XALAPA).list()));
    // A planned party takes part at no time, not even over all time (Extent of an empty extent).
    Partnership veracruz = atlas.partnerships().require(VERACRUZ_COOPERATION);
    assertFalse(
        veracruz.partiesDuring(DateRange.unbounded(), Certainty.POSSIBLY).stream()
            .anyMatch(x -> x.territory().equals(XALAPA)));
    assertEquals(Truth.NO, veracruz.takesPartDuring(XALAPA, DateRange.unbounded()));
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_undatedDormantIsNotCountedActive() {
    // Haiphong: since 2007 (brest.fr), "en sommeil" according to the CNCD atlas, date unknown.
    Partnership haiphong =
        Partnership.builder()
            .id(PartnershipId.of("brest-haiphong"))
            .kind(PartnershipKind.DECENTRALISED_COOPERATION)
            .addParties(
                Party.builder().territory(BREST).period(DateRange.parse("2007/..")).build(),
                Party.builder().territory(HAIPHONG).period(DateRange.parse("2007/..")).build())
            .addStatusHistory(
                StatusChange.builder()
                    .status(PartnershipStatus.DORMANT)
                    .attested(PartialDate.ofYear(2020))
                    .build())
            .build();
    Atlas atlas = towns().add(haiphong).build();
    PartnershipStatistics stats = PartnershipStatistics.of(atlas);
    assertEquals(1, stats.byStatus().get(PartnershipStatus.DORMANT).intValue());
    assertEquals(0, stats.byStatus().get(PartnershipStatus.ACTIVE).intValue());
    assertEquals(
        List.of(
            "2007 PARTY_JOINED brest-haiphong fr-brest",
            "2007 PARTY_JOINED brest-haiphong vn-haiphong",
            "2020 ATTESTED brest-haiphong DORMANT"),
        Timeline.ofPartnership(atlas, haiphong.id()).events().stream()
            .map(TimelineEvent::toString)
            .collect(Collectors.toList()));
    assertEquals(1, atlas.query().during(2020).withStatus(PartnershipStatus.DORMANT).count());
    assertEquals(0, atlas.query().activeDuring(2020).count());
    // Since when it is dormant, and what it was after 2020, no source says.
    assertEquals(0, atlas.query().during(2015).withStatus(PartnershipStatus.DORMANT).count());
    assertEquals(
        1, atlas.query().possibly().during(2015).withStatus(PartnershipStatus.DORMANT).count());
    assertEquals(1, atlas.query().possibly().activeDuring(2023).count());
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_chubutDoesNotLeaveIn2016() {
    Atlas atlas = SeedAtlas.atlas();
    List<TimelineEvent> left =
        Timeline.ofPartnership(atlas, PATAGONIA).events().stream()
            .filter(e -> e.type() == TimelineEvent.Type.PARTY_LEFT)
            .collect(Collectors.toList());
    assertEquals(List.of(), left);
    assertEquals(List.of(), ids(atlas.query().during(2018).involving(CHUBUT).list()));
    assertEquals(
        List.of(PATAGONIA.value()),
        ids(atlas.query().possibly().during(2018).involving(CHUBUT).list()));
    QueryInvariants.check(atlas);
  }

  @Test
  void regression_coastalThemeIsAttestedNotAppearedAndEnded() {
    ThemeHistory history =
        ThemeHistory.of(SeedAtlas.atlas().partnerships().require(VERACRUZ_COOPERATION));
    List<ThemeChange> coastal =
        history.changes().stream()
            .filter(c -> c.theme().equals(ThemeId.of("environment.coastal-marine")))
            .collect(Collectors.toList());
    assertEquals(1, coastal.size());
    assertEquals(ThemeChange.Kind.ATTESTED, coastal.get(0).kind());
    assertEquals(PartialDate.ofDay(2017, 10, 12), coastal.get(0).date());
    assertEquals(Set.of(), history.endedDuring(2017));
    assertEquals(Set.of(), history.appearedDuring(2017));
  }

  @Test
  void regression_afterACrisisOfUnknownEndIsUnknown() {
    Atlas seed = SeedAtlas.atlas();
    Partnership patagonia = seed.partnerships().require(PATAGONIA);
    List<Action> actions = new ArrayList<>(patagonia.actions());
    actions.add(
        Action.builder()
            .id(ActionId.of("tdf-meeting-2022"))
            .kind(ActionKind.MEETING)
            .when(DateRange.parse("2022-05"))
            .modality(Modality.IN_PERSON)
            .build());
    Atlas atlas =
        seed.toBuilder()
            .replace(Partnership.builder().from(patagonia).actions(actions).build())
            .build();
    CrisisReport report = CrisisReport.of(atlas, COVID_19);
    assertEquals(ModalityMix.Phase.BEFORE, report.modalitiesByYear().get(2015).phase());
    assertEquals(ModalityMix.Phase.DURING, report.modalitiesByYear().get(2020).phase());
    // COVID-19 is 2020/, end unknown: 2021 and 2022 may be during or after it.
    assertEquals(ModalityMix.Phase.UNKNOWN, report.modalitiesByYear().get(2021).phase());
    assertEquals(ModalityMix.Phase.UNKNOWN, report.modalitiesByYear().get(2022).phase());
    assertEquals(1, report.modalitiesByYear().get(2022).inPerson());
    QueryInvariants.check(atlas);
  }
}
