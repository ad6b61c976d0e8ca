package org.partneratlas.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;

/** Regression tests: one build of an entity reports all its problems; names are bounded. */
class EveryProblemOfATerritoryTest {

  private static Territory.Builder brest() {
    Territory.Builder b = Territory.builder();
    b.id(TerritoryId.of("fr-brest"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of("fr", "Brest"))
        .officialLanguage("fr")
        .country(CountryCode.of("FR"));
    return b;
  }

  private static List<String> suppressed(IllegalArgumentException e) {
    return Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).collect(Collectors.toList());
  }

  @Test
  void aTerritoryWithFourProblemsReportsThemAllInOneException() {
    Territory.Builder b =
        brest()
            .addAliases("Brest", "Brest")
            .subdivision(SubdivisionCode.of("DE-SH"))
            .putAttributes("k/1", "v")
            .putExternalIds("Wikidata", "Q12193");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    List<String> expected =
        List.of(
            "Territory fr-brest has the alias 'Brest' twice: keep it once",
            "Territory fr-brest: subdivision code DE-SH is not of its country FR: correct the code"
                + " or the country",
            "Territory fr-brest: external id scheme 'Wikidata' is not allowed: use lower-case"
                + " letters, digits and '-', such as 'wikidata' or 'insee'",
            "Attribute key 'k/1' is not allowed: start with a letter or digit and use only"
                + " letters, digits, '.', '_', ':' and '-' (at most 128 characters)");
    assertEquals(expected, suppressed(e));
    assertEquals(
        "Territory fr-brest has 4 problems: 1) "
            + expected.get(0)
            + "; 2) "
            + expected.get(1)
            + "; 3) "
            + expected.get(2)
            + "; 4) "
            + expected.get(3),
        e.getMessage());
  }

  @Test
  void aTerritoryWithOneProblemHasItsMessageAlone() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> brest().addAliases("", "x").build());
    assertEquals("An alias of territory fr-brest is blank: give a non-empty text", e.getMessage());
    assertEquals(0, e.getSuppressed().length);
  }

  @Test
  void aliasOfAMillionMarksIsRejectedByTheNameLimit() {
    String alias = "e" + "\u0301\u0316".repeat(499_500);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> brest().addAliases(alias).build());
    assertTrue(
        e.getMessage().startsWith("Territory fr-brest: an alias is 999,001 characters long"));
    assertTrue(e.getMessage().length() < 400, e::getMessage);
    assertEquals(
        LocalizedText.MAX_NAME_LENGTH,
        brest()
            .addAliases("a".repeat(LocalizedText.MAX_NAME_LENGTH))
            .build()
            .aliases()
            .get(0)
            .length());
  }

  @Test
  void namesAndLabelsOfEveryEntityAreBounded() {
    String tooLong = "x".repeat(LocalizedText.MAX_NAME_LENGTH + 1);
    LocalizedText name = LocalizedText.of("en", tooLong);
    assertThrows(
        IllegalArgumentException.class, () -> brest().names(name).officialLanguage("en").build());
    IllegalArgumentException theme =
        assertThrows(
            IllegalArgumentException.class,
            () -> Theme.builder().id(ThemeId.of("maritime")).labels(name).addSdgs(18).build());
    assertEquals(2, theme.getSuppressed().length, theme::getMessage);
    assertThrows(
        IllegalArgumentException.class,
        () -> Actor.builder().id(ActorId.of("a")).kind(ActorKind.COMPANY).names(name).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Crisis.builder()
                .id(CrisisId.of("c"))
                .kind(CrisisKind.PANDEMIC)
                .names(name)
                .period(DateRange.parse("2020"))
                .build());
    // Descriptions are not names: they may be longer.
    assertEquals(
        tooLong,
        Actor.builder()
            .id(ActorId.of("a"))
            .kind(ActorKind.COMPANY)
            .names(LocalizedText.of("en", "A"))
            .description(name)
            .build()
            .description()
            .get("en")
            .orElseThrow());
  }
}
