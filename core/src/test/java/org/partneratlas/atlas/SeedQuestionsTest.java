package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.testing.SeedAtlas.BREST_METROPOLE;
import static org.partneratlas.testing.SeedAtlas.CHUBUT;
import static org.partneratlas.testing.SeedAtlas.COVID_19;
import static org.partneratlas.testing.SeedAtlas.PATAGONIA;
import static org.partneratlas.testing.SeedAtlas.REMOTE_STEERING_COMMITTEE;
import static org.partneratlas.testing.SeedAtlas.SEA_TECH_WEEK_STAND;
import static org.partneratlas.testing.SeedAtlas.TIERRA_DEL_FUEGO;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ_COOPERATION;
import static org.partneratlas.testing.SeedAtlas.XALAPA;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.ModalityMix;
import org.partneratlas.report.PlannedDevelopments;
import org.partneratlas.report.ThemeHistory;
import org.partneratlas.report.Timeline;
import org.partneratlas.report.TimelineEvent;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;

/**
 * The questions the founding slides answer, asked through the query API of the seed atlas built in
 * code ({@link SeedAtlas}), each with one call.
 */
class SeedQuestionsTest {

  private final Atlas atlas = SeedAtlas.atlas();

  @AfterEach
  void invariantsHold() {
    QueryInvariants.check(atlas);
  }

  private static ThemeId theme(String id) {
    return ThemeId.of(id);
  }

  @Test
  void themesOfTheVeracruzCooperationIn2009AndIn2020() {
    ThemeHistory history = ThemeHistory.of(atlas.partnerships().require(VERACRUZ_COOPERATION));
    Set<ThemeId> early =
        Set.of(
            theme("maritime.marine-science.technopole"),
            theme("maritime.ocean-observation"),
            theme("maritime.safety"));
    assertEquals(early, history.themesDuring(2009));
    assertEquals(Set.of(), history.themesDuring(2010));
    // Possibly also the later themes: nothing is known of them before their attestations.
    assertTrue(history.themesDuring(2010, Certainty.POSSIBLY).containsAll(early));
    assertTrue(history.themesDuring(2010, Certainty.POSSIBLY).contains(theme("governance")));
    // The seed gives no end to the early themes; environmental management of the Bobos river
    // basin and governance came "in recent years": attested, not dated.
    assertEquals(Set.of(theme("governance")), history.themesDuring(2020));
    assertEquals(
        Set.of(
            theme("environment.coastal-marine"),
            theme("environment.management.river-basin"),
            theme("governance"),
            theme("maritime.marine-science.technopole"),
            theme("maritime.ocean-observation"),
            theme("maritime.safety")),
        history.themesDuring(2021, Certainty.POSSIBLY));
    assertEquals(Set.of(), history.appearedDuring(2019));
    assertEquals(Set.of(), history.endedDuring(2021));
    // The same from the query side: who works on governance, when?
    assertEquals(
        List.of(VERACRUZ_COOPERATION),
        ids(atlas.query().during(2020).onTheme(theme("governance")).list()));
    assertEquals(List.of(), ids(atlas.query().during(2021).onTheme(theme("governance")).list()));
    assertEquals(
        List.of(VERACRUZ_COOPERATION),
        ids(atlas.query().possibly().during(2021).onTheme(theme("governance")).list()));
    assertEquals(
        List.of(), ids(atlas.query().possibly().during(2008).onTheme(theme("governance")).list()));
    // Environmental management includes the river basin, its sub-theme.
    assertEquals(
        List.of(VERACRUZ_COOPERATION),
        ids(atlas.query().onTheme(theme("environment.management")).list()));
  }

  @Test
  void whichCooperationWorksOnMarineEnergies() {
    assertEquals(List.of(PATAGONIA), ids(atlas.query().onTheme(theme("energy.marine")).list()));
    assertEquals(List.of(PATAGONIA), ids(atlas.query().onTheme(theme("energy")).list()));
    assertEquals(
        theme("energy.marine"), atlas.themes().requireNamed("energies marines renouvelables").id());
    assertEquals(
        List.of(PATAGONIA),
        ids(
            atlas
                .query()
                .onTheme(atlas.themes().requireNamed("Marine renewable energy").id())
                .activeDuring(2020)
                .list()));
  }

  @Test
  void whichActionsWereRemoteIn2020AndWhen() {
    List<Action> remote = atlas.query().actions().withModality(Modality.REMOTE).during(2020).list();
    assertEquals(
        List.of(REMOTE_STEERING_COMMITTEE, SEA_TECH_WEEK_STAND),
        remote.stream().map(Action::id).collect(Collectors.toList()));
    assertEquals(DateRange.parse("2020-23"), remote.get(0).when().orElseThrow());
    assertEquals(DateRange.parse("2020-10-12/2020-10-16"), remote.get(1).when().orElseThrow());
    assertEquals(
        PATAGONIA, atlas.partnershipOfAction(REMOTE_STEERING_COMMITTEE).orElseThrow().id());
    assertEquals(0, atlas.query().actions().withModality(Modality.REMOTE).during(2019).count());
  }

  @Test
  void whatIsPlannedWithXalapa() {
    List<PlannedDevelopments> plans = PlannedDevelopments.with(atlas, XALAPA);
    assertEquals(1, plans.size());
    PlannedDevelopments plan = plans.get(0);
    assertEquals(VERACRUZ_COOPERATION, plan.partnership());
    assertEquals(Set.of(XALAPA), plan.plannedParties());
    assertEquals(
        List.of(theme("climate"), theme("environment.biodiversity"), theme("environment.waste")),
        plan.plannedThemes().asList());
    // Xalapa, in Veracruz, is planned, not yet a partner at work.
    assertEquals(List.of(), ids(atlas.query().during(2021).involving(XALAPA).list()));
    assertEquals(List.of(), ids(atlas.query().possibly().involving(XALAPA).list()));
    assertEquals(
        List.of(VERACRUZ_COOPERATION),
        ids(atlas.query().includingPlanned().involving(XALAPA).list()));
    assertEquals(List.of(VERACRUZ_COOPERATION), ids(atlas.query().withPlannedParty(XALAPA).list()));
    assertEquals(
        List.of(BREST_METROPOLE, VERACRUZ),
        atlas.partnerships().require(VERACRUZ_COOPERATION).partiesDuring(2021).stream()
            .map(Party::territory)
            .collect(Collectors.toList()));
    // What else is planned: the Patagonia cooperation plans new themes and digital means.
    PlannedDevelopments patagonia = PlannedDevelopments.of(atlas.partnerships().require(PATAGONIA));
    assertEquals(
        Set.of(theme("education.training"), theme("maritime.clusters")), patagonia.plannedThemes());
    assertEquals(Set.of(Modality.REMOTE), patagonia.plannedModalities());
    assertEquals(
        Set.of(ActionKind.STEERING_COMMITTEE, ActionKind.FAIR_STAND),
        patagonia.plannedActionKinds());
  }

  @Test
  void whichKindsOfActionCovid19MadeImpossible() {
    CrisisReport report = CrisisReport.of(atlas, COVID_19);
    assertEquals(
        List.of(ActionKind.CONFERENCE, ActionKind.DELEGATION, ActionKind.MISSION),
        report.suspendedActionKinds().asList());
    assertEquals(List.of(PATAGONIA, VERACRUZ_COOPERATION), ids(report.affectedPartnerships()));
    assertEquals(Set.of(TIERRA_DEL_FUEGO, VERACRUZ), report.affectedTerritories());
    assertEquals(1, report.adaptations().size());
    assertEquals(
        Set.of(REMOTE_STEERING_COMMITTEE, SEA_TECH_WEEK_STAND),
        report.adaptations().get(0).actions());
    assertEquals(3, report.lessons().size());
    assertEquals(List.of(), report.disruptedActions(ActionStatus.CANCELLED));
    // Years 2011 to 2020 without gaps: before the crisis, actions of unknown modality (the seed
    // does not say); in 2020, two remote actions.
    assertEquals(2011, report.modalitiesByYear().firstKey().intValue());
    assertEquals(2020, report.modalitiesByYear().lastKey().intValue());
    ModalityMix in2020 = report.modalitiesByYear().get(2020);
    assertEquals(ModalityMix.Phase.DURING, in2020.phase());
    assertEquals(2, in2020.remote());
    assertEquals(0, in2020.inPerson());
    ModalityMix in2015 = report.modalitiesByYear().get(2015);
    assertEquals(ModalityMix.Phase.BEFORE, in2015.phase());
    assertEquals(1, in2015.unspecified());
    assertEquals(0, report.modalitiesByYear().get(2018).total());
  }

  @Test
  void thePartnerOfThePatagoniaCooperationIn2012AndIn2018() {
    Partnership patagonia = atlas.partnerships().require(PATAGONIA);
    assertEquals(List.of(CHUBUT), partnersOfBrestMetropole(patagonia, 2010, Certainty.DEFINITELY));
    assertEquals(List.of(), partnersOfBrestMetropole(patagonia, 2012, Certainty.DEFINITELY));
    assertEquals(List.of(CHUBUT), partnersOfBrestMetropole(patagonia, 2012, Certainty.POSSIBLY));
    assertEquals(
        List.of(TIERRA_DEL_FUEGO), partnersOfBrestMetropole(patagonia, 2018, Certainty.DEFINITELY));
    assertEquals(
        List.of(CHUBUT, TIERRA_DEL_FUEGO),
        partnersOfBrestMetropole(patagonia, 2018, Certainty.POSSIBLY));
    assertEquals(List.of(PATAGONIA), ids(atlas.query().during(2010).involving(CHUBUT).list()));
    assertEquals(
        List.of(PATAGONIA), ids(atlas.query().possibly().during(2012).involving(CHUBUT).list()));
    assertEquals(List.of(), ids(atlas.query().during(2018).involving(CHUBUT).list()));
    assertEquals(
        List.of(PATAGONIA), ids(atlas.query().possibly().during(2018).involving(CHUBUT).list()));
    assertEquals(List.of(), ids(atlas.query().during(2012).involving(TIERRA_DEL_FUEGO).list()));
    assertEquals(
        List.of(PATAGONIA), ids(atlas.query().during(2018).involving(TIERRA_DEL_FUEGO).list()));
    // Active in 2018, but whether Chubut still took part then is not known.
    assertEquals(List.of(), ids(atlas.query().involving(CHUBUT).activeDuring(2018).list()));
    assertEquals(
        List.of(PATAGONIA),
        ids(atlas.query().possibly().involving(CHUBUT).activeDuring(2018).list()));
    assertEquals(
        List.of(PATAGONIA),
        ids(
            atlas
                .partnerships()
                .named("Coopération avec la province de Terre de Feu (Argentine)")));
  }

  private static List<TerritoryId> partnersOfBrestMetropole(
      Partnership p, int year, Certainty certainty) {
    return p.partiesDuring(DateRange.ofYear(year), certainty).stream()
        .map(Party::territory)
        .filter(t -> !t.equals(BREST_METROPOLE))
        .collect(Collectors.toList());
  }

  @Test
  void theTimelineOfThePatagoniaCooperationFollowsTheSlides() {
    List<String> events =
        Timeline.ofPartnership(atlas, PATAGONIA).events().stream()
            .map(TimelineEvent::toString)
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "2010 PARTY_JOINED brest-tierra-del-fuego fr-brest-metropole",
            "2010 PARTY_JOINED brest-tierra-del-fuego ar-chubut",
            "2015 ACTION brest-tierra-del-fuego tdf-croissance-bleue-2015 CONFERENCE",
            "2016 PARTY_JOINED brest-tierra-del-fuego ar-tierra-del-fuego",
            "2016 ACTION brest-tierra-del-fuego tdf-bioeconomy-symposium-2016 SYMPOSIUM",
            // No "Chubut leaves": no source says when (or whether) it did.
            "2020 ATTESTED brest-tierra-del-fuego maritime.sustainable-transport",
            "2020 ATTESTED brest-tierra-del-fuego maritime.aquaculture",
            "2020 ATTESTED brest-tierra-del-fuego tourism",
            "2020 ATTESTED brest-tierra-del-fuego energy.marine",
            "2020/ CRISIS brest-tierra-del-fuego covid-19",
            "2020-23 ACTION brest-tierra-del-fuego tdf-remote-committee-2020 STEERING_COMMITTEE",
            "2020-10-12/2020-10-16 ACTION brest-tierra-del-fuego tdf-sea-tech-week-2020-stand"
                + " FAIR_STAND"),
        events);
  }

  static List<Object> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(Partnership::id).collect(Collectors.toList());
  }
}
