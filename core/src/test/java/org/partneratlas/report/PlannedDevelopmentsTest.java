package org.partneratlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.testing.SeedAtlas;

/** Planned developments gather planned parties, themes, kinds of action and actions. */
class PlannedDevelopmentsTest {

  @Test
  void plannedDevelopmentsEqualPlainScans() {
    qt().withExamples(100)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              for (Partnership p : atlas.partnerships().list()) {
                PlannedDevelopments plans = PlannedDevelopments.of(p);
                Set<TerritoryId> parties = new LinkedHashSet<>();
                for (Party party : p.parties()) {
                  if (party.status() == PartyStatus.PLANNED) {
                    parties.add(party.territory());
                  }
                }
                for (Perspective x : p.perspectives()) {
                  parties.addAll(x.plannedParties());
                }
                assertEquals(List.copyOf(parties), plans.plannedParties().asList());
                assertEquals(
                    p.perspectives().stream()
                        .flatMap(x -> x.plannedThemes().stream())
                        .collect(Collectors.toSet()),
                    plans.plannedThemes());
                assertEquals(
                    p.actions().stream()
                        .filter(a -> a.status() == ActionStatus.PLANNED)
                        .collect(Collectors.toList()),
                    plans.plannedActions());
              }
              for (Territory t : atlas.territories().list()) {
                List<Partnership> expected =
                    atlas.partnerships().stream()
                        .filter(p -> PlannedDevelopments.of(p).plannedParties().contains(t.id()))
                        .collect(Collectors.toList());
                assertEquals(
                    expected.stream().map(Partnership::id).collect(Collectors.toList()),
                    PlannedDevelopments.with(atlas, t.id()).stream()
                        .map(PlannedDevelopments::partnership)
                        .collect(Collectors.toList()));
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void aTwinningWithoutPlansIsEmpty() {
    Atlas atlas = SeedAtlas.atlas();
    assertTrue(PlannedDevelopments.with(atlas, SeedAtlas.CHUBUT).isEmpty());
    assertTrue(
        !PlannedDevelopments.of(atlas.partnerships().require(SeedAtlas.PATAGONIA)).isEmpty());
    QueryInvariants.check(atlas);
  }
}
