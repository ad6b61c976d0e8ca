package org.partneratlas.json;

import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/** A small hand-made atlas that uses every part of the format, from Brest Métropole's seed. */
final class Fixtures {

  private Fixtures() {}

  static final Source SEED =
      Source.builder()
          .title("Villes jumelles de Brest et villes partenaires de Brest Métropole")
          .publisher("Brest Métropole")
          .date(PartialDate.ofYear(2020))
          .page("slide 3")
          .build();

  static Territory brestMetropole() {
    return Territory.builder()
        .id(TerritoryId.of("fr-brest-metropole"))
        .level(TerritoryLevel.METROPOLIS)
        .names(LocalizedText.of("fr", "Brest métropole"))
        .officialLanguage("fr")
        .addAliases("Brest Métropole Océane")
        .country(CountryCode.of("FR"))
        .coordinates(Coordinates.of(48.3905, -4.486))
        .population(Population.of(210_047, 2018))
        .putExternalIds("siren", "242900314")
        .build();
  }

  static Territory brest() {
    return Territory.builder()
        .id(TerritoryId.of("fr-brest"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.builder().put("fr", "Brest").put("br", "Brest").build())
        .officialLanguage("fr")
        .country(CountryCode.of("FR"))
        .parent(TerritoryId.of("fr-brest-metropole"))
        .coordinates(Coordinates.of(48.3905, -4.486))
        .population(Population.of(139_602, 2018))
        .putExternalIds("insee", "29019")
        .putExternalIds("wikidata", "Q12193")
        .putAttributes("crm.id", "4711")
        .build();
  }

  static Territory kiel() {
    return Territory.builder()
        .id(TerritoryId.of("de-kiel"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of("de", "Kiel"))
        .officialLanguage("de")
        .country(CountryCode.of("DE"))
        .coordinates(Coordinates.of(54.3233, 10.1394))
        .build();
  }

  static Territory chubut() {
    return Territory.builder()
        .id(TerritoryId.of("ar-chubut"))
        .level(TerritoryLevel.REGION)
        .names(LocalizedText.of("es", "Provincia del Chubut"))
        .officialLanguage("es")
        .country(CountryCode.of("AR"))
        .subdivision(SubdivisionCode.of("AR-U"))
        .coordinates(Coordinates.of(-43.7886, -68.5268))
        .population(Population.of(603_120, 2022))
        .putExternalIds("indec", "26")
        .build();
  }

  static Territory tierraDelFuego() {
    return Territory.builder()
        .id(TerritoryId.of("ar-tierra-del-fuego"))
        .level(TerritoryLevel.REGION)
        .names(
            LocalizedText.builder()
                .put("es", "Provincia de Tierra del Fuego, Antártida e Islas del Atlántico Sur")
                .put("fr", "Terre de Feu")
                .build())
        .officialLanguage("es")
        .addAliases("Tierra del Fuego")
        .country(CountryCode.of("AR"))
        .subdivision(SubdivisionCode.of("AR-V"))
        .coordinates(Coordinates.of(-54.8019, -68.3031))
        .putExternalIds("indec", "94")
        .addSources(SEED)
        .build();
  }

  static Theme maritime() {
    return Theme.builder()
        .id(ThemeId.of("maritime"))
        .labels(
            LocalizedText.builder()
                .put("fr", "Économie maritime")
                .put("en", "Maritime economy")
                .put("es", "Economía marítima")
                .build())
        .addSdgs(14, 8)
        .build();
  }

  static Theme aquaculture() {
    return Theme.builder()
        .id(ThemeId.of("maritime.aquaculture"))
        .labels(
            LocalizedText.builder()
                .put("fr", "Aquaculture")
                .put("en", "Aquaculture")
                .put("es", "Acuicultura")
                .build())
        .addSdgs(2, 14)
        .putAttributes("host.colour", "#0077be")
        .build();
  }

  static Actor seaTechWeek() {
    return Actor.builder()
        .id(ActorId.of("sea-tech-week"))
        .kind(ActorKind.EVENT_SERIES)
        .names(LocalizedText.of("en", "Sea Tech Week"))
        .description(LocalizedText.of("en", "Biennial marine science and technology week in Brest"))
        .base(TerritoryId.of("fr-brest"))
        .addLinks("https://www.seatechweek.eu")
        .build();
  }

  static Partnership brestKiel() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-kiel"))
        .kind(PartnershipKind.TWINNING)
        .addParties(Party.of(TerritoryId.of("fr-brest")), Party.of(TerritoryId.of("de-kiel")))
        .addAgreements(
            Agreement.builder()
                .kind(AgreementKind.CHARTER)
                .signed(PartialDate.ofDay(1964, 8, 1))
                .build())
        .build();
  }

  static Partnership patagonia() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-patagonia"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .names(LocalizedText.of("fr", "Coopération avec la Province de Terre de Feu"))
        .addParties(
            Party.builder()
                .territory(TerritoryId.of("fr-brest-metropole"))
                .role(PartyRole.LEAD)
                .build(),
            Party.builder()
                .territory(TerritoryId.of("ar-chubut"))
                .period(DateRange.parse("2010/2016"))
                .status(PartyStatus.FORMER)
                .build(),
            Party.builder()
                .territory(TerritoryId.of("ar-tierra-del-fuego"))
                .period(DateRange.parse("2016/.."))
                .build())
        .addAgreements(
            Agreement.builder()
                .kind(AgreementKind.PHASE)
                .title(LocalizedText.of("fr", "Phase 2019–2021"))
                .period(DateRange.parse("2019/2021"))
                .build())
        .addStatusHistory(
            StatusChange.of(PartialDate.ofYear(2010), PartnershipStatus.ACTIVE),
            StatusChange.builder()
                .date(PartialDate.ofMonth(2020, 3))
                .status(PartnershipStatus.SUSPENDED)
                .cause(LocalizedText.of("en", "COVID-19"))
                .build(),
            StatusChange.of(PartialDate.parse("2020-23"), PartnershipStatus.ACTIVE))
        .addThemes(
            ThemePeriod.of(ThemeId.of("maritime"), DateRange.parse("2010/..")),
            ThemePeriod.builder().theme(ThemeId.of("maritime.aquaculture")).build())
        .addAims(LocalizedText.of("en", "Diversify the economy through the maritime economy"))
        .addActions(
            Action.builder()
                .id(ActionId.of("brest-patagonia.stw-2020-stand"))
                .kind(ActionKind.FAIR_STAND)
                .title(LocalizedText.of("fr", "Stand « Tierra del Fuego » au salon virtuel"))
                .when(DateRange.parse("2020-10-12/2020-10-16"))
                .modality(Modality.REMOTE)
                .status(ActionStatus.MOVED_ONLINE)
                .addThemes(ThemeId.of("maritime"))
                .addActors(ActorId.of("sea-tech-week"))
                .addLinks("https://www.seatechweek.eu")
                .addSources(SEED)
                .build())
        .addPerspectives(
            Perspective.builder()
                .description(LocalizedText.of("en", "Training and maritime clusters"))
                .when(DateRange.parse("2021/.."))
                .addPlannedModalities(Modality.REMOTE)
                .build())
        .addSources(SEED)
        .putAttributes("crm.id", "77")
        .build();
  }

  static Crisis covid() {
    return Crisis.builder()
        .id(CrisisId.of("covid-19"))
        .kind(CrisisKind.PANDEMIC)
        .names(LocalizedText.of("en", "COVID-19 pandemic"))
        .period(DateRange.parse("2020/.."))
        .build();
  }

  static CrisisImpact covidImpact() {
    return CrisisImpact.builder()
        .id(CrisisImpactId.of("covid-19.brest"))
        .crisis(CrisisId.of("covid-19"))
        .summary(LocalizedText.of("en", "Travel and collective missions became impossible"))
        .addTerritories(TerritoryId.of("ar-tierra-del-fuego"))
        .addPartnerships(PartnershipId.of("brest-patagonia"))
        .addSuspendedActionKinds(ActionKind.MISSION, ActionKind.CONFERENCE)
        .addAdaptations(
            Adaptation.builder()
                .description(LocalizedText.of("en", "A stand at the virtual fair"))
                .addActions(ActionId.of("brest-patagonia.stw-2020-stand"))
                .build())
        .addLessons(LocalizedText.of("en", "Networks of local governments matter"))
        .addSources(SEED)
        .build();
  }

  /** The small atlas of the golden files and of docs/format.md. */
  static Atlas smallAtlas() {
    return Atlas.builder()
        .addTerritories(brestMetropole(), brest(), kiel(), chubut(), tierraDelFuego())
        .addThemes(maritime(), aquaculture())
        .addActors(seaTechWeek())
        .addPartnerships(brestKiel(), patagonia())
        .addCrises(covid())
        .addCrisisImpacts(covidImpact())
        .build();
  }
}
