package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AtlasValidationTest {

  static Territory territory(String id, String country, TerritoryLevel level) {
    return Territory.builder()
        .id(TerritoryId.of(id))
        .level(level)
        .names(LocalizedText.of("fr", id))
        .officialLanguage("fr")
        .country(CountryCode.of(country))
        .build();
  }

  static Partnership partnership(String id, String... parties) {
    Partnership.Builder b =
        Partnership.builder().id(PartnershipId.of(id)).kind(PartnershipKind.TWINNING);
    for (String party : parties) {
      b.addParties(Party.of(TerritoryId.of(party)));
    }
    return b.build();
  }

  @Test
  void fiveDistinctFaultsAreReportedTogetherOnce() {
    Territory brest = territory("brest", "FR", TerritoryLevel.MUNICIPALITY);
    Territory kiel =
        Territory.builder()
            .from(territory("kiel", "DE", TerritoryLevel.MUNICIPALITY))
            .parent(TerritoryId.of("brest"))
            .build();
    Territory loopA =
        Territory.builder()
            .from(territory("loop-a", "FR", TerritoryLevel.REGION))
            .parent(TerritoryId.of("loop-b"))
            .build();
    Territory loopB =
        Territory.builder()
            .from(territory("loop-b", "FR", TerritoryLevel.REGION))
            .parent(TerritoryId.of("loop-a"))
            .build();
    Partnership lonely = partnership("lonely", "brest", "brest");
    Partnership dangling =
        Partnership.builder()
            .from(partnership("dangling", "brest", "kiel"))
            .addThemes(ThemePeriod.of(ThemeId.of("no.such-theme"), DateRange.unbounded()))
            .build();
    Partnership outOfOrder =
        Partnership.builder()
            .from(partnership("out-of-order", "brest", "kiel"))
            // Another kind than 'dangling', which has the same parties: else it would be the same
            // partnership twice, an eighth fault.
            .kind(PartnershipKind.FRIENDSHIP)
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2010), PartnershipStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(2005), PartnershipStatus.ENDED))
            .build();

    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .addAll(ThemeCatalogue.standard().themes())
                    .add(brest, kiel, loopA, loopB, brest)
                    .add(lonely, dangling, outOfOrder)
                    .build());

    List<String> lines = new ArrayList<>();
    e.problems().forEach(p -> lines.add(p.toString()));
    assertEquals(
        List.of(
            "territory 'kiel' country: the territory is in DE but its parent 'brest' is in FR:"
                + " correct the country or the parent (only an INTERNATIONAL parent may have"
                + " subdivisions in other countries)",
            "territory 'loop-a' parent: the territory is its own ancestor (through 'loop-b'):"
                + " break the cycle of parents",
            "territory 'loop-b' parent: the territory is its own ancestor (through 'loop-a'):"
                + " break the cycle of parents",
            "territory 'brest' id: the id 'brest' is already used by the territory at position 0:"
                + " give each one its own id, or merge them",
            "partnership 'lonely' parties: a partnership needs at least two distinct parties,"
                + " found 1: add the partner territories",
            "partnership 'dangling' themes[0].theme: the theme 'no.such-theme' does not exist:"
                + " add it (or the standard catalogue), or correct the id",
            "partnership 'out-of-order' statusHistory[1].date: the status change of 2005 comes"
                + " after one of 2010: list the status history in chronological order"),
        lines);
    assertTrue(e.getMessage().startsWith("The atlas has 7 problems:\n  - territory 'kiel'"));
    Problem dup = e.problems().get(3);
    assertEquals(EntityKind.TERRITORY, dup.kind());
    assertEquals(4, dup.index());
    assertEquals(ImmutableList.of("id"), dup.path());
  }

  @Test
  void referencesFromActionsImpactsAndPerspectivesAreChecked() {
    Territory brest = territory("brest", "FR", TerritoryLevel.MUNICIPALITY);
    Territory kiel = territory("kiel", "DE", TerritoryLevel.MUNICIPALITY);
    Partnership p =
        Partnership.builder()
            .from(partnership("brest-kiel", "brest", "kiel"))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(1964), PartnershipStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(PartialDate.ofYear(1990), PartnershipStatus.ENDED))
            .addActions(
                Action.builder()
                    .id(ActionId.of("late"))
                    .kind(ActionKind.VISIT)
                    .when(DateRange.parse("2001"))
                    .place(TerritoryId.of("nowhere"))
                    .build())
            .build();
    CrisisImpact impact =
        CrisisImpact.builder()
            .id(CrisisImpactId.of("impact"))
            .crisis(CrisisId.of("covid-19"))
            .addPartnerships(PartnershipId.of("unknown"))
            .addAdaptations(
                Adaptation.builder()
                    .description(LocalizedText.of("en", "went online"))
                    .addActions(ActionId.of("ghost"))
                    .build())
            .build();
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () -> Atlas.builder().add(brest, kiel).add(p).add(impact).build());
    List<String> fields = new ArrayList<>();
    e.problems().forEach(x -> fields.add(x.kind() + " " + x.entityId() + " " + x.field()));
    assertEquals(
        List.of(
            "PARTNERSHIP brest-kiel actions[0].place",
            "PARTNERSHIP brest-kiel actions[0].when",
            "CRISIS_IMPACT impact crisis",
            "CRISIS_IMPACT impact partnerships",
            "CRISIS_IMPACT impact adaptations[0].actions"),
        fields);
  }

  @Test
  void aFormerPartyNeedsAnEnd() {
    Partnership p =
        Partnership.builder()
            .id(PartnershipId.of("p"))
            .kind(PartnershipKind.DECENTRALISED_COOPERATION)
            .addParties(Party.of(TerritoryId.of("a")))
            .addParties(
                Party.builder()
                    .territory(TerritoryId.of("b"))
                    .status(PartyStatus.FORMER)
                    .period(DateRange.parse("2010/.."))
                    .build())
            .build();
    AtlasValidationException e =
        assertThrows(
            AtlasValidationException.class,
            () ->
                Atlas.builder()
                    .add(
                        territory("a", "FR", TerritoryLevel.METROPOLIS),
                        territory("b", "AR", TerritoryLevel.REGION))
                    .add(p)
                    .build());
    assertEquals("parties[1].period", e.problems().get(0).field());
  }

  @Test
  void anInternationalParentMayHaveForeignChildren() {
    Territory grouping = territory("grouping", "FR", TerritoryLevel.INTERNATIONAL);
    Territory child =
        Territory.builder()
            .from(territory("child", "ES", TerritoryLevel.REGION))
            .parent(grouping.id())
            .build();
    Atlas atlas = Atlas.builder().add(grouping, child).build();
    assertEquals(List.of(child), atlas.subdivisionsOf(grouping.id()));
  }

  @Test
  void generatedValidAtlasesBuildAndRebuildEqual() {
    qt().withExamples(300)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Atlas again = atlas.toBuilder().build();
              assertEquals(atlas, again, "seed " + seed);
              assertEquals(atlas.hashCode(), again.hashCode());
            });
  }

  /** A fault injected into a valid atlas, with the kind and field it must be reported at. */
  enum Fault {
    DUPLICATE_TERRITORY(EntityKind.TERRITORY, "id") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        into.add(atlas.territories().list().get(0));
      }
    },
    DANGLING_PARTY(EntityKind.PARTNERSHIP, "parties[0].territory") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        Partnership p =
            Partnership.builder()
                .id(PartnershipId.of("injected-dangling"))
                .kind(PartnershipKind.FRIENDSHIP)
                .addParties(Party.of(TerritoryId.of("missing-territory")))
                .addParties(Party.of(atlas.territories().list().get(0).id()))
                .addParties(Party.of(atlas.territories().list().get(1).id()))
                .build();
        into.add(p);
      }
    },
    SINGLE_PARTY(EntityKind.PARTNERSHIP, "parties") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        TerritoryId only = atlas.territories().list().get(0).id();
        into.add(
            Partnership.builder()
                .id(PartnershipId.of("injected-single"))
                .kind(PartnershipKind.TWINNING)
                .addParties(Party.of(only), Party.of(only))
                .build());
      }
    },
    UNKNOWN_THEME(EntityKind.PARTNERSHIP, "themes[0].theme") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        into.add(
            Partnership.builder()
                .id(PartnershipId.of("injected-theme"))
                .kind(PartnershipKind.TWINNING)
                .addParties(Party.of(atlas.territories().list().get(0).id()))
                .addParties(Party.of(atlas.territories().list().get(1).id()))
                .addThemes(ThemePeriod.of(ThemeId.of("zz.unknown"), DateRange.unbounded()))
                .build());
      }
    },
    HISTORY_OUT_OF_ORDER(EntityKind.PARTNERSHIP, "statusHistory[1].date") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        into.add(
            Partnership.builder()
                .id(PartnershipId.of("injected-history"))
                .kind(PartnershipKind.TWINNING)
                .addParties(Party.of(atlas.territories().list().get(0).id()))
                .addParties(Party.of(atlas.territories().list().get(1).id()))
                .addStatusHistory(
                    StatusChange.of(PartialDate.ofYear(2000), PartnershipStatus.ACTIVE),
                    StatusChange.of(PartialDate.ofYear(1999), PartnershipStatus.DORMANT))
                .build());
      }
    },
    SELF_ANCESTOR(EntityKind.TERRITORY, "parent") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        Territory t = atlas.territories().list().get(0);
        into.add(
            Territory.builder()
                .from(t)
                .id(TerritoryId.of("injected-self"))
                .parent(TerritoryId.of("injected-self"))
                .build());
      }
    },
    FOREIGN_CHILD(EntityKind.TERRITORY, "country") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        Territory parent = territory("injected-parent", "FR", TerritoryLevel.REGION);
        Territory child =
            Territory.builder()
                .from(territory("injected-child", "JP", TerritoryLevel.MUNICIPALITY))
                .parent(parent.id())
                .build();
        into.add(parent, child);
      }
    },
    UNKNOWN_CRISIS(EntityKind.CRISIS_IMPACT, "crisis") {
      @Override
      void inject(Atlas atlas, Atlas.Builder into) {
        into.add(
            CrisisImpact.builder()
                .id(CrisisImpactId.of("injected-impact"))
                .crisis(CrisisId.of("no-such-crisis"))
                .build());
      }
    };

    final EntityKind kind;
    final String field;

    Fault(EntityKind kind, String field) {
      this.kind = kind;
      this.field = field;
    }

    abstract void inject(Atlas atlas, Atlas.Builder into);

    boolean reportedIn(AtlasValidationException e) {
      return e.problems().stream()
          .anyMatch(p -> p.kind() == kind && p.field().equals(field) && p.entityId().length() > 0);
    }
  }

  @Test
  void eachInjectedFaultIsReported() {
    Gen<Fault> faults = Generate.enumValues(Fault.class);
    qt().withExamples(300)
        .forAll(AtlasGenerators.seeds(), faults)
        .checkAssert(
            (seed, fault) -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              AtlasValidationException e =
                  assertThrows(
                      AtlasValidationException.class,
                      () -> {
                        Atlas.Builder builder = atlas.toBuilder();
                        fault.inject(atlas, builder);
                        var unused = builder.build();
                      },
                      "seed " + seed + " fault " + fault);
              assertTrue(fault.reportedIn(e), "seed " + seed + " " + fault + ": " + e.getMessage());
            });
  }

  @Test
  void severalFaultsAreAllReportedTogether() {
    qt().withExamples(200)
        .forAll(AtlasGenerators.seeds(), Generate.range(1, (1 << Fault.values().length) - 1))
        .checkAssert(
            (seed, mask) -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Atlas.Builder builder = atlas.toBuilder();
              List<Fault> injected = new ArrayList<>();
              Fault[] faults = Fault.values();
              for (int bit = 0; bit < faults.length; bit++) {
                if ((mask & (1 << bit)) != 0) {
                  injected.add(faults[bit]);
                  faults[bit].inject(atlas, builder);
                }
              }
              AtlasValidationException e =
                  assertThrows(AtlasValidationException.class, builder::build);
              for (Fault fault : injected) {
                assertTrue(fault.reportedIn(e), "seed " + seed + " " + fault + ": " + e);
              }
              assertTrue(e.problems().size() >= injected.size());
            });
  }
}
