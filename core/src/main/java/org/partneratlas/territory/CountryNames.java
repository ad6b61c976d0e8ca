package org.partneratlas.territory;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.partneratlas.internal.NameFolding;

/**
 * Resolves country names, as people write them in spreadsheets, to {@link CountryCode}s: "France",
 * "Allemagne", "Alemania", "England", "Republic of Ireland", "Georgia (country)", "Martinique,
 * France", "Bosnia and Herz.".
 *
 * <h2>What is recognised</h2>
 *
 * <ol>
 *   <li>The name of every country of {@link Locale#getISOCountries()} as the JDK's CLDR data gives
 *       it ({@link Locale#getDisplayCountry(Locale)}) in the {@linkplain #LANGUAGES languages} of
 *       this class: English, French, Spanish, German, Italian, Portuguese and Dutch. When two
 *       languages give one spelling to different countries, the language listed first wins.
 *   <li>The {@linkplain #aliases() alias table}: the usual non-ISO spellings (the constituent
 *       countries of the United Kingdom, "USA", "Holland", "Ivory Coast", "Burma", "Czech
 *       Republic", "Republic of Ireland", "Georgia (country)", "Kosovo" as {@code XK}, "Palestine"
 *       as {@code PS}, "Taiwan" and "Republic of China" as {@code TW}, ...) and the abbreviated map
 *       names of Natural Earth ("Bosnia and Herz.", "Dem. Rep. Congo", "St. Vin. and Gren.", ...).
 *   <li>A qualified name "X, Country" or "X (Country)": if the whole text is not a known name, the
 *       part before the qualifier is tried, then the qualifier ("Martinique, France" is Martinique,
 *       {@code MQ}, which has its own ISO 3166-1 code; "England, United Kingdom" is {@code GB};
 *       "Georgia (country)" is Georgia).
 * </ol>
 *
 * <p>Names are compared by their folded form: case, accents and punctuation do not matter, nor do
 * the words "and", "&amp;", "the" and their French, Spanish, German, Portuguese and Dutch
 * equivalents, and "St." is "Saint" ("Trinidad &amp; Tobago", "Trinidad y Tobago" and "trinidad and
 * tobago" are one name).
 *
 * <p>Nothing is guessed. A name that is none of the above ("Grece", "Somaliland") is not resolved:
 * {@link #find(String)} is empty and {@link #resolve(String)} throws an exception whose message
 * says "did you mean" with the {@linkplain #suggestions(String) nearest known names}. A name that
 * means several countries ("Congo", "Korea") is not resolved either, and the message lists them.
 *
 * <p>Immutable and thread-safe. The names of each language are gathered on first need (most tables
 * need only English), once.
 *
 * <pre>{@code
 * CountryNames names = CountryNames.standard();
 * names.find("Allemagne");              // Optional[DE]
 * names.find("England, United Kingdom") // Optional[GB]
 * names.resolve("Grece");               // IllegalArgumentException: ... did you mean Greece?
 * }</pre>
 */
@Immutable
public final class CountryNames {

  /** The languages whose CLDR country names are recognised, in order of precedence. */
  public static final ImmutableList<String> LANGUAGES =
      ImmutableList.of("en", "fr", "es", "de", "it", "pt", "nl");

  /** Words that do not count when names are compared ("and", "the", ...). */
  private static final ImmutableSet<String> NOISE =
      ImmutableSet.of("and", "the", "et", "y", "und", "e", "en", "of");

  private static final ImmutableMap<String, String> ALIASES =
      ImmutableMap.<String, String>builder()
          // The United Kingdom and its constituent countries.
          .put("England", "GB")
          .put("Scotland", "GB")
          .put("Wales", "GB")
          .put("Northern Ireland", "GB")
          .put("Great Britain", "GB")
          .put("Britain", "GB")
          .put("UK", "GB")
          .put("U.K.", "GB")
          .put("United Kingdom of Great Britain and Northern Ireland", "GB")
          // The United States.
          .put("USA", "US")
          .put("U.S.A.", "US")
          .put("U.S.", "US")
          .put("United States of America", "US")
          // User-assigned or disputed: what the code lists use.
          .put("Kosovo", "XK")
          .put("Republic of Kosovo", "XK")
          .put("Palestine", "PS")
          .put("State of Palestine", "PS")
          .put("Palestinian Territory", "PS")
          .put("Taiwan", "TW")
          .put("Republic of China", "TW")
          .put("Chinese Taipei", "TW")
          // Long, former and usual English names.
          .put("Republic of Ireland", "IE")
          .put("Ireland (country)", "IE")
          .put("Georgia (country)", "GE")
          .put("Czech Republic", "CZ")
          .put("Holland", "NL")
          .put("Ivory Coast", "CI")
          .put("Burma", "MM")
          .put("Swaziland", "SZ")
          .put("Macedonia", "MK")
          .put("Republic of Macedonia", "MK")
          .put("Republic of North Macedonia", "MK")
          .put("East Timor", "TL")
          .put("Cape Verde", "CV")
          .put("Vatican City", "VA")
          .put("Vatican", "VA")
          .put("Türkiye", "TR")
          .put("Russian Federation", "RU")
          .put("Republic of Korea", "KR")
          .put("Democratic People's Republic of Korea", "KP")
          .put("Democratic Republic of the Congo", "CD")
          .put("DR Congo", "CD")
          .put("DRC", "CD")
          .put("Republic of the Congo", "CG")
          .put("Hong Kong", "HK")
          .put("Macau", "MO")
          .put("Macao", "MO")
          .put("People's Republic of China", "CN")
          .put("Federated States of Micronesia", "FM")
          .put("Brunei Darussalam", "BN")
          .put("Lao PDR", "LA")
          .put("Viet Nam", "VN")
          .put("Syrian Arab Republic", "SY")
          .put("Islamic Republic of Iran", "IR")
          .put("Republic of Moldova", "MD")
          .put("United Republic of Tanzania", "TZ")
          .put("The Bahamas", "BS")
          .put("The Gambia", "GM")
          .put("Sao Tome and Principe", "ST")
          .put("Curacao", "CW")
          // Abbreviated map names (Natural Earth's short NAME forms).
          .put("Antigua and Barb.", "AG")
          .put("Bosnia and Herz.", "BA")
          .put("Central African Rep.", "CF")
          .put("Dem. Rep. Congo", "CD")
          .put("Dominican Rep.", "DO")
          .put("Eq. Guinea", "GQ")
          .put("Fr. Polynesia", "PF")
          .put("Marshall Is.", "MH")
          .put("Solomon Is.", "SB")
          .put("Cayman Is.", "KY")
          .put("Faeroe Is.", "FO")
          .put("Falkland Is.", "FK")
          .put("St. Vin. and Gren.", "VC")
          .put("St. Kitts and Nevis", "KN")
          .put("S. Sudan", "SS")
          .put("W. Sahara", "EH")
          .put("Czechia", "CZ")
          .put("Macedonia (FYROM)", "MK")
          .put("eSwatini", "SZ")
          .buildOrThrow();

  /** Names that mean several countries: never resolved, always reported with the candidates. */
  private static final ImmutableMap<String, ImmutableList<String>> AMBIGUOUS =
      ImmutableMap.of(
          "Congo", ImmutableList.of("CD", "CG"),
          "Korea", ImmutableList.of("KP", "KR"));

  private static final CountryNames STANDARD = new CountryNames();

  // Folded key -> code: the aliases, then each language's CLDR names, built on first use (most
  // tables need English only) and never modified afterwards.
  @SuppressWarnings("Immutable") // An ImmutableMap of Strings.
  private final ImmutableMap<String, String> aliasKeys;

  @SuppressWarnings("Immutable") // Memoized suppliers of ImmutableMaps of Strings.
  private final ImmutableList<Supplier<ImmutableMap<String, String>>> languageKeys;

  @SuppressWarnings("Immutable") // An ImmutableMap of Strings.
  private final ImmutableMap<String, ImmutableList<String>> ambiguous;

  private CountryNames() {
    Map<String, String> keys = new HashMap<>();
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      keys.putIfAbsent(key(alias.getKey()), alias.getValue());
    }
    Map<String, ImmutableList<String>> unclear = new HashMap<>();
    AMBIGUOUS.forEach((name, codes) -> unclear.put(key(name), codes));
    this.aliasKeys = ImmutableMap.copyOf(keys);
    this.ambiguous = ImmutableMap.copyOf(unclear);
    ImmutableList.Builder<Supplier<ImmutableMap<String, String>>> languages =
        ImmutableList.builder();
    for (String language : LANGUAGES) {
      languages.add(Suppliers.memoize(() -> namesIn(Locale.forLanguageTag(language))));
    }
    this.languageKeys = languages.build();
  }

  /** The CLDR names of one language, without the spellings it gives to several countries. */
  private ImmutableMap<String, String> namesIn(Locale locale) {
    Map<String, Set<String>> inThisLanguage = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String display = new Locale("", code).getDisplayCountry(locale);
      for (String variant : variants(display)) {
        inThisLanguage.computeIfAbsent(key(variant), k -> new HashSet<>()).add(code);
      }
    }
    ImmutableMap.Builder<String, String> keys = ImmutableMap.builder();
    inThisLanguage.forEach(
        (key, codes) -> {
          if (!key.isEmpty() && !ambiguous.containsKey(key) && codes.size() == 1) {
            keys.put(key, codes.iterator().next());
          }
        });
    return keys.buildOrThrow();
  }

  private ImmutableMap<String, String> names(int language) {
    return requireNonNull(languageKeys.get(language).get(), "names");
  }

  /** The code of a folded key: an alias, else the name in the first language that has it. */
  private @Nullable String byKey(String key) {
    String code = aliasKeys.get(key);
    for (int i = 0; code == null && i < languageKeys.size(); i++) {
      code = names(i).get(key);
    }
    return code;
  }

  /**
   * Returns the resolver of the names described in the class documentation.
   *
   * @return the standard resolver
   */
  public static CountryNames standard() {
    return STANDARD;
  }

  /**
   * Returns the alias table: the spellings recognised besides the JDK's CLDR names, with their
   * codes.
   *
   * @return the aliases and their ISO 3166-1 alpha-2 (or user-assigned {@code XK}) codes
   */
  public ImmutableMap<String, String> aliases() {
    return ALIASES;
  }

  /**
   * Returns the country a name means, if it is a known name (see the class documentation).
   *
   * @param name the name, in any case, with or without accents
   * @return the country, or empty if the name is unknown or means several countries
   */
  public Optional<CountryCode> find(String name) {
    requireNonNull(name, "name");
    String code = lookup(name);
    return code == null ? Optional.empty() : Optional.of(CountryCode.of(code));
  }

  /**
   * Returns the country a name means.
   *
   * @param name the name
   * @return the country
   * @throws IllegalArgumentException if the name is unknown (the message says "did you mean" with
   *     the nearest known names, if any) or means several countries (the message lists them)
   */
  public CountryCode resolve(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(problem(name)));
  }

  /**
   * Returns a sentence saying why a name is not resolved, for a report: it is unknown (with "did
   * you mean"), or it means several countries.
   *
   * @param name a name that {@link #find(String)} does not resolve
   * @return the sentence
   */
  public String problem(String name) {
    requireNonNull(name, "name");
    String shown = name.length() > 60 ? name.substring(0, 60) + "..." : name;
    ImmutableList<String> several = ambiguous.get(key(name));
    if (several != null) {
      List<String> named = new ArrayList<>();
      for (String code : several) {
        named.add(CountryCode.of(code).displayName(Locale.ENGLISH) + " (" + code + ")");
      }
      return "'"
          + shown
          + "' may mean several countries: "
          + String.join(" or ", named)
          + "; write the full name or the code";
    }
    List<String> suggestions = suggestions(name);
    return "'"
        + shown
        + "' is not a country name known to Partner Atlas"
        + (suggestions.isEmpty()
            ? ": write the English, French or Spanish name or the ISO 3166-1 code"
            : ": did you mean " + String.join(" or ", suggestions) + "?");
  }

  /**
   * Returns the known names nearest to an unknown one, for a "did you mean": those whose folded
   * forms differ by at most two edits (one for names of five letters or fewer), nearest first, as
   * "English name (code)". A typo such as "Grece" gives "Greece (GR)"; it is never resolved.
   *
   * @param name the name
   * @return at most three suggestions, possibly none
   */
  public ImmutableList<String> suggestions(String name) {
    requireNonNull(name, "name");
    String wanted = key(name);
    if (wanted.isEmpty()) {
      return ImmutableList.of();
    }
    int limit = wanted.length() <= 5 ? 1 : 2;
    TreeMap<Integer, Set<String>> byDistance = new TreeMap<>();
    Map<String, String> all = new HashMap<>();
    for (int i = languageKeys.size() - 1; i >= 0; i--) {
      all.putAll(names(i));
    }
    all.putAll(aliasKeys);
    for (Map.Entry<String, String> e : all.entrySet()) {
      String candidate = e.getKey();
      if (Math.abs(candidate.length() - wanted.length()) > limit) {
        continue;
      }
      int distance = distance(wanted, candidate, limit);
      if (distance <= limit) {
        byDistance.computeIfAbsent(distance, d -> new java.util.TreeSet<>()).add(e.getValue());
      }
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Set<String> codes : byDistance.values()) {
      for (String code : codes) {
        if (seen.add(code) && out.size() < 3) {
          out.add(CountryCode.of(code).displayName(Locale.ENGLISH) + " (" + code + ")");
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  private @Nullable String lookup(String name) {
    String whole = key(name);
    if (whole.isEmpty() || ambiguous.containsKey(whole)) {
      return null;
    }
    String code = byKey(whole);
    if (code != null) {
      return code;
    }
    // "X, Country" and "X (Country)": the part before the qualifier, then the qualifier.
    int comma = name.lastIndexOf(',');
    int paren = name.indexOf('(');
    if (comma > 0) {
      String first = lookupPlain(name.substring(0, comma));
      return first != null ? first : lookupPlain(name.substring(comma + 1));
    }
    if (paren > 0 && name.trim().endsWith(")")) {
      String trimmed = name.trim();
      String first = lookupPlain(trimmed.substring(0, paren));
      return first != null
          ? first
          : lookupPlain(trimmed.substring(paren + 1, trimmed.length() - 1));
    }
    return null;
  }

  private @Nullable String lookupPlain(String name) {
    String key = key(name);
    return key.isEmpty() || ambiguous.containsKey(key) ? null : byKey(key);
  }

  /** A CLDR name and, if it has a parenthesis, the name without it ("Myanmar (Burma)"). */
  private static List<String> variants(String display) {
    List<String> variants = new ArrayList<>(2);
    variants.add(display);
    int paren = display.indexOf('(');
    if (paren > 0) {
      variants.add(display.substring(0, paren));
    }
    return variants;
  }

  /** The comparison key: folded, without noise words, "st" as "saint". */
  static String key(String name) {
    String folded = NameFolding.fold(name.replace("&", " and "));
    if (folded.isEmpty()) {
      return folded;
    }
    StringBuilder sb = new StringBuilder(folded.length());
    for (String word : com.google.common.base.Splitter.on(' ').split(folded)) {
      if (NOISE.contains(word)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word.equals("st") ? "saint" : word);
    }
    return sb.toString();
  }

  /** Levenshtein distance, or a value above {@code limit} as soon as it is certain. */
  private static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
