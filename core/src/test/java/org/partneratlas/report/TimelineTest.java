package org.partneratlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.BrestPortfolio;
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;

/** Timelines hold every dated fact, sorted by the documented rule for imprecise dates. */
class TimelineTest {

  /** The event of a fact, made from its class alone (the oracle's own dispatch). */
  private static TimelineEvent event(
      TimelineEvent.Type type, DateRange when, PartnershipId id, Object fact) {
    if (fact instanceof Agreement) {
      return new TimelineEvent.AgreementEvent(when, id, (Agreement) fact);
    } else if (fact instanceof StatusChange) {
      return new TimelineEvent.StatusEvent(type, when, id, (StatusChange) fact);
    } else if (fact instanceof Party) {
      return new TimelineEvent.PartyEvent(type, when, id, (Party) fact);
    } else if (fact instanceof ThemePeriod) {
      return new TimelineEvent.ThemeEvent(type, when, id, (ThemePeriod) fact);
    } else if (fact instanceof Crisis) {
      return new TimelineEvent.CrisisEvent(when, id, (Crisis) fact);
    } else if (fact instanceof Action) {
      return new TimelineEvent.ActionEvent(when, id, (Action) fact);
    } else {
      return new TimelineEvent.PerspectiveEvent(when, id, (Perspective) fact);
    }
  }

  /** The events of a partnership, enumerated independently of {@link Timeline}. */
  private static List<TimelineEvent> expectedEvents(Atlas atlas, Partnership p) {
    List<TimelineEvent> events = new ArrayList<>();
    PartnershipId id = p.id();
    for (Agreement a : p.agreements()) {
      if (a.signed().isPresent()) {
        events.add(event(TimelineEvent.Type.AGREEMENT, DateRange.of(a.signed().get()), id, a));
      } else if (a.period().isPresent()) {
        events.add(event(TimelineEvent.Type.AGREEMENT, a.period().get(), id, a));
      }
    }
    for (StatusChange c : p.statusHistory()) {
      if (c.date().isPresent()) {
        events.add(event(TimelineEvent.Type.STATUS_CHANGE, DateRange.of(c.date().get()), id, c));
      } else if (c.attested().isPresent()) {
        events.add(event(TimelineEvent.Type.ATTESTED, DateRange.of(c.attested().get()), id, c));
      }
    }
    for (Party party : p.parties()) {
      if (party.period().start().isPresent()) {
        TimelineEvent.Type type =
            party.status() == PartyStatus.PLANNED
                ? TimelineEvent.Type.PARTY_PLANNED
                : TimelineEvent.Type.PARTY_JOINED;
        events.add(event(type, DateRange.of(party.period().start().get()), id, party));
      }
      if (party.status() != PartyStatus.PLANNED && party.period().end().isPresent()) {
        events.add(
            event(
                TimelineEvent.Type.PARTY_LEFT,
                DateRange.of(party.period().end().get()),
                id,
                party));
      }
      if (party.status() != PartyStatus.PLANNED && party.attested().isPresent()) {
        events.add(
            event(TimelineEvent.Type.ATTESTED, DateRange.of(party.attested().get()), id, party));
      }
    }
    for (ThemePeriod t : p.themes()) {
      t.period()
          .start()
          .ifPresent(
              d -> events.add(event(TimelineEvent.Type.THEME_APPEARED, DateRange.of(d), id, t)));
      t.period()
          .end()
          .ifPresent(
              d -> events.add(event(TimelineEvent.Type.THEME_ENDED, DateRange.of(d), id, t)));
      t.attested()
          .ifPresent(d -> events.add(event(TimelineEvent.Type.ATTESTED, DateRange.of(d), id, t)));
    }
    for (Crisis crisis : atlas.crises().list()) {
      if (atlas.query().affectedBy(crisis.id()).list().contains(p)) {
        events.add(event(TimelineEvent.Type.CRISIS, crisis.period(), id, crisis));
      }
    }
    for (Action a : p.actions()) {
      a.when().ifPresent(w -> events.add(event(TimelineEvent.Type.ACTION, w, id, a)));
    }
    for (Perspective x : p.perspectives()) {
      x.when().ifPresent(w -> events.add(event(TimelineEvent.Type.PERSPECTIVE, w, id, x)));
    }
    return events;
  }

  @Test
  void aTimelineHoldsEveryDatedFactOnceAndIsSorted() {
    qt().withExamples(150)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              for (Partnership p : atlas.partnerships().list()) {
                Timeline timeline = Timeline.ofPartnership(atlas, p.id());
                Multiset<TimelineEvent> expected = HashMultiset.create(expectedEvents(atlas, p));
                assertEquals(expected, HashMultiset.create(timeline.events()), p.id().value());
              }
              for (Territory t : atlas.territories().list()) {
                Multiset<TimelineEvent> expected = HashMultiset.create();
                for (Partnership p : atlas.partnershipsWithin(t.id())) {
                  expected.addAll(expectedEvents(atlas, p));
                }
                Timeline within = Timeline.ofTerritoryAndSubdivisions(atlas, t.id());
                assertEquals(expected, HashMultiset.create(within.events()));
                // Order and repetitions of the argument do not matter.
                List<Partnership> shuffled = Lists.reverse(atlas.partnershipsWithin(t.id()));
                List<Partnership> twice = new ArrayList<>(shuffled);
                twice.addAll(shuffled);
                assertEquals(within, Timeline.of(atlas, twice));
                QueryInvariants.assertSorted(atlas, within);
              }
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void eachKindOfEventTakesOnlyItsOwnTypes() {
    List<Partnership> all = new ArrayList<>(BrestPortfolio.atlas().partnerships().list());
    all.addAll(SeedAtlas.atlas().partnerships().list());
    Partnership p = all.get(0);
    Party party = all.stream().flatMap(x -> x.parties().stream()).findFirst().orElseThrow();
    ThemePeriod theme = all.stream().flatMap(x -> x.themes().stream()).findFirst().orElseThrow();
    StatusChange status =
        StatusChange.undated(org.partneratlas.partnership.PartnershipStatus.ACTIVE);
    Agreement agreement =
        all.stream().flatMap(x -> x.agreements().stream()).findFirst().orElseThrow();
    DateRange when = DateRange.parse("2020");
    TimelineEvent joined =
        new TimelineEvent.PartyEvent(TimelineEvent.Type.PARTY_JOINED, when, p.id(), party);
    assertEquals(TimelineEvent.Type.PARTY_JOINED, joined.type());
    assertEquals("2020 PARTY_JOINED " + p.id() + " " + party.territory(), joined.toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TimelineEvent.PartyEvent(TimelineEvent.Type.ACTION, when, p.id(), party));
    assertTrue(e.getMessage().contains("ACTION"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimelineEvent.ThemeEvent(TimelineEvent.Type.PARTY_LEFT, when, p.id(), theme));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimelineEvent.StatusEvent(TimelineEvent.Type.THEME_ENDED, when, p.id(), status));
    assertEquals(
        TimelineEvent.Type.AGREEMENT,
        new TimelineEvent.AgreementEvent(when, p.id(), agreement).type());
  }

  private static Action action(String id, String when) {
    return Action.builder()
        .id(ActionId.of(id))
        .kind(ActionKind.MEETING)
        .when(DateRange.parse(when))
        .build();
  }

  @Test
  void impreciseDatesSortByTheirFirstDayThenTheirLastDay() {
    Partnership p =
        Partnership.builder()
            .from(SeedAtlas.atlas().partnerships().require(SeedAtlas.PATAGONIA))
            .addAllActions(
                ImmutableList.of(
                    action("a-2020-10-12", "2020-10-12"),
                    action("a-2020", "2020"),
                    action("a-2020-10", "2020-10"),
                    action("a-autumn", "2020-23"),
                    action("a-2020-01", "2020-01"),
                    action("a-2020-01-01", "2020-01-01"),
                    action("a-week", "2020-10-12/2020-10-16"),
                    action("a-winter-2019", "2019-24"),
                    action("a-until-2019", "../2019")))
            .build();
    Atlas atlas = SeedAtlas.atlas().toBuilder().replace(p).build();
    List<String> order =
        Timeline.ofPartnership(atlas, SeedAtlas.PATAGONIA).events().stream()
            .filter(e -> e instanceof TimelineEvent.ActionEvent)
            .map(e -> ((TimelineEvent.ActionEvent) e).action().id().value())
            .filter(id -> id.startsWith("a-"))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "a-until-2019", // open start: first
            "a-winter-2019", // 2019-12-01 to 2020-02-29
            "a-2020-01-01", // same first day: the shortest first
            "a-2020-01",
            "a-2020",
            "a-autumn", // from 2020-09-01
            "a-2020-10",
            "a-2020-10-12",
            "a-week"),
        order);
    QueryInvariants.check(atlas);
  }

  @Test
  void aTerritoryTimelineWithItsSubdivisionsStartsWithBrestsOldestTwinning() {
    Atlas atlas = BrestPortfolio.atlas();
    Timeline metropole = Timeline.ofTerritory(atlas, SeedAtlas.BREST_METROPOLE);
    Timeline withBrest = Timeline.ofTerritoryAndSubdivisions(atlas, SeedAtlas.BREST_METROPOLE);
    assertEquals(
        "2009 PARTY_JOINED brest-veracruz fr-brest-metropole",
        metropole.events().get(0).toString());
    assertEquals("1964-08-01 AGREEMENT brest-kiel CHARTER", withBrest.events().get(0).toString());
    assertTrue(withBrest.events().containsAll(metropole.events()));
    assertEquals(
        List.of(
            "2020 ATTESTED brest-tierra-del-fuego maritime.sustainable-transport",
            "2020 ATTESTED brest-tierra-del-fuego maritime.aquaculture",
            "2020 ATTESTED brest-tierra-del-fuego tourism",
            "2020 ATTESTED brest-tierra-del-fuego energy.marine",
            "2020 ATTESTED brest-veracruz governance",
            "2020/ CRISIS brest-tierra-del-fuego covid-19",
            "2020/ CRISIS brest-veracruz covid-19",
            "2020-23 ACTION brest-tierra-del-fuego tdf-remote-committee-2020 STEERING_COMMITTEE",
            "2020-10-12/2020-10-16 ACTION brest-tierra-del-fuego tdf-sea-tech-week-2020-stand FAIR_STAND"),
        withBrest.during(2020).stream().map(Object::toString).collect(Collectors.toList()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Timeline.ofTerritory(atlas, TerritoryId.of("nowhere")));
    QueryInvariants.check(atlas);
  }

  @Test
  void theThemeHistoryTellsWhatAppearedAndWhatEnded() {
    Partnership veracruz = SeedAtlas.atlas().partnerships().require(SeedAtlas.VERACRUZ_COOPERATION);
    ThemeHistory history = ThemeHistory.of(veracruz);
    // Nothing is made up: the early themes began in 2009 with no known end, the later ones are
    // only attested (2017, 2019, 2020): no "ended", no appearance in a year no source gives.
    assertEquals(
        List.of(
            "2009 APPEARED maritime.marine-science.technopole",
            "2009 APPEARED maritime.ocean-observation",
            "2009 APPEARED maritime.safety",
            "2017-10-12 ATTESTED environment.coastal-marine",
            "2019 ATTESTED environment.management.river-basin",
            "2020 ATTESTED governance"),
        history.changes().stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(
        List.of(
            ThemeId.of("environment.coastal-marine"),
            ThemeId.of("environment.management.river-basin"),
            ThemeId.of("governance")),
        history.withUnknownStart().asList());
    assertEquals(List.of(), history.fromTheStart().asList());
    assertEquals(List.of(), history.endedDuring(2017).asList());
    assertEquals(veracruz.themesDuring(2021), history.themesDuring(2021));

    Partnership moved =
        Partnership.builder()
            .from(veracruz)
            .themes(
                ImmutableList.of(
                    ThemePeriod.of(ThemeId.of("maritime.safety"), DateRange.parse("2009/2018")),
                    ThemePeriod.of(ThemeId.of("governance"), DateRange.parse("2019/..")),
                    ThemePeriod.of(ThemeId.of("tourism"), DateRange.parse("../2012"))))
            .build();
    ThemeHistory after = ThemeHistory.of(moved);
    assertEquals(
        List.of(
            "2009 APPEARED maritime.safety",
            "2012 ENDED tourism",
            "2018 ENDED maritime.safety",
            "2019 APPEARED governance"),
        after.changes().stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(List.of(ThemeId.of("tourism")), after.fromTheStart().asList());
    assertEquals(List.of(ThemeId.of("maritime.safety")), after.endedDuring(2018).asList());
    assertEquals(List.of(ThemeId.of("governance")), after.appearedDuring(2019).asList());
    assertEquals(List.of(ThemeId.of("governance")), after.themesDuring(2021).asList());
    Atlas atlas = SeedAtlas.atlas().toBuilder().replace(moved).build();
    assertEquals(
        List.of("2018 THEME_ENDED brest-veracruz maritime.safety"),
        Timeline.ofPartnership(atlas, SeedAtlas.VERACRUZ_COOPERATION).during(2018).stream()
            .map(Object::toString)
            .collect(Collectors.toList()));
    QueryInvariants.check(atlas);
  }

  @Test
  void themeHistoriesAgreeWithThemesDuringAYear() {
    qt().withExamples(100)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              for (Partnership p : atlas.partnerships().list()) {
                ThemeHistory history = ThemeHistory.of(p);
                int appeared = 0;
                int ended = 0;
                int attested = 0;
                for (ThemePeriod t : p.themes()) {
                  appeared += t.period().start().isPresent() ? 1 : 0;
                  ended += t.period().end().isPresent() ? 1 : 0;
                  attested += t.attested().isPresent() ? 1 : 0;
                }
                assertEquals(appeared + ended + attested, history.changes().size());
                for (int i = 1; i < history.changes().size(); i++) {
                  assertTrue(
                      history.changes().get(i - 1).date().compareTo(history.changes().get(i).date())
                          <= 0);
                }
                for (int year = 1945; year <= 2035; year += 5) {
                  assertEquals(p.themesDuring(year), history.themesDuring(year));
                  assertTrue(
                      history
                          .themesDuring(year, Certainty.POSSIBLY)
                          .containsAll(history.themesDuring(year)));
                }
              }
              QueryInvariants.check(atlas);
            });
  }
}
