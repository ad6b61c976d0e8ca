package org.partneratlas.io.table;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which names are reconciled: compatibility decomposition (NFKD), combining marks
 * removed, lower case, every run of characters that are neither letters nor digits as one space.
 * "Iași", "Iaşi" and "IASI" have one key; so have "Saint-Denis" and "Saint Denis".
 */
final class NameKey {

  private NameKey() {}

  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (!Character.isLetterOrDigit(cp) && type != Character.COMBINING_SPACING_MARK) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
