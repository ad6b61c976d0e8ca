package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.AtlasValidationTest.territory;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * One test per rule of the Atlas builder (design/domain.md, "Invariants"): a valid atlas with one
 * fault added gives exactly the one expected problem, so that deleting any check fails a test.
 */
class InvariantsTest {

  private static final TerritoryId BREST = TerritoryId.of("fr-brest");
  private static final TerritoryId KIEL = TerritoryId.of("de-kiel");
  private static final ThemeId MARITIME = ThemeId.of("maritime");
  private static final ActorId SABELLA = ActorId.of("sabella");
  private static final CrisisId COVID = CrisisId.of("covid-19");

  private static Theme theme(String id) {
    return Theme.builder().id(ThemeId.of(id)).labels(LocalizedText.of("en", id)).build();
  }

  private static Actor actor(String id) {
    return Actor.builder()
        .id(ActorId.of(id))
        .kind(ActorKind.COMPANY)
        .names(LocalizedText.of("fr", id))
        .base(BREST)
        .build();
  }

  private static Crisis crisis(String id) {
    return Crisis.builder()
        .id(CrisisId.of(id))
        .kind(CrisisKind.PANDEMIC)
        .names(LocalizedText.of("en", id))
        .period(DateRange.parse("2020/2022"))
        .build();
  }

  private static Action action(String id) {
    return Action.builder()
        .id(ActionId.of(id))
        .kind(ActionKind.VISIT)
        .when(DateRange.parse("1970"))
        .place(KIEL)
        .addThemes(MARITIME)
        .addActors(SABELLA)
        .build();
  }

  /** An ended twinning, 1964 to 1990, with an action in 1970. */
  private static Partnership.Builder twinning(String id) {
    Partnership.Builder b = Partnership.builder();
    b.id(PartnershipId.of(id))
        .kind(PartnershipKind.TWINNING)
        .addParties(Party.of(BREST), Party.of(KIEL))
        .addThemes(ThemePeriod.of(MARITIME, DateRange.parse("1964/1990")))
        .addStatusHistory(
            StatusChange.of(PartialDate.ofYear(1964), PartnershipStatus.ACTIVE),
            StatusChange.of(PartialDate.ofYear(1990), PartnershipStatus.ENDED))
        .addActions(action("visit-" + id))
        .addPerspectives(
            Perspective.builder().addPlannedParties(BREST).addPlannedThemes(MARITIME).build());
    return b;
  }

  private static CrisisImpact.Builder impact(String id) {
    CrisisImpact.Builder b = CrisisImpact.builder();
    b.id(CrisisImpactId.of(id))
        .crisis(COVID)
        .addTerritories(BREST)
        .addPartnerships(PartnershipId.of("brest-kiel"))
        .addAdaptations(
            Adaptation.builder()
                .description(LocalizedText.of("en", "online"))
                .addActions(ActionId.of("visit-brest-kiel"))
                .build());
    return b;
  }

  private static Atlas.Builder valid() {
    return Atlas.builder()
        .add(
            territory("fr-brest", "FR", TerritoryLevel.MUNICIPALITY),
            territory("de-kiel", "DE", TerritoryLevel.MUNICIPALITY))
        .add(theme("maritime"), theme("maritime.aquaculture"))
        .add(actor("sabella"))
        .add(crisis("covid-19"))
        .add(twinning("brest-kiel").build())
        .add(impact("impact").build());
  }

  /** Asserts that the fault gives exactly one problem, at that entity and field, with that text. */
  private static void onlyProblem(
      UnaryOperator<Atlas.Builder> fault, EntityKind kind, String id, String field, String text) {
    AtlasValidationException e =
        assertThrows(AtlasValidationException.class, () -> fault.apply(valid()).build());
    assertEquals(1, e.problems().size(), e::getMessage);
    Problem problem = e.problems().get(0);
    assertEquals(kind, problem.kind(), e::getMessage);
    assertEquals(id, problem.entityId(), e::getMessage);
    assertEquals(field, problem.field(), e::getMessage);
    assertTrue(problem.message().contains(text), e::getMessage);
  }

  @Test
  void theBaseAtlasIsValid() {
    Atlas atlas = valid().build();
    assertEquals(1, atlas.partnerships().size());
  }

  // --- Duplicate ids, also ignoring case -------------------------------------------------------

  @Test
  void aDuplicatePartnershipIdIsAProblem() {
    onlyProblem(
        b ->
            b.add(
                twinning("brest-kiel").kind(PartnershipKind.FRIENDSHIP).actions(List.of()).build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "id",
        "already used by the partnership at position 0");
  }

  @Test
  void aDuplicateThemeIdIsAProblem() {
    onlyProblem(
        b -> b.add(theme("maritime")),
        EntityKind.THEME,
        "maritime",
        "id",
        "already used by the theme at position 0");
  }

  @Test
  void anActorIdDifferingOnlyByCaseIsAProblem() {
    onlyProblem(
        b -> b.add(actor("Sabella")),
        EntityKind.ACTOR,
        "Sabella",
        "id",
        "differs only by case from the id 'sabella' of the actor at position 0");
  }

  @Test
  void aDuplicateActorIdIsAProblem() {
    onlyProblem(
        b -> b.add(actor("sabella")),
        EntityKind.ACTOR,
        "sabella",
        "id",
        "already used by the actor at position 0");
  }

  @Test
  void aDuplicateCrisisIdIsAProblem() {
    onlyProblem(
        b -> b.add(crisis("covid-19")),
        EntityKind.CRISIS,
        "covid-19",
        "id",
        "already used by the crisis at position 0");
  }

  @Test
  void aDuplicateCrisisImpactIdIsAProblem() {
    onlyProblem(
        b -> b.add(impact("impact").build()),
        EntityKind.CRISIS_IMPACT,
        "impact",
        "id",
        "already used by the crisis impact at position 0");
  }

  @Test
  void aDuplicateActionIdIsAProblem() {
    onlyProblem(
        b ->
            b.add(
                twinning("other")
                    .kind(PartnershipKind.FRIENDSHIP)
                    .actions(List.of(action("visit-brest-kiel")))
                    .build()),
        EntityKind.PARTNERSHIP,
        "other",
        "actions[0].id",
        "already used by an action of partnership 'brest-kiel'");
  }

  @Test
  void anActionIdDifferingOnlyByCaseIsAProblem() {
    onlyProblem(
        b ->
            b.add(
                twinning("other")
                    .kind(PartnershipKind.FRIENDSHIP)
                    .actions(List.of(action("VISIT-brest-kiel")))
                    .build()),
        EntityKind.PARTNERSHIP,
        "other",
        "actions[0].id",
        "differs only by case from the action id 'visit-brest-kiel' of partnership 'brest-kiel'");
  }

  @Test
  void duplicateAndCaseProblemsOfActionIdsComeInTheOrderOfTheActions() {
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                valid()
                    .add(
                        twinning("other")
                            .kind(PartnershipKind.FRIENDSHIP)
                            .actions(
                                List.of(
                                    action("visit-brest-kiel"),
                                    action("VISIT-brest-kiel"),
                                    action("visit-brest-kiel")))
                            .build())
                    .build());
    assertEquals(3, e.problems().size(), e::getMessage);
    assertEquals("actions[0].id", e.problems().get(0).field(), e::getMessage);
    assertTrue(e.problems().get(0).message().contains("already used"), e::getMessage);
    assertEquals("actions[1].id", e.problems().get(1).field(), e::getMessage);
    assertTrue(e.problems().get(1).message().contains("differs only by case"), e::getMessage);
    assertEquals("actions[2].id", e.problems().get(2).field(), e::getMessage);
    assertTrue(e.problems().get(2).message().contains("already used"), e::getMessage);
  }

  // --- References ------------------------------------------------------------------------------

  @Test
  void anUnknownBroaderThemeIsAProblem() {
    onlyProblem(
        b -> b.add(theme("energy.marine")),
        EntityKind.THEME,
        "energy.marine",
        "id",
        "the broader theme 'energy' does not exist");
  }

  @Test
  void anUnknownActorBaseIsAProblem() {
    onlyProblem(
        b ->
            b.add(
                Actor.builder().from(actor("cluster")).base(TerritoryId.of("fr-quimper")).build()),
        EntityKind.ACTOR,
        "cluster",
        "base",
        "the territory 'fr-quimper' does not exist");
  }

  @Test
  void anUnknownPlannedPartyIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .perspectives(
                        List.of(
                            Perspective.builder()
                                .addPlannedParties(TerritoryId.of("mx-xalapa"))
                                .build()))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "perspectives[0].plannedParties",
        "the territory 'mx-xalapa' does not exist");
  }

  @Test
  void anUnknownPlannedThemeIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .perspectives(
                        List.of(
                            Perspective.builder().addPlannedThemes(ThemeId.of("training")).build()))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "perspectives[0].plannedThemes",
        "the theme 'training' does not exist");
  }

  @Test
  void anUnknownThemeOfAPartnershipIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .themes(List.of(ThemePeriod.of(ThemeId.of("tourism"), DateRange.unbounded())))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "themes[0].theme",
        "the theme 'tourism' does not exist");
  }

  @Test
  void anUnknownPlaceOfAnActionIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .actions(
                        List.of(
                            Action.builder()
                                .from(action("visit-brest-kiel"))
                                .place(TerritoryId.of("fr-quimper"))
                                .build()))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "actions[0].place",
        "the territory 'fr-quimper' does not exist");
  }

  @Test
  void anUnknownThemeOfAnActionIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .actions(
                        List.of(
                            Action.builder()
                                .from(action("visit-brest-kiel"))
                                .themes(List.of(ThemeId.of("tourism")))
                                .build()))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "actions[0].themes",
        "the theme 'tourism' does not exist");
  }

  @Test
  void anUnknownActorOfAnActionIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .actions(
                        List.of(
                            Action.builder()
                                .from(action("visit-brest-kiel"))
                                .actors(List.of(ActorId.of("sabela")))
                                .build()))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "actions[0].actors",
        "the actor 'sabela' does not exist (did you mean 'sabella'?)");
  }

  @Test
  void anActionOutsideTheLifeOfAnEndedPartnershipIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .actions(
                        List.of(
                            Action.builder()
                                .from(action("visit-brest-kiel"))
                                .when(DateRange.parse("2001"))
                                .build()))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "actions[0].when",
        "is dated 2001, outside the life of the partnership");
  }

  @Test
  void anActionOfAnOngoingPartnershipMayBeDatedAnyTime() {
    Partnership ongoing =
        twinning("brest-kiel")
            .statusHistory(
                List.of(StatusChange.of(PartialDate.ofYear(1964), PartnershipStatus.ACTIVE)))
            .actions(
                List.of(
                    Action.builder()
                        .from(action("visit-brest-kiel"))
                        .when(DateRange.parse("1950"))
                        .build()))
            .build();
    assertEquals(1, valid().replace(ongoing).build().partnerships().size());
  }

  @Test
  void anUnknownCrisisOfAnImpactIsAProblem() {
    onlyProblem(
        b -> b.add(impact("other").crisis(CrisisId.of("covid19")).build()),
        EntityKind.CRISIS_IMPACT,
        "other",
        "crisis",
        "the crisis 'covid19' does not exist (did you mean 'covid-19'?)");
  }

  @Test
  void anUnknownTerritoryOfAnImpactIsAProblem() {
    onlyProblem(
        b -> b.add(impact("other").addTerritories(TerritoryId.of("fr-quimper")).build()),
        EntityKind.CRISIS_IMPACT,
        "other",
        "territories",
        "the territory 'fr-quimper' does not exist");
  }

  @Test
  void anUnknownPartnershipOfAnImpactIsAProblem() {
    onlyProblem(
        b -> b.add(impact("other").addPartnerships(PartnershipId.of("brest-kiell")).build()),
        EntityKind.CRISIS_IMPACT,
        "other",
        "partnerships",
        "the partnership 'brest-kiell' does not exist (did you mean 'brest-kiel'?)");
  }

  @Test
  void anUnknownActionOfAnAdaptationIsAProblem() {
    onlyProblem(
        b ->
            b.add(
                impact("other")
                    .addAdaptations(
                        Adaptation.builder()
                            .description(LocalizedText.of("en", "stand"))
                            .addActions(ActionId.of("visit-brest-kie"))
                            .build())
                    .build()),
        EntityKind.CRISIS_IMPACT,
        "other",
        "adaptations[1].actions",
        "the action 'visit-brest-kie' does not exist in any partnership (did you mean"
            + " 'visit-brest-kiel'?)");
  }

  // --- Territories -----------------------------------------------------------------------------

  @Test
  void aChildInTheCountryOfItsParentIsValidAndInAnotherIsAProblem() {
    Territory finistere = territory("fr-29", "FR", TerritoryLevel.DEPARTMENT);
    Territory quimper =
        Territory.builder()
            .from(territory("fr-quimper", "FR", TerritoryLevel.MUNICIPALITY))
            .parent(finistere.id())
            .build();
    assertEquals(4, valid().add(finistere, quimper).build().territories().size());
    onlyProblem(
        b ->
            b.add(
                finistere,
                Territory.builder()
                    .from(territory("de-hamburg", "DE", TerritoryLevel.MUNICIPALITY))
                    .parent(finistere.id())
                    .build()),
        EntityKind.TERRITORY,
        "de-hamburg",
        "country",
        "the territory is in DE but its parent 'fr-29' is in FR");
  }

  @Test
  void aTerritoryThatIsItsOwnParentIsAProblem() {
    onlyProblem(
        b ->
            b.add(
                Territory.builder()
                    .from(territory("fr-quimper", "FR", TerritoryLevel.MUNICIPALITY))
                    .parent(TerritoryId.of("fr-quimper"))
                    .build()),
        EntityKind.TERRITORY,
        "fr-quimper",
        "parent",
        "the territory is its own ancestor (through 'fr-quimper')");
  }

  @Test
  void aPartnershipWithOneDistinctPartyIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel").parties(List.of(Party.of(BREST), Party.of(BREST))).build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "parties",
        "at least two distinct parties, found 1");
  }

  @Test
  void aStatusHistoryOutOfOrderIsAProblem() {
    onlyProblem(
        b ->
            b.replace(
                twinning("brest-kiel")
                    .statusHistory(
                        List.of(
                            StatusChange.of(PartialDate.ofYear(1964), PartnershipStatus.ACTIVE),
                            StatusChange.of(PartialDate.ofYear(1963), PartnershipStatus.DORMANT)))
                    .build()),
        EntityKind.PARTNERSHIP,
        "brest-kiel",
        "statusHistory[1].date",
        "list the status history in chronological order");
  }
}
