package org.partneratlas.common;

import static java.util.Objects.requireNonNull;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Checks and canonicalises BCP 47 language tags such as {@code fr}, {@code es-AR} or {@code br}.
 *
 * <p>{@code und} (undetermined) is accepted: it is the language of a text whose language is not
 * known, such as a name read from a table that does not say.
 */
public final class LanguageTags {

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
    // "und" (undetermined): the language of a name that an imported table does not give.
    if (tag.equalsIgnoreCase("und")) {
      return "und";
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(invalid(tag), e);
    }
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(invalid(tag));
    }
    return locale.toLanguageTag();
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

  private static String invalid(String tag) {
    return "'"
        + (tag.length() > 40 ? tag.substring(0, 40) + "..." : tag)
        + "' is not a BCP 47 language tag: use a tag such as 'fr', 'en', 'es' or 'es-AR'";
  }
}
