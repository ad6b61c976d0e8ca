package org.partneratlas.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to the key under which name lookups compare it: case, accents and punctuation do not
 * matter, so that "cadiz" finds "Cádiz" and "dun laoghaire" finds "Dún Laoghaire".
 *
 * <p>The folding is: Unicode canonical decomposition (NFD, {@link Normalizer}); removal of
 * combining marks; lower case in {@link Locale#ROOT}; a second decomposition and removal of marks
 * (for the few letters whose lower case brings a mark, such as "İ"); the letters that do not
 * decompose replaced by their usual Latin spelling (œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ and ð →
 * d, þ → th, ı → i); every run of characters that are neither letters nor digits (spaces, hyphens,
 * apostrophes, commas, dots) replaced by one space; leading and trailing spaces removed.
 */
public final class NameFolding {

  private NameFolding() {}

  /**
   * Returns the lookup key of a name.
   *
   * @param name the name, in any language
   * @return its folded form; empty if the name has no letter or digit
   */
  public static String fold(String name) {
    String stripped = stripMarks(name).toLowerCase(Locale.ROOT);
    stripped = stripMarks(stripped);
    StringBuilder sb = new StringBuilder(stripped.length());
    boolean pendingSpace = false;
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      switch (cp) {
        case 'œ':
          sb.append("oe");
          break;
        case 'æ':
          sb.append("ae");
          break;
        case 'ß':
          sb.append("ss");
          break;
        case 'ø':
          sb.append('o');
          break;
        case 'ł':
          sb.append('l');
          break;
        case 'đ':
        case 'ð':
          sb.append('d');
          break;
        case 'þ':
          sb.append("th");
          break;
        case 'ı':
          sb.append('i');
          break;
        default:
          sb.appendCodePoint(cp);
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
