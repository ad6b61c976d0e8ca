package org.partneratlas.io;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into text of the id syntax of {@link org.partneratlas.common.EntityId}, as the
 * importers mint territory ids.
 *
 * <p>Transliteration: compatibility decomposition (NFKD) and removal of combining marks; the Latin
 * letters that do not decompose as their usual spelling (ß ss, æ ae, œ oe, ø o, ł l, đ ð d, þ th, ı
 * i, ...); Cyrillic and Greek by a simple letter table (close to the ICAO/BGN romanisations, one
 * spelling per letter); apostrophes dropped. Deterministic: the same name always gives the same
 * text.
 */
public final class Ids {

  /** The longest slug, {@value}: two fit in a partnership id of at most 128 characters. */
  public static final int MAX_SLUG = 48;

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

  private Ids() {}

  /**
   * Returns a text in the syntax of ids: transliterated to ASCII, lower case, runs of other
   * characters as one {@code -}, at most {@value #MAX_SLUG} characters ("Iași" gives {@code iasi},
   * "Москва" {@code moskva}, "Saint-Denis (Réunion)" {@code saint-denis-reunion}).
   *
   * @param text the text
   * @return the slug; empty if no Latin, Cyrillic or Greek letter or digit is left (a Chinese name)
   */
  public static String slug(String text) {
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
}
