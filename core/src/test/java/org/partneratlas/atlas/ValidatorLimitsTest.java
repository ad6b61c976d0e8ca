package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.AtlasValidationTest.partnership;
import static org.partneratlas.atlas.AtlasValidationTest.territory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryLevel;

/**
 * Regression tests of the limits of {@link Atlas.Builder#build()} at large sizes (issue 10, items
 * 1, 4 and 7): each must finish in well under a second, and fails past ten times that. Kept apart
 * from {@link ValidatorHardeningTest} so that the mutation run ({@code -Ppit}) can leave them out.
 */
class ValidatorLimitsTest {

  /** Generous bound for work expected to take well under a second: ten times that. */
  private static final Duration TEN_TIMES_ONE_SECOND = Duration.ofSeconds(10);

  @Test
  void parentChainOf20000IsLinearAndReportedOnceAtTheDepthLimit() {
    List<Territory> chain = chain(20_000);
    AtlasValidationException e =
        assertTimeoutPreemptively(
            TEN_TIMES_ONE_SECOND,
            () ->
                assertThrows(
                    AtlasValidationException.class, () -> Atlas.builder().addAll(chain).build()));
    int first = Territory.MAX_ANCESTORS + 1;
    assertEquals(
        List.of(
            "territory 't-"
                + first
                + "' parent: the territory has more than 64 ancestors (its chain of parents goes"
                + " up to 't-0'): at most 64 are allowed; attach it higher up, or check the"
                + " parents for a mistake (territories below it are not reported again)"),
        ValidatorHardeningTest.lines(e));
    assertEquals(first, e.problems().get(0).index());
  }

  @Test
  void parentCycleOf20000TerritoriesIsLinearAndEveryMemberIsReported() {
    List<Territory> cycle = new ArrayList<>(chain(20_000));
    cycle.set(0, child("t-0", "t-19999"));
    AtlasValidationException e =
        assertTimeoutPreemptively(
            TEN_TIMES_ONE_SECOND,
            () ->
                assertThrows(
                    AtlasValidationException.class, () -> Atlas.builder().addAll(cycle).build()));
    assertEquals(20_000, e.problems().size());
    assertEquals(
        "territory 't-0' parent: the territory is its own ancestor (through 't-19999'): break the"
            + " cycle of parents",
        e.problems().get(0).toString());
    assertTrue(e.problems().stream().allMatch(p -> p.message().contains("its own ancestor")));
  }

  @Test
  void hundredThousandDanglingReferencesGiveABoundedMessageAndTheWholeList() {
    List<Partnership> partnerships = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      partnerships.add(partnership("p-" + i, "a", "missing-" + i));
    }
    AtlasValidationException e =
        assertTimeoutPreemptively(
            TEN_TIMES_ONE_SECOND,
            () ->
                assertThrows(
                    AtlasValidationException.class,
                    () ->
                        Atlas.builder()
                            .add(territory("a", "FR", TerritoryLevel.MUNICIPALITY))
                            .addAll(partnerships)
                            .build()));
    assertEquals(100_000, e.problems().size());
    String message = e.getMessage();
    assertTrue(message.startsWith("The atlas has 100,000 problems:\n  - partnership 'p-0'"));
    assertEquals(
        AtlasValidationException.MAX_LISTED_PROBLEMS + 2, message.split("\n", -1).length, message);
    assertTrue(
        message.endsWith(
            "\n  - and 99,900 more of these kinds: 99,900 at partnership parties[].territory"
                + " (every problem is in the exception's list of problems)"),
        message);
    assertTrue(message.length() < 20_000, "message of " + message.length() + " characters");
  }

  @Test
  void thousandsOfPartnershipsBetweenTheSamePairStayLinear() {
    List<Partnership> partnerships = new ArrayList<>();
    for (int year = 1000; year < 10_000; year++) {
      partnerships.add(periods("p-" + year, year + "/" + year));
    }
    partnerships.add(periods("again", "9999"));
    AtlasValidationException e =
        assertTimeoutPreemptively(
            TEN_TIMES_ONE_SECOND,
            () ->
                assertThrows(
                    AtlasValidationException.class,
                    () ->
                        Atlas.builder()
                            .add(
                                territory("fr-brest", "FR", TerritoryLevel.MUNICIPALITY),
                                territory("de-kiel", "DE", TerritoryLevel.MUNICIPALITY))
                            .addAll(partnerships)
                            .build()));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals("again", e.problems().get(0).entityId());
    assertTrue(e.problems().get(0).message().startsWith("the partnership 'p-9999' has"));
  }

  private static Partnership periods(String id, String period) {
    return ValidatorHardeningTest.periods(id, period);
  }

  private static List<Territory> chain(int n) {
    return ValidatorHardeningTest.chain(n);
  }

  private static Territory child(String id, String parent) {
    return ValidatorHardeningTest.child(id, parent);
  }
}
