package org.partneratlas.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.PartialDate;

/** Issue 10, item 6: the checks of one partnership value report all of its problems at once. */
class PartnershipChecksTest {

  @Test
  void regression_aPartnershipWithTwoEmptyAimsAndABadAttributeKeyReportsAllThreeInOneRead() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Partnership.builder()
                    .id(PartnershipId.of("a-b"))
                    .kind(PartnershipKind.TWINNING)
                    .addParties(Party.of(TerritoryId.of("a-x")), Party.of(TerritoryId.of("b-y")))
                    .addAims(LocalizedText.empty(), LocalizedText.empty())
                    .putAttributes("k/1", "v")
                    .build());
    assertEquals(3, e.getSuppressed().length, e::getMessage);
    assertEquals(
        "Partnership a-b has an empty aim (aims[1]): write it or leave it out",
        e.getSuppressed()[1].getMessage());
  }

  @Test
  void regression_aStatusChangeAttestedBeforeItsDateAndWithABadKeyReportsBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StatusChange.builder()
                    .status(PartnershipStatus.DORMANT)
                    .date(PartialDate.ofYear(2020))
                    .attested(PartialDate.ofYear(2019))
                    .putAttributes("k/1", "v")
                    .build());
    assertEquals(2, e.getSuppressed().length, e::getMessage);
  }
}
