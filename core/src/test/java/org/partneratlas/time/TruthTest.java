package org.partneratlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TruthTest {

  @Test
  void kleeneTables() {
    for (Truth a : Truth.values()) {
      for (Truth b : Truth.values()) {
        Truth and =
            a == Truth.NO || b == Truth.NO
                ? Truth.NO
                : a == Truth.YES && b == Truth.YES ? Truth.YES : Truth.UNKNOWN;
        Truth or =
            a == Truth.YES || b == Truth.YES
                ? Truth.YES
                : a == Truth.NO && b == Truth.NO ? Truth.NO : Truth.UNKNOWN;
        assertEquals(and, a.and(b), a + " and " + b);
        assertEquals(or, a.or(b), a + " or " + b);
        assertEquals(a.and(b).not(), a.not().or(b.not()), "De Morgan");
      }
    }
    assertEquals(Truth.UNKNOWN, Truth.UNKNOWN.not());
  }

  @Test
  void definitelyIsASubsetOfPossibly() {
    for (Truth t : Truth.values()) {
      assertTrue(!Certainty.DEFINITELY.accepts(t) || Certainty.POSSIBLY.accepts(t));
    }
    assertTrue(Certainty.DEFINITELY.accepts(Truth.YES));
    assertFalse(Certainty.DEFINITELY.accepts(Truth.UNKNOWN));
    assertTrue(Certainty.POSSIBLY.accepts(Truth.UNKNOWN));
    assertFalse(Certainty.POSSIBLY.accepts(Truth.NO));
  }
}
