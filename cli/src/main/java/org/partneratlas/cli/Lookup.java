package org.partneratlas.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.EntityId;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.search.AtlasSearch;
import org.partneratlas.search.SearchHit;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.CountryNames;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads what a person types for a territory, theme, country, region or date, with a "did you mean"
 * when it names nothing.
 *
 * <p>A territory or theme that the atlas lacks is bad data for the question ({@link
 * ExitCodes#INVALID}); a country, region or date that cannot exist is a malformed argument ({@link
 * ExitCodes#USAGE}).
 */
final class Lookup {

  /** How many suggestions a "did you mean" gives. */
  static final int SUGGESTIONS = 3;

  private Lookup() {}

  /**
   * The territory with an id, or else the one territory with a name (case and accents ignored).
   *
   * @throws CliException naming the nearest ids and names, if there is none or several
   */
  static Territory territory(Atlas atlas, String text) {
    String trimmed = text.trim();
    if (EntityId.isValid(trimmed)) {
      Optional<Territory> byId = atlas.territories().get(TerritoryId.of(trimmed));
      if (byId.isPresent()) {
        return byId.get();
      }
    }
    List<Territory> named = atlas.territories().named(trimmed);
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.size() > 1) {
      throw CliException.invalid(
          "'"
              + trimmed
              + "' names several territories: "
              + named.stream().map(Lookup::describe).collect(Collectors.joining(", "))
              + "; give one of these ids");
    }
    Set<String> suggestions = new LinkedHashSet<>();
    nearIds(trimmed, atlas.territories().stream().map(t -> t.id().value()).toList())
        .forEach(id -> suggestions.add(describe(atlas.territories().require(TerritoryId.of(id)))));
    for (SearchHit hit : search(atlas, trimmed)) {
      hit.territory()
          .flatMap(id -> atlas.territories().get(id))
          .ifPresent(t -> suggestions.add(describe(t)));
    }
    throw CliException.invalid(
        "no territory with id or name '" + trimmed + "' in this atlas" + didYouMean(suggestions));
  }

  /**
   * The theme with an id, or else the one theme with a label.
   *
   * @throws CliException naming the nearest themes, if there is none
   */
  static ThemeId theme(Atlas atlas, String text) {
    String trimmed = text.trim();
    if (EntityId.isValid(trimmed)) {
      ThemeId id = ThemeId.of(trimmed);
      if (atlas.themes().contains(id)) {
        return id;
      }
    }
    List<Theme> named = atlas.themes().named(trimmed);
    if (named.size() == 1) {
      return named.get(0).id();
    }
    Set<String> suggestions = new LinkedHashSet<>();
    named.forEach(t -> suggestions.add(describe(t)));
    nearIds(trimmed, atlas.themes().stream().map(t -> t.id().value()).toList())
        .forEach(id -> suggestions.add(describe(atlas.themes().require(ThemeId.of(id)))));
    for (SearchHit hit : search(atlas, trimmed)) {
      if (hit.kind() == org.partneratlas.atlas.EntityKind.THEME) {
        atlas.themes().get(ThemeId.of(hit.id())).ifPresent(t -> suggestions.add(describe(t)));
      }
    }
    throw CliException.invalid(
        "no theme with id or label '"
            + trimmed
            + "' in this atlas"
            + didYouMean(suggestions)
            + " (partner-atlas stats lists the themes in use)");
  }

  /**
   * A country from its ISO 3166-1 code or its name in English, French, Spanish and other languages.
   *
   * @throws ParameterException saying "did you mean", if it is neither
   */
  static CountryCode country(CommandLine commandLine, String text) {
    String trimmed = text.trim();
    String upper = trimmed.toUpperCase(Locale.ROOT);
    if (upper.length() == 2 && CountryCode.isValid(upper)) {
      return CountryCode.of(upper);
    }
    CountryNames names = CountryNames.standard();
    return names
        .find(trimmed)
        .orElseThrow(
            () ->
                new ParameterException(
                    commandLine, "Invalid --country: " + names.problem(trimmed)));
  }

  /**
   * A UN M49 region from its code ({@code 150}) or English name ({@code Western Europe}).
   *
   * @throws ParameterException if there is none
   */
  static M49Region region(CommandLine commandLine, String text) {
    try {
      return M49.requireRegion(text);
    } catch (IllegalArgumentException e) {
      List<String> near =
          nearIds(
              text.toLowerCase(Locale.ROOT),
              M49.regions().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
      throw new ParameterException(
          commandLine,
          "Invalid --region: "
              + e.getMessage()
              + (near.isEmpty()
                  ? ""
                  : " (did you mean " + String.join(" or ", capitalised(near)) + "?)"));
    }
  }

  private static List<String> capitalised(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      M49.region(n).ifPresent(r -> out.add(r.name() + " (" + r.code() + ")"));
    }
    return out;
  }

  /**
   * A year ({@code 2020}) or an EDTF date or period ({@code 2020-10}, {@code 2016/2020}).
   *
   * @throws ParameterException if it is neither
   */
  static DateRange period(CommandLine commandLine, String option, String text) {
    String trimmed = text.trim();
    try {
      if (trimmed.matches("[0-9]{1,4}")) {
        return DateRange.ofYear(Integer.parseInt(trimmed));
      }
      return DateRange.parse(trimmed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          commandLine,
          "Invalid "
              + option
              + ": '"
              + trimmed
              + "' is neither a year (2020) nor an EDTF date or period (2020-10, 2016/2020): "
              + e.getMessage());
    }
  }

  private static List<SearchHit> search(Atlas atlas, String text) {
    if (text.isBlank() || text.length() > AtlasSearch.MAX_QUERY_LENGTH) {
      return List.of();
    }
    try {
      return AtlasSearch.of(atlas).search(text, SUGGESTIONS * 2);
    } catch (IllegalArgumentException e) {
      return List.of(); // a query the search does not take: no suggestion from it
    }
  }

  private static String describe(Territory t) {
    return t.id() + " (" + t.displayName(List.of("en")) + ", " + t.country().code() + ")";
  }

  private static String describe(Theme t) {
    return t.id() + " (" + t.label(List.of("en", "fr", "es")) + ")";
  }

  private static String didYouMean(Set<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    return ": did you mean "
        + suggestions.stream().limit(SUGGESTIONS).collect(Collectors.joining(" or "))
        + "?";
  }

  /**
   * The candidates at most two edits from a text (one for texts of five characters or fewer),
   * ignoring case, nearest first, at most {@value #SUGGESTIONS}.
   */
  static List<String> nearIds(String text, List<String> candidates) {
    String wanted = text.toLowerCase(Locale.ROOT);
    int limit = wanted.length() <= 5 ? 1 : 2;
    record Near(String candidate, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String candidate : candidates) {
      String folded = candidate.toLowerCase(Locale.ROOT);
      if (Math.abs(folded.length() - wanted.length()) > limit) {
        continue;
      }
      int d = distance(wanted, folded);
      if (d <= limit) {
        near.add(new Near(candidate, d));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::candidate));
    return near.stream().limit(SUGGESTIONS).map(Near::candidate).collect(Collectors.toList());
  }

  /** The Levenshtein distance, with a swap of two neighbours as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
