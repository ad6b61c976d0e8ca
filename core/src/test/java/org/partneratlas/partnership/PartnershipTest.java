package org.partneratlas.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

class PartnershipTest {

  static Partnership.Builder twinning() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-kiel"))
        .kind(PartnershipKind.TWINNING)
        .addParties(Party.of(TerritoryId.of("brest")))
        .addParties(Party.of(TerritoryId.of("kiel")))
        .addAgreements(
            Agreement.builder()
                .kind(AgreementKind.CHARTER)
                .signed(PartialDate.ofDay(1964, 8, 1))
                .build());
  }

  @Test
  void equalityOfPartnershipsAndTheirParts() {
    new EqualsTester()
        .addEqualityGroup(twinning().build(), twinning().build())
        .addEqualityGroup(twinning().kind(PartnershipKind.FRIENDSHIP).build())
        .addEqualityGroup(twinning().addAims(LocalizedText.of("fr", "Amitié")).build())
        .addEqualityGroup(twinning().putAttributes("host", "1").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Party.of(TerritoryId.of("a")),
            Party.builder()
                .territory(TerritoryId.of("a"))
                .role(PartyRole.PARTNER)
                .period(DateRange.unbounded())
                .status(PartyStatus.ACTIVE)
                .build())
        .addEqualityGroup(
            Party.builder().territory(TerritoryId.of("a")).role(PartyRole.LEAD).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ThemePeriod.of(ThemeId.of("tourism"), DateRange.unbounded()),
            ThemePeriod.builder().theme(ThemeId.of("tourism")).build())
        .addEqualityGroup(ThemePeriod.of(ThemeId.of("tourism"), DateRange.parse("2009/..")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            StatusChange.of(PartialDate.ofYear(2019), PartnershipStatus.DORMANT),
            StatusChange.builder()
                .date(PartialDate.ofYear(2019))
                .status(PartnershipStatus.DORMANT)
                .build())
        .addEqualityGroup(StatusChange.of(PartialDate.ofYear(2019), PartnershipStatus.ENDED))
        .testEquals();
    Action action =
        Action.builder()
            .id(ActionId.of("a"))
            .kind(ActionKind.FAIR_STAND)
            .modality(Modality.REMOTE)
            .build();
    new EqualsTester()
        .addEqualityGroup(action, Action.builder().from(action).build())
        .addEqualityGroup(Action.builder().from(action).status(ActionStatus.CANCELLED).build())
        .testEquals();
    CrisisImpact impact =
        CrisisImpact.builder()
            .id(CrisisImpactId.of("i"))
            .crisis(CrisisId.of("covid-19"))
            .addAdaptations(
                Adaptation.builder().description(LocalizedText.of("en", "online")).build())
            .build();
    new EqualsTester()
        .addEqualityGroup(impact, CrisisImpact.builder().from(impact).build())
        .addEqualityGroup(
            CrisisImpact.builder().from(impact).addLessons(LocalizedText.of("en", "l")).build())
        .testEquals();
  }

  @Test
  void lifeRunsFromTheEarliestKnownStartToAnEnd() {
    assertEquals(DateRange.parse("1964-08-01/.."), twinning().build().life());
    Partnership ended =
        twinning()
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(1970), PartnershipStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2001), PartnershipStatus.ENDED))
            .build();
    assertEquals(DateRange.parse("1964-08-01/2001"), ended.life());
  }

  @Test
  void statusOnADayFollowsTheHistory() {
    Partnership p =
        twinning()
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2007), PartnershipStatus.DORMANT))
            .addStatusHistory(
                StatusChange.of(PartialDate.ofMonth(2012, 3), PartnershipStatus.ACTIVE))
            .build();
    assertEquals(Optional.empty(), p.statusOn(LocalDate.of(1960, 1, 1)));
    assertEquals(Optional.of(PartnershipStatus.ACTIVE), p.statusOn(LocalDate.of(1990, 1, 1)));
    assertEquals(Optional.of(PartnershipStatus.DORMANT), p.statusOn(LocalDate.of(2010, 1, 1)));
    // The change to ACTIVE is dated March 2012: on 1 March, either status may hold.
    assertEquals(Optional.empty(), p.statusOn(LocalDate.of(2012, 3, 1)));
    assertEquals(Optional.of(PartnershipStatus.ACTIVE), p.statusOn(LocalDate.of(2012, 4, 1)));
    assertEquals(
        Set.of(PartnershipStatus.DORMANT, PartnershipStatus.ACTIVE),
        p.statusesDuring(DateRange.ofYear(2012), Certainty.DEFINITELY));
    assertEquals(Truth.NO, p.activeDuring(2010));
    assertEquals(Truth.YES, p.activeDuring(2012));
    assertEquals(Truth.YES, p.activeDuring(1990));
    assertEquals(Truth.NO, p.activeDuring(1960));
  }

  @Test
  void aPlannedPartnershipIsNotActiveBeforeItStarts() {
    Partnership p =
        twinning()
            .agreements(java.util.List.of())
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2024), PartnershipStatus.PLANNED))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2026), PartnershipStatus.ACTIVE))
            .build();
    assertEquals(Truth.NO, p.activeDuring(2023));
    assertEquals(Truth.NO, p.activeDuring(2025));
    assertEquals(Truth.YES, p.activeDuring(2026));
  }

  @Test
  void perspectivesAndAimsMustSaySomething() {
    assertThrows(IllegalArgumentException.class, () -> Perspective.builder().build());
    assertThrows(
        IllegalArgumentException.class, () -> twinning().addAims(LocalizedText.empty()).build());
    assertEquals(
        "Attribute key 'bad key' is not allowed: start with a letter or digit and use only"
            + " letters, digits, '.', '_', ':' and '-' (at most 128 characters)",
        assertThrows(
                IllegalArgumentException.class,
                () -> twinning().putAttributes("bad key", "v").build())
            .getMessage());
  }
}
