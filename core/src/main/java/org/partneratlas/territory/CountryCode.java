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
 */
@Immutable
public final class CountryCode implements Comparable<CountryCode> {

  /** The user-assigned codes accepted besides ISO 3166-1: {@code XK}, Kosovo. */
  public static final ImmutableSet<String> USER_ASSIGNED = ImmutableSet.of("XK");

  private static final ImmutableSet<String> KNOWN =
      ImmutableSet.<String>builder().add(Locale.getISOCountries()).addAll(USER_ASSIGNED).build();

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code.
   *
   * @param code the two-letter code, in any case
   * @return the country code
   * @throws IllegalArgumentException if the code is not a known ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    requireNonNull(code, "code");
    if (!isValid(code)) {
      throw new IllegalArgumentException(
          "'"
              + (code.length() > 20 ? code.substring(0, 20) + "..." : code)
              + "' is not an ISO 3166-1 alpha-2 country code: use two letters such as FR, AR or"
              + " MX");
    }
    return new CountryCode(code.toUpperCase(Locale.ROOT));
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
   * Returns the two-letter code.
   *
   * @return the code, in upper case
   */
  public String code() {
    return code;
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

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CountryCode && ((CountryCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
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
