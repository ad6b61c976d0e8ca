package org.partneratlas.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Regression tests: codes are ASCII as their standards say, checked before the case changes. */
class CodeHardeningTest {

  @Test
  void countryCodeOfSharpSIsRejectedNotUpperCasedToSs() {
    assertEquals("SS", "ß".toUpperCase(Locale.ROOT)); // South Sudan: the trap
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("ß"));
    assertTrue(e.getMessage().startsWith("'ß' is not an ISO 3166-1 alpha-2 country code"));
    assertFalse(CountryCode.isValid("ß"));
  }

  @Test
  void countryCodesWithNonAsciiLettersThatUpperCaseToAsciiAreRejected() {
    for (String code : new String[] {"ıt", "ſe", "İT", "ﬀ", "ＦＲ", "f\u0301r"}) {
      assertThrows(IllegalArgumentException.class, () -> CountryCode.of(code), code);
      assertFalse(CountryCode.isValid(code), code);
    }
    assertEquals("IT", CountryCode.of("it").code());
    assertEquals("SE", CountryCode.of("sE").code());
  }

  @Test
  void subdivisionCodeWithALigatureIsRejectedNotUpperCasedToFi() {
    assertEquals("FI-18", "ﬁ-18".toUpperCase(Locale.ROOT));
    assertThrows(IllegalArgumentException.class, () -> SubdivisionCode.of("ﬁ-18"));
    assertThrows(IllegalArgumentException.class, () -> SubdivisionCode.of("fr-2ı"));
    assertThrows(IllegalArgumentException.class, () -> SubdivisionCode.of("ıt-21"));
    assertThrows(IllegalArgumentException.class, () -> SubdivisionCode.of("FR-٢٩"));
    assertEquals("FI-18", SubdivisionCode.of("fi-18").code());
    assertEquals("FR-2A", SubdivisionCode.of("fr-2a").code());
    assertEquals(CountryCode.of("MX"), SubdivisionCode.of("mx-ver").country());
  }
}
