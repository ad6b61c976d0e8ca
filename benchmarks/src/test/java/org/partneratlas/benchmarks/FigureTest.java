package org.partneratlas.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.partneratlas.benchmarks.report.Comparison;
import org.partneratlas.benchmarks.report.Figure;
import org.partneratlas.benchmarks.report.Figure.Direction;
import org.partneratlas.benchmarks.report.Measurement;

class FigureTest {

  private static Measurement m(String name, double score) {
    return new Measurement(name, 1000, score, 0.1, "ms/op", 3);
  }

  @Test
  void speedupIsBaselineTimeOverLibraryTime_goalAMinimum() {
    Figure f = new Figure("4a", "read", "lib", "base", Direction.SPEEDUP, 0.7);
    Comparison slow = f.compare(m("lib", 20), m("base", 10));
    assertEquals(0.5, slow.ratio(), 1e-9);
    assertFalse(slow.met());
    assertTrue(f.compare(m("lib", 12), m("base", 10)).met());
  }

  @Test
  void costIsLibraryTimeOverBaselineTime_goalAMaximum() {
    Figure f = new Figure("6a", "build", "lib", "base", Direction.COST, 3.0);
    Comparison c = f.compare(m("lib", 20), m("base", 10));
    assertEquals(2.0, c.ratio(), 1e-9);
    assertTrue(c.met());
    assertFalse(f.compare(m("lib", 40), m("base", 10)).met());
  }

  @Test
  void scoreGoalIsOnTheLibrarysScore_figureWithoutGoalIsReported() {
    Figure heap = new Figure("7", "heap", "lib", "base", Direction.SCORE_AT_MOST, 1024.0);
    assertTrue(heap.compare(m("lib", 1000), m("base", 500)).met());
    assertFalse(heap.compare(m("lib", 1100), m("base", 2000)).met());
    Comparison reported =
        new Figure("3a", "names", "lib", "base", Direction.SPEEDUP, null)
            .compare(m("lib", 1), m("base", 100));
    assertNull(reported.met());
    assertNull(reported.goal());
    assertEquals(100, reported.ratio(), 1e-9);
  }
}
