package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.AtlasValidationTest.partnership;
import static org.partneratlas.atlas.AtlasValidationTest.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.time.DateRange;

/** Regression tests of the limits and messages of {@link Atlas.Builder#build()} (issue 10). */
class ValidatorHardeningTest {

  static Territory child(String id, String parent) {
    return Territory.builder()
        .from(territory(id, "FR", TerritoryLevel.DISTRICT))
        .parent(TerritoryId.of(parent))
        .build();
  }

  /**
   * Returns t-0 (no parent), t-1 under t-0, ..., t-(n-1): n territories, the last n-1 ancestors.
   */
  static List<Territory> chain(int n) {
    List<Territory> chain = new ArrayList<>(n);
    chain.add(territory("t-0", "FR", TerritoryLevel.COUNTRY));
    for (int i = 1; i < n; i++) {
      chain.add(child("t-" + i, "t-" + (i - 1)));
    }
    return chain;
  }

  static List<String> lines(AtlasValidationException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  // --- 1. Parent chains --------------------------------------------------------------------------

  @Test
  void aTerritoryWithMaxAncestorsBuildsAndOneMoreDoesNot() {
    List<Territory> chain = chain(Territory.MAX_ANCESTORS + 1);
    Atlas atlas = Atlas.builder().addAll(chain).build();
    assertEquals(
        Territory.MAX_ANCESTORS, atlas.ancestorsOf(chain.get(chain.size() - 1).id()).size());

    // The same chain given from the bottom up, plus one more at the bottom.
    List<Territory> longer = chain(Territory.MAX_ANCESTORS + 2);
    java.util.Collections.reverse(longer);
    AtlasValidationException e =
        assertThrows(AtlasValidationException.class, () -> Atlas.builder().addAll(longer).build());
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals("t-" + (Territory.MAX_ANCESTORS + 1), e.problems().get(0).entityId());
    assertEquals(0, e.problems().get(0).index());
  }

  @Test
  void territoriesHangingBelowACycleAreNotTheirOwnAncestors() {
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .add(child("below", "a"), child("a", "b"), child("b", "a"), child("c", "below"))
                    .build());
    assertEquals(
        List.of("a", "b"),
        e.problems().stream().map(Problem::entityId).collect(Collectors.toList()),
        e::getMessage);
  }

  // --- 4. Bounded messages -------------------------------------------------------------------

  @Test
  void theCountsAfterTheListedProblemsAreByKindOfEntityAndField() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < 103; i++) {
      problems.add(Problem.of(EntityKind.TERRITORY, "t" + i, i, List.of("parent"), "m"));
    }
    problems.add(Problem.of(EntityKind.THEME, "x", 0, List.of(), "m"));
    problems.add(Problem.of(EntityKind.PARTNERSHIP, "p", 0, List.of("actions", "3", "when"), "m"));
    problems.add(Problem.of(EntityKind.TERRITORY, "t", 7, List.of("parent"), "m"));
    String message = new AtlasValidationException(problems).getMessage();
    assertTrue(
        message.endsWith(
            "\n  - and 6 more of these kinds: 4 at territory parent, 1 at theme, 1 at partnership"
                + " actions[].when (every problem is in the exception's list of problems)"),
        message);
    assertEquals(106, new AtlasValidationException(problems).problems().size());
  }

  @Test
  void aMessageWithAtMostMaxListedProblemsListsThemAll() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < AtlasValidationException.MAX_LISTED_PROBLEMS; i++) {
      problems.add(Problem.of(EntityKind.TERRITORY, "t" + i, i, List.of("parent"), "m"));
    }
    String message = new AtlasValidationException(problems).getMessage();
    assertFalse(message.contains("more of these kinds"), message);
    assertTrue(message.endsWith("territory 't99' parent: m"), message);
  }

  // --- 6. Every problem, once ----------------------------------------------------------------

  @Test
  void aDanglingParentSaysTheCountryCannotBeChecked() {
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () -> Atlas.builder().add(child("brest", "nowhere")).build());
    assertEquals(
        List.of(
            "territory 'brest' parent: the parent territory 'nowhere' does not exist: add it, or"
                + " correct the id (until then its country cannot be compared with the"
                + " parent's)"),
        lines(e));
  }

  @Test
  void aPartnershipWithSeveralProblemsHasThemAllReported() {
    Partnership p =
        Partnership.builder()
            .from(partnership("p", "a", "ghost"))
            .addThemes(
                org.partneratlas.partnership.ThemePeriod.of(
                    org.partneratlas.theme.ThemeId.of("no-theme"), DateRange.unbounded()))
            .addPerspectives(
                org.partneratlas.partnership.Perspective.builder()
                    .addPlannedParties(TerritoryId.of("ghost-2"))
                    .build())
            .build();
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .add(territory("a", "FR", TerritoryLevel.MUNICIPALITY))
                    .add(p)
                    .build());
    assertEquals(
        List.of("parties[1].territory", "themes[0].theme", "perspectives[0].plannedParties"),
        e.problems().stream().map(Problem::field).collect(Collectors.toList()));
  }

  // --- 7. Duplicates -------------------------------------------------------------------------

  @Test
  void samePartnershipTwiceIsAProblemNamingTheOther() {
    Territory brest = territory("fr-brest", "FR", TerritoryLevel.MUNICIPALITY);
    Territory kiel = territory("de-kiel", "DE", TerritoryLevel.MUNICIPALITY);
    Partnership first = partnership("brest-kiel", "fr-brest", "de-kiel");
    Partnership again = partnership("kiel-brest", "de-kiel", "fr-brest");
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () -> Atlas.builder().add(brest, kiel).add(first, again).build());
    assertEquals(
        List.of(
            "partnership 'kiel-brest' parties: the partnership 'brest-kiel' has the same kind"
                + " (TWINNING), the same parties (de-kiel, fr-brest) and party periods that"
                + " overlap: it is the same partnership twice; merge them, or correct the kind,"
                + " the parties or their periods"),
        lines(e));
    assertEquals(1, e.problems().get(0).index());
  }

  @Test
  void samePairWithAnotherKindOrDisjointPeriodsOrAThirdPartyIsNotTheSamePartnership() {
    Territory brest = territory("fr-brest", "FR", TerritoryLevel.MUNICIPALITY);
    Territory kiel = territory("de-kiel", "DE", TerritoryLevel.MUNICIPALITY);
    Territory cadiz = territory("es-cadiz", "ES", TerritoryLevel.MUNICIPALITY);
    Partnership twinning = partnership("twinning", "fr-brest", "de-kiel");
    Partnership friendship =
        Partnership.builder()
            .from(partnership("friendship", "fr-brest", "de-kiel"))
            .kind(PartnershipKind.FRIENDSHIP)
            .build();
    Partnership earlier = periods("earlier", "1960/1970");
    Partnership later = periods("later", "1980/1990");
    Partnership three = partnership("three", "fr-brest", "de-kiel", "es-cadiz");
    Atlas atlas = Atlas.builder().add(brest, kiel, cadiz).add(twinning, friendship, three).build();
    assertEquals(3, atlas.partnerships().size());
    Atlas disjoint = Atlas.builder().add(brest, kiel).add(earlier, later).build();
    assertEquals(2, disjoint.partnerships().size());
    assertThrows(
        AtlasValidationException.class,
        () ->
            Atlas.builder()
                .add(brest, kiel)
                .add(earlier, periods("overlapping", "1969/1975"))
                .build());
  }

  static Partnership periods(String id, String period) {
    return Partnership.builder()
        .id(PartnershipId.of(id))
        .kind(PartnershipKind.FRIENDSHIP)
        .addParties(
            Party.builder()
                .territory(TerritoryId.of("fr-brest"))
                .period(DateRange.parse(period))
                .build())
        .addParties(
            Party.builder()
                .territory(TerritoryId.of("de-kiel"))
                .period(DateRange.parse(period))
                .build())
        .build();
  }

  @Test
  void idsThatDifferOnlyByCaseAreAProblemNamingTheOther() {
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .add(
                        territory("fr-brest", "FR", TerritoryLevel.MUNICIPALITY),
                        territory("FR-BREST", "FR", TerritoryLevel.MUNICIPALITY))
                    .build());
    assertEquals(
        List.of(
            "territory 'FR-BREST' id: the id 'FR-BREST' differs only by case from the id"
                + " 'fr-brest' of the territory at position 0: ids must differ by more than case;"
                + " give each one its own id, or merge them"),
        lines(e));
  }

  @Test
  void aReferenceInTheWrongCaseOrWithATypoGetsDidYouMean() {
    Territory brest = territory("fr-brest", "FR", TerritoryLevel.MUNICIPALITY);
    Territory kiel = territory("de-kiel", "DE", TerritoryLevel.MUNICIPALITY);
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .add(brest, kiel)
                    .add(
                        partnership("wrong-case", "FR-BREST", "de-kiel"),
                        Partnership.builder()
                            .from(partnership("typo", "fr-bresst", "de-kiel"))
                            .kind(PartnershipKind.FRIENDSHIP)
                            .build(),
                        Partnership.builder()
                            .from(partnership("far", "xx-nowhere", "de-kiel"))
                            .kind(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING)
                            .build())
                    .build());
    assertEquals(
        List.of(
            "partnership 'wrong-case' parties[0].territory: the territory 'FR-BREST' does not"
                + " exist (did you mean 'fr-brest'?): add it, or correct the id",
            "partnership 'typo' parties[0].territory: the territory 'fr-bresst' does not exist"
                + " (did you mean 'fr-brest'?): add it, or correct the id",
            "partnership 'far' parties[0].territory: the territory 'xx-nowhere' does not exist:"
                + " add it, or correct the id"),
        lines(e));
  }

  @Test
  void suggestionsAreAtMostOneEditAwayAndNotForShortIds() {
    Suggestions s =
        new Suggestions(() -> Arrays.asList("fr-brest", "de-kiel", "ab", "es-cadiz", "mx-ver"));
    assertEquals("fr-brest", s.closest("FR-Brest"));
    assertEquals("fr-brest", s.closest("fr-brst"));
    assertEquals("fr-brest", s.closest("fr-brestt"));
    assertEquals("fr-brest", s.closest("fr-bresx"));
    assertEquals("fr-brest", s.closest("fr-bresT"));
    assertEquals("es-cadiz", s.closest("es-acdiz"));
    assertEquals("ab", s.closest("AB"));
    assertEquals(null, s.closest("ac"));
    assertEquals(null, s.closest("fr-brxxt"));
    assertEquals(null, s.closest("mx-vera-cruz"));
    assertEquals("", s.hint("nothing-like-it"));
    assertEquals(" (did you mean 'de-kiel'?)", s.hint("de-kiell"));
  }

  @Test
  void withinOneEditAgreesWithALevenshteinDistanceWithSwaps() {
    String[] words = {"", "a", "ab", "ba", "abc", "acb", "abd", "abcd", "bacd", "xabc", "abcx"};
    for (String a : words) {
      for (String b : words) {
        assertEquals(
            osaDistance(a, b) <= 1, Suggestions.withinOneEdit(a, b), "'" + a + "' '" + b + "'");
      }
    }
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  private static int osaDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  // --- 2. Names ------------------------------------------------------------------------------

  @Test
  void aPartnershipNameLongerThanTheLimitIsAProblem() {
    Partnership p =
        Partnership.builder()
            .from(partnership("p", "a", "b"))
            .names(LocalizedText.of("fr", "x".repeat(LocalizedText.MAX_NAME_LENGTH + 1)))
            .build();
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .add(
                        territory("a", "FR", TerritoryLevel.MUNICIPALITY),
                        territory("b", "FR", TerritoryLevel.MUNICIPALITY))
                    .add(p)
                    .build());
    assertEquals("names.fr", e.problems().get(0).field());
    assertTrue(
        e.problems().get(0).message().startsWith("the name in 'fr' is 1,001 characters long"),
        e::getMessage);
  }

  // --- 13. Null arguments --------------------------------------------------------------------

  @Test
  void aNullTerritoryIsNamedByItsPositionAndNothingIsAdded() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Atlas.builder().add((Territory) null));
    assertEquals("the value at position 0 is null: give a value, or leave it out", e.getMessage());

    Atlas.Builder builder = Atlas.builder().add(territory("a", "FR", TerritoryLevel.MUNICIPALITY));
    Territory b = territory("b", "FR", TerritoryLevel.MUNICIPALITY);
    NullPointerException second =
        assertThrows(NullPointerException.class, () -> builder.addAll(Arrays.asList(b, null)));
    assertEquals(
        "the value at position 1 is null: give a value, or leave it out", second.getMessage());
    assertEquals(1, builder.build().territories().size());
  }

  @Test
  void aNullAmongEntitiesOfSeveralKindsIsNamedByItsPositionAndNothingIsAdded() {
    Atlas.Builder builder = Atlas.builder();
    Territory a = territory("a", "FR", TerritoryLevel.MUNICIPALITY);
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                builder.addAll(Arrays.asList(a, ThemeCatalogue.standard().themes().get(0), null)));
    assertEquals("the value at position 2 is null: give a value, or leave it out", e.getMessage());
    Atlas empty = builder.build();
    assertEquals(0, empty.territories().size());
    assertEquals(0, empty.themes().size());
  }

  @Test
  void anActionIsNotAddedAloneButWithItsPartnership() {
    Action action = Action.builder().id(ActionId.of("a")).kind(ActionKind.VISIT).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Atlas.builder().add(action));
    assertTrue(e.getMessage().contains("add actions to their partnership"), e::getMessage);
  }
}
