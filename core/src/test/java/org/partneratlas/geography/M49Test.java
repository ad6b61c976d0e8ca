package org.partneratlas.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneratlas.territory.CountryCode;

/** {@link M49#numericCodeOf}: the three-digit codes that world maps key countries by. */
class M49Test {

  @Test
  void numericCodesKeepTheirLeadingZeros() {
    assertEquals(Optional.of("250"), M49.numericCodeOf(CountryCode.of("FR")));
    assertEquals(Optional.of("032"), M49.numericCodeOf(CountryCode.of("AR")));
    assertEquals(Optional.of("484"), M49.numericCodeOf(CountryCode.of("MX")));
    assertEquals(Optional.of("004"), M49.numericCodeOf(CountryCode.of("AF")));
  }

  @Test
  void countriesOutsideTheRegionsHaveCodesTooButKosovoHasNone() {
    assertEquals(Optional.of("010"), M49.numericCodeOf(CountryCode.of("AQ")), "in no region");
    assertEquals(Optional.of("158"), M49.numericCodeOf(CountryCode.of("TW")), "ISO 3166-1");
    assertEquals(Optional.empty(), M49.numericCodeOf(CountryCode.of("XK")), "user-assigned");
  }

  @Test
  void everyCountryInARegionHasItsOwnThreeDigitCode() {
    Set<String> seen = new HashSet<>();
    for (M49Region continent : M49.regions()) {
      if (continent.level() != M49Region.Level.REGION) {
        continue;
      }
      for (CountryCode country : M49.countriesIn(continent)) {
        if (country.code().equals("XK")) {
          continue;
        }
        String code = M49.numericCodeOf(country).orElseThrow(() -> new AssertionError(country));
        assertTrue(code.matches("[0-9]{3}"), country + ": " + code);
        assertTrue(seen.add(code), country + " shares its code " + code);
        assertTrue(M49.region(code).isEmpty(), country + "'s code is not a region's: " + code);
      }
    }
    assertTrue(seen.size() > 240, "about 249 countries, found " + seen.size());
  }

  @Test
  void theCountryIsRequired() {
    assertThrows(NullPointerException.class, () -> M49.numericCodeOf(null));
  }
}
