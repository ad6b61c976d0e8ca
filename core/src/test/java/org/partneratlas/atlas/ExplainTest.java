package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.theme.ThemeId;

/** {@link PartnershipQuery#explain()} reports the plan a query ran and what it did. */
class ExplainTest {

  private static final Atlas ATLAS = SeedAtlas.atlas();

  private static List<String> lines(PartnershipQuery query) {
    List<String> lines = List.of(query.explain().split("\n"));
    assertEquals(5, lines.size(), query.explain());
    assertEquals(query.toString(), lines.get(0));
    assertEquals(String.format(java.util.Locale.ROOT, "matches: %,d", query.count()), lines.get(4));
    return lines;
  }

  @Test
  void aCompoundQueryIntersectsItsBitmapsSmallestFirstThenDecidesTheRest() {
    Partnership some = ATLAS.partnerships().list().get(0);
    TerritoryId party = some.parties().get(0).territory();
    CountryCode country = ATLAS.territories().require(party).country();
    ThemeId theme = some.themes().isEmpty() ? ThemeId.of("culture") : some.themes().get(0).theme();
    PartnershipQuery query = ATLAS.query().onTheme(theme).activeDuring(2020).inCountry(country);
    List<String> lines = lines(query);
    String candidates = lines.get(1);
    int countryAt = candidates.indexOf("bitmap inCountry(" + country + "): ");
    int themeAt = candidates.indexOf("bitmap onTheme(" + theme + "): ");
    assertTrue(countryAt >= 0 && themeAt >= 0, candidates);
    int countrySize = ATLAS.index().partnershipsInCountry(country).getCardinality();
    int themeSize = ATLAS.index().partnershipsOnTheme(theme).getCardinality();
    assertTrue(candidates.contains("inCountry(" + country + "): " + countrySize), candidates);
    assertTrue(candidates.contains("onTheme(" + theme + "): " + themeSize), candidates);
    assertEquals(countrySize <= themeSize, countryAt < themeAt, candidates);
    assertTrue(lines.get(2).startsWith("by the index: existed "), lines.get(2));
    assertTrue(lines.get(2).contains("active "), lines.get(2));
    String predicates = lines.get(3);
    // Cheapest first: themes, then parties, then activity.
    assertTrue(
        predicates.indexOf("onTheme(") < predicates.indexOf("inCountry(")
            && predicates.indexOf("inCountry(") < predicates.indexOf("active "),
        predicates);
  }

  @Test
  void anExactIndexLeavesNothingToTest() {
    TerritoryId planned = TerritoryId.of("nowhere");
    PartnershipQuery query = ATLAS.query().withPlannedParty(planned);
    List<String> lines = lines(query);
    assertEquals("candidates: postings withPlannedParty(nowhere): 0 (exact) → 0", lines.get(1));
    assertEquals("by the index: nothing more", lines.get(2));
    assertEquals("by predicate: none", lines.get(3));
  }

  @Test
  void withoutAnIndexedConditionEveryPartnershipIsTested() {
    PartnershipQuery query = ATLAS.query().ofKind(PartnershipKind.TWINNING);
    List<String> lines = lines(query);
    int n = ATLAS.partnerships().size();
    assertEquals(
        String.format(java.util.Locale.ROOT, "candidates: every partnership: %,d → %,d", n, n),
        lines.get(1));
    assertEquals(
        String.format(java.util.Locale.ROOT, "by predicate: ofKind(TWINNING) %,d tested", n),
        lines.get(3));
  }

  @Test
  void aMomentAloneIsAnsweredByTheLifeIndex() {
    PartnershipQuery query = ATLAS.query().during(2015);
    List<String> lines = lines(query);
    assertTrue(lines.get(1).startsWith("candidates: life index existed: "), lines.get(1));
    assertTrue(lines.get(2).startsWith("by the index: existed "), lines.get(2));
    assertEquals("by predicate: none", lines.get(3));
  }
}
