package org.partneratlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.examples.BrestMetropole.BREST;
import static org.partneratlas.examples.BrestMetropole.BREST_METROPOLE;
import static org.partneratlas.examples.BrestMetropole.CHUBUT;
import static org.partneratlas.examples.BrestMetropole.COVID_19;
import static org.partneratlas.examples.BrestMetropole.PATAGONIA;
import static org.partneratlas.examples.BrestMetropole.REMOTE_STEERING_COMMITTEE;
import static org.partneratlas.examples.BrestMetropole.SEA_TECH_WEEK_STAND;
import static org.partneratlas.examples.BrestMetropole.TIERRA_DEL_FUEGO;
import static org.partneratlas.examples.BrestMetropole.VERACRUZ;
import static org.partneratlas.examples.BrestMetropole.VERACRUZ_COOPERATION;
import static org.partneratlas.examples.BrestMetropole.XALAPA;
import static org.partneratlas.time.Truth.NO;
import static org.partneratlas.time.Truth.UNKNOWN;
import static org.partneratlas.time.Truth.YES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.ActorId;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.ModalityMix;
import org.partneratlas.report.PlannedDevelopments;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

/**
 * What the founding slides say, and what the facts file adds, asked of the dataset — and nothing
 * more: where the sources give no date, the dataset answers "unknown".
 *
 * <p>The atlas is the dataset's source in code; {@link BundledDatasetTest} checks that the bundled
 * document reads back as exactly this atlas.
 */
class SeedFidelityTest {

  private static final Atlas ATLAS = BrestDatasetSource.atlas();

  private static Set<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(p -> p.id().value()).collect(Collectors.toSet());
  }

  private static Set<ThemeId> themes(String... ids) {
    return java.util.Arrays.stream(ids).map(ThemeId::of).collect(Collectors.toSet());
  }

  private static Party party(Partnership p, TerritoryId territory) {
    return p.parties().stream().filter(x -> x.territory().equals(territory)).findFirst().get();
  }

  private static List<ThemePeriod> periods(Partnership p, String theme) {
    return p.themes().stream()
        .filter(t -> t.theme().equals(ThemeId.of(theme)))
        .collect(Collectors.toList());
  }

  private static DateRange year(int year) {
    return DateRange.ofYear(year);
  }

  private static boolean citesTheSeed(List<org.partneratlas.common.Source> sources) {
    return sources.stream()
        .anyMatch(s -> s.title().startsWith("Villes jumelles de Brest et villes partenaires"));
  }

  // Slide 1: "Une coopération initiée en 2010 avec le Chubut", "Depuis 2016 avec Terre de Feu".

  @Test
  void theCooperationBeganIn2010WithChubutWhoseEndIsUnknown() {
    List<Partnership> withChubut = ATLAS.query().involving(CHUBUT).list();
    assertEquals(Set.of("brest-tierra-del-fuego"), ids(withChubut));
    Partnership p = withChubut.get(0);
    assertEquals(DateRange.parse("2010/.."), p.life());
    Party chubut = party(p, CHUBUT);
    assertEquals(DateRange.parse("2010/"), chubut.period(), "began in 2010, end not known");
    assertTrue(chubut.period().isUnknownEnd());
    assertEquals(PartyStatus.ACTIVE, chubut.status(), "no source says Chubut left");
    assertTrue(citesTheSeed(chubut.sources()));
    assertEquals(YES, p.takesPartDuring(CHUBUT, year(2010)));
    assertEquals(NO, p.takesPartDuring(CHUBUT, year(2009)));
    for (int y : new int[] {2011, 2016, 2017, 2020}) {
      assertEquals(UNKNOWN, p.takesPartDuring(CHUBUT, year(y)), "Chubut in " + y);
    }
    assertTrue(
        ATLAS
            .territories()
            .require(CHUBUT)
            .attributes()
            .get("description.fr")
            .contains("Patagonie"));
  }

  @Test
  void tierraDelFuegoIsThePartnerSince2016() {
    Partnership p = ATLAS.query().involving(TIERRA_DEL_FUEGO).list().get(0);
    assertEquals(PATAGONIA, p.id());
    Party tdf = party(p, TIERRA_DEL_FUEGO);
    assertEquals(DateRange.parse("2016/.."), tdf.period());
    assertTrue(citesTheSeed(tdf.sources()));
    assertEquals(NO, p.takesPartDuring(TIERRA_DEL_FUEGO, year(2015)));
    assertEquals(YES, p.takesPartDuring(TIERRA_DEL_FUEGO, year(2016)));
    assertEquals(YES, p.takesPartDuring(TIERRA_DEL_FUEGO, year(2020)));
    assertEquals(
        List.of(TIERRA_DEL_FUEGO),
        p.partiesDuring(year(2020), Certainty.DEFINITELY).stream()
            .map(Party::territory)
            .filter(t -> !t.equals(BREST_METROPOLE))
            .collect(Collectors.toList()),
        "only Tierra del Fuego is known to take part in 2020");
    assertEquals(
        TIERRA_DEL_FUEGO, ATLAS.territories().requireNamed("terre de feu").id(), "French name");
    assertTrue(
        ATLAS
            .territories()
            .require(TIERRA_DEL_FUEGO)
            .attributes()
            .get("description.fr")
            .contains("bout du monde"));
  }

  @Test
  void tierraDelFuegoAgreementsAreTheFirstConventionAndTwoPhases() {
    Partnership p = ATLAS.partnerships().require(PATAGONIA);
    assertEquals(
        List.of(AgreementKind.CONVENTION, AgreementKind.PHASE, AgreementKind.PHASE),
        p.agreements().stream().map(a -> a.kind()).collect(Collectors.toList()));
    assertEquals(PartialDate.ofYear(2016), p.agreements().get(0).signed().get());
    assertEquals(DateRange.parse("2017/2018"), p.agreements().get(1).period().get());
    assertEquals(DateRange.parse("2019/2021"), p.agreements().get(2).period().get());
  }

  @Test
  void theThemesOfTheSlideAreKnownIn2020AndNotBefore() {
    Partnership p = ATLAS.partnerships().require(PATAGONIA);
    assertTrue(
        p.aims().get(0).get("fr").get().contains("innovation et l’économie maritime"),
        "aim of the seed");
    Set<ThemeId> seedThemes =
        themes(
            "maritime.sustainable-transport", "maritime.aquaculture", "tourism", "energy.marine");
    assertTrue(p.themesDuring(year(2020), Certainty.DEFINITELY).containsAll(seedThemes));
    // Nothing dates them before the slides: not known in 2011 or 2015, but not excluded either.
    assertEquals(Set.of(), p.themesDuring(year(2011), Certainty.DEFINITELY));
    assertEquals(Set.of(), p.themesDuring(year(2015), Certainty.DEFINITELY));
    assertTrue(p.themesDuring(year(2011), Certainty.POSSIBLY).containsAll(seedThemes));
    for (ThemeId theme : seedThemes) {
      assertEquals(UNKNOWN, p.themeDuring(theme, year(2015)), theme + " in 2015");
      ThemePeriod period = periods(p, theme.value()).get(0);
      assertEquals(DateRange.unknown(), period.period(), theme + ": start and end unknown");
      assertEquals(PartialDate.ofYear(2020), period.attested().get(), theme + ": the slides");
      assertTrue(citesTheSeed(period.sources()), theme + " cites the seed");
    }
    // brest.fr adds themes without a date: nothing is known of when they held.
    for (String theme : List.of("maritime.blue-economy", "maritime.ports")) {
      assertEquals(UNKNOWN, p.themeDuring(ThemeId.of(theme), year(2020)), theme);
      assertTrue(periods(p, theme).get(0).attested().isEmpty(), theme);
    }
  }

  @Test
  void onlyTheTierraDelFuegoCooperationDealsWithMarineEnergies() {
    assertEquals(
        Set.of("brest-tierra-del-fuego"),
        ids(ATLAS.query().onTheme(ThemeId.of("energy.marine")).list()));
    assertEquals(
        Set.of("brest-tierra-del-fuego"), ids(ATLAS.query().onTheme(ThemeId.of("energy")).list()));
  }

  @Test
  void tierraDelFuegoHighlights() {
    Map<String, String> whenById = new LinkedHashMap<>();
    for (Action a : ATLAS.partnerships().require(PATAGONIA).actions()) {
      whenById.put(a.id().value(), a.when().map(DateRange::toString).orElse(""));
    }
    assertEquals("2015", whenById.get("tdf-croissance-bleue-2015"));
    assertEquals("", whenById.get("tdf-sabella-visit"), "the seed does not date the visit");
    assertEquals("2016", whenById.get("tdf-bioeconomy-symposium-2016"));
    Action sabella = ATLAS.actions().get(ActionId.of("tdf-sabella-visit")).orElseThrow();
    assertTrue(sabella.place().isEmpty(), "the seed does not place the visit");
    assertTrue(
        sabella.actors().containsAll(List.of(ActorId.of("sabella"), ActorId.of("sea-tech-week"))));
  }

  @Test
  void theActionsThatWereRemoteIn2020AndWhen() {
    List<Action> remote = ATLAS.query().actions().withModality(Modality.REMOTE).during(2020).list();
    Map<ActionId, String> when = new LinkedHashMap<>();
    remote.forEach(a -> when.put(a.id(), a.when().orElseThrow().toString()));
    assertEquals(
        Map.of(
            REMOTE_STEERING_COMMITTEE, "2020-23", // autumn 2020
            SEA_TECH_WEEK_STAND, "2020-10-12/2020-10-16"),
        when);
    assertEquals(
        ActionKind.STEERING_COMMITTEE, ATLAS.actions().get(REMOTE_STEERING_COMMITTEE).get().kind());
    assertTrue(
        ATLAS
            .actions()
            .get(SEA_TECH_WEEK_STAND)
            .get()
            .links()
            .contains("https://www.seatechweek.eu"));
  }

  @Test
  void tierraDelFuegoPerspectives() {
    List<Perspective> perspectives = ATLAS.partnerships().require(PATAGONIA).perspectives();
    assertTrue(perspectives.get(0).description().get("fr").get().contains("élections de 2019"));
    assertEquals(
        themes("education.training", "maritime.clusters"), perspectives.get(1).plannedThemes());
    assertEquals(Set.of(Modality.REMOTE), perspectives.get(2).plannedModalities());
  }

  // Slide 2: Veracruz since 2009; its themes moved on "ces dernières années".

  @Test
  void veracruzSince2009() {
    Partnership p = ATLAS.partnerships().require(VERACRUZ_COOPERATION);
    assertEquals(PartialDate.ofYear(2009), p.life().start().get());
    assertEquals(DateRange.parse("2009/.."), party(p, VERACRUZ).period());
    assertTrue(p.aims().get(0).get("fr").get().contains("pôle de compétences"));
    assertEquals(NO, p.activeDuring(2008));
    assertEquals(YES, p.activeDuring(2009));
  }

  @Test
  void theFirstThemesOfVeracruzBeganIn2009AndTheirEndIsUnknown() {
    Partnership p = ATLAS.partnerships().require(VERACRUZ_COOPERATION);
    for (String theme :
        List.of(
            "maritime.marine-science.technopole",
            "maritime.safety",
            "maritime.ocean-observation")) {
      ThemePeriod period = periods(p, theme).get(0);
      assertEquals(DateRange.parse("2009/"), period.period(), theme);
      assertEquals(YES, p.themeDuring(ThemeId.of(theme), year(2009)), theme);
      assertEquals(NO, p.themeDuring(ThemeId.of(theme), year(2008)), theme);
      assertEquals(UNKNOWN, p.themeDuring(ThemeId.of(theme), year(2020)), theme);
    }
  }

  @Test
  void coastalManagementIsAttestedByTheSpeechOf12October2017Only() {
    Partnership p = ATLAS.partnerships().require(VERACRUZ_COOPERATION);
    ThemePeriod coastal = periods(p, "environment.coastal-marine").get(0);
    assertEquals(DateRange.unknown(), coastal.period());
    assertEquals(PartialDate.ofDay(2017, 10, 12), coastal.attested().get());
    assertEquals(
        PartialDate.ofDay(2017, 10, 12), coastal.sources().get(0).date().get(), "the speech");
    ThemeId theme = ThemeId.of("environment.coastal-marine");
    assertEquals(YES, p.themeDuring(theme, year(2017)));
    assertEquals(UNKNOWN, p.themeDuring(theme, year(2016)), "not known to begin in 2017");
    assertEquals(UNKNOWN, p.themeDuring(theme, year(2018)), "not known to end in 2017");
    assertEquals(NO, p.themeDuring(theme, year(2008)), "before the cooperation");
  }

  @Test
  void governanceAndEnvironmentalManagementCameInRecentYearsWithoutAStartYear() {
    Partnership p = ATLAS.partnerships().require(VERACRUZ_COOPERATION);
    ThemePeriod governance = periods(p, "governance").get(0);
    assertTrue(governance.period().start().isEmpty(), "no source gives a year");
    assertTrue(governance.period().isUnknownStart());
    assertEquals(PartialDate.ofYear(2020), governance.attested().get(), "the slides of 2020");
    assertTrue(citesTheSeed(governance.sources()));
    assertEquals(YES, p.themeDuring(ThemeId.of("governance"), year(2020)));
    assertEquals(UNKNOWN, p.themeDuring(ThemeId.of("governance"), year(2018)));
    assertEquals(UNKNOWN, p.themeDuring(ThemeId.of("governance"), year(2010)));
    // The Río Bobos work: dated 2019 by one article, and in the slides of 2020.
    List<ThemePeriod> riverBasin = periods(p, "environment.management.river-basin");
    assertEquals(
        Set.of(PartialDate.ofYear(2019), PartialDate.ofYear(2020)),
        riverBasin.stream().map(t -> t.attested().get()).collect(Collectors.toSet()));
    assertTrue(
        riverBasin.stream()
            .flatMap(t -> t.sources().stream())
            .anyMatch(s -> s.title().equals("hastacuando.com.mx")));
    assertTrue(riverBasin.stream().allMatch(t -> t.period().equals(DateRange.unknown())));
    assertEquals(YES, p.themeDuring(ThemeId.of("environment.management.river-basin"), year(2019)));
    assertEquals(
        UNKNOWN, p.themeDuring(ThemeId.of("environment.management.river-basin"), year(2015)));
    // The first themes may or may not have held then: the slides do not say they ended.
    assertEquals(
        themes("environment.management.river-basin", "governance"),
        p.themesDuring(year(2020), Certainty.DEFINITELY));
  }

  @Test
  void whatIsPlannedWithXalapa() {
    List<Partnership> planned = ATLAS.query().withPlannedParty(XALAPA).list();
    assertEquals(Set.of("brest-veracruz"), ids(planned));
    Partnership p = planned.get(0);
    assertEquals(PartyStatus.PLANNED, party(p, XALAPA).status());
    assertEquals(NO, p.takesPartDuring(XALAPA, year(2020)), "planned, not yet a party");
    Perspective xalapa =
        p.perspectives().stream()
            .filter(x -> x.plannedParties().contains(XALAPA))
            .findFirst()
            .get();
    assertEquals(
        themes("environment.biodiversity", "climate", "environment.waste"), xalapa.plannedThemes());
    assertEquals(
        VERACRUZ, ATLAS.territories().require(XALAPA).parent().get(), "Xalapa is in Veracruz");
  }

  @Test
  void veracruzHighlights() {
    Map<String, String> when = new LinkedHashMap<>();
    ATLAS
        .partnerships()
        .require(VERACRUZ_COOPERATION)
        .actions()
        .forEach(a -> when.put(a.id().value(), a.when().map(DateRange::toString).orElse("")));
    assertEquals("2011-05-10/2011-05-13", when.get("veracruz-safer-seas-2011"));
    assertEquals("2012-07", when.get("veracruz-cuauhtemoc-2012"));
    assertEquals("2016-07-13/2016-07-19", when.get("veracruz-cuauhtemoc-2016"));
    assertEquals("", when.get("veracruz-presentation-of-brest"), "the seed does not date it");
    assertEquals("2019", when.get("veracruz-rio-bobos-2019"));
  }

  @Test
  void theEventsHeldInBrest() {
    assertEquals(
        Set.of(
            "veracruz-safer-seas-2011",
            "veracruz-cuauhtemoc-2012",
            "veracruz-cuauhtemoc-2016",
            "tdf-croissance-bleue-2015"),
        ATLAS.query().actions().at(BREST).list().stream()
            .map(a -> a.id().value())
            .collect(Collectors.toSet()));
  }

  // Slide 3: COVID-19, with no end in the slides.

  @Test
  void covidHeldIn2020AndItsEndIsUnknown() {
    Crisis covid = ATLAS.crises().require(COVID_19);
    assertEquals(DateRange.parse("2020/"), covid.period());
    assertTrue(covid.period().isUnknownEnd());
    assertEquals(YES, covid.period().holdsDuring(2020));
    assertEquals(UNKNOWN, covid.period().holdsDuring(2021));
    assertEquals(NO, covid.period().holdsDuring(2019));
  }

  @Test
  void theKindsOfActionCovidMadeImpossibleAndTheLessons() {
    CrisisImpact impact =
        ATLAS.crisisImpacts().stream().filter(i -> i.crisis().equals(COVID_19)).findFirst().get();
    assertEquals(
        Set.of(ActionKind.DELEGATION, ActionKind.MISSION, ActionKind.CONFERENCE),
        impact.suspendedActionKinds());
    assertEquals(Set.of(TIERRA_DEL_FUEGO, VERACRUZ), impact.territories());
    assertEquals(
        Set.of(REMOTE_STEERING_COMMITTEE, SEA_TECH_WEEK_STAND),
        impact.adaptations().get(0).actions());
    assertEquals(3, impact.lessons().size());
    assertTrue(impact.lessons().get(1).get("fr").get().contains("réseaux de collectivités"));
    assertEquals(
        Set.of("brest-tierra-del-fuego", "brest-veracruz"),
        ids(ATLAS.query().affectedBy(COVID_19).list()));
  }

  @Test
  void theThirdLessonIsToRethinkTheWaysOfActingNotTheActionItself() {
    LocalizedText lesson =
        ATLAS.crisisImpacts().list().get(0).lessons().stream()
            .filter(l -> l.get("fr").orElse("").contains("repenser"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "La nécessité de repenser les modalités de l’Action Internationale des Collectivités"
            + " Territoriales",
        lesson.get("fr").get(),
        "the seed's words");
    String english = lesson.get("en").get();
    assertTrue(english.contains("rethink the ways (modalities) of the international action"));
    assertFalse(english.contains("rethink the international action"), english);
    assertTrue(lesson.get("es").get().contains("repensar las modalidades"));
  }

  @Test
  void theCrisisReportOfCovid() {
    CrisisReport report = CrisisReport.of(ATLAS, COVID_19);
    assertEquals(
        Set.of("brest-tierra-del-fuego", "brest-veracruz"), ids(report.affectedPartnerships()));
    ModalityMix in2020 = report.modalitiesByYear().get(2020);
    assertEquals(ModalityMix.Phase.DURING, in2020.phase());
    assertEquals(2, in2020.remote());
    assertEquals(0, in2020.inPerson());
    assertEquals(ModalityMix.Phase.BEFORE, report.modalitiesByYear().get(2019).phase());
  }

  @Test
  void plannedDevelopments() {
    List<PlannedDevelopments> planned = PlannedDevelopments.with(ATLAS, XALAPA);
    assertEquals(1, planned.size());
    assertEquals(VERACRUZ_COOPERATION, planned.get(0).partnership());
    PlannedDevelopments patagonia = PlannedDevelopments.of(ATLAS.partnerships().require(PATAGONIA));
    assertEquals(themes("education.training", "maritime.clusters"), patagonia.plannedThemes());
    assertEquals(Set.of(Modality.REMOTE), patagonia.plannedModalities());
  }

  // The facts file: twin towns and other partnerships.

  @Test
  void theTwinTownsOfBrestWithTheirYears() {
    Map<String, Integer> since = new LinkedHashMap<>();
    for (Partnership p : ATLAS.query().involving(BREST).ofKind(PartnershipKind.TWINNING).list()) {
      Party partner =
          p.parties().stream().filter(x -> !x.territory().equals(BREST)).findFirst().get();
      assertTrue(partner.period().isOpenEnd(), "brest.fr lists it as a twin town");
      assertFalse(partner.sources().isEmpty());
      since.put(
          ATLAS.territories().require(partner.territory()).officialName(),
          partner.period().start().get().year());
    }
    assertEquals(
        Map.of(
            "Denver", 1948,
            "Plymouth", 1963,
            "Kiel", 1964,
            "Taranto", 1964,
            "Yokosuka", 1970,
            "Dún Laoghaire", 1984,
            "Cádiz", 1986,
            "Constanța", 1993),
        since);
    List<Partnership> friendship =
        ATLAS.query().involving(BREST).ofKind(PartnershipKind.FRIENDSHIP).list();
    assertEquals(Set.of("brest-sapone"), ids(friendship));
    assertEquals(PartialDate.ofYear(1989), friendship.get(0).life().start().get());
    assertEquals(
        PartialDate.ofDay(1964, 8, 1),
        ATLAS
            .partnerships()
            .require(PartnershipId.of("brest-kiel"))
            .agreements()
            .get(0)
            .signed()
            .get());
    assertEquals(
        PartialDate.ofDay(1970, 11, 26),
        ATLAS
            .partnerships()
            .require(PartnershipId.of("brest-yokosuka"))
            .agreements()
            .get(0)
            .signed()
            .get());
  }

  @Test
  void haiphongIsDormantAtADateNoSourceGives() {
    Partnership p = ATLAS.partnerships().require(PartnershipId.of("brest-haiphong"));
    assertEquals(PartialDate.ofYear(2007), p.life().start().get());
    assertEquals(1, p.statusHistory().size());
    StatusChange dormant = p.statusHistory().get(0);
    assertEquals(PartnershipStatus.DORMANT, dormant.status());
    assertTrue(dormant.date().isEmpty(), "the CNCD atlas does not say since when");
    assertTrue(dormant.attested().isEmpty(), "nor when it listed it");
    assertTrue(dormant.sources().get(0).publisher().get().contains("CNCD"));
    assertEquals(UNKNOWN, p.statusDuring(PartnershipStatus.DORMANT, year(2020)));
    assertEquals(NO, p.statusDuring(PartnershipStatus.DORMANT, year(2006)));
    assertTrue(p.statusOn(java.time.LocalDate.of(2020, 6, 1)).isEmpty(), "status in 2020 unknown");
  }

  @Test
  void qingdaoThemesAreAttestedByThePrizeOfNovember2014() {
    Partnership p = ATLAS.partnerships().require(PartnershipId.of("brest-qingdao"));
    assertEquals(PartialDate.ofYear(2006), p.life().start().get());
    for (ThemePeriod theme : p.themes()) {
      assertEquals(DateRange.unknown(), theme.period(), theme.theme().value());
      assertEquals(PartialDate.ofMonth(2014, 11), theme.attested().get());
    }
    assertEquals(Truth.UNKNOWN, p.themeDuring(ThemeId.of("research.innovation"), year(2010)));
  }

  @Test
  void otherPartnershipsOfBrestMetropole() {
    assertEquals(
        Set.of("brest-tierra-del-fuego", "brest-veracruz", "brest-haiphong", "brest-qingdao"),
        ids(ATLAS.query().involving(BREST_METROPOLE).list()));
    assertEquals(13, ATLAS.query().involvingWithin(BREST_METROPOLE).count());
  }

  @Test
  void theSpellingsOfTheSourcesFindTheirTerritories() {
    Map<String, String> spellings = new LinkedHashMap<>();
    spellings.put("Brest Métropole Océane", "fr-brest-metropole");
    spellings.put("Xalapa-Enríquez", "mx-xalapa");
    spellings.put("Hải Phòng", "vn-haiphong");
    spellings.put("Terre de Feu", "ar-tierra-del-fuego");
    spellings.put("Tierra del Fuego, Antártida e Islas del Atlántico Sur", "ar-tierra-del-fuego");
    spellings.put(
        "Provincia de Tierra del Fuego, Antártida e Islas del Atlántico Sur",
        "ar-tierra-del-fuego");
    spellings.put("Veracruz de Ignacio de la Llave", "mx-veracruz");
    spellings.put("Cadix", "es-cadiz");
    spellings.put("Tarente", "it-taranto");
    spellings.put("Dun Laoghaire", "ie-dun-laoghaire");
    spellings.put("Breizh", "fr-brittany");
    spellings.forEach(
        (spelling, id) ->
            assertEquals(
                List.of(id),
                ATLAS.territories().named(spelling).stream()
                    .map(t -> t.id().value())
                    .collect(Collectors.toList()),
                spelling));
  }

  @Test
  void theChainOfTerritoriesFromBrestToFrance() {
    assertEquals(
        List.of("fr-brest-metropole", "fr-finistere", "fr-brittany", "fr"),
        ATLAS.ancestorsOf(BREST).stream().map(t -> t.id().value()).collect(Collectors.toList()));
    Territory brest = ATLAS.territories().require(BREST);
    assertEquals("29019", brest.externalIds().get("insee"));
    assertEquals("Q12193", brest.externalIds().get("wikidata"));
    assertEquals(139_602, brest.population().get().count());
    assertEquals("AR-V", ATLAS.territories().require(TIERRA_DEL_FUEGO).subdivision().get().code());
  }
}
