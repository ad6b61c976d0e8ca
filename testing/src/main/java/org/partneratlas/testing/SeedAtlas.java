package org.partneratlas.testing;

import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
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
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The three slides of the founding document (Brest Métropole, 2020) built in code: the cooperation
 * begun with Chubut and continued with Tierra del Fuego, the cooperation with Veracruz and the
 * planned project with Xalapa, and the impact of COVID-19.
 *
 * <p>Only facts of the seed and of {@code shared/design/facts.md} are used; where a fact is not
 * known (a modality, an exact date) the field stays empty, and an unknown bound stays unknown:
 * Chubut took part from 2010, end unknown ({@code 2010/}); Tierra del Fuego since 2016 ({@code
 * 2016/..}); the themes of the Patagonia cooperation are attested by the slides of 2020 and dated
 * by nothing else; the first themes of the Veracruz cooperation began with it in 2009, end unknown;
 * governance is attested in 2020 ("in recent years"), the Río Bobos basin work in 2019
 * (hastacuando.com.mx), coastal management on 12 October 2017 (French embassy); COVID-19 is {@code
 * 2020/}, end unknown; Xalapa is planned.
 */
public final class SeedAtlas {

  /** Brest Métropole. */
  public static final TerritoryId BREST_METROPOLE = TerritoryId.of("fr-brest-metropole");

  /** The city of Brest. */
  public static final TerritoryId BREST = TerritoryId.of("fr-brest");

  /** The Province of Chubut. */
  public static final TerritoryId CHUBUT = TerritoryId.of("ar-chubut");

  /** The Province of Tierra del Fuego. */
  public static final TerritoryId TIERRA_DEL_FUEGO = TerritoryId.of("ar-tierra-del-fuego");

  /** The State of Veracruz. */
  public static final TerritoryId VERACRUZ = TerritoryId.of("mx-veracruz");

  /** The municipality of Xalapa. */
  public static final TerritoryId XALAPA = TerritoryId.of("mx-xalapa");

  /** The cooperation begun with Chubut in 2010 and continued with Tierra del Fuego from 2016. */
  public static final PartnershipId PATAGONIA = PartnershipId.of("brest-tierra-del-fuego");

  /** The cooperation with the State of Veracruz. */
  public static final PartnershipId VERACRUZ_COOPERATION = PartnershipId.of("brest-veracruz");

  /** The COVID-19 pandemic. */
  public static final CrisisId COVID_19 = CrisisId.of("covid-19");

  /** The remote steering committee of autumn 2020. */
  public static final ActionId REMOTE_STEERING_COMMITTEE = ActionId.of("tdf-remote-committee-2020");

  /** The "Tierra del Fuego" stand at the online Sea Tech Week 2020. */
  public static final ActionId SEA_TECH_WEEK_STAND = ActionId.of("tdf-sea-tech-week-2020-stand");

  private SeedAtlas() {}

  /**
   * Returns the seed document as a source.
   *
   * @param slide the slide the fact is on: 1 Tierra del Fuego, 2 Veracruz, 3 COVID-19
   * @return the source
   */
  public static Source seed(int slide) {
    return Source.builder()
        .title("Villes jumelles de Brest et villes partenaires de Brest Métropole")
        .publisher("Brest Métropole")
        .date(PartialDate.ofYear(2020))
        .page("slide " + slide)
        .build();
  }

  /** The date of the slides, at which they attest what they list without a date. */
  private static final PartialDate SLIDES = PartialDate.ofYear(2020);

  private static final Source EMBASSY =
      Source.builder()
          .title("Speech of the French embassy in Mexico, 12 October 2017 (coastal management)")
          .publisher("Embassy of France in Mexico")
          .date(PartialDate.ofDay(2017, 10, 12))
          .url("https://mx.ambafrance.org")
          .build();

  private static final Source BOBOS =
      Source.builder()
          .title("Article on the 2019 work on the ecological land-use plan of the Río Bobos basin")
          .publisher("hastacuando.com.mx")
          .date(PartialDate.ofDay(2019, 9, 3))
          .build();

  private static ThemePeriod attested(String theme, PartialDate date, Source source) {
    return ThemePeriod.builder()
        .from(ThemePeriod.attested(ThemeId.of(theme), date))
        .addSources(source)
        .build();
  }

  private static ThemePeriod began(String theme, String period, Source source) {
    return ThemePeriod.builder()
        .theme(ThemeId.of(theme))
        .period(DateRange.parse(period))
        .addSources(source)
        .build();
  }

  private static Territory territory(
      TerritoryId id,
      TerritoryLevel level,
      String country,
      String officialLanguage,
      LocalizedText names,
      @Nullable TerritoryId parent) {
    Territory.Builder b =
        Territory.builder()
            .id(id)
            .level(level)
            .country(CountryCode.of(country))
            .officialLanguage(officialLanguage)
            .names(names);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  /**
   * Returns the atlas of the three slides, with the standard theme catalogue.
   *
   * @return the atlas
   */
  public static Atlas atlas() {
    Territory france =
        territory(
            TerritoryId.of("fr"),
            TerritoryLevel.COUNTRY,
            "FR",
            "fr",
            LocalizedText.of("fr", "France"),
            null);
    Territory metropole =
        Territory.builder()
            .from(
                territory(
                    BREST_METROPOLE,
                    TerritoryLevel.METROPOLIS,
                    "FR",
                    "fr",
                    LocalizedText.of("fr", "Brest métropole"),
                    france.id()))
            .addAliases("Brest Métropole Océane")
            .coordinates(Coordinates.of(48.3905, -4.4860))
            .putExternalIds("siren", "242900314")
            .build();
    Territory brest =
        Territory.builder()
            .from(
                territory(
                    BREST,
                    TerritoryLevel.MUNICIPALITY,
                    "FR",
                    "fr",
                    LocalizedText.of("fr", "Brest"),
                    BREST_METROPOLE))
            .coordinates(Coordinates.of(48.3905, -4.4860))
            .putExternalIds("insee", "29019")
            .build();
    Territory argentina =
        territory(
            TerritoryId.of("ar"),
            TerritoryLevel.COUNTRY,
            "AR",
            "es",
            LocalizedText.builder().put("es", "Argentina").put("fr", "Argentine").build(),
            null);
    Territory chubut =
        Territory.builder()
            .from(
                territory(
                    CHUBUT,
                    TerritoryLevel.REGION,
                    "AR",
                    "es",
                    LocalizedText.builder()
                        .put("es", "Provincia del Chubut")
                        .put("fr", "Province du Chubut")
                        .build(),
                    argentina.id()))
            .addAliases("Chubut")
            .subdivision(SubdivisionCode.of("AR-U"))
            .coordinates(Coordinates.of(-43.7886, -68.5268))
            .build();
    Territory tierraDelFuego =
        Territory.builder()
            .from(
                territory(
                    TIERRA_DEL_FUEGO,
                    TerritoryLevel.REGION,
                    "AR",
                    "es",
                    LocalizedText.builder()
                        .put(
                            "es",
                            "Provincia de Tierra del Fuego, Antártida e Islas del Atlántico Sur")
                        .put("fr", "Terre de Feu")
                        .put("en", "Tierra del Fuego")
                        .build(),
                    argentina.id()))
            .addAliases("Tierra del Fuego")
            .subdivision(SubdivisionCode.of("AR-V"))
            .coordinates(Coordinates.of(-54.8019, -68.3031))
            .build();
    Territory mexico =
        territory(
            TerritoryId.of("mx"),
            TerritoryLevel.COUNTRY,
            "MX",
            "es",
            LocalizedText.builder().put("es", "México").put("fr", "Mexique").build(),
            null);
    Territory veracruz =
        Territory.builder()
            .from(
                territory(
                    VERACRUZ,
                    TerritoryLevel.REGION,
                    "MX",
                    "es",
                    LocalizedText.builder()
                        .put("es", "Veracruz de Ignacio de la Llave")
                        .put("fr", "État de Veracruz")
                        .build(),
                    mexico.id()))
            .addAliases("Veracruz")
            .subdivision(SubdivisionCode.of("MX-VER"))
            .build();
    Territory xalapa =
        Territory.builder()
            .from(
                territory(
                    XALAPA,
                    TerritoryLevel.MUNICIPALITY,
                    "MX",
                    "es",
                    LocalizedText.of("es", "Xalapa"),
                    VERACRUZ))
            .addAliases("Xalapa-Enríquez")
            .coordinates(Coordinates.of(19.5400, -96.9275))
            .build();

    Actor sabella =
        Actor.builder()
            .id(ActorId.of("sabella"))
            .kind(ActorKind.COMPANY)
            .names(LocalizedText.of("fr", "Sabella"))
            .build();
    Actor seaTechWeek =
        Actor.builder()
            .id(ActorId.of("sea-tech-week"))
            .kind(ActorKind.EVENT_SERIES)
            .names(LocalizedText.of("en", "Sea Tech Week"))
            .addLinks("https://www.seatechweek.eu")
            .build();
    Actor saferSeas =
        Actor.builder()
            .id(ActorId.of("safer-seas"))
            .kind(ActorKind.EVENT_SERIES)
            .names(LocalizedText.of("en", "Safer Seas"))
            .build();
    Actor cuauhtemoc =
        Actor.builder()
            .id(ActorId.of("cuauhtemoc"))
            .kind(ActorKind.VESSEL)
            .names(LocalizedText.of("es", "Cuauhtémoc"))
            .build();

    Partnership patagonia =
        Partnership.builder()
            .id(PATAGONIA)
            .kind(PartnershipKind.DECENTRALISED_COOPERATION)
            .names(
                LocalizedText.of("fr", "Coopération avec la Province de Terre de Feu (Argentine)"))
            .addParties(
                Party.builder()
                    .territory(BREST_METROPOLE)
                    .role(PartyRole.LEAD)
                    .period(DateRange.parse("2010/.."))
                    .build())
            .addParties(
                Party.builder()
                    .territory(CHUBUT)
                    .period(DateRange.parse("2010/"))
                    .addSources(seed(1))
                    .build())
            .addParties(
                Party.builder()
                    .territory(TIERRA_DEL_FUEGO)
                    .period(DateRange.parse("2016/.."))
                    .addSources(seed(1))
                    .build())
            .addAims(
                LocalizedText.of(
                    "fr",
                    "Diversification de l’économie à travers l’innovation et l’économie maritime"))
            .addThemes(
                attested("maritime.sustainable-transport", SLIDES, seed(1)),
                attested("maritime.aquaculture", SLIDES, seed(1)),
                attested("tourism", SLIDES, seed(1)),
                attested("energy.marine", SLIDES, seed(1)))
            .addActions(
                Action.builder()
                    .id(ActionId.of("tdf-croissance-bleue-2015"))
                    .kind(ActionKind.CONFERENCE)
                    .title(
                        LocalizedText.of(
                            "fr",
                            "Conférence « Croissance bleue et coopérations outre-Atlantiques »"))
                    .when(DateRange.parse("2015"))
                    .place(BREST)
                    .addSources(seed(1))
                    .build(),
                Action.builder()
                    .id(ActionId.of("tdf-sabella-visit"))
                    .kind(ActionKind.VISIT)
                    .title(LocalizedText.of("fr", "Visite de Sabella pendant la Sea Tech Week"))
                    .addActors(ActorId.of("sabella"), ActorId.of("sea-tech-week"))
                    .addSources(seed(1))
                    .build(),
                Action.builder()
                    .id(ActionId.of("tdf-bioeconomy-symposium-2016"))
                    .kind(ActionKind.SYMPOSIUM)
                    .title(LocalizedText.of("fr", "Symposium Bioéconomie en Patagonie"))
                    .when(DateRange.parse("2016"))
                    .addSources(seed(1))
                    .build(),
                Action.builder()
                    .id(REMOTE_STEERING_COMMITTEE)
                    .kind(ActionKind.STEERING_COMMITTEE)
                    .title(LocalizedText.of("fr", "Comité de pilotage à distance"))
                    .when(DateRange.parse("2020-23"))
                    .modality(Modality.REMOTE)
                    .addSources(seed(1))
                    .build(),
                Action.builder()
                    .id(SEA_TECH_WEEK_STAND)
                    .kind(ActionKind.FAIR_STAND)
                    .title(
                        LocalizedText.of(
                            "fr",
                            "Stand « Terre de Feu » sur le salon virtuel de la Sea Tech Week"))
                    .when(DateRange.parse("2020-10-12/2020-10-16"))
                    .modality(Modality.REMOTE)
                    .addActors(ActorId.of("sea-tech-week"))
                    .addLinks("https://www.seatechweek.eu")
                    .addSources(seed(1))
                    .build())
            .addPerspectives(
                Perspective.builder()
                    .description(
                        LocalizedText.of(
                            "fr", "Renouvellement des équipes suite aux élections de 2019"))
                    .addSources(seed(1))
                    .build(),
                Perspective.builder()
                    .description(
                        LocalizedText.of(
                            "fr",
                            "Nouvelles thématiques proposées autour notamment de la formation ou"
                                + " encore le développement de clusters dans le domaine maritime"
                                + " et portuaire"))
                    .addPlannedThemes(
                        ThemeId.of("education.training"), ThemeId.of("maritime.clusters"))
                    .addSources(seed(1))
                    .build(),
                Perspective.builder()
                    .description(
                        LocalizedText.of(
                            "fr", "Nouveaux types d’actions privilégiant l’usage du numérique"))
                    .addPlannedModalities(Modality.REMOTE)
                    .addPlannedActionKinds(ActionKind.STEERING_COMMITTEE, ActionKind.FAIR_STAND)
                    .addSources(seed(1))
                    .build())
            .addSources(seed(1))
            .build();

    Partnership veracruzCooperation =
        Partnership.builder()
            .id(VERACRUZ_COOPERATION)
            .kind(PartnershipKind.DECENTRALISED_COOPERATION)
            .names(LocalizedText.of("fr", "Coopération avec l’État de Veracruz (Mexique)"))
            .addParties(
                Party.builder()
                    .territory(BREST_METROPOLE)
                    .role(PartyRole.LEAD)
                    .period(DateRange.parse("2009/.."))
                    .build())
            .addParties(
                Party.builder()
                    .territory(VERACRUZ)
                    .period(DateRange.parse("2009/.."))
                    .addSources(seed(2))
                    .build())
            .addParties(Party.builder().territory(XALAPA).status(PartyStatus.PLANNED).build())
            .addAims(
                LocalizedText.of(
                    "fr",
                    "Développement d’un pôle de compétences scientifiques et techniques en sciences"
                        + " et technologies de la mer"))
            .addThemes(
                began("maritime.marine-science.technopole", "2009/", seed(2)),
                began("maritime.safety", "2009/", seed(2)),
                began("maritime.ocean-observation", "2009/", seed(2)),
                attested("environment.coastal-marine", PartialDate.ofDay(2017, 10, 12), EMBASSY),
                attested("environment.management.river-basin", PartialDate.ofYear(2019), BOBOS),
                attested("governance", SLIDES, seed(2)))
            .addActions(
                Action.builder()
                    .id(ActionId.of("veracruz-safer-seas-2011"))
                    .kind(ActionKind.CONFERENCE)
                    .title(LocalizedText.of("en", "Safer Seas 2011"))
                    .when(DateRange.parse("2011-05-10/2011-05-13"))
                    .place(BREST)
                    .addActors(ActorId.of("safer-seas"))
                    .addSources(seed(2))
                    .build(),
                Action.builder()
                    .id(ActionId.of("veracruz-cuauhtemoc-2012"))
                    .kind(ActionKind.SHIP_CALL)
                    .title(LocalizedText.of("fr", "Le Cuauhtémoc lors des fêtes maritimes"))
                    .when(DateRange.parse("2012-07"))
                    .place(BREST)
                    .addActors(ActorId.of("cuauhtemoc"))
                    .addSources(seed(2))
                    .build(),
                Action.builder()
                    .id(ActionId.of("veracruz-presentation-of-brest"))
                    .kind(ActionKind.PRESENTATION)
                    .title(LocalizedText.of("fr", "Présentation de Brest à l’État de Veracruz"))
                    .addSources(seed(2))
                    .build())
            .addPerspectives(
                Perspective.builder()
                    .description(
                        LocalizedText.of(
                            "fr",
                            "Vers un nouveau projet avec la municipalité de Xalapa autour de la"
                                + " biodiversité, du changement climatique et de la gestion des"
                                + " déchets"))
                    .addPlannedParties(XALAPA)
                    .addPlannedThemes(
                        ThemeId.of("environment.biodiversity"),
                        ThemeId.of("climate"),
                        ThemeId.of("environment.waste"))
                    .addSources(seed(2))
                    .build())
            .addSources(seed(2))
            .build();

    Crisis covid =
        Crisis.builder()
            .id(COVID_19)
            .kind(CrisisKind.PANDEMIC)
            .names(LocalizedText.builder().put("fr", "COVID-19").put("en", "COVID-19").build())
            .period(DateRange.parse("2020/"))
            .addSources(seed(3))
            .build();
    CrisisImpact impact =
        CrisisImpact.builder()
            .id(CrisisImpactId.of("covid-19-brest-partners"))
            .crisis(COVID_19)
            .summary(
                LocalizedText.of("fr", "Territoires partenaires largement touchés par la COVID-19"))
            .addTerritories(TIERRA_DEL_FUEGO, VERACRUZ)
            .addPartnerships(PATAGONIA, VERACRUZ_COOPERATION)
            .addSuspendedActionKinds(
                ActionKind.DELEGATION, ActionKind.MISSION, ActionKind.CONFERENCE)
            .addAdaptations(
                Adaptation.builder()
                    .description(
                        LocalizedText.of(
                            "fr",
                            "Recours au numérique plus systématique qui permet de réinventer de"
                                + " nouveaux modes de coopération"))
                    .addActions(REMOTE_STEERING_COMMITTEE, SEA_TECH_WEEK_STAND)
                    .build())
            .addLessons(
                LocalizedText.of("fr", "L’intérêt de coopérer, du local à l’international"),
                LocalizedText.of("fr", "L’importance des réseaux de collectivités"),
                LocalizedText.of(
                    "fr",
                    "La nécessité de repenser les modalités de l’Action Internationale des"
                        + " Collectivités Territoriales"))
            .addSources(seed(3))
            .build();

    return Atlas.builder()
        .addAll(ThemeCatalogue.standard().themes())
        .add(france, metropole, brest, argentina, chubut, tierraDelFuego, mexico, veracruz, xalapa)
        .add(sabella, seaTechWeek, saferSeas, cuauhtemoc)
        .add(patagonia, veracruzCooperation)
        .add(covid)
        .add(impact)
        .build();
  }
}
