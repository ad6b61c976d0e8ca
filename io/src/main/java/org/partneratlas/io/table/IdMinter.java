package org.partneratlas.io.table;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mints identifiers from names: transliterated to ASCII, lower case, words joined by {@code -},
 * prefixed by the country ({@code jp-fukaya}, {@code ro-iasi}, {@code ru-sankt-peterburg}); a
 * second territory with the same identifier gets {@code -2}, a third {@code -3}, in the order the
 * rows come, so that the same table always gives the same identifiers. Not thread-safe.
 *
 * <p>Transliteration: compatibility decomposition (NFKD) and removal of combining marks; the Latin
 * letters that do not decompose as their usual spelling (ß ss, æ ae, œ oe, ø o, ł l, đ ð d, þ th, ı
 * i); Cyrillic and Greek by a simple letter table (ISO 9-like for Cyrillic, ELOT 743-like for
 * Greek). A name with no Latin, Cyrillic or Greek letter or digit (such as one in Chinese) is
 * minted from the identifier given by the table, if any, else as {@code u} followed by the
 * hexadecimal code points of its first characters.
 */
final class IdMinter {

  /** Identifiers stay well under the 128 characters of an id, so two fit in a partnership id. */
  static final int MAX_SLUG = 48;

  private static final ImmutableMap<Character, String> LETTERS =
      ImmutableMap.<Character, String>builder()
          .put('ß', "ss")
          .put('æ', "ae")
          .put('œ', "oe")
          .put('ø', "o")
          .put('ł', "l")
          .put('đ', "d")
          .put('ð', "d")
          .put('þ', "th")
          .put('ı', "i")
          .put('ħ', "h")
          .put('ŧ', "t")
          .put('ŀ', "l")
          .put('ĸ', "k")
          .put('ŋ', "ng")
          // Cyrillic
          .put('а', "a")
          .put('б', "b")
          .put('в', "v")
          .put('г', "g")
          .put('д', "d")
          .put('е', "e")
          .put('ё', "e")
          .put('ж', "zh")
          .put('з', "z")
          .put('и', "i")
          .put('й', "i")
          .put('к', "k")
          .put('л', "l")
          .put('м', "m")
          .put('н', "n")
          .put('о', "o")
          .put('п', "p")
          .put('р', "r")
          .put('с', "s")
          .put('т', "t")
          .put('у', "u")
          .put('ф', "f")
          .put('х', "kh")
          .put('ц', "ts")
          .put('ч', "ch")
          .put('ш', "sh")
          .put('щ', "shch")
          .put('ъ', "")
          .put('ы', "y")
          .put('ь', "")
          .put('э', "e")
          .put('ю', "yu")
          .put('я', "ya")
          .put('і', "i")
          .put('ї', "i")
          .put('є', "ie")
          .put('ґ', "g")
          .put('ў', "u")
          .put('ј', "j")
          .put('љ', "lj")
          .put('њ', "nj")
          .put('ћ', "c")
          .put('ђ', "dj")
          .put('џ', "dz")
          .put('ѓ', "g")
          .put('ќ', "k")
          .put('ѕ', "dz")
          // Greek
          .put('α', "a")
          .put('β', "v")
          .put('γ', "g")
          .put('δ', "d")
          .put('ε', "e")
          .put('ζ', "z")
          .put('η', "i")
          .put('θ', "th")
          .put('ι', "i")
          .put('κ', "k")
          .put('λ', "l")
          .put('μ', "m")
          .put('ν', "n")
          .put('ξ', "x")
          .put('ο', "o")
          .put('π', "p")
          .put('ρ', "r")
          .put('σ', "s")
          .put('ς', "s")
          .put('τ', "t")
          .put('υ', "y")
          .put('φ', "f")
          .put('χ', "ch")
          .put('ψ', "ps")
          .put('ω', "o")
          .buildOrThrow();

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
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || c == '\''
          || c == '’'
          || c == 'ʼ') {
        continue;
      }
      String latin;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        latin = String.valueOf(c);
      } else {
        latin = LETTERS.get(c);
      }
      if (latin == null) {
        pendingHyphen = sb.length() > 0;
        continue;
      }
      if (latin.isEmpty()) {
        continue;
      }
      if (pendingHyphen) {
        sb.append('-');
        pendingHyphen = false;
      }
      sb.append(latin);
      if (sb.length() >= MAX_SLUG) {
        break;
      }
    }
    String slug = sb.length() > MAX_SLUG ? sb.substring(0, MAX_SLUG) : sb.toString();
    while (slug.endsWith("-")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    return slug;
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
