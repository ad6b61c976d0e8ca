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
import org.partneratlas.atlas.Atlas;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisReport;
import org.partneratlas.crisis.ModalityMix;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.perspective.PlannedDevelopments;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.timeline.ThemeHistory;
import org.partneratlas.timeline.Timeline;
import org.partneratlas.timeline.TimelineEvent;

/**
 * Every fact of the founding slides, and the twin towns of the facts file, asked of the bundled
 * dataset through the query API.
 */
class SeedFidelityTest {

  private static final Atlas ATLAS = BrestMetropole.load();

  private static Set<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(p -> p.id().value()).collect(Collectors.toSet());
  }

  private static Set<ThemeId> themes(String... ids) {
    return java.util.Arrays.stream(ids).map(ThemeId::of).collect(Collectors.toSet());
  }

  private static Party party(Partnership p, TerritoryId territory) {
    return p.parties().stream().filter(x -> x.territory().equals(territory)).findFirst().get();
  }

  // Slide 1: Tierra del Fuego, begun with Chubut.

  @Test
  void theCooperationBeganIn2010WithChubut() {
    List<Partnership> withChubut = ATLAS.query().involving(CHUBUT).list();
    assertEquals(Set.of("brest-tierra-del-fuego"), ids(withChubut));
    Partnership p = withChubut.get(0);
    assertEquals(DateRange.parse("2010/.."), p.life());
    assertEquals(DateRange.parse("2010/2016"), party(p, CHUBUT).period());
    assertEquals(PartyStatus.FORMER, party(p, CHUBUT).status());
    assertTrue(ATLAS.query().involving(CHUBUT).activeDuring(2010).count() == 1);
    assertEquals(0, ATLAS.query().involving(CHUBUT).activeDuring(2009).count());
    assertTrue(
        ATLAS
            .territory(CHUBUT)
            .orElseThrow()
            .attributes()
            .get("description.fr")
            .contains("Patagonie"));
  }

  @Test
  void tierraDelFuegoIsThePartnerSince2016() {
    Partnership p = ATLAS.query().involving(TIERRA_DEL_FUEGO).list().get(0);
    assertEquals(PATAGONIA, p.id());
    assertEquals(PartialDate.ofYear(2016), party(p, TIERRA_DEL_FUEGO).period().start().get());
    assertFalse(
        p.partiesDuring(2015).stream().anyMatch(x -> x.territory().equals(TIERRA_DEL_FUEGO)));
    assertTrue(
        p.partiesDuring(2016).stream().anyMatch(x -> x.territory().equals(TIERRA_DEL_FUEGO)));
    assertEquals(
        List.of(TIERRA_DEL_FUEGO),
        p.partiesDuring(2020).stream()
            .map(Party::territory)
            .filter(t -> !t.equals(BREST_METROPOLE))
            .collect(Collectors.toList()));
    assertEquals(TIERRA_DEL_FUEGO, ATLAS.requireTerritoryNamed("terre de feu").id(), "French name");
    assertTrue(
        ATLAS
            .requireTerritory(TIERRA_DEL_FUEGO)
            .attributes()
            .get("description.fr")
            .contains("bout du monde"));
  }

  @Test
  void tierraDelFuegoAgreementsAreTheFirstConventionAndTwoPhases() {
    Partnership p = ATLAS.requirePartnership(PATAGONIA);
    assertEquals(
        List.of(AgreementKind.CONVENTION, AgreementKind.PHASE, AgreementKind.PHASE),
        p.agreements().stream().map(a -> a.kind()).collect(Collectors.toList()));
    assertEquals(PartialDate.ofYear(2016), p.agreements().get(0).signed().get());
    assertEquals(DateRange.parse("2017/2018"), p.agreements().get(1).period().get());
    assertEquals(DateRange.parse("2019/2021"), p.agreements().get(2).period().get());
  }

  @Test
  void tierraDelFuegoAimAndThemes() {
    Partnership p = ATLAS.requirePartnership(PATAGONIA);
    assertTrue(
        p.aims().get(0).get("fr").get().contains("innovation et l’économie maritime"),
        "aim of the seed");
    assertTrue(
        p.themesDuring(2020)
            .containsAll(
                themes(
                    "maritime.sustainable-transport",
                    "maritime.aquaculture",
                    "tourism",
                    "energy.marine")));
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
    List<Action> actions = ATLAS.query().involving(TIERRA_DEL_FUEGO).actions().list();
    Map<String, String> whenById = new LinkedHashMap<>();
    for (Action a : actions) {
      whenById.put(a.id().value(), a.when().map(DateRange::toString).orElse(""));
    }
    assertEquals("2015", whenById.get("tdf-croissance-bleue-2015"));
    assertEquals("", whenById.get("tdf-sabella-visit"), "the seed does not date the visit");
    assertEquals("2016", whenById.get("tdf-bioeconomy-symposium-2016"));
    Action sabella = ATLAS.action(ActionId.of("tdf-sabella-visit")).orElseThrow();
    assertTrue(
        sabella
            .actors()
            .containsAll(
                List.of(
                    org.partneratlas.actor.ActorId.of("sabella"),
                    org.partneratlas.actor.ActorId.of("sea-tech-week"))));
    assertEquals(
        List.of(ActionKind.SYMPOSIUM),
        ATLAS.query().actions().ofKind(ActionKind.SYMPOSIUM).list().stream()
            .map(Action::kind)
            .collect(Collectors.toList()));
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
        ActionKind.STEERING_COMMITTEE, ATLAS.action(REMOTE_STEERING_COMMITTEE).get().kind());
    assertTrue(
        ATLAS.action(SEA_TECH_WEEK_STAND).get().links().contains("https://www.seatechweek.eu"));
    assertEquals(
        Set.of("brest-tierra-del-fuego"),
        ids(ATLAS.query().withActionsOfModality(Modality.REMOTE).list()));
  }

  @Test
  void tierraDelFuegoPerspectives() {
    Partnership p = ATLAS.requirePartnership(PATAGONIA);
    List<Perspective> perspectives = p.perspectives();
    assertTrue(perspectives.get(0).description().get("fr").get().contains("élections de 2019"));
    assertEquals(
        themes("education.training", "maritime.clusters"), perspectives.get(1).plannedThemes());
    assertEquals(Set.of(Modality.REMOTE), perspectives.get(2).plannedModalities());
  }

  // Slide 2: Veracruz, and the planned project with Xalapa.

  @Test
  void veracruzSince2009() {
    Partnership p = ATLAS.query().involving(VERACRUZ).list().get(0);
    assertEquals(VERACRUZ_COOPERATION, p.id());
    assertEquals(PartialDate.ofYear(2009), p.life().start().get());
    assertTrue(p.aims().get(0).get("fr").get().contains("pôle de compétences"));
    assertEquals(0, ATLAS.query().involving(VERACRUZ).activeDuring(2008).count());
  }

  @Test
  void theThemesOfVeracruzEarlyAndLate() {
    Partnership p = ATLAS.requirePartnership(VERACRUZ_COOPERATION);
    Set<ThemeId> early =
        themes(
            "maritime.marine-science.technopole", "maritime.safety", "maritime.ocean-observation");
    assertEquals(early, p.themesDuring(2010));
    assertTrue(p.themesDuring(2020).containsAll(early));
    assertTrue(
        p.themesDuring(2020)
            .containsAll(themes("environment.management.river-basin", "governance")));
    assertFalse(p.themesDuring(2018).contains(ThemeId.of("governance")));
    // Environmental management, with its sub-themes, came in recent years.
    assertEquals(
        Set.of("brest-veracruz"),
        ids(
            ATLAS
                .query()
                .onTheme(ThemeId.of("environment.management"), DateRange.ofYear(2020))
                .list()));
    assertEquals(
        0,
        ATLAS
            .query()
            .onTheme(ThemeId.of("environment.management"), DateRange.ofYear(2010))
            .count());
  }

  @Test
  void whatIsPlannedWithXalapa() {
    List<Partnership> planned = ATLAS.query().withPlannedParty(XALAPA).list();
    assertEquals(Set.of("brest-veracruz"), ids(planned));
    Partnership p = planned.get(0);
    assertEquals(PartyStatus.PLANNED, party(p, XALAPA).status());
    assertFalse(
        p.isActiveDuring(2020)
            && p.partiesDuring(2020).stream().anyMatch(x -> x.territory().equals(XALAPA)));
    Perspective xalapa =
        p.perspectives().stream()
            .filter(x -> x.plannedParties().contains(XALAPA))
            .findFirst()
            .get();
    assertEquals(
        themes("environment.biodiversity", "climate", "environment.waste"), xalapa.plannedThemes());
    assertEquals(VERACRUZ, ATLAS.requireTerritory(XALAPA).parent().get(), "Xalapa is in Veracruz");
  }

  @Test
  void veracruzHighlights() {
    Map<String, String> when = new LinkedHashMap<>();
    ATLAS
        .query()
        .involving(VERACRUZ)
        .actions()
        .list()
        .forEach(a -> when.put(a.id().value(), a.when().map(DateRange::toString).orElse("")));
    assertEquals("2011-05-10/2011-05-13", when.get("veracruz-safer-seas-2011"));
    assertEquals("2012-07", when.get("veracruz-cuauhtemoc-2012"));
    assertEquals("2016-07-13/2016-07-19", when.get("veracruz-cuauhtemoc-2016"));
    assertEquals("", when.get("veracruz-presentation-of-brest"));
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

  // Slide 3: COVID-19.

  @Test
  void theKindsOfActionCovidMadeImpossible() {
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
    assertEquals(DateRange.parse("2020"), ATLAS.requireCrisis(COVID_19).period());
  }

  // The same questions through the higher-level query types.

  @Test
  void partiesTakingPartInAYear() {
    assertEquals(0, ATLAS.query().involving(TIERRA_DEL_FUEGO, DateRange.ofYear(2015)).count());
    assertEquals(1, ATLAS.query().involving(TIERRA_DEL_FUEGO, DateRange.ofYear(2016)).count());
    assertEquals(1, ATLAS.query().involving(CHUBUT, DateRange.ofYear(2010)).count());
    assertEquals(0, ATLAS.query().involving(CHUBUT, DateRange.ofYear(2017)).count());
  }

  @Test
  void theThemeHistoryOfVeracruz() {
    ThemeHistory history = ThemeHistory.of(ATLAS.requirePartnership(VERACRUZ_COOPERATION));
    assertEquals(
        themes(
            "maritime.marine-science.technopole", "maritime.safety", "maritime.ocean-observation"),
        history.appearedDuring(2009));
    assertEquals(
        themes("environment.management.river-basin", "governance"), history.appearedDuring(2019));
    assertEquals(
        themes(
            "maritime.marine-science.technopole", "maritime.safety", "maritime.ocean-observation"),
        history.themesDuring(2012));
  }

  @Test
  void theCrisisReportOfCovid() {
    CrisisReport report = CrisisReport.of(ATLAS, COVID_19);
    assertEquals(
        Set.of(ActionKind.DELEGATION, ActionKind.MISSION, ActionKind.CONFERENCE),
        report.suspendedActionKinds());
    assertEquals(
        Set.of("brest-tierra-del-fuego", "brest-veracruz"), ids(report.affectedPartnerships()));
    ModalityMix in2020 = report.modalitiesByYear().get(2020);
    assertEquals(ModalityMix.Phase.DURING, in2020.phase());
    assertEquals(2, in2020.remote());
    assertEquals(0, in2020.inPerson());
    assertEquals(3, report.lessons().size());
  }

  @Test
  void plannedDevelopmentsWithXalapa() {
    List<PlannedDevelopments> planned = PlannedDevelopments.with(ATLAS, XALAPA);
    assertEquals(1, planned.size());
    assertEquals(VERACRUZ_COOPERATION, planned.get(0).partnership());
    assertTrue(
        planned
            .get(0)
            .plannedThemes()
            .containsAll(themes("environment.biodiversity", "climate", "environment.waste")));
    PlannedDevelopments patagonia = PlannedDevelopments.of(ATLAS.requirePartnership(PATAGONIA));
    assertEquals(themes("education.training", "maritime.clusters"), patagonia.plannedThemes());
    assertEquals(Set.of(Modality.REMOTE), patagonia.plannedModalities());
  }

  @Test
  void theTimelineOf2020() {
    List<TimelineEvent> events = Timeline.ofPartnership(ATLAS, PATAGONIA).during(2020);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.type() == TimelineEvent.Type.CRISIS
                        && e.crisis().get().id().equals(COVID_19)));
    assertEquals(
        List.of(REMOTE_STEERING_COMMITTEE, SEA_TECH_WEEK_STAND),
        events.stream()
            .filter(e -> e.type() == TimelineEvent.Type.ACTION)
            .map(e -> e.action().get().id())
            .collect(Collectors.toList()));
  }

  // The facts file: twin towns and other partnerships.

  @Test
  void theTwinTownsOfBrestWithTheirYears() {
    Map<String, Integer> since = new LinkedHashMap<>();
    for (Partnership p : ATLAS.query().involving(BREST).ofKind(PartnershipKind.TWINNING).list()) {
      Party partner =
          p.parties().stream().filter(x -> !x.territory().equals(BREST)).findFirst().get();
      since.put(
          ATLAS.requireTerritory(partner.territory()).officialName(),
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
            .requirePartnership(PartnershipId.of("brest-kiel"))
            .agreements()
            .get(0)
            .signed()
            .get());
    assertEquals(
        PartialDate.ofDay(1970, 11, 26),
        ATLAS
            .requirePartnership(PartnershipId.of("brest-yokosuka"))
            .agreements()
            .get(0)
            .signed()
            .get());
    assertEquals(
        List.of("es-cadiz"),
        ATLAS.territoriesNamed("cadix").stream()
            .map(t -> t.id().value())
            .collect(Collectors.toList()));
  }

  @Test
  void otherPartnershipsOfBrestMetropole() {
    assertEquals(
        Set.of("brest-tierra-del-fuego", "brest-veracruz", "brest-haiphong", "brest-qingdao"),
        ids(ATLAS.query().involving(BREST_METROPOLE).list()));
    assertEquals(
        PartialDate.ofYear(2007),
        ATLAS.requirePartnership(PartnershipId.of("brest-haiphong")).life().start().get());
    assertEquals(
        PartialDate.ofYear(2006),
        ATLAS.requirePartnership(PartnershipId.of("brest-qingdao")).life().start().get());
    assertEquals(13, ATLAS.query().involvingWithin(BREST_METROPOLE).count());
  }

  @Test
  void theChainOfTerritoriesFromBrestToFrance() {
    assertEquals(
        List.of("fr-brest-metropole", "fr-finistere", "fr-brittany", "fr"),
        ATLAS.ancestorsOf(BREST).stream().map(t -> t.id().value()).collect(Collectors.toList()));
    Territory brest = ATLAS.requireTerritory(BREST);
    assertEquals("29019", brest.externalIds().get("insee"));
    assertEquals("Q12193", brest.externalIds().get("wikidata"));
    assertEquals(139_602, brest.population().get().count());
    assertEquals("AR-V", ATLAS.requireTerritory(TIERRA_DEL_FUEGO).subdivision().get().code());
  }
}
