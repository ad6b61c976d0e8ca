package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partneratlas.territory.TerritoryId;

/**
 * The open-addressing table of id positions answers as a {@code HashMap<Id, Integer>} filled with
 * {@code putIfAbsent} in the same order: the same earlier positions, the same look-ups, present or
 * absent, for ids drawn with many repeats and hash collisions.
 */
class IdPositionsTest {

  @Test
  void answersAsAHashMap() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(round < 20 ? 8 : 3000);
      int distinct = 1 + random.nextInt(Math.max(1, n));
      List<TerritoryId> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Fresh objects of equal ids, as a reader makes them.
        ids.add(TerritoryId.of("t-" + random.nextInt(distinct)));
      }
      IdPositions<TerritoryId> table = new IdPositions<>(n);
      Map<TerritoryId, Integer> map = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Integer expected = map.putIfAbsent(ids.get(i), i);
        assertEquals(expected == null ? -1 : expected, table.putIfAbsent(ids.get(i), i));
      }
      assertEquals(map.size(), table.size());
      for (int k = 0; k < distinct + 20; k++) {
        TerritoryId probe = TerritoryId.of("t-" + k);
        Integer expected = map.get(probe);
        assertEquals(expected == null ? -1 : expected, table.get(probe));
        assertEquals(expected != null, table.contains(probe));
      }
    }
  }
}
