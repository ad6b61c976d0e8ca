package org.partneratlas.territory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A country as its ISO 3166-1 alpha-2 code, such as {@code FR}, {@code AR} or {@code MX}.
 *
 * <p>Accepted codes are those of the JDK's ISO country list ({@link Locale#getISOCountries()}) plus
 * the user-assigned codes in common use: {@code XK} (Kosovo). A code is two ASCII letters, as ISO
 * 3166-1 says: anything else is rejected before the case is changed, so that {@code "ß"} or {@code
 * "ıt"} are not turned into {@code SS} or {@code IT}. Codes are upper case; {@link #of(String)}
 * accepts lower case and normalises it. Immutable and thread-safe; {@link #toString()} is the code.
 *
 * @param code the two-letter code, upper case
 */
@Immutable
public record CountryCode(String code) implements Comparable<CountryCode> {

  /** The user-assigned codes accepted besides ISO 3166-1: {@code XK}, Kosovo. */
  public static final ImmutableSet<String> USER_ASSIGNED = ImmutableSet.of("XK");

  private static final ImmutableSet<String> KNOWN =
      ImmutableSet.<String>builder().add(Locale.getISOCountries()).addAll(USER_ASSIGNED).build();

  /**
   * Checks the code and puts it in upper case; {@link #of(String)} reads better.
   *
   * @param code the two-letter code, in any case
   * @throws IllegalArgumentException if the code is not a known ISO 3166-1 alpha-2 code
   */
  public CountryCode {
    requireNonNull(code, "code");
    if (!isValid(code)) {
      String alpha2 = alpha2OfAlpha3(code);
      if (alpha2 != null) {
        throw new IllegalArgumentException(
            "'" + code + "' is an ISO 3166-1 alpha-3 code: use its alpha-2 code '" + alpha2 + "'");
      }
      throw new IllegalArgumentException(
          "'"
              + (code.length() > 20 ? code.substring(0, 20) + "..." : code)
              + "' is not an ISO 3166-1 alpha-2 country code: use two letters such as FR, AR or"
              + " MX");
    }
    code = code.toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code.
   *
   * @param code the two-letter code, in any case
   * @return the country code
   * @throws IllegalArgumentException if the code is not a known ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    return new CountryCode(code);
  }

  /**
   * The alpha-2 code of an ISO 3166-1 alpha-3 code written in ASCII letters (any case), from the
   * JDK's table, or null.
   */
  private static @Nullable String alpha2OfAlpha3(String code) {
    if (code.length() != 3
        || !isAsciiLetter(code.charAt(0))
        || !isAsciiLetter(code.charAt(1))
        || !isAsciiLetter(code.charAt(2))) {
      return null;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    for (String alpha2 : Locale.getISOCountries()) {
      if (new Locale("", alpha2).getISO3Country().equals(upper)) {
        return alpha2;
      }
    }
    return null;
  }

  /**
   * Returns whether a text is an accepted country code (in any case).
   *
   * @param code the text
   * @return whether {@link #of(String)} accepts it
   */
  public static boolean isValid(String code) {
    return code.length() == 2
        && isAsciiLetter(code.charAt(0))
        && isAsciiLetter(code.charAt(1))
        && KNOWN.contains(code.toUpperCase(Locale.ROOT));
  }

  /** Whether a character is one of the 52 ASCII letters; checked before changing the case. */
  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Returns the country's name in a language, as the JDK knows it.
   *
   * @param locale the language of the name
   * @return the name, or the code itself if the JDK has none
   */
  public String displayName(Locale locale) {
    if (code.equals("XK")) {
      return "Kosovo";
    }
    return new Locale("", code).getDisplayCountry(locale);
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  /**
   * Returns the two-letter code.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
