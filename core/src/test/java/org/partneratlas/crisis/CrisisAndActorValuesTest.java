package org.partneratlas.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.atlas.Problem;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

class CrisisAndActorValuesTest {

  @Test
  void crisesAreValues() {
    Crisis covid =
        Crisis.builder()
            .id(CrisisId.of("covid-19"))
            .kind(CrisisKind.PANDEMIC)
            .names(LocalizedText.of("en", "COVID-19"))
            .period(DateRange.parse("2020"))
            .build();
    new EqualsTester()
        .addEqualityGroup(covid, Crisis.builder().from(covid).build())
        .addEqualityGroup(Crisis.builder().from(covid).externalCode("EP-2020-000012-CHN").build())
        .addEqualityGroup(Crisis.builder().from(covid).period(DateRange.parse("2020/2022")).build())
        .testEquals();
    assertEquals(
        "Crisis covid-19 has no name: give at least one name in one language",
        assertThrows(
                IllegalArgumentException.class,
                () -> Crisis.builder().from(covid).names(LocalizedText.empty()).build())
            .getMessage());
    Adaptation online =
        Adaptation.builder()
            .description(LocalizedText.of("fr", "Recours au numérique"))
            .addActions(ActionId.of("a"))
            .build();
    new EqualsTester()
        .addEqualityGroup(online, Adaptation.builder().from(online).build())
        .addEqualityGroup(Adaptation.builder().from(online).addActions(ActionId.of("b")).build())
        .testEquals();
    assertThrows(
        IllegalArgumentException.class,
        () -> Adaptation.builder().description(LocalizedText.empty()).build());
  }

  @Test
  void actorsAgreementsPerspectivesAndThemesAreValues() {
    Actor sabella =
        Actor.builder()
            .id(ActorId.of("sabella"))
            .kind(ActorKind.COMPANY)
            .names(LocalizedText.of("fr", "Sabella"))
            .build();
    new EqualsTester()
        .addEqualityGroup(sabella, Actor.builder().from(sabella).build())
        .addEqualityGroup(Actor.builder().from(sabella).founded(PartialDate.ofYear(2008)).build())
        .addEqualityGroup(Actor.builder().from(sabella).base(TerritoryId.of("quimper")).build())
        .testEquals();
    assertThrows(
        IllegalArgumentException.class,
        () -> Actor.builder().from(sabella).addLinks("not a url").build());

    Agreement phase =
        Agreement.builder().kind(AgreementKind.PHASE).period(DateRange.parse("2017/2018")).build();
    new EqualsTester()
        .addEqualityGroup(phase, Agreement.builder().from(phase).build())
        .addEqualityGroup(
            Agreement.builder().from(phase).period(DateRange.parse("2019/2021")).build())
        .testEquals();
    assertEquals(PartialDate.ofYear(2017), phase.date().orElseThrow());

    Perspective xalapa =
        Perspective.builder()
            .addPlannedParties(TerritoryId.of("mx-xalapa"))
            .addPlannedThemes(ThemeId.of("climate"))
            .addPlannedActionKinds(ActionKind.PROJECT)
            .build();
    new EqualsTester()
        .addEqualityGroup(xalapa, Perspective.builder().from(xalapa).build())
        .addEqualityGroup(
            Perspective.builder()
                .from(xalapa)
                .addPlannedThemes(ThemeId.of("environment.waste"))
                .build())
        .testEquals();

    Theme host =
        Theme.builder().id(ThemeId.of("host")).labels(LocalizedText.of("en", "Host")).build();
    new EqualsTester()
        .addEqualityGroup(host, Theme.builder().from(host).build())
        .addEqualityGroup(Theme.builder().from(host).addSdgs(14).build())
        .testEquals();
  }

  @Test
  void problemsAreValuesThatNameTheirField() {
    Problem p =
        Problem.of(
            EntityKind.PARTNERSHIP, "brest-kiel", 3, List.of("parties", "1", "territory"), "msg");
    assertEquals("parties[1].territory", p.field());
    assertEquals("partnership 'brest-kiel' parties[1].territory: msg", p.toString());
    new EqualsTester()
        .addEqualityGroup(
            p,
            Problem.of(
                EntityKind.PARTNERSHIP,
                "brest-kiel",
                3,
                List.of("parties", "1", "territory"),
                "msg"))
        .addEqualityGroup(Problem.of(EntityKind.PARTNERSHIP, "brest-kiel", 4, List.of(), "msg"))
        .testEquals();
    assertEquals(
        "crisis impact 'i': msg",
        Problem.of(EntityKind.CRISIS_IMPACT, "i", 0, List.of(), "msg").toString());
  }
}
