package org.partneratlas.territory;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A country subdivision as its ISO 3166-2 code, such as {@code FR-29} (Finistère), {@code AR-V}
 * (Tierra del Fuego) or {@code MX-VER} (Veracruz).
 *
 * <p>The form is checked: an accepted {@link CountryCode}, a hyphen, and one to three ASCII letters
 * or digits (any other character is rejected before the case is changed). Whether the code is
 * assigned by ISO is not checked (the JDK has no list of subdivisions). Immutable and thread-safe;
 * {@link #toString()} is the code.
 *
 * @param code the whole code, in upper case, such as {@code AR-V}
 */
@Immutable
public record SubdivisionCode(String code) implements Comparable<SubdivisionCode> {

  private static final Pattern FORM = Pattern.compile("([A-Za-z]{2})-([A-Za-z0-9]{1,3})");

  /**
   * Checks the code and puts it in upper case; {@link #of(String)} reads better.
   *
   * @param code the code, such as {@code AR-V}, in any case
   * @throws IllegalArgumentException if the code does not have the ISO 3166-2 form or its country
   *     prefix is not a known country
   */
  public SubdivisionCode {
    requireNonNull(code, "code");
    // Only ASCII is accepted, checked before the case is changed ('ﬁ-18' must not become 'FI-18').
    var matcher = FORM.matcher(code);
    if (!matcher.matches() || !CountryCode.isValid(matcher.group(1))) {
      throw new IllegalArgumentException(
          "'"
              + (code.length() > 20 ? code.substring(0, 20) + "..." : code)
              + "' is not an ISO 3166-2 subdivision code: write the country code, a hyphen and"
              + " one to three letters or digits, such as FR-29 or AR-V");
    }
    code = code.toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the subdivision with the given ISO 3166-2 code.
   *
   * @param code the code, such as {@code AR-V}, in any case
   * @return the subdivision code
   * @throws IllegalArgumentException if the code does not have the ISO 3166-2 form or its country
   *     prefix is not a known country
   */
  public static SubdivisionCode of(String code) {
    return new SubdivisionCode(code);
  }

  /**
   * Returns the whole code.
   *
   * @return the code, such as {@code AR-V}
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the country of the subdivision, from the code's prefix.
   *
   * @return the country
   */
  public CountryCode country() {
    return CountryCode.of(code.substring(0, 2));
  }

  @Override
  public int compareTo(SubdivisionCode other) {
    return code.compareTo(other.code);
  }

  /**
   * Returns the whole code.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
