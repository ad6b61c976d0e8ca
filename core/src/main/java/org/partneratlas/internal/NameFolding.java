package org.partneratlas.internal;

import java.text.Normalizer;

/**
 * Folds a name to the key under which name lookups compare it: case, accents, compatibility forms
 * and punctuation do not matter, so that "cadiz" finds "Cádiz", "dun laoghaire" finds "Dún
 * Laoghaire", "ﬁrenze" finds "Firenze" and "ＫＩＥＬ" finds "Kiel".
 *
 * <p>The folding is, character by character:
 *
 * <ol>
 *   <li>Unicode compatibility decomposition (NFKD, {@link Normalizer}): "é" is "e" and a combining
 *       acute accent, the ligature "ﬁ" is "fi", the full-width "Ｋ" is "K", "²" is "2";
 *   <li>removal of the <em>non-spacing</em> marks (general category Mn): accents, cedillas, the
 *       comma below of "ș" and the cedilla of "ş" alike (so "Iași" and "Iaşi" agree), Arabic and
 *       Hebrew vowel points. Spacing combining marks (Mc) and enclosing marks (Me) are kept, as
 *       part of the word: the vowel signs of Devanagari and other Indic scripts that are spacing
 *       marks ("ा", "ि", "ी", "ो") are letters of the name, and removing them made different names
 *       collide ("पटना" Patna and "पाटन" Patan). The Indic signs that Unicode classes as
 *       non-spacing ("ु", "ू", "े", "ै", the virama "्", the anusvara "ं") are removed like any
 *       other Mn mark, so names that differ by them alone still fold alike;
 *   <li>case folding: the upper case, then the lower case, of each character, as {@link
 *       Character#toUpperCase(int)} and {@link Character#toLowerCase(int)} give it ("ς" and "σ"
 *       agree, "İ" and "ı" are "i"), and the result decomposed and stripped again;
 *   <li>the letters that do not decompose replaced by their usual Latin spelling (œ → oe, æ → ae, ß
 *       → ss, ø → o, ł → l, đ and ð → d, þ → th);
 *   <li>every run of characters that are neither letters, digits nor kept marks (spaces, hyphens,
 *       apostrophes, commas, dots, brackets) replaced by one space, and leading and trailing spaces
 *       removed.
 * </ol>
 *
 * <p>The folding takes time linear in the length of the name, whatever its marks: each character is
 * decomposed on its own. This equals the folding of the NFKD form of the whole text for any text in
 * canonical order (every NFC or NFD text, which is how names are written and stored): canonical
 * decomposition is per character, and canonical reordering only moves marks among marks. For text
 * that is in neither form, only the relative order of two kept marks with different non-zero
 * combining classes can differ (a Vietnamese reading mark after a Javanese virama; musical
 * symbols), which no real name has. Normalising the whole text would cost time quadratic in a run
 * of combining marks, which the {@link Normalizer} sorts by insertion.
 */
public final class NameFolding {

  private NameFolding() {}

  /**
   * Returns the lookup key of a name.
   *
   * @param name the name, in any language
   * @return its folded form, words separated by one space; empty if the name has no letter or digit
   */
  public static String fold(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        // ASCII: no decomposition, no mark; one case mapping.
        if (isAsciiLetterOrDigit(cp)) {
          if (pendingSpace) {
            sb.append(' ');
            pendingSpace = false;
          }
          sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
        } else {
          pendingSpace = sb.length() > 0;
        }
        continue;
      }
      String decomposed = decompose(cp);
      for (int j = 0; j < decomposed.length(); ) {
        int part = decomposed.codePointAt(j);
        j += Character.charCount(part);
        if (Character.getType(part) == Character.NON_SPACING_MARK) {
          continue;
        }
        int folded = Character.toLowerCase(Character.toUpperCase(part));
        if (folded != part) {
          // A case mapping may bring a letter with its own decomposition: fold that too.
          String again = decompose(folded);
          for (int k = 0; k < again.length(); ) {
            int piece = again.codePointAt(k);
            k += Character.charCount(piece);
            if (Character.getType(piece) != Character.NON_SPACING_MARK) {
              pendingSpace = append(sb, piece, pendingSpace);
            }
          }
        } else {
          pendingSpace = append(sb, part, pendingSpace);
        }
      }
    }
    return sb.toString();
  }

  /** Appends one folded character, or notes a separator; returns whether a space is pending. */
  private static boolean append(StringBuilder sb, int cp, boolean pendingSpace) {
    if (!isWordCharacter(cp)) {
      return sb.length() > 0;
    }
    if (pendingSpace) {
      sb.append(' ');
    }
    String letters =
        switch (cp) {
          case 'œ' -> "oe";
          case 'æ' -> "ae";
          case 'ß' -> "ss";
          case 'ø' -> "o";
          case 'ł' -> "l";
          case 'đ', 'ð' -> "d";
          case 'þ' -> "th";
          default -> null;
        };
    if (letters != null) {
      sb.append(letters);
    } else {
      sb.appendCodePoint(cp);
    }
    return false;
  }

  /** The NFKD form of one character, computed only when it is not already decomposed. */
  private static String decompose(int cp) {
    String one = new String(Character.toChars(cp));
    return Normalizer.isNormalized(one, Normalizer.Form.NFKD)
        ? one
        : Normalizer.normalize(one, Normalizer.Form.NFKD);
  }

  /** Letters, digits and the marks that are kept (spacing combining and enclosing marks). */
  private static boolean isWordCharacter(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAsciiLetterOrDigit(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
}
