package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.AtlasValidationTest.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.DateRange;

/**
 * {@link Atlas.Builder#parallelOn}: an atlas built with parts of the work on another thread answers
 * every question as the one built on the calling thread, and a broken one reports the same problems
 * in the same order; the parts really run on the executor.
 */
class ParallelBuildTest {

  private static ExecutorService other;
  private static final AtomicInteger PARTS = new AtomicInteger();

  @BeforeAll
  static void startThread() {
    other = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stopThread() {
    other.shutdownNow();
  }

  /** The executor of the tests: another thread, counting the parts handed to it. */
  private static Atlas.Builder parallel(Atlas.Builder builder) {
    return builder.parallelOn(
        part -> {
          PARTS.incrementAndGet();
          other.execute(part);
        });
  }

  /** Every question of ConcurrencyTest, and which partnerships are active or hit, year by year. */
  private static List<String> answers(Atlas atlas) {
    List<String> answers = new ArrayList<>();
    for (Function<Atlas, String> question : ConcurrencyTest.questions(atlas)) {
      answers.add(question.apply(atlas));
    }
    for (int year = 1940; year <= 2035; year += 5) {
      answers.add("active " + year + " " + atlas.query().activeDuring(year).list());
      answers.add("maybe " + year + " " + atlas.query().possibly().activeDuring(year).list());
      answers.add("existed " + year + " " + atlas.query().during(year).list());
    }
    for (Crisis crisis : atlas.crises()) {
      answers.add("hit " + atlas.query().affectedBy(crisis.id()).list());
      answers.add("maybe hit " + atlas.query().possibly().affectedBy(crisis.id()).list());
    }
    return answers;
  }

  @Test
  void atlasBuiltInParallelAnswersAsTheOneBuiltInLine() {
    List<Atlas> atlases = new ArrayList<>();
    atlases.add(BrestPortfolio.atlas());
    Random seeds = new Random(20261202);
    for (int i = 0; i < 40; i++) {
      atlases.add(AtlasGenerators.atlas(seeds.nextLong()));
    }
    for (Atlas inLine : atlases) {
      int before = PARTS.get();
      Atlas inParallel = parallel(inLine.toBuilder()).build();
      assertEquals(2, PARTS.get() - before, "the action ids and the lives are handed over");
      assertEquals(inLine.partnerships().list(), inParallel.partnerships().list());
      assertEquals(inLine.actions().list(), inParallel.actions().list());
      assertEquals(answers(inLine), answers(inParallel));
      QueryInvariants.check(inParallel);
    }
  }

  private static Action action(String id) {
    return Action.builder()
        .id(ActionId.of(id))
        .kind(ActionKind.VISIT)
        .when(DateRange.parse("1990"))
        .build();
  }

  private static Partnership partnership(String id, String a, String b, Action... actions) {
    return Partnership.builder()
        .id(PartnershipId.of(id))
        .kind(PartnershipKind.TWINNING)
        .addParties(Party.of(TerritoryId.of(a)), Party.of(TerritoryId.of(b)))
        .addActions(actions)
        .build();
  }

  /** Problems of every stage: ids, actions (checked apart), references, impacts. */
  private static Atlas.Builder broken(Atlas.Builder builder) {
    Crisis covid =
        Crisis.builder()
            .id(CrisisId.of("covid-19"))
            .kind(CrisisKind.PANDEMIC)
            .names(LocalizedText.of("en", "COVID-19"))
            .period(DateRange.parse("2020/2022"))
            .build();
    return builder.add(
        territory("brest", "FR", TerritoryLevel.MUNICIPALITY),
        territory("kiel", "DE", TerritoryLevel.MUNICIPALITY),
        territory("kiel", "DE", TerritoryLevel.MUNICIPALITY),
        partnership("brest-kiel", "brest", "kiel", action("visit-1990"), action("visit-1991")),
        partnership("brest-ghost", "brest", "ghost", action("visit-1990"), action("visit-1990")),
        partnership("kiel-ghost", "kiel", "nowhere", action("visit-1991")),
        covid,
        CrisisImpact.builder()
            .id(CrisisImpactId.of("impact"))
            .crisis(covid.id())
            .addTerritories(TerritoryId.of("nowhere"))
            .addAdaptations(
                Adaptation.builder()
                    .description(LocalizedText.of("en", "online"))
                    .addActions(ActionId.of("visit-2020"), ActionId.of("visit-1991"))
                    .build())
            .build());
  }

  @Test
  void brokenAtlasReportsTheSameProblemsInTheSameOrder() {
    List<Problem> inLine =
        assertThrows(AtlasValidationException.class, () -> broken(Atlas.builder()).build())
            .problems();
    int before = PARTS.get();
    List<Problem> inParallel =
        assertThrows(
                AtlasValidationException.class, () -> parallel(broken(Atlas.builder())).build())
            .problems();
    assertEquals(1, PARTS.get() - before, "the action ids are handed over; no index is built");
    assertEquals(inLine, inParallel);
    assertFalse(inLine.isEmpty());
    List<String> messages = new ArrayList<>();
    inLine.forEach(problem -> messages.add(problem.message()));
    assertTrue(messages.toString().contains("visit-1990"), messages::toString);
  }

  @Test
  void aFailingPartIsRethrownAsItWasThrown() {
    IllegalStateException failure = new IllegalStateException("part failed");
    Forked<String> failed =
        Forked.start(
            other,
            () -> {
              throw failure;
            });
    assertSame(failure, assertThrows(IllegalStateException.class, failed::join));
    AssertionError error = new AssertionError("part broke");
    Forked<String> broke =
        Forked.start(
            other,
            () -> {
              throw error;
            });
    assertSame(error, assertThrows(AssertionError.class, broke::join));
    assertEquals("in line", Forked.start(null, () -> "in line").join());
  }
}
