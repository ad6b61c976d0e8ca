package org.partneratlas.benchmarks.baseline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partneratlas.territory.Territory;

/**
 * What a user without the library's name index writes to find territories by name ignoring case and
 * accents: fold the name asked for and every name of every territory, and compare. The folding is
 * the library's documented one (NFD, marks removed, lower case in the root locale, a few letters
 * spelled out, runs of other characters as one space), so that both find the same territories.
 */
public final class NameScan {

  private NameScan() {}

  /**
   * Returns the territories with a name or alias equal to the given one once folded, folding every
   * name as it goes.
   *
   * @param territories all territories
   * @param name the name asked for
   * @return the territories, in list order
   */
  public static List<Territory> scan(List<Territory> territories, String name) {
    String key = fold(name);
    List<Territory> found = new ArrayList<>();
    for (Territory territory : territories) {
      if (matches(territory, key)) {
        found.add(territory);
      }
    }
    return found;
  }

  private static boolean matches(Territory territory, String key) {
    for (String name : territory.names().asMap().values()) {
      if (fold(name).equals(key)) {
        return true;
      }
    }
    for (String alias : territory.aliases()) {
      if (fold(alias).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the folded names of every territory, in list order, for {@link #scanFolded}.
   *
   * @param territories all territories
   * @return for each territory, its folded names and aliases
   */
  public static String[][] foldAll(List<Territory> territories) {
    String[][] folded = new String[territories.size()][];
    for (int i = 0; i < folded.length; i++) {
      Territory territory = territories.get(i);
      List<String> names = new ArrayList<>(territory.names().asMap().values());
      names.addAll(territory.aliases());
      folded[i] = new String[names.size()];
      for (int n = 0; n < names.size(); n++) {
        folded[i][n] = fold(names.get(n));
      }
    }
    return folded;
  }

  /**
   * Returns the territories with a name or alias equal to the given one once folded, comparing with
   * names folded beforehand: a linear scan without the cost of folding.
   *
   * @param territories all territories
   * @param folded their folded names, from {@link #foldAll}
   * @param name the name asked for
   * @return the territories, in list order
   */
  public static List<Territory> scanFolded(
      List<Territory> territories, String[][] folded, String name) {
    String key = fold(name);
    List<Territory> found = new ArrayList<>();
    for (int i = 0; i < folded.length; i++) {
      for (String candidate : folded[i]) {
        if (candidate.equals(key)) {
          found.add(territories.get(i));
          break;
        }
      }
    }
    return found;
  }

  /**
   * Folds a name: case, accents and punctuation removed.
   *
   * @param name the name
   * @return the folded name
   */
  public static String fold(String name) {
    String stripped = stripMarks(stripMarks(name).toLowerCase(Locale.ROOT));
    StringBuilder sb = new StringBuilder(stripped.length());
    boolean space = false;
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      switch (cp) {
        case 'œ' -> sb.append("oe");
        case 'æ' -> sb.append("ae");
        case 'ß' -> sb.append("ss");
        case 'ø' -> sb.append('o');
        case 'ł' -> sb.append('l');
        case 'đ', 'ð' -> sb.append('d');
        case 'þ' -> sb.append("th");
        case 'ı' -> sb.append('i');
        default -> sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static String stripMarks(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
