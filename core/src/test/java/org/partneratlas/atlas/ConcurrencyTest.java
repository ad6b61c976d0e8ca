package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Modality;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.Geography;
import org.partneratlas.report.PartnershipNetwork;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.report.PlannedDevelopments;
import org.partneratlas.report.ThemeHistory;
import org.partneratlas.report.Timeline;
import org.partneratlas.territory.Territory;
import org.partneratlas.testing.AtlasGenerators;

/**
 * Eight threads asking the same mixed questions of one atlas, all at once and each in its own
 * order, get the answers one thread gets. Each atlas is fresh, so that the indexes built on first
 * use (names) are built while the threads race for them.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;

  /** The questions, each answering with a text. */
  static List<Function<Atlas, String>> questions(Atlas sample) {
    List<Function<Atlas, String>> questions = new ArrayList<>();
    for (Territory t : sample.territories()) {
      questions.add(a -> "named " + a.territories().named(t.officialName()));
      questions.add(a -> "within " + a.partnershipsWithin(t.id()));
      questions.add(a -> "partners " + a.partnersOf(t.id()));
      questions.add(a -> "active " + a.query().involving(t.id()).activeDuring(2020).list());
      questions.add(a -> "region " + a.query().inCountry(t.country()).count());
      questions.add(a -> "timeline " + Timeline.ofTerritoryAndSubdivisions(a, t.id()));
      questions.add(a -> "distance " + Geography.partnersByDistance(a, t.id()));
      questions.add(a -> "plans " + PlannedDevelopments.with(a, t.id()));
    }
    for (Partnership p : sample.partnerships()) {
      questions.add(a -> "themes " + ThemeHistory.of(a.partnerships().require(p.id())));
      questions.add(a -> "names " + a.partnerships().named(p.names().best(List.of("en"))));
    }
    for (Crisis c : sample.crises()) {
      questions.add(a -> "crisis " + CrisisReport.of(a, c.id()).modalitiesByYear());
      questions.add(a -> "crisis named " + a.crises().named(c.names().best(List.of("fr"))));
    }
    questions.add(a -> "network " + PartnershipNetwork.of(a).connectedGroups());
    questions.add(a -> "most " + PartnershipNetwork.of(a).mostConnected(3));
    questions.add(a -> "stats " + PartnershipStatistics.of(a));
    questions.add(a -> "remote " + a.query().actions().withModality(Modality.REMOTE).list());
    questions.add(a -> "themes named " + a.themes().named("aquaculture"));
    return questions;
  }

  private static void assertSameAnswersOnEightThreads(
      java.util.function.Supplier<Atlas> fresh, ExecutorService pool, long seed) throws Exception {
    Atlas reference = fresh.get();
    List<Function<Atlas, String>> questions = questions(reference);
    List<String> expected = new ArrayList<>();
    for (Function<Atlas, String> q : questions) {
      expected.add(q.apply(reference));
    }
    Atlas shared = fresh.get();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < questions.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed + t));
      tasks.add(
          () -> {
            start.await();
            String[] answers = new String[questions.size()];
            for (int i : order) {
              answers[i] = questions.get(i).apply(shared);
            }
            return List.of(answers);
          });
    }
    for (Future<List<String>> answers : pool.invokeAll(tasks)) {
      assertEquals(expected, answers.get());
    }
    QueryInvariants.check(shared);
  }

  @Test
  void eightThreadsGetTheAnswersOfOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      assertSameAnswersOnEightThreads(BrestPortfolio::atlas, pool, 1);
      Random seeds = new Random(20201012);
      for (int i = 0; i < 20; i++) {
        long seed = seeds.nextLong();
        assertSameAnswersOnEightThreads(() -> AtlasGenerators.atlas(seed), pool, seed);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
