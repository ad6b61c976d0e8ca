package org.partneratlas.atlas;

import java.util.Arrays;
import java.util.List;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/** The rule on the parents of territories: none is its own ancestor, none has too many. */
final class AncestryCheck {

  private static final int NO_PARENT = -1;
  private static final int IN_CYCLE = -2;
  private static final byte NEW = 0;
  private static final byte ON_CHAIN = 1;
  private static final byte DONE = 2;

  private AncestryCheck() {}

  /**
   * Finds, in one pass over the parent links, the territories that are their own ancestor and those
   * with more than {@link Territory#MAX_ANCESTORS} ancestors. Each territory is visited once: its
   * number of ancestors is memoised, and a territory met again on the chain being walked closes a
   * cycle. O(n) for n territories.
   */
  static void check(
      List<Territory> territories, IdPositions<TerritoryId> territoryIndex, Problems problems) {
    int n = territories.size();
    int[] parentOf = new int[n];
    for (int i = 0; i < n; i++) {
      TerritoryId parentId = territories.get(i).parent().orElse(null);
      int parent = parentId == null ? -1 : territoryIndex.get(parentId);
      parentOf[i] = parent < 0 ? NO_PARENT : parent;
    }
    int[] ancestors = new int[n];
    int[] top = new int[n];
    byte[] state = new byte[n];
    int[] chain = new int[Math.min(n, 16)];
    for (int start = 0; start < n; start++) {
      int length = 0;
      int at = start;
      while (at != NO_PARENT && state[at] == NEW) {
        state[at] = ON_CHAIN;
        if (length == chain.length) {
          chain = Arrays.copyOf(chain, Math.min(n, length * 2));
        }
        chain[length++] = at;
        at = parentOf[at];
      }
      int above;
      int topmost;
      if (at == NO_PARENT) {
        above = -1;
        topmost = length == 0 ? start : chain[length - 1];
      } else if (state[at] == DONE) {
        above = ancestors[at];
        topmost = top[at];
      } else {
        // The chain came back to a territory on it: every territory from there on is in a cycle.
        int first = length - 1;
        while (chain[first] != at) {
          first--;
        }
        for (int k = first; k < length; k++) {
          int member = chain[k];
          ancestors[member] = IN_CYCLE;
          state[member] = DONE;
          problems.add(
              EntityKind.TERRITORY,
              territories.get(member).id().value(),
              member,
              List.of("parent"),
              "the territory is its own ancestor (through '"
                  + territories.get(member).parent().orElseThrow()
                  + "'): break the cycle of parents");
        }
        length = first;
        above = IN_CYCLE;
        topmost = at;
      }
      for (int k = length - 1; k >= 0; k--) {
        int territory = chain[k];
        int count = above == IN_CYCLE ? IN_CYCLE : above + 1;
        ancestors[territory] = count;
        top[territory] = topmost;
        state[territory] = DONE;
        if (count == Territory.MAX_ANCESTORS + 1) {
          problems.add(
              EntityKind.TERRITORY,
              territories.get(territory).id().value(),
              territory,
              List.of("parent"),
              "the territory has more than "
                  + Territory.MAX_ANCESTORS
                  + " ancestors (its chain of parents goes up to '"
                  + territories.get(topmost).id()
                  + "'): at most "
                  + Territory.MAX_ANCESTORS
                  + " are allowed; attach it higher up, or check the parents for a mistake"
                  + " (territories below it are not reported again)");
        }
        above = count;
      }
    }
  }
}
