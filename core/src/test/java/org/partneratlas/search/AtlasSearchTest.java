package org.partneratlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.actor.Actor;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.search.SearchHit.Match;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeCatalogue;

class AtlasSearchTest {

  private static Territory territory(
      String id, String country, String official, Map<String, String> names, String... aliases) {
    return Territory.builder()
        .id(TerritoryId.of(id))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of(names))
        .officialLanguage(official)
        .addAliases(aliases)
        .country(CountryCode.of(country))
        .build();
  }

  /**
   * A small atlas with the names of the bundled Brest dataset, two Brests (France and Belarus), and
   * the standard theme catalogue.
   */
  private static final Atlas ATLAS =
      Atlas.builder()
          .addAll(ThemeCatalogue.standard().themes())
          .add(
              territory("fr-brest", "FR", "fr", Map.of("fr", "Brest")),
              territory("fr-brest-metropole", "FR", "fr", Map.of("fr", "Brest métropole")),
              territory(
                  "by-brest", "BY", "be", Map.of("be", "Брэст", "ru", "Брест", "en", "Brest")),
              territory("es-cadiz", "ES", "es", Map.of("es", "Cádiz", "fr", "Cadix"), "Gades"),
              territory(
                  "ar-tierra-del-fuego",
                  "AR",
                  "es",
                  Map.of(
                      "es",
                      "Provincia de Tierra del Fuego, Antártida e Islas del Atlántico Sur",
                      "en",
                      "Tierra del Fuego",
                      "fr",
                      "Terre de Feu"),
                  "Tierra del Fuego, Antártida e Islas del Atlántico Sur"),
              territory("de-munster", "DE", "de", Map.of("de", "Munster, Lower Saxony")))
          .add(
              Partnership.builder()
                  .id(PartnershipId.of("brest-tierra-del-fuego"))
                  .kind(PartnershipKind.DECENTRALISED_COOPERATION)
                  .names(
                      LocalizedText.builder()
                          .put(
                              "en", "Cooperation with the Province of Tierra del Fuego (Argentina)")
                          .put("fr", "Coopération avec la Province de Terre de Feu (Argentine)")
                          .build())
                  .addParties(
                      Party.of(TerritoryId.of("fr-brest-metropole")),
                      Party.of(TerritoryId.of("ar-tierra-del-fuego")))
                  .build(),
              Partnership.builder()
                  .id(PartnershipId.of("brest-cadiz"))
                  .kind(PartnershipKind.TWINNING)
                  .addParties(
                      Party.of(TerritoryId.of("fr-brest")), Party.of(TerritoryId.of("es-cadiz")))
                  .build())
          .build();

  private static final AtlasSearch SEARCH = AtlasSearch.of(ATLAS);

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).collect(Collectors.toList());
  }

  @Test
  void tierraDelFuegoFindsTheCooperationWhoseNameContainsIt() {
    List<SearchHit> hits = SEARCH.search("tierra del fuego");
    assertEquals(List.of("ar-tierra-del-fuego", "brest-tierra-del-fuego"), ids(hits));
    SearchHit province = hits.get(0);
    assertEquals(Match.EXACT, province.match());
    assertEquals("Tierra del Fuego", province.text());
    assertEquals(Optional.of("en"), province.language());
    assertEquals(Optional.of(TerritoryId.of("ar-tierra-del-fuego")), province.territory());
    SearchHit cooperation = hits.get(1);
    assertEquals(EntityKind.PARTNERSHIP, cooperation.kind());
    assertEquals("brest-tierra-del-fuego", cooperation.id());
    assertEquals(Optional.empty(), cooperation.territory());
    assertEquals(Match.ALL_TOKENS, cooperation.match());
    assertEquals(
        "Cooperation with the Province of Tierra del Fuego (Argentina)", cooperation.text());
    // In order (+100), six other words (-6).
    assertEquals(700 + 100 - 6, cooperation.score());
  }

  @Test
  void energiesMarinesFindsTheMarineEnergyThemeByItsFrenchLabel() {
    List<SearchHit> hits = SEARCH.search("énergies marines");
    SearchHit theme = hits.get(0);
    assertEquals(EntityKind.THEME, theme.kind());
    assertEquals("energy.marine", theme.id());
    assertEquals("Énergies marines renouvelables", theme.text());
    assertEquals(Optional.of("fr"), theme.language());
    assertEquals(Match.ALL_TOKENS, theme.match());
    assertEquals(1, hits.size(), hits::toString);
    // Without the accents, and with the last word begun only.
    assertEquals(hits, SEARCH.search("ENERGIES MARINES"));
    SearchHit begun = SEARCH.search("energies mar").get(0);
    assertEquals("energy.marine", begun.id());
    assertEquals(Match.PREFIX, begun.match());
  }

  @Test
  void aCountryAfterACommaPicksTheBrestInFrance() {
    assertEquals(List.of("fr-brest", "fr-brest-metropole"), ids(SEARCH.search("Brest, France")));
    assertEquals(Match.EXACT, SEARCH.search("Brest, France").get(0).match());
    assertEquals(List.of("fr-brest", "fr-brest-metropole"), ids(SEARCH.search("brest, francia")));
  }

  @Test
  void aCodeOrCountryInParenthesesPicksTheBrestInBelarus() {
    for (String query : List.of("Brest (BY)", "brest (by)", "Brest (Belarus)", "Брест (BY)")) {
      List<SearchHit> hits = SEARCH.search(query);
      assertEquals(List.of("by-brest"), ids(hits), query);
      assertEquals(Match.EXACT, hits.get(0).match(), query);
    }
  }

  @Test
  void withoutAQualifierBothBrestsComeFirstInTheOrderOfTheirIds() {
    List<SearchHit> hits = SEARCH.search("brest");
    assertEquals(List.of("by-brest", "fr-brest", "fr-brest-metropole"), ids(hits));
    assertEquals(1000, hits.get(1).score());
    assertEquals(700 + 100 - 1, hits.get(2).score());
  }

  @Test
  void aQualifierThatIsNoCountryIsPartOfTheQuery() {
    List<SearchHit> hits = SEARCH.search("Munster, Lower Saxony");
    assertEquals(List.of("de-munster"), ids(hits));
    assertEquals(Match.EXACT, hits.get(0).match());
    // A name that itself ends with a country in parentheses is still found by its whole name.
    List<SearchHit> cooperation =
        SEARCH.search("Coopération avec la Province de Terre de Feu (Argentine)");
    assertEquals(List.of("brest-tierra-del-fuego"), ids(cooperation));
    assertEquals(Match.EXACT, cooperation.get(0).match());
  }

  @Test
  void onlyTheLastWordMayBeABeginning() {
    assertEquals(Match.PREFIX, SEARCH.search("tierra del fue").get(0).match());
    assertEquals(List.of(), SEARCH.search("tie del fuego"));
    assertEquals(List.of(), SEARCH.search("brest brest"), "each word of a name counts once");
  }

  @Test
  void wordsInAnotherOrderMatchBelowWordsInOrder() {
    List<SearchHit> hits = SEARCH.search("fuego tierra");
    assertEquals(List.of("ar-tierra-del-fuego", "brest-tierra-del-fuego"), ids(hits));
    assertEquals(Match.ALL_TOKENS, hits.get(0).match());
    assertEquals(700 - 1, hits.get(0).score());
  }

  @Test
  void caseAccentsAndCompatibilityFormsDoNotMatter() {
    for (String query : List.of("cadiz", "CÁDIZ", "ｃａｄｉｚ", "Cadix")) {
      List<SearchHit> hits = SEARCH.search(query);
      assertEquals(List.of("es-cadiz"), ids(hits), query);
      assertEquals(Match.EXACT, hits.get(0).match(), query);
    }
  }

  @Test
  void aliasesAreFoundAndHaveNoLanguage() {
    SearchHit hit = SEARCH.search("gades").get(0);
    assertEquals("es-cadiz", hit.id());
    assertEquals("Gades", hit.text());
    assertEquals(Optional.empty(), hit.language());
  }

  @Test
  void eachEntityIsFoundOnceByItsBestName() {
    // The province matches by its English name (exact), its Spanish name and its alias (all words).
    List<SearchHit> hits = SEARCH.search("tierra fuego");
    assertEquals(List.of("ar-tierra-del-fuego", "brest-tierra-del-fuego"), ids(hits));
    assertEquals("Tierra del Fuego", hits.get(0).text());
  }

  @Test
  void theWorkIsBounded() {
    assertEquals(1, SEARCH.search("b", 1).size());
    assertEquals(AtlasSearch.DEFAULT_LIMIT, SEARCH.search("e").size());
    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> SEARCH.search("a".repeat(201)));
    assertEquals(
        "The search query has 201 characters; at most 200 are searched: shorten it to a few words"
            + " of the name",
        tooLong.getMessage());
    assertEquals(List.of(), SEARCH.search("x".repeat(AtlasSearch.MAX_QUERY_LENGTH)));
    IllegalArgumentException noHit =
        assertThrows(IllegalArgumentException.class, () -> SEARCH.search("brest", 0));
    assertEquals("The limit of a search is 0: ask for at least one hit", noHit.getMessage());
    assertEquals(List.of(), SEARCH.search(" -- "));
    assertEquals(List.of(), SEARCH.search(""));
  }

  // ---- the differential test: the index against a plain scan of every name

  @Test
  void everyHitIsThatOfAPlainScanOfEveryName() {
    qt().withExamples(200)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              AtlasSearch search = AtlasSearch.of(atlas);
              Random r = new Random(seed);
              List<Named> names = names(atlas);
              for (int i = 0; i < 10; i++) {
                String query = query(r, names);
                assertEquals(
                    oracle(names, query),
                    describe(search.search(query, 1_000_000)),
                    "seed " + seed + ", query '" + query + "'");
              }
            });
  }

  /** A name of an entity, as the oracle scans them. */
  private record Named(EntityKind kind, String id, String text, Optional<String> language) {}

  private static List<Named> names(Atlas atlas) {
    List<Named> names = new ArrayList<>();
    for (Territory t : atlas.territories()) {
      t.names().asMap().forEach((l, n) -> names.add(named(EntityKind.TERRITORY, t.id(), n, l)));
      t.aliases().forEach(a -> names.add(named(EntityKind.TERRITORY, t.id(), a, null)));
    }
    for (Partnership p : atlas.partnerships()) {
      p.names().asMap().forEach((l, n) -> names.add(named(EntityKind.PARTNERSHIP, p.id(), n, l)));
    }
    for (Theme t : atlas.themes()) {
      t.labels().asMap().forEach((l, n) -> names.add(named(EntityKind.THEME, t.id(), n, l)));
    }
    for (Actor a : atlas.actors()) {
      a.names().asMap().forEach((l, n) -> names.add(named(EntityKind.ACTOR, a.id(), n, l)));
    }
    for (Crisis c : atlas.crises()) {
      c.names().asMap().forEach((l, n) -> names.add(named(EntityKind.CRISIS, c.id(), n, l)));
    }
    return names;
  }

  private static Named named(EntityKind kind, Object id, String text, String language) {
    return new Named(kind, id.toString(), text, Optional.ofNullable(language));
  }

  /** Some words of a random name, perhaps shuffled, the last perhaps cut; or a random word. */
  private static String query(Random r, List<Named> names) {
    if (names.isEmpty() || r.nextInt(10) == 0) {
      return "zz" + r.nextInt(100);
    }
    List<String> words =
        new ArrayList<>(Arrays.asList(words(names.get(r.nextInt(names.size())).text())));
    if (r.nextBoolean()) {
      java.util.Collections.shuffle(words, r);
    }
    words = new ArrayList<>(words.subList(0, 1 + r.nextInt(words.size())));
    String last = words.get(words.size() - 1);
    if (r.nextBoolean() && last.length() > 1) {
      words.set(words.size() - 1, last.substring(0, 1 + r.nextInt(last.length() - 1)));
    }
    String query = String.join(r.nextBoolean() ? " " : "-", words);
    return r.nextBoolean() ? query.toUpperCase(Locale.ROOT) : query;
  }

  /** The words of a name: lower case, accents removed, split on what is not a letter or digit. */
  private static String[] words(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{Mn}", "")
            .toLowerCase(Locale.ROOT)
            .replace("œ", "oe")
            .replace("ß", "ss")
            .replaceAll("[^\\p{L}\\p{N}\\p{Mc}]+", " ")
            .strip();
    return plain.isEmpty() ? new String[0] : plain.split(" ");
  }

  /**
   * The hits by the rules of the class documentation, written with multisets over a plain scan:
   * "kind id match score" lines, best first.
   */
  private static List<String> oracle(List<Named> names, String query) {
    String[] q = words(query);
    Map<String, int[]> best = new HashMap<>();
    Map<String, String> line = new HashMap<>();
    if (q.length > 0) {
      for (int i = 0; i < names.size(); i++) {
        Named n = names.get(i);
        String[] w = words(n.text());
        String key = n.kind() + " " + n.id();
        int score;
        Match match;
        if (String.join(" ", w).equals(String.join(" ", q))) {
          match = Match.EXACT;
          score = 1000;
        } else {
          Multiset<String> available = HashMultiset.create(Arrays.asList(w));
          boolean all = true;
          for (int k = 0; k < q.length - 1; k++) {
            all &= available.remove(q[k]);
          }
          if (!all) {
            continue;
          }
          String last = q[q.length - 1];
          if (available.contains(last)) {
            match = Match.ALL_TOKENS;
            score = 700;
          } else if (available.elementSet().stream().anyMatch(word -> word.startsWith(last))) {
            match = Match.PREFIX;
            score = 300;
          } else {
            continue;
          }
          if (inOrder(w, q)) {
            score += 100;
          }
          score -= Math.min(w.length - q.length, 99);
        }
        int[] kept = best.get(key);
        if (kept == null || score > kept[0]) {
          best.put(key, new int[] {score, n.kind().ordinal()});
          line.put(key, key + " " + match + " " + score);
        }
      }
    }
    return best.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1])
                .thenComparing(e -> e.getKey().substring(e.getKey().indexOf(' ') + 1)))
        .map(e -> line.get(e.getKey()))
        .collect(Collectors.toList());
  }

  private static boolean inOrder(String[] name, String[] query) {
    int q = 0;
    for (String word : name) {
      if (q < query.length
          && (q < query.length - 1 ? word.equals(query[q]) : word.startsWith(query[q]))) {
        q++;
      }
    }
    return q == query.length;
  }

  private static List<String> describe(ImmutableList<SearchHit> hits) {
    return hits.stream()
        .map(h -> h.kind() + " " + h.id() + " " + h.match() + " " + h.score())
        .collect(Collectors.toList());
  }
}
