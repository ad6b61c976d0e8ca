package org.partneratlas.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IntSummaryStatistics;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas.References;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;

class SyntheticAtlasTest {

  private static final Atlas ATLAS = SyntheticAtlas.generate(10_000, 42).build();

  @Test
  void sameSeedGivesEqualEntities_otherSeedOthers() {
    SyntheticAtlas a = SyntheticAtlas.generate(2_000, 7);
    SyntheticAtlas b = SyntheticAtlas.generate(2_000, 7);
    assertEquals(a.territories(), b.territories());
    assertEquals(a.partnerships(), b.partnerships());
    assertEquals(a.crisisImpacts(), b.crisisImpacts());
    assertNotEquals(a.partnerships(), SyntheticAtlas.generate(2_000, 8).partnerships());
  }

  @Test
  void profileIsTheDocumentedOne() {
    assertEquals(10_000, ATLAS.partnerships().size());
    IntSummaryStatistics parties = stats(p -> p.territories().size());
    IntSummaryStatistics themes = stats(p -> p.themes().size());
    IntSummaryStatistics actions = stats(p -> p.actions().size());
    assertEquals(2, parties.getMin());
    assertEquals(3, parties.getMax());
    assertEquals(1, themes.getMin());
    assertEquals(4, themes.getMax());
    assertEquals(0, actions.getMin());
    assertEquals(5, actions.getMax());
    assertTrue(ATLAS.partnerships().stream().anyMatch(p -> p.statusHistory().size() >= 2));
    assertEquals(5, ATLAS.crises().size());
    assertEquals(10, ATLAS.crisisImpacts().size());
    Set<TerritoryLevel> levels =
        ATLAS.territories().stream().map(Territory::level).collect(Collectors.toSet());
    // Every level a source can give; UNKNOWN is for imports that do not say, which this atlas is
    // not.
    assertEquals(
        java.util.EnumSet.complementOf(java.util.EnumSet.of(TerritoryLevel.UNKNOWN)), levels);
    assertEquals(
        60, ATLAS.territories().stream().filter(t -> t.level() == TerritoryLevel.COUNTRY).count());
    // Mostly international: most partnerships have parties in two countries or more.
    long international =
        ATLAS.partnerships().stream()
            .filter(
                p ->
                    p.territories().stream()
                            .map(t -> ATLAS.territories().require(t).country())
                            .distinct()
                            .count()
                        > 1)
            .count();
    assertTrue(international > 8_000, "international: " + international);
    // A heavy tail: some territory has many more partnerships than the average.
    int most =
        ATLAS.territories().stream()
            .mapToInt(t -> ATLAS.partnershipsOf(t.id()).size())
            .max()
            .orElse(0);
    assertTrue(most > 50, "most partnerships of one territory: " + most);
  }

  @Test
  void freshReferencesAreNewObjects_sharedOnesTheEntitysOwn() {
    Atlas fresh = SyntheticAtlas.generate(100, 1, References.FRESH).build();
    Atlas shared = SyntheticAtlas.generate(100, 1, References.SHARED).build();
    Partnership p = fresh.partnerships().list().get(0);
    Partnership q = shared.partnerships().list().get(0);
    assertEquals(p, q);
    TerritoryId freshParty = p.parties().get(0).territory();
    TerritoryId sharedParty = q.parties().get(0).territory();
    assertNotSame(fresh.territories().require(freshParty).id(), freshParty);
    assertSame(shared.territories().require(sharedParty).id(), sharedParty);
  }

  private static IntSummaryStatistics stats(ToIntFunction<Partnership> f) {
    return ATLAS.partnerships().stream().mapToInt(f).summaryStatistics();
  }
}
