package org.partneratlas.atlas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Finds, for an id that does not exist, a close existing id to suggest: one equal but for case, or
 * else one at most one edit away (a letter added, removed, replaced, or two neighbours swapped),
 * ignoring case. Ids shorter than {@value #MIN_LENGTH_FOR_EDITS} characters get only the case hint:
 * with so few letters, almost every id is one edit from another.
 *
 * <p>The index is built on the first lookup, so that a valid atlas never pays for it: the ids
 * folded to lower case, and every id with one character deleted (a "deletion neighbourhood"), so
 * that a lookup costs O(L) map probes for an id of L characters rather than a comparison with every
 * id. When the ids hold more than {@value #MAX_INDEXED_CHARS} characters in all, only the case hint
 * is given.
 */
final class Suggestions {

  static final int MIN_LENGTH_FOR_EDITS = 4;
  static final int MAX_INDEXED_CHARS = 4_000_000;
  private static final int MAX_CANDIDATES = 32;

  private final Supplier<List<String>> ids;
  private @Nullable Map<String, String> byFolded;
  private @Nullable Map<String, List<String>> byDeletion;

  Suggestions(Supplier<List<String>> ids) {
    this.ids = ids;
  }

  /** Returns an id folded for comparison: ids are ASCII, so lower case in the root locale. */
  static String fold(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns {@code " (did you mean 'x'?)"} for the closest existing id, or the empty string when
   * there is none close enough.
   */
  String hint(String missing) {
    String found = closest(missing);
    return found == null ? "" : " (did you mean '" + found + "'?)";
  }

  @Nullable String closest(String missing) {
    Map<String, String> folded = byFolded;
    if (folded == null) {
      folded = index();
    }
    String key = fold(missing);
    String sameButCase = folded.get(key);
    if (sameButCase != null) {
      return sameButCase;
    }
    Map<String, List<String>> deletions = byDeletion;
    if (deletions == null || key.length() < MIN_LENGTH_FOR_EDITS) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    addAll(candidates, deletions.get(key));
    for (int i = 0; i < key.length() && candidates.size() < MAX_CANDIDATES; i++) {
      String deleted = key.substring(0, i) + key.substring(i + 1);
      String shorter = folded.get(deleted);
      if (shorter != null) {
        candidates.add(shorter);
      }
      addAll(candidates, deletions.get(deleted));
    }
    for (String candidate : candidates) {
      if (candidate.length() >= MIN_LENGTH_FOR_EDITS && withinOneEdit(key, fold(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  private static void addAll(List<String> into, @Nullable List<String> from) {
    if (from != null) {
      for (int i = 0; i < from.size() && into.size() < MAX_CANDIDATES; i++) {
        into.add(from.get(i));
      }
    }
  }

  private Map<String, String> index() {
    List<String> all = ids.get();
    Map<String, String> folded = new HashMap<>();
    long chars = 0;
    for (String id : all) {
      folded.putIfAbsent(fold(id), id);
      chars += id.length();
    }
    if (chars <= MAX_INDEXED_CHARS) {
      Map<String, List<String>> deletions = new HashMap<>();
      for (Map.Entry<String, String> e : folded.entrySet()) {
        String key = e.getKey();
        if (key.length() < MIN_LENGTH_FOR_EDITS) {
          continue;
        }
        for (int i = 0; i < key.length(); i++) {
          String deleted = key.substring(0, i) + key.substring(i + 1);
          List<String> list = deletions.computeIfAbsent(deleted, k -> new ArrayList<>(1));
          if (list.size() < MAX_CANDIDATES && !list.contains(e.getValue())) {
            list.add(e.getValue());
          }
        }
      }
      byDeletion = deletions;
    }
    byFolded = folded;
    return folded;
  }

  /**
   * Whether two different texts are one insertion, deletion, substitution or swap of neighbours
   * apart. O(length).
   */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int start = 0;
    while (start < Math.min(la, lb) && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (la != lb) {
      String longer = la > lb ? a : b;
      String shorter = la > lb ? b : a;
      return longer.substring(start + 1).equals(shorter.substring(start));
    }
    if (a.substring(start + 1).equals(b.substring(start + 1))) {
      return true; // one substitution
    }
    return start + 1 < la
        && a.charAt(start) == b.charAt(start + 1)
        && a.charAt(start + 1) == b.charAt(start)
        && a.substring(start + 2).equals(b.substring(start + 2));
  }
}
