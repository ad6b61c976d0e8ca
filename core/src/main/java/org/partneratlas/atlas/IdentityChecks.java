package org.partneratlas.atlas;

import com.google.common.base.Joiner;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partneratlas.action.ActionId;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;
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

  /**
   * Reports ids used twice, and ids that differ only by case from an earlier one; returns the
   * position of the first entity with each id.
   */
  @CanIgnoreReturnValue
  static <K extends EntityId<K>, E extends Entity<K>> Map<K, Integer> uniqueIds(
      EntityType<K, E> type, List<E> entities, Problems problems) {
    EntityKind kind = type.kind;
    Map<K, Integer> first = new HashMap<>();
    Map<String, Integer> firstFolded = new HashMap<>();
    String noun = kind.noun();
    for (int i = 0; i < entities.size(); i++) {
      K key = entities.get(i).id();
      Integer earlier = first.putIfAbsent(key, i);
      String problem = null;
      if (earlier != null) {
        problem = "' is already used by the " + noun + " at position " + earlier + ": ";
      } else {
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
   * one; fills {@code owner} with the id of the partnership of each action.
   */
  static void uniqueActionIds(
      List<Partnership> partnerships, Map<ActionId, String> owner, Problems problems) {
    Map<String, ActionId> folded = new HashMap<>();
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      for (int a = 0; a < partnership.actions().size(); a++) {
        ActionId id = partnership.actions().get(a).id();
        String earlier = owner.putIfAbsent(id, partnership.id().value());
        String problem = null;
        if (earlier != null) {
          problem =
              "' is already used by an action of partnership '"
                  + earlier
                  + "': action ids must be unique in the whole atlas";
        } else {
          ActionId sameButCase = folded.putIfAbsent(Suggestions.fold(id.value()), id);
          if (sameButCase != null) {
            problem =
                "' differs only by case from the action id '"
                    + sameButCase
                    + "' of partnership '"
                    + owner.get(sameButCase)
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
  }

  /**
   * Reports a partnership that has the same kind and the same parties as an earlier one, with party
   * periods that may overlap (as {@link DateRange#overlaps(DateRange)} says): the same partnership
   * given twice. Each partnership is compared with at most {@link #SAME_PARTNERSHIP_COMPARISONS}
   * earlier ones with its kind and parties, so the check is linear in the number of partnerships.
   */
  static void samePartnershipTwice(List<Partnership> partnerships, Problems problems) {
    Map<List<Object>, List<Integer>> byKindAndParties = new HashMap<>();
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      Set<TerritoryId> parties = partnership.territories();
      if (parties.size() < 2) {
        continue;
      }
      List<Integer> earlier =
          byKindAndParties.computeIfAbsent(
              List.of(partnership.kind(), parties), k -> new ArrayList<>());
      int compared = 0;
      for (int k = earlier.size() - 1; k >= 0 && compared < SAME_PARTNERSHIP_COMPARISONS; k--) {
        compared++;
        Partnership other = partnerships.get(earlier.get(k));
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
                  + Joiner.on(", ").join(parties)
                  + ") and party periods that overlap: it is the same partnership twice; merge"
                  + " them, or correct the kind, the parties or their periods");
          break;
        }
      }
      earlier.add(i);
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
