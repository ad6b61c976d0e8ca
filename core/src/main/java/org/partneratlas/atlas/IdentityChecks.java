package org.partneratlas.atlas;

import com.google.common.base.Joiner;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;
import org.partneratlas.internal.IdCase;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.DateRange;

/**
 * The rules of identity the Atlas builder checks: each id once (also ignoring case), each action id
 * once in the whole atlas, and not the same partnership twice.
 */
final class IdentityChecks {

  /**
   * How many earlier partnerships with the same kind and parties each partnership is compared with
   * when looking for the same partnership twice: bounds the work on a file with thousands of
   * partnerships between the same two territories.
   */
  static final int SAME_PARTNERSHIP_COMPARISONS = 64;

  private IdentityChecks() {}

  /** The initial capacity of a {@link HashMap} that holds {@code size} entries without resizing. */
  static int capacity(int size) {
    return (int) Math.ceil(size / 0.75) + 1;
  }

  /**
   * Whether the id may change when folded (a capital letter, or a character beyond ASCII, which ids
   * do not have): only then can it differ only by case from another. Scans without allocating.
   */
  private static boolean foldChanges(String id) {
    if (!IdCase.capitalSeen()) {
      // No id with a capital letter has been made: nothing to scan.
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports ids used twice, and ids that differ only by case from an earlier one; returns the
   * position of the first entity with each id. When no id has a capital letter, two ids that fold
   * alike are equal (reported as used twice), so the folded ids are not collected.
   */
  @CanIgnoreReturnValue
  static <K extends EntityId<K>, E extends Entity<K>> IdPositions<K> uniqueIds(
      EntityType<K, E> type, List<E> entities, Problems problems) {
    EntityKind kind = type.kind;
    int n = entities.size();
    IdPositions<K> first = new IdPositions<>(n);
    // One pass files every id and looks for a capital letter and a duplicate, touching each id
    // once; the problems, rare, are reported by a second pass in the order of the entities.
    boolean anyCapital = false;
    boolean anyDuplicate = false;
    for (int i = 0; i < n; i++) {
      K key = entities.get(i).id();
      anyDuplicate |= first.putIfAbsent(key, i) >= 0;
      anyCapital = anyCapital || foldChanges(key.toString());
    }
    if (!anyCapital && !anyDuplicate) {
      return first;
    }
    Map<String, Integer> firstFolded = anyCapital ? new HashMap<>(capacity(n)) : null;
    String noun = kind.noun();
    for (int i = 0; i < n; i++) {
      K key = entities.get(i).id();
      int filed = first.get(key);
      String problem = null;
      if (filed != i) {
        problem = "' is already used by the " + noun + " at position " + filed + ": ";
      } else if (firstFolded != null) {
        Integer sameButCase = firstFolded.putIfAbsent(Suggestions.fold(key.toString()), i);
        if (sameButCase != null) {
          problem =
              "' differs only by case from the id '"
                  + entities.get(sameButCase).id()
                  + "' of the "
                  + noun
                  + " at position "
                  + sameButCase
                  + ": ids must differ by more than case; ";
        }
      }
      if (problem != null) {
        problems.add(
            kind,
            key.toString(),
            i,
            List.of("id"),
            "the id '" + key + problem + "give each one its own id, or merge them");
      }
    }
    return first;
  }

  /**
   * Reports action ids used twice in the whole atlas, or that differ only by case from an earlier
   * one. Fills {@code positions}, whose keys are read from {@code actions} (all the actions,
   * partnership after partnership), with the position of the first action with each id among them,
   * and returns, for each position, the position of the action's partnership.
   */
  /**
   * Collects the actions of the partnerships, in order, into {@code actions} and checks their ids
   * ({@link #uniqueActionIds}) as one part of the build, on the executor if there is one.
   */
  static Forked<int[]> actionIdsApart(
      @Nullable Executor executor,
      List<Partnership> partnerships,
      List<Action> actions,
      IdPositions<ActionId> positions,
      Problems problems) {
    return Forked.start(
        executor,
        () -> {
          for (Partnership partnership : partnerships) {
            actions.addAll(partnership.actions());
          }
          return uniqueActionIds(partnerships, positions, problems);
        });
  }

  static int[] uniqueActionIds(
      List<Partnership> partnerships, IdPositions<ActionId> positions, Problems problems) {
    int count = 0;
    for (Partnership partnership : partnerships) {
      count += partnership.actions().size();
    }
    int[] owners = new int[count];
    // One pass files every id and looks for a capital letter and a duplicate, touching each id
    // once; the problems, rare, are reported by a second pass in the order of the actions.
    boolean anyCapital = false;
    boolean anyDuplicate = false;
    int filing = 0;
    for (int i = 0; i < partnerships.size(); i++) {
      List<Action> actions = partnerships.get(i).actions();
      for (int a = 0; a < actions.size(); a++) {
        ActionId id = actions.get(a).id();
        owners[filing] = i;
        anyDuplicate |= positions.putIfAbsent(id, filing) >= 0;
        filing++;
        anyCapital = anyCapital || foldChanges(id.value());
      }
    }
    if (!anyCapital && !anyDuplicate) {
      return owners;
    }
    Map<String, ActionId> folded = anyCapital ? new HashMap<>(capacity(count)) : null;
    int position = 0;
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      for (int a = 0; a < partnership.actions().size(); a++) {
        ActionId id = partnership.actions().get(a).id();
        int filed = positions.get(id);
        int earlier = filed == position ? -1 : filed;
        position++;
        String problem = null;
        if (earlier >= 0) {
          problem =
              "' is already used by an action of partnership '"
                  + partnerships.get(owners[earlier]).id().value()
                  + "': action ids must be unique in the whole atlas";
        } else if (folded != null) {
          ActionId sameButCase = folded.putIfAbsent(Suggestions.fold(id.value()), id);
          if (sameButCase != null) {
            problem =
                "' differs only by case from the action id '"
                    + sameButCase
                    + "' of partnership '"
                    + partnerships.get(owners[positions.get(sameButCase)]).id().value()
                    + "': ids must differ by more than case; give each action its own id";
          }
        }
        if (problem != null) {
          problems.add(
              EntityKind.PARTNERSHIP,
              partnership.id().value(),
              i,
              List.of("actions", Integer.toString(a), "id"),
              "the action id '" + id + problem);
        }
      }
    }
    return owners;
  }

  /**
   * Reports a partnership that has the same kind and the same parties as an earlier one, with party
   * periods that may overlap (as {@link DateRange#overlaps(DateRange)} says): the same partnership
   * given twice. Each partnership is compared with at most {@link #SAME_PARTNERSHIP_COMPARISONS}
   * earlier ones with its kind and parties, so the check is linear in the number of partnerships.
   * The earlier partnerships with a kind and parties are a chain through {@code previous}, from the
   * latest back.
   */
  static void samePartnershipTwice(
      List<Partnership> partnerships, int[] partyTerritories, Problems problems) {
    int n = partnerships.size();
    // Partnerships of two distinct, known territories (most) by a long key of kind and positions,
    // in a primitive table; the others by their kind and set of territories.
    LatestByKey pairs = new LatestByKey(n);
    Map<List<Object>, Integer> latest = new HashMap<>();
    int[] previous = new int[n];
    int party = 0;
    for (int i = 0; i < n; i++) {
      Partnership partnership = partnerships.get(i);
      int first = party;
      party += partnership.parties().size();
      long pair = pairKey(partnership, partyTerritories, first, party);
      if (pair >= 0) {
        previous[i] = pairs.put(pair, i);
      } else {
        Set<TerritoryId> parties = partnership.territories();
        if (parties.size() < 2) {
          continue;
        }
        Integer last = latest.put(List.of(partnership.kind(), parties), i);
        previous[i] = last == null ? -1 : last;
      }
      int compared = 0;
      for (int k = previous[i];
          k >= 0 && compared < SAME_PARTNERSHIP_COMPARISONS;
          k = previous[k]) {
        compared++;
        Partnership other = partnerships.get(k);
        if (!other.id().equals(partnership.id()) && periodsMayOverlap(partnership, other)) {
          problems.add(
              EntityKind.PARTNERSHIP,
              partnership.id().value(),
              i,
              List.of("parties"),
              "the partnership '"
                  + other.id()
                  + "' has the same kind ("
                  + partnership.kind()
                  + "), the same parties ("
                  + Joiner.on(", ").join(partnership.territories())
                  + ") and party periods that overlap: it is the same partnership twice; merge"
                  + " them, or correct the kind, the parties or their periods");
          break;
        }
      }
    }
  }

  /**
   * The key of a partnership whose parties have exactly two distinct territories, both found (their
   * positions are {@code positions[from..to)}): its kind and the two positions, smaller first; -1
   * for any other partnership. Keys are compared within one build only, so the kind's ordinal is
   * safe.
   */
  @SuppressWarnings("EnumOrdinal")
  private static long pairKey(Partnership partnership, int[] positions, int from, int to) {
    int a = -1;
    int b = -1;
    for (int k = from; k < to; k++) {
      int t = positions[k];
      if (t < 0) {
        return -1;
      }
      if (a < 0 || t == a) {
        a = t;
      } else if (b < 0 || t == b) {
        b = t;
      } else {
        return -1;
      }
    }
    if (b < 0 || a >= 1 << 28 || b >= 1 << 28) {
      return -1;
    }
    return ((long) partnership.kind().ordinal() << 56)
        | ((long) Math.min(a, b) << 28)
        | Math.max(a, b);
  }

  /** The latest position filed under each non-negative long key: an open-addressing table. */
  private static final class LatestByKey {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LatestByKey(int capacity) {
      int length = Integer.highestOneBit(Math.max(4, capacity + capacity / 3) - 1) << 1;
      keys = new long[length];
      java.util.Arrays.fill(keys, -1);
      values = new int[length];
      mask = length - 1;
    }

    /** Files {@code value} under {@code key} and returns the value filed before, or -1. */
    int put(long key, int value) {
      long h = key * 0x9E3779B97F4A7C15L;
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (keys[i] != -1 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      int before = keys[i] == key ? values[i] : -1;
      keys[i] = key;
      values[i] = value;
      return before;
    }
  }

  /** Whether, for every territory, a party period in one may overlap one in the other. */
  private static boolean periodsMayOverlap(Partnership a, Partnership b) {
    for (TerritoryId territory : a.territories()) {
      boolean overlap = false;
      for (Party x : a.parties()) {
        if (!x.territory().equals(territory)) {
          continue;
        }
        for (Party y : b.parties()) {
          if (y.territory().equals(territory) && x.period().overlaps(y.period())) {
            overlap = true;
            break;
          }
        }
        if (overlap) {
          break;
        }
      }
      if (!overlap) {
        return false;
      }
    }
    return true;
  }
}
