package org.partneratlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.AtlasValidationException;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

/**
 * {@code toBuilder()} on every entity and value built with a builder: it copies every attribute,
 * and setting a collection on it replaces the collection (Immutables' {@code from} appends, so
 * {@code toBuilder} starts from a fresh builder).
 */
class ToBuilderTest {

  private static final Atlas SEED = SeedAtlas.atlas();
  private static final Source SOURCE = Source.builder().title("Register of 2024").build();

  private static <T> void assertRoundTrip(String kind, List<T> values, Function<T, T> copy) {
    assertFalse(values.isEmpty(), "the seed atlas has no " + kind + " to copy");
    for (T value : values) {
      assertEquals(value, copy.apply(value), kind);
    }
  }

  @Test
  void everyEntityOfTheSeedAtlasIsCopiedExactly() {
    assertRoundTrip("territory", SEED.territories().list(), t -> t.toBuilder().build());
    assertRoundTrip("partnership", SEED.partnerships().list(), p -> p.toBuilder().build());
    assertRoundTrip("theme", SEED.themes().list(), t -> t.toBuilder().build());
    assertRoundTrip("actor", SEED.actors().list(), a -> a.toBuilder().build());
    assertRoundTrip("crisis", SEED.crises().list(), c -> c.toBuilder().build());
    assertRoundTrip("crisis impact", SEED.crisisImpacts().list(), c -> c.toBuilder().build());
    assertRoundTrip("action", SEED.actions().list(), a -> a.toBuilder().build());
    assertEquals(SEED, SEED.toBuilder().build());
  }

  @Test
  void everyValueOfTheSeedAtlasIsCopiedExactly() {
    List<Party> parties = new ArrayList<>();
    List<ThemePeriod> themes = new ArrayList<>();
    List<StatusChange> changes = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    List<Perspective> perspectives = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Partnership p : SEED.partnerships()) {
      parties.addAll(p.parties());
      themes.addAll(p.themes());
      changes.addAll(p.statusHistory());
      agreements.addAll(p.agreements());
      perspectives.addAll(p.perspectives());
      sources.addAll(p.sources());
    }
    // Values the seed atlas may not hold, with every kind of attribute set.
    changes.add(
        StatusChange.builder()
            .date(PartialDate.parse("2015"))
            .attested(PartialDate.parse("2016"))
            .status(PartnershipStatus.DORMANT)
            .addSources(SOURCE)
            .putAttributes("k", "v")
            .build());
    agreements.add(
        Agreement.builder()
            .kind(AgreementKind.CHARTER)
            .signed(PartialDate.parse("2009-05"))
            .addSources(SOURCE)
            .build());
    perspectives.add(
        Perspective.builder()
            .addPlannedParties(SeedAtlas.BREST)
            .addPlannedThemes(ThemeId.of("energy.marine"))
            .addSources(SOURCE)
            .build());
    List<Adaptation> adaptations = new ArrayList<>();
    adaptations.add(
        Adaptation.builder()
            .description(LocalizedText.of("en", "meetings by video"))
            .addActions(ActionId.of("a"), ActionId.of("b"))
            .build());
    SEED.crisisImpacts().forEach(i -> adaptations.addAll(i.adaptations()));
    SEED.territories().forEach(t -> sources.addAll(t.sources()));
    assertRoundTrip("party", parties, v -> v.toBuilder().build());
    assertRoundTrip("theme period", themes, v -> v.toBuilder().build());
    assertRoundTrip("status change", changes, v -> v.toBuilder().build());
    assertRoundTrip("agreement", agreements, v -> v.toBuilder().build());
    assertRoundTrip("perspective", perspectives, v -> v.toBuilder().build());
    assertRoundTrip("adaptation", adaptations, v -> v.toBuilder().build());
    assertRoundTrip("source", sources, v -> v.toBuilder().build());
    assertRoundTrip(
        "party",
        parties,
        v -> {
          assertEquals(List.of(SOURCE), v.toBuilder().sources(List.of(SOURCE)).build().sources());
          return v;
        });
    for (ThemePeriod v : themes) {
      assertEquals(List.of(SOURCE), v.toBuilder().sources(List.of(SOURCE)).build().sources());
    }
    for (StatusChange v : changes) {
      assertEquals(List.of(SOURCE), v.toBuilder().sources(List.of(SOURCE)).build().sources());
    }
    for (Agreement v : agreements) {
      assertEquals(List.of(SOURCE), v.toBuilder().sources(List.of(SOURCE)).build().sources());
    }
    for (Perspective v : perspectives) {
      assertEquals(
          ImmutableSet.of(SeedAtlas.XALAPA),
          v.toBuilder().plannedParties(List.of(SeedAtlas.XALAPA)).build().plannedParties());
    }
    for (Adaptation v : adaptations) {
      assertEquals(
          ImmutableSet.of(ActionId.of("c")),
          v.toBuilder().actions(List.of(ActionId.of("c"))).build().actions());
    }
    for (Source v : sources) {
      assertEquals("Other", v.toBuilder().title("Other").build().title());
    }
  }

  @Test
  void settingACollectionReplacesItAndAddingAppends() {
    Partnership p = SEED.partnerships().require(SeedAtlas.VERACRUZ_COOPERATION);
    ImmutableList<Party> two =
        ImmutableList.of(Party.of(SeedAtlas.BREST), Party.of(SeedAtlas.XALAPA));
    assertEquals(two, p.toBuilder().parties(two).build().parties());
    assertEquals(
        p.parties().size() + 1,
        p.toBuilder().addParties(Party.of(SeedAtlas.XALAPA)).build().parties().size());
    assertEquals(List.of(SOURCE), p.toBuilder().sources(List.of(SOURCE)).build().sources());
    assertEquals(
        ImmutableMap.of("k", "v"),
        p.toBuilder().attributes(ImmutableMap.of("k", "v")).build().attributes());

    Territory t = SEED.territories().require(SeedAtlas.BREST);
    assertEquals(
        List.of("Brest-Ville"), t.toBuilder().aliases(List.of("Brest-Ville")).build().aliases());
    assertEquals(List.of(), t.toBuilder().sources(List.of()).build().sources());

    Theme theme = SEED.themes().list().get(0);
    assertEquals(ImmutableSet.of(14), theme.toBuilder().sdgs(List.of(14)).build().sdgs());

    Actor actor = SEED.actors().list().get(0);
    assertEquals(
        List.of("https://example.org"),
        actor.toBuilder().links(List.of("https://example.org")).build().links());

    Crisis crisis = SEED.crises().list().get(0);
    assertEquals(List.of(SOURCE), crisis.toBuilder().sources(List.of(SOURCE)).build().sources());

    CrisisImpact impact = SEED.crisisImpacts().list().get(0);
    assertEquals(
        ImmutableSet.of(SeedAtlas.BREST),
        impact.toBuilder().territories(List.of(SeedAtlas.BREST)).build().territories());

    Action action = SEED.actions().list().get(0);
    ThemeId marine = ThemeId.of("energy.marine");
    assertEquals(
        ImmutableSet.of(marine), action.toBuilder().themes(List.of(marine)).build().themes());
  }

  @Test
  void endedOnAppendsAnEndedChangeAndEndsTheLife() {
    Partnership p = SEED.partnerships().require(SeedAtlas.VERACRUZ_COOPERATION);
    PartialDate end = PartialDate.parse("2030-06");
    Partnership ended = p.endedOn(end);

    assertEquals(p.statusHistory().size() + 1, ended.statusHistory().size());
    assertEquals(
        StatusChange.of(end, PartnershipStatus.ENDED),
        ended.statusHistory().get(ended.statusHistory().size() - 1));
    assertEquals(
        p.toBuilder().statusHistory(List.of()).build(),
        ended.toBuilder().statusHistory(List.of()).build());
    assertEquals(DateRange.of(p.life().start().orElseThrow(), end), ended.life());
    assertEquals(Truth.NO, ended.activeDuring(2031));
    assertNotEquals(p, ended);
    assertEquals(SEED.toBuilder().replace(ended).build().partnerships().require(p.id()), ended);
  }

  @Test
  void endedOnBeforeTheLastChangeIsReportedByTheAtlasBuilder() {
    Partnership p =
        SEED.partnerships().require(SeedAtlas.VERACRUZ_COOPERATION).toBuilder()
            .statusHistory(
                List.of(StatusChange.of(PartialDate.parse("2015"), PartnershipStatus.DORMANT)))
            .build();
    Partnership wrong = p.endedOn(PartialDate.parse("2014"));
    AtlasValidationException e =
        assertThrows(AtlasValidationException.class, () -> SEED.toBuilder().replace(wrong).build());
    assertTrue(
        e.problems().stream().anyMatch(pr -> pr.message().contains("chronological order")),
        e.getMessage());
  }
}
