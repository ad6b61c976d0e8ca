package org.partneratlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partneratlas.testing.SeedAtlas.PATAGONIA;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.QueryGenerators;
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/** Crisis reports: what was disrupted, and the mix of modalities before, during and after. */
class CrisisReportTest {

  private static Action action(String id, String when, ActionStatus status, Modality modality) {
    Action.Builder b =
        Action.builder()
            .id(ActionId.of(id))
            .kind(ActionKind.MISSION)
            .when(DateRange.parse(when))
            .status(status);
    if (modality != null) {
      b.modality(modality);
    }
    return b.build();
  }

  /** The seed atlas with made-up actions of every status around 2020 (not facts of the seed). */
  private static Atlas withDisruptions() {
    Atlas seed = SeedAtlas.atlas();
    Partnership patagonia =
        Partnership.builder()
            .from(seed.partnerships().require(PATAGONIA))
            .addActions(
                action("x-2019-mission", "2019-05", ActionStatus.HELD, Modality.IN_PERSON),
                action("x-2020-cancelled", "2020-04", ActionStatus.CANCELLED, Modality.IN_PERSON),
                action("x-2020-postponed", "2020-03-15", ActionStatus.POSTPONED, null),
                action("x-2020-online", "2020-06", ActionStatus.MOVED_ONLINE, Modality.REMOTE),
                action("x-2021-hybrid", "2021", ActionStatus.HELD, Modality.HYBRID),
                action("x-2022-planned", "2022", ActionStatus.PLANNED, Modality.IN_PERSON),
                action("x-2019-cancelled", "2019", ActionStatus.CANCELLED, Modality.IN_PERSON))
            .build();
    return seed.toBuilder().replace(patagonia).build();
  }

  @Test
  void disruptedActionsAndTheMixOfModalitiesAroundTheCrisis() {
    Atlas atlas = withDisruptions();
    CrisisReport report = CrisisReport.of(atlas, SeedAtlas.COVID_19);
    // The seed dates COVID-19 only by its year, 2020, end unknown: an action of April 2020 may
    // have come before the crisis began. Possibly disrupted, not definitely.
    assertEquals(List.of(), ids(report.disruptedActions(ActionStatus.CANCELLED)));
    assertEquals(
        List.of("x-2020-cancelled"),
        ids(report.disruptedActions(ActionStatus.CANCELLED, Certainty.POSSIBLY)));
    assertEquals(
        List.of("x-2020-postponed"),
        ids(report.disruptedActions(ActionStatus.POSTPONED, Certainty.POSSIBLY)));
    assertEquals(
        List.of("x-2020-online"),
        ids(report.disruptedActions(ActionStatus.MOVED_ONLINE, Certainty.POSSIBLY)));
    // With the crisis known to have lasted through them, they are definitely disrupted.
    Atlas dated =
        Atlas.builder()
            .addAll(atlas.themes().list())
            .addAll(atlas.territories().list())
            .addAll(atlas.actors().list())
            .addAll(atlas.partnerships().list())
            .add(
                Crisis.builder()
                    .from(atlas.crises().require(SeedAtlas.COVID_19))
                    .period(DateRange.parse("2020-01-01/2021-12-31"))
                    .build())
            .addAll(atlas.crisisImpacts().list())
            .build();
    assertEquals(
        List.of("x-2020-cancelled"),
        ids(CrisisReport.of(dated, SeedAtlas.COVID_19).disruptedActions(ActionStatus.CANCELLED)));
    assertThrows(IllegalArgumentException.class, () -> report.disruptedActions(ActionStatus.HELD));
    assertEquals(
        List.of("x-2020-cancelled"),
        ids(
            atlas
                .query()
                .affectedBy(SeedAtlas.COVID_19)
                .actions()
                .withStatus(ActionStatus.CANCELLED)
                .during(DateRange.parse("2020"))
                .list()));
    ModalityMix y2019 = report.modalitiesByYear().get(2019);
    assertEquals(ModalityMix.Phase.BEFORE, y2019.phase());
    assertEquals(1, y2019.inPerson());
    assertEquals(1, y2019.total());
    ModalityMix y2020 = report.modalitiesByYear().get(2020);
    assertEquals(ModalityMix.Phase.DURING, y2020.phase());
    assertEquals(3, y2020.remote()); // the committee, the stand and the meeting moved online
    assertEquals(0, y2020.inPerson());
    ModalityMix y2021 = report.modalitiesByYear().get(2021);
    // COVID-19 is 2020/, end unknown: whether 2021 was during or after it is not known.
    assertEquals(ModalityMix.Phase.UNKNOWN, y2021.phase());
    assertEquals(1, y2021.hybrid());
    assertEquals(1, y2021.count(Modality.HYBRID));
    assertEquals(
        2021, report.modalitiesByYear().lastKey().intValue(), "planned actions do not count");
    assertEquals("2020 DURING in person 0, remote 3, hybrid 0, unspecified 0", y2020.toString());
    assertThrows(
        IllegalArgumentException.class, () -> CrisisReport.of(atlas, CrisisId.of("plague")));
    QueryInvariants.check(atlas);
  }

  private static List<String> ids(List<Action> actions) {
    return actions.stream().map(a -> a.id().value()).collect(Collectors.toList());
  }

  @Test
  void reportsAgreeWithPlainScans() {
    qt().withExamples(150)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              for (Crisis crisis : atlas.crises().list()) {
                CrisisReport report = CrisisReport.of(atlas, crisis.id());
                List<CrisisImpact> impacts =
                    atlas.crisisImpacts().stream()
                        .filter(i -> i.crisis().equals(crisis.id()))
                        .collect(Collectors.toList());
                assertEquals(impacts, report.impacts());
                assertEquals(
                    impacts.stream()
                        .flatMap(i -> i.suspendedActionKinds().stream())
                        .distinct()
                        .sorted()
                        .collect(Collectors.toList()),
                    report.suspendedActionKinds().asList());
                assertEquals(
                    impacts.stream()
                        .flatMap(i -> i.lessons().stream())
                        .collect(Collectors.toList()),
                    report.lessons());
                for (ActionStatus status :
                    List.of(
                        ActionStatus.CANCELLED,
                        ActionStatus.POSTPONED,
                        ActionStatus.MOVED_ONLINE)) {
                  List<Action> expected = new ArrayList<>();
                  for (Partnership p : report.affectedPartnerships()) {
                    for (Action a : p.actions()) {
                      if (a.status() == status
                          && a.when().isPresent()
                          && QueryGenerators.together(
                                  a.when().get().extent(),
                                  crisis.period().extent(),
                                  Long.MIN_VALUE,
                                  Long.MAX_VALUE)
                              .isYes()) {
                        expected.add(a);
                      }
                    }
                  }
                  assertEquals(
                      expected.stream().map(Action::id).sorted().collect(Collectors.toList()),
                      report.disruptedActions(status).stream()
                          .map(Action::id)
                          .sorted()
                          .collect(Collectors.toList()));
                }
                Map<Integer, int[]> counts = new TreeMap<>();
                for (Partnership p : report.affectedPartnerships()) {
                  for (Action a : p.actions()) {
                    if ((a.status() == ActionStatus.HELD || a.status() == ActionStatus.MOVED_ONLINE)
                        && a.when().isPresent()
                        && !(a.when().get().isOpenStart() && a.when().get().isOpenEnd())) {
                      DateRange w = a.when().get();
                      int year =
                          w.start().isPresent()
                              ? w.start().get().earliestDay().getYear()
                              : w.end().get().latestDay().getYear();
                      int slot =
                          a.modality().map(m -> List.of(Modality.values()).indexOf(m)).orElse(3);
                      counts.computeIfAbsent(year, y -> new int[4])[slot]++;
                    }
                  }
                }
                for (Map.Entry<Integer, ModalityMix> e : report.modalitiesByYear().entrySet()) {
                  int[] c = counts.getOrDefault(e.getKey(), new int[4]);
                  ModalityMix mix = e.getValue();
                  assertEquals(c[0], mix.inPerson());
                  assertEquals(c[1], mix.remote());
                  assertEquals(c[2], mix.hybrid());
                  assertEquals(c[3], mix.unspecified());
                  DateRange year = DateRange.ofYear(e.getKey());
                  Extent extent = crisis.period().extent();
                  Truth held =
                      QueryGenerators.holds(extent, year.startEpochDay(), year.endEpochDay());
                  ModalityMix.Phase phase =
                      held.isYes()
                          ? ModalityMix.Phase.DURING
                          : held.isUnknown()
                              ? ModalityMix.Phase.UNKNOWN
                              : year.endEpochDay() < extent.earliestStart()
                                  ? ModalityMix.Phase.BEFORE
                                  : ModalityMix.Phase.AFTER;
                  assertEquals(phase, mix.phase());
                }
                assertEquals(true, report.modalitiesByYear().keySet().containsAll(counts.keySet()));
              }
              QueryInvariants.check(atlas);
            });
  }
}
