package org.partneratlas.common;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Checks and canonicalises BCP 47 language tags such as {@code fr}, {@code es-AR} or {@code br}.
 *
 * <p>{@code und} (undetermined language, as in {@code und} or {@code und-Latn}) is a valid tag: use
 * it when the language of a text is not known. The 26 grandfathered tags of RFC 5646 ({@code
 * i-klingon}, {@code zh-min-nan}, {@code en-GB-oed}, ...) are rejected rather than rewritten: the
 * message gives the modern tag to write instead, if there is one. Only ASCII letters, digits and
 * hyphens are accepted.
 *
 * <p>Public API on purpose, not an implementation detail: it is the one rule by which every text's
 * language is canonicalised (by {@link LocalizedText}, the territories' official languages, the
 * json module's reader and the io module's importers), and a host program that takes tags from its
 * users needs the same rule to check them before it builds anything. The io module is no friend of
 * core's {@code internal} package, so the rule could not live there.
 */
public final class LanguageTags {

  /** The grandfathered tags of RFC 5646, section 2.2.8, in lower case. */
  private static final ImmutableSet<String> GRANDFATHERED =
      ImmutableSet.of(
          "en-gb-oed",
          "i-ami",
          "i-bnn",
          "i-default",
          "i-enochian",
          "i-hak",
          "i-klingon",
          "i-lux",
          "i-mingo",
          "i-navajo",
          "i-pwn",
          "i-tao",
          "i-tay",
          "i-tsu",
          "sgn-be-fr",
          "sgn-be-nl",
          "sgn-ch-de",
          "art-lojban",
          "cel-gaulish",
          "no-bok",
          "no-nyn",
          "zh-guoyu",
          "zh-hakka",
          "zh-min",
          "zh-min-nan",
          "zh-xiang");

  private LanguageTags() {}

  /**
   * Returns the canonical form of a well-formed BCP 47 language tag ({@code "ES-ar"} gives {@code
   * "es-AR"}).
   *
   * @param tag the tag
   * @return the canonical tag
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 tag with a language
   */
  public static String canonical(String tag) {
    requireNonNull(tag, "tag");
    if (GRANDFATHERED.contains(tag.toLowerCase(Locale.ROOT))) {
      String modern = Locale.forLanguageTag(tag).toLanguageTag();
      throw new IllegalArgumentException(
          "'"
              + tag
              + "' is a grandfathered BCP 47 tag, which is not accepted: "
              + (modern.startsWith("und") || modern.startsWith("x-") || modern.contains("-x-")
                  ? "use a tag such as 'fr', 'en', 'es' or 'es-AR', or 'und' if the language is"
                      + " not known"
                  : "write '" + modern + "'"));
    }
    if (!isAsciiTagText(tag)) {
      throw new IllegalArgumentException(invalid(tag));
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(invalid(tag), e);
    }
    String canonical = locale.toLanguageTag();
    boolean undetermined =
        tag.length() >= 3 && tag.regionMatches(true, 0, "und", 0, 3) && canonical.startsWith("und");
    if (locale.getLanguage().isEmpty() && !undetermined) {
      throw new IllegalArgumentException(invalid(tag));
    }
    return canonical;
  }

  /**
   * Returns whether a text is a well-formed BCP 47 language tag with a language.
   *
   * @param tag the text
   * @return whether {@link #canonical(String)} accepts it
   */
  public static boolean isValid(String tag) {
    try {
      var unused = canonical(tag);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isAsciiTagText(String tag) {
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static String invalid(String tag) {
    return "'"
        + (tag.length() > 40 ? tag.substring(0, 40) + "..." : tag)
        + "' is not a BCP 47 language tag: use a tag such as 'fr', 'en', 'es' or 'es-AR'";
  }
}
