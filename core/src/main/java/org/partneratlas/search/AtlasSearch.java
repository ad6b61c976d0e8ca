package org.partneratlas.search;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.partneratlas.actor.Actor;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.internal.NameFolding;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.CountryNames;
import org.partneratlas.territory.Territory;
import org.partneratlas.theme.Theme;

/**
 * Token and prefix search over the names of an {@link Atlas}, in every language, ranked: "tierra
 * del fuego" finds the province and the cooperation whose name contains it, "énergies marines" the
 * theme labelled "Énergies marines renouvelables", "brest, france" the Brest in France and "brest
 * (BY)" the one in Belarus.
 *
 * <h2>What is searched</h2>
 *
 * <p>The {@linkplain Territory#names() names} and {@linkplain Territory#aliases() aliases} of
 * territories, the {@linkplain Partnership#names() names} of partnerships, the {@linkplain
 * Theme#labels() labels} of themes and the names of {@linkplain Actor#names() actors} and
 * {@linkplain Crisis#names() crises}, in every language. Names and queries are cut into words after
 * folding (compatibility decomposition, non-spacing marks removed, case folded; every run of spaces
 * and punctuation separates two words), the folding of {@link
 * org.partneratlas.atlas.EntityTable#named}: so "cadiz" is "Cádiz", "dun laoghaire" is "Dún
 * Laoghaire" and "ＫＩＥＬ" is "Kiel".
 *
 * <h2>What matches</h2>
 *
 * <p>A name matches when every word of the query is a word of the name, each word of the name
 * counting once, except that the last word of the query may be only the beginning of a word
 * ("tierra del fue"). Each entity is found once, by its best-matching name. Hits are ranked by
 * {@linkplain SearchHit#score() score}, higher first:
 *
 * <ol>
 *   <li>{@link SearchHit.Match#EXACT}, the whole name: score 1000;
 *   <li>{@link SearchHit.Match#ALL_TOKENS}, every word of the query a whole word of the name: 700,
 *       plus 100 if the words come in the order of the query, minus one for each other word of the
 *       name (at most 99), so that "Tierra del Fuego" ranks above "Cooperation with the Province of
 *       Tierra del Fuego (Argentina)";
 *   <li>{@link SearchHit.Match#PREFIX}, the last word only a beginning: 300, with the same bonus
 *       and penalties;
 * </ol>
 *
 * <p>then, for equal scores, by kind of entity (in the order of {@link EntityKind}: territories
 * first) and by id. At most {@code limit} hits are returned, {@value #DEFAULT_LIMIT} unless given.
 *
 * <h2>Country qualifiers</h2>
 *
 * <p>A query that ends with ", country name" ("Brest, France", "Cordoba, Argentina") or with a code
 * or country name in parentheses ("Brest (BY)", "Brest (Belarus)", "Córdoba (ES)") looks for the
 * rest of the query among the territories of that country: the qualifier is resolved by {@link
 * CountryNames#standard()} (names in English, French, Spanish and other languages, usual spellings)
 * or, in parentheses, as an ISO 3166-1 alpha-2 code in any case ({@link CountryCode}). The whole
 * query is also searched as words among every name, so that a partnership named "Cooperation with
 * the State of Veracruz (Mexico)" is still found by its whole name. A qualifier that is not a
 * country ("Munster, Lower Saxony", "Georgia (country)") is an ordinary part of the query. A comma
 * is never followed by a code: "Springfield, IL" is not Israel.
 *
 * <h2>Cost</h2>
 *
 * <p>{@link #of(Atlas)} indexes every word once, in time linear in the total length of the names;
 * keep the search rather than building it for every query. A query of words w₁ … wₙ looks at the
 * names that have the rarest of w₁ … wₙ₋₁, or for one word the names with a word beginning with it,
 * and checks each in time proportional to its words. Queries are at most {@value #MAX_QUERY_LENGTH}
 * characters long.
 *
 * <p>Immutable and thread-safe: share one search between threads. A search reflects the atlas it
 * was built from; build a new one for a derived atlas.
 *
 * <pre>{@code
 * AtlasSearch search = AtlasSearch.of(atlas);
 * search.search("tierra del fuego");   // the province (EXACT), then the cooperation (ALL_TOKENS)
 * search.search("brest (BY)");         // Brest, Belarus
 * search.search("énergies mar", 5);     // energy.marine (PREFIX), at most 5 hits
 * }</pre>
 */
public final class AtlasSearch {

  /** The maximum length of a query, in UTF-16 code units ({@link String#length()}): {@value}. */
  public static final int MAX_QUERY_LENGTH = 200;

  /** The number of hits {@link #search(String)} returns at most: {@value}. */
  public static final int DEFAULT_LIMIT = 20;

  private static final int IN_ORDER_BONUS = 100;
  private static final int MAX_PENALTY = 99;

  /** One name, alias or label of an entity. */
  private static final class Entry {
    final int entity;
    final EntityKind kind;
    final String id;
    final String text;
    final @Nullable String language;
    final @Nullable CountryCode country;
    final String folded;
    final String[] tokens;

    Entry(
        int entity,
        EntityKind kind,
        String id,
        String text,
        @Nullable String language,
        @Nullable CountryCode country,
        String folded) {
      this.entity = entity;
      this.kind = kind;
      this.id = id;
      this.text = text;
      this.language = language;
      this.country = country;
      this.folded = folded;
      this.tokens = folded.split(" ");
    }
  }

  /** What a query asks for: its folded text and words. */
  private static final class Words {
    final String folded;
    final String[] tokens;

    Words(String folded) {
      this.folded = folded;
      this.tokens = folded.split(" ");
    }
  }

  private final Entry[] entries;
  // The distinct words of every name, sorted, and for each the entries that have it, ascending.
  private final String[] dictionary;
  private final int[][] postings;

  private AtlasSearch(List<Entry> entries) {
    this.entries = entries.toArray(new Entry[0]);
    TreeMap<String, List<Integer>> index = new TreeMap<>();
    for (int i = 0; i < this.entries.length; i++) {
      for (String token : this.entries[i].tokens) {
        List<Integer> list = index.computeIfAbsent(token, t -> new ArrayList<>(2));
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    this.dictionary = index.keySet().toArray(new String[0]);
    this.postings = new int[dictionary.length][];
    int t = 0;
    for (List<Integer> list : index.values()) {
      postings[t++] = list.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Returns the search over every name of an atlas. Builds the word index, in time linear in the
   * total length of the names.
   *
   * @param atlas the atlas
   * @return its search
   */
  public static AtlasSearch of(Atlas atlas) {
    requireNonNull(atlas, "atlas");
    List<Entry> entries = new ArrayList<>();
    int entity = 0;
    for (Territory t : atlas.territories()) {
      add(entries, entity, EntityKind.TERRITORY, t.id().value(), t.names(), t.country());
      for (String alias : t.aliases()) {
        add(entries, entity, EntityKind.TERRITORY, t.id().value(), alias, null, t.country());
      }
      entity++;
    }
    for (Partnership p : atlas.partnerships()) {
      add(entries, entity++, EntityKind.PARTNERSHIP, p.id().value(), p.names(), null);
    }
    for (Theme theme : atlas.themes()) {
      add(entries, entity++, EntityKind.THEME, theme.id().value(), theme.labels(), null);
    }
    for (Actor actor : atlas.actors()) {
      add(entries, entity++, EntityKind.ACTOR, actor.id().value(), actor.names(), null);
    }
    for (Crisis crisis : atlas.crises()) {
      add(entries, entity++, EntityKind.CRISIS, crisis.id().value(), crisis.names(), null);
    }
    return new AtlasSearch(entries);
  }

  private static void add(
      List<Entry> entries,
      int entity,
      EntityKind kind,
      String id,
      LocalizedText names,
      @Nullable CountryCode country) {
    names
        .asMap()
        .forEach((language, text) -> add(entries, entity, kind, id, text, language, country));
  }

  private static void add(
      List<Entry> entries,
      int entity,
      EntityKind kind,
      String id,
      String text,
      @Nullable String language,
      @Nullable CountryCode country) {
    String folded = NameFolding.fold(text);
    if (!folded.isEmpty()) {
      entries.add(new Entry(entity, kind, id, text, language, country, folded));
    }
  }

  /**
   * Returns the best {@value #DEFAULT_LIMIT} hits of a query. Equivalent to {@code search(query,
   * DEFAULT_LIMIT)}.
   *
   * @param query words of a name in any language, optionally followed by a country qualifier
   * @return the hits, best first; empty if nothing matches or the query has no letter or digit
   * @throws IllegalArgumentException if the query is longer than {@value #MAX_QUERY_LENGTH}
   *     characters
   */
  public ImmutableList<SearchHit> search(String query) {
    return search(query, DEFAULT_LIMIT);
  }

  /**
   * Returns the best hits of a query, at most {@code limit} (see the class documentation for what
   * matches and how hits are ranked).
   *
   * @param query words of a name in any language, optionally followed by a country qualifier
   * @param limit the maximum number of hits, at least 1
   * @return the hits, best first; empty if nothing matches or the query has no letter or digit
   * @throws IllegalArgumentException if the query is longer than {@value #MAX_QUERY_LENGTH}
   *     characters, or the limit is less than 1
   */
  public ImmutableList<SearchHit> search(String query, int limit) {
    requireNonNull(query, "query");
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "The search query has "
              + query.length()
              + " characters; at most "
              + MAX_QUERY_LENGTH
              + " are searched: shorten it to a few words of the name");
    }
    if (limit < 1) {
      throw new IllegalArgumentException(
          "The limit of a search is " + limit + ": ask for at least one hit");
    }
    Map<Integer, Scored> best = new HashMap<>();
    String folded = NameFolding.fold(query);
    if (!folded.isEmpty()) {
      match(new Words(folded), null, best);
      qualified(query).ifPresent(q -> match(q.words, q.country, best));
    }
    return best.values().stream()
        .sorted(ORDER)
        .limit(limit)
        .map(Scored::hit)
        .collect(ImmutableList.toImmutableList());
  }

  // ---- qualifiers

  /** The rest of a query and the country its qualifier names. */
  private record Qualified(Words words, CountryCode country) {}

  /** The query without its trailing country qualifier, if it has one that names a country. */
  private static Optional<Qualified> qualified(String query) {
    String trimmed = query.strip();
    String rest;
    CountryCode country;
    if (trimmed.endsWith(")") && trimmed.lastIndexOf('(') > 0) {
      int open = trimmed.lastIndexOf('(');
      rest = trimmed.substring(0, open);
      String inside = trimmed.substring(open + 1, trimmed.length() - 1).strip();
      country =
          CountryCode.isValid(inside)
              ? CountryCode.of(inside)
              : CountryNames.standard().find(inside).orElse(null);
    } else if (trimmed.lastIndexOf(',') > 0) {
      int comma = trimmed.lastIndexOf(',');
      rest = trimmed.substring(0, comma);
      country = CountryNames.standard().find(trimmed.substring(comma + 1)).orElse(null);
    } else {
      return Optional.empty();
    }
    String folded = NameFolding.fold(rest);
    if (country == null || folded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Qualified(new Words(folded), country));
  }

  // ---- matching

  /** A hit with the position of its entry, to order hits and keep one per entity. */
  private record Scored(SearchHit hit, int entry) {}

  private static final Comparator<Scored> ORDER =
      Comparator.comparingInt((Scored s) -> -s.hit().score())
          .thenComparing(s -> s.hit().kind())
          .thenComparing(s -> s.hit().id())
          .thenComparingInt(Scored::entry);

  /** Adds the hits of the words, among the territories of a country if one is given. */
  private void match(Words words, @Nullable CountryCode country, Map<Integer, Scored> best) {
    int n = words.tokens.length;
    int[] candidates;
    if (n == 1) {
      candidates = withPrefix(words.tokens[0]);
    } else {
      candidates = withAll(Arrays.copyOf(words.tokens, n - 1));
    }
    for (int e : candidates) {
      Entry entry = entries[e];
      if (country != null && !country.equals(entry.country)) {
        continue;
      }
      SearchHit hit = score(entry, words);
      if (hit == null) {
        continue;
      }
      Scored scored = new Scored(hit, e);
      best.merge(entry.entity, scored, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }
  }

  /** The entries that have every one of these words, ascending. */
  private int[] withAll(String[] tokens) {
    int[][] lists = new int[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      int at = Arrays.binarySearch(dictionary, tokens[i]);
      if (at < 0) {
        return new int[0];
      }
      lists[i] = postings[at];
    }
    Arrays.sort(lists, Comparator.comparingInt(list -> list.length));
    int[] result = lists[0];
    for (int i = 1; i < lists.length && result.length > 0; i++) {
      result = intersect(result, lists[i]);
    }
    return result;
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The entries with a word that begins with this one, ascending. */
  private int[] withPrefix(String prefix) {
    int at = Arrays.binarySearch(dictionary, prefix);
    int from = at >= 0 ? at : -at - 1;
    BitSet found = new BitSet(entries.length);
    for (int t = from; t < dictionary.length && dictionary[t].startsWith(prefix); t++) {
      for (int e : postings[t]) {
        found.set(e);
      }
    }
    return found.stream().toArray();
  }

  /** The hit of an entry for the words, or null if it does not match. */
  private static @Nullable SearchHit score(Entry entry, Words words) {
    String[] name = entry.tokens;
    String[] query = words.tokens;
    int last = query.length - 1;
    SearchHit.Match match;
    int adjustment = 0;
    if (entry.folded.equals(words.folded)) {
      match = SearchHit.Match.EXACT;
    } else {
      boolean[] used = new boolean[name.length];
      for (int q = 0; q < last; q++) {
        if (!take(name, used, query[q], false)) {
          return null;
        }
      }
      if (take(name, used, query[last], false)) {
        match = SearchHit.Match.ALL_TOKENS;
      } else if (take(name, used, query[last], true)) {
        match = SearchHit.Match.PREFIX;
      } else {
        return null;
      }
      if (inOrder(name, query)) {
        adjustment += IN_ORDER_BONUS;
      }
      adjustment -= Math.min(name.length - query.length, MAX_PENALTY);
    }
    return new SearchHit(
        entry.kind,
        entry.id,
        entry.text,
        Optional.ofNullable(entry.language),
        match,
        baseScore(match) + adjustment);
  }

  /** The score of a kind of match, before the bonus for order and the penalty for extra words. */
  private static int baseScore(SearchHit.Match match) {
    return switch (match) {
      case EXACT -> 1000;
      case ALL_TOKENS -> 700;
      case PREFIX -> 300;
    };
  }

  /** Marks the first unused word of the name equal to (or beginning with) the token. */
  private static boolean take(String[] name, boolean[] used, String token, boolean prefix) {
    for (int i = 0; i < name.length; i++) {
      if (!used[i] && (prefix ? name[i].startsWith(token) : name[i].equals(token))) {
        used[i] = true;
        return true;
      }
    }
    return false;
  }

  /** Whether the query's words appear in the name in their order, the last as a beginning. */
  private static boolean inOrder(String[] name, String[] query) {
    int q = 0;
    int last = query.length - 1;
    for (int i = 0; i < name.length && q < query.length; i++) {
      if (q < last ? name[i].equals(query[q]) : name[i].startsWith(query[q])) {
        q++;
      }
    }
    return q == query.length;
  }

  /**
   * Returns the number of names, aliases and labels indexed, those with at least one letter or
   * digit.
   *
   * @return the number of names searched
   */
  public int size() {
    return entries.length;
  }

  /**
   * Returns a summary such as {@code AtlasSearch{names=5470, words=6012}}.
   *
   * @return the numbers of names and distinct words indexed
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "AtlasSearch{names=%d, words=%d}", entries.length, dictionary.length);
  }
}
