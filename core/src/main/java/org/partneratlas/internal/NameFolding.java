package org.partneratlas.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to the key under which name lookups compare it: case, accents and punctuation do not
 * matter, so that "cadiz" finds "Cádiz" and "dun laoghaire" finds "Dún Laoghaire".
 *
 * <p>The folding takes time linear in the length of the name, whatever its marks. It is: Unicode
 * canonical decomposition (NFD, {@link Normalizer}) of each character; removal of combining marks;
 * lower case in {@link Locale#ROOT}; a second decomposition and removal of marks (for the few
 * letters whose lower case brings a mark, such as "İ"); the letters that do not decompose replaced
 * by their usual Latin spelling (œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ and ð → d, þ → th, ı → i);
 * every run of characters that are neither letters nor digits (spaces, hyphens, apostrophes,
 * commas, dots) replaced by one space; leading and trailing spaces removed.
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

  /**
   * Removes combining marks after decomposing each character on its own. Equivalent to removing the
   * marks from the NFD form of the whole text (canonical decomposition is per character; canonical
   * reordering only moves marks, which are removed), but linear: normalising a whole text reorders
   * each run of combining marks with an insertion sort, quadratic in the length of the run.
   */
  private static String stripMarks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int count = Character.charCount(cp);
      if (cp < 0x80) {
        sb.append((char) cp);
      } else if (!isMark(cp)) {
        String one = s.substring(i, i + count);
        String decomposed =
            Normalizer.isNormalized(one, Normalizer.Form.NFD)
                ? one
                : Normalizer.normalize(one, Normalizer.Form.NFD);
        for (int j = 0; j < decomposed.length(); ) {
          int part = decomposed.codePointAt(j);
          j += Character.charCount(part);
          if (!isMark(part)) {
            sb.appendCodePoint(part);
          }
        }
      }
      i += count;
    }
    return sb.toString();
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
