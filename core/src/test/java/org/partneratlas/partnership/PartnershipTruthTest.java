package org.partneratlas.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

/** Three-valued answers of a partnership: life, parties, themes and statuses. */
class PartnershipTruthTest {

  private static final TerritoryId BREST = TerritoryId.of("fr-brest-metropole");
  private static final TerritoryId CHUBUT = TerritoryId.of("ar-chubut");
  private static final TerritoryId TDF = TerritoryId.of("ar-tierra-del-fuego");
  private static final TerritoryId HAIPHONG = TerritoryId.of("vn-haiphong");

  private static Partnership patagonia() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-patagonia"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .addParties(Party.of(BREST))
        .addParties(Party.builder().territory(CHUBUT).period(DateRange.parse("2010/")).build())
        .addParties(Party.builder().territory(TDF).period(DateRange.parse("2016/..")).build())
        .addThemes(ThemePeriod.of(ThemeId.of("tourism"), DateRange.parse("/..")))
        .build();
  }

  @Test
  void chubutsUnknownEndLeavesLaterYearsUnknown() {
    Partnership p = patagonia();
    assertEquals(DateRange.parse("2010/.."), p.life());
    assertEquals(Truth.NO, p.takesPartDuring(CHUBUT, DateRange.ofYear(2009)));
    assertEquals(Truth.YES, p.takesPartDuring(CHUBUT, DateRange.ofYear(2010)));
    assertEquals(Truth.UNKNOWN, p.takesPartDuring(CHUBUT, DateRange.ofYear(2015)));
    assertEquals(Truth.NO, p.takesPartDuring(TDF, DateRange.ofYear(2015)));
    assertEquals(Truth.YES, p.takesPartDuring(TDF, DateRange.ofYear(2016)));
    assertEquals(Truth.YES, p.takesPartDuring(BREST, DateRange.ofYear(2012)));
  }

  @Test
  void activeWhileTwoPartiesCertainlyTookPart() {
    Partnership p = patagonia();
    assertEquals(Truth.NO, p.activeDuring(2009));
    assertEquals(Truth.YES, p.activeDuring(2010));
    assertEquals(Truth.UNKNOWN, p.activeDuring(2013));
    assertEquals(Truth.YES, p.activeDuring(2020));
    assertEquals(1, p.partiesDuring(DateRange.ofYear(2013), Certainty.DEFINITELY).size());
    assertEquals(2, p.partiesDuring(DateRange.ofYear(2013), Certainty.POSSIBLY).size());
  }

  @Test
  void aThemeOfUnknownStartIsNotKnownInTheFirstYears() {
    Partnership p = patagonia();
    assertTrue(p.themesDuring(2011).isEmpty());
    assertEquals(
        1, p.themesDuring(DateRange.ofYear(2011), Certainty.POSSIBLY).size(), "possibly held");
  }

  @Test
  void anAttestedThemeHoldsAtItsDateOnly() {
    Partnership p =
        Partnership.builder()
            .from(patagonia())
            .addThemes(ThemePeriod.attested(ThemeId.of("coast"), PartialDate.parse("2017-10-12")))
            .build();
    assertEquals(Truth.YES, p.themeDuring(ThemeId.of("coast"), DateRange.ofYear(2017)));
    assertEquals(Truth.UNKNOWN, p.themeDuring(ThemeId.of("coast"), DateRange.ofYear(2016)));
    assertEquals(Truth.UNKNOWN, p.themeDuring(ThemeId.of("coast"), DateRange.ofYear(2019)));
    assertEquals(Truth.NO, p.themeDuring(ThemeId.of("coast"), DateRange.ofYear(2009)));
  }

  @Test
  void anUndatedDormancyMakesTheStatusUnknownAfterTheLastKnownDate() {
    Partnership haiphong =
        Partnership.builder()
            .id(PartnershipId.of("brest-haiphong"))
            .kind(PartnershipKind.DECENTRALISED_COOPERATION)
            .addParties(Party.of(BREST), Party.of(HAIPHONG))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2007), PartnershipStatus.ACTIVE))
            .addStatusHistory(StatusChange.undated(PartnershipStatus.DORMANT))
            .build();
    assertEquals(Truth.YES, haiphong.activeDuring(2007));
    assertEquals(Truth.UNKNOWN, haiphong.activeDuring(2012));
    assertEquals(
        Truth.UNKNOWN, haiphong.statusDuring(PartnershipStatus.DORMANT, DateRange.ofYear(2012)));
    assertEquals(
        Truth.NO, haiphong.statusDuring(PartnershipStatus.DORMANT, DateRange.ofYear(2006)));
    assertEquals(Truth.NO, haiphong.activeDuring(2006));
    assertEquals(Optional.empty(), haiphong.statusOn(LocalDate.of(2015, 1, 1)));
    // The dormancy may have begun as early as 2007: even the last day of 2007 is not certain.
    assertEquals(Optional.empty(), haiphong.statusOn(LocalDate.of(2007, 12, 31)));
  }

  @Test
  void anAttestedStatusHoldsAtItsDateAndIsUnknownAfter() {
    Partnership p =
        Partnership.builder()
            .id(PartnershipId.of("a-b"))
            .kind(PartnershipKind.TWINNING)
            .addParties(Party.of(BREST), Party.of(HAIPHONG))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2007), PartnershipStatus.ACTIVE))
            .addStatusHistory(
                StatusChange.builder()
                    .status(PartnershipStatus.DORMANT)
                    .attested(PartialDate.ofYear(2020))
                    .build())
            .build();
    assertEquals(Truth.YES, p.statusDuring(PartnershipStatus.DORMANT, DateRange.ofYear(2020)));
    assertEquals(Truth.UNKNOWN, p.statusDuring(PartnershipStatus.DORMANT, DateRange.ofYear(2024)));
    assertEquals(Truth.UNKNOWN, p.statusDuring(PartnershipStatus.ACTIVE, DateRange.ofYear(2024)));
    assertEquals(Truth.NO, p.statusDuring(PartnershipStatus.DORMANT, DateRange.ofYear(2005)));
  }

  @Test
  void regression_undatedPartnershipsAreNeitherActiveIn1900NorIn2030() {
    Partnership undated =
        Partnership.builder()
            .id(PartnershipId.of("x-y"))
            .kind(PartnershipKind.TWINNING)
            .addParties(Party.of(BREST), Party.of(HAIPHONG))
            .build();
    assertTrue(undated.life().isUnknownStart());
    assertEquals(Truth.UNKNOWN, undated.activeDuring(1900));
    assertEquals(Truth.UNKNOWN, undated.activeDuring(2030));
    assertFalse(undated.activeDuring(1900).isYes());
  }

  @Test
  void aPlannedPartyNeverTakesPart() {
    Partnership p =
        Partnership.builder()
            .from(patagonia())
            .addParties(
                Party.builder()
                    .territory(TerritoryId.of("mx-xalapa"))
                    .status(PartyStatus.PLANNED)
                    .build())
            .build();
    assertEquals(Truth.NO, p.takesPartDuring(TerritoryId.of("mx-xalapa"), DateRange.ofYear(2020)));
  }
}
