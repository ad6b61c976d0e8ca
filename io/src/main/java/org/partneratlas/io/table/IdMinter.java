package org.partneratlas.io.table;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.partneratlas.io.Ids;

/**
 * Mints identifiers from names: transliterated to ASCII, lower case, words joined by {@code -},
 * prefixed by the country ({@code jp-fukaya}, {@code ro-iasi}, {@code ru-sankt-peterburg}); a
 * second territory with the same identifier gets {@code -2}, a third {@code -3}, in the order the
 * rows come, so that the same table always gives the same identifiers. Not thread-safe.
 *
 * <p>Transliteration: see {@link Ids#slug(String)}. A name with nothing left after it (such as one
 * in Chinese) is minted from the identifier given by the table, if any, else as {@code u} followed
 * by the hexadecimal code points of its first characters.
 */
final class IdMinter {

  /** Identifiers stay well under the 128 characters of an id, so two fit in a partnership id. */
  static final int MAX_SLUG = Ids.MAX_SLUG;

  private final Set<String> used = new HashSet<>();

  /**
   * Returns a new identifier for a name.
   *
   * @param prefix the prefix, such as the lower-case country code, or empty
   * @param name the name
   * @param fallback text to mint from if the name has no transliterable letter, or empty
   */
  String mint(String prefix, String name, String fallback) {
    String slug = slug(name);
    if (slug.isEmpty()) {
      slug = slug(fallback);
    }
    if (slug.isEmpty()) {
      slug = codePoints(name);
    }
    String base = prefix.isEmpty() ? slug : prefix + "-" + slug;
    String id = base;
    for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Returns a new identifier from a text already in the id syntax, numbered if it is taken.
   *
   * @param base the identifier wanted
   */
  String mintExact(String base) {
    String id = base;
    for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The transliterated, lower-case, hyphen-joined form of a text; empty if nothing is left. */
  static String slug(String text) {
    return Ids.slug(text);
  }

  private static String codePoints(String name) {
    StringBuilder sb = new StringBuilder("u");
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .limit(8)
        .forEach(cp -> sb.append(Integer.toHexString(cp)));
    return sb.length() == 1 ? "unnamed" : sb.toString();
  }
}
