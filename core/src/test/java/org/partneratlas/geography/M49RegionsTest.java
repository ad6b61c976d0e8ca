package org.partneratlas.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.territory.CountryCode;

/** The UN M49 regions of countries: levels, continents, lookups by name and code. */
class M49RegionsTest {

  @Test
  void unM49Regions() {
    assertEquals(
        5, M49.regions().stream().filter(r -> r.level() == M49Region.Level.REGION).count());
    assertEquals(M49Region.AMERICAS, M49.continentOf(CountryCode.of("AR")).orElseThrow());
    assertEquals(
        List.of("019", "419", "005"),
        M49.regionsOf(CountryCode.of("AR")).stream()
            .map(M49Region::code)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("Americas", "Latin America and the Caribbean", "Central America"),
        M49.regionsOf(CountryCode.of("MX")).stream()
            .map(M49Region::name)
            .collect(Collectors.toList()));
    assertEquals(M49Region.EUROPE, M49.continentOf(CountryCode.of("FR")).orElseThrow());
    assertEquals(M49Region.EUROPE, M49.continentOf(CountryCode.of("XK")).orElseThrow());
    assertEquals(M49Region.AFRICA, M49.continentOf(CountryCode.of("BF")).orElseThrow());
    assertTrue(M49.continentOf(CountryCode.of("AQ")).isEmpty());
    assertEquals("005", M49.requireRegion("south america").code());
    assertEquals(M49Region.EUROPE, M49.requireRegion("150"));
    assertTrue(M49.region("Atlantis").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> M49.requireRegion("Atlantis"));
    assertTrue(e.getMessage().contains("'Atlantis'"));
    assertTrue(M49.contains(M49.requireRegion("Western Europe"), CountryCode.of("FR")));
    assertTrue(M49.countriesIn(M49.requireRegion("South America")).contains(CountryCode.of("AR")));
    // Every country the library accepts but Antarctica (and any the JDK knows that the UN does
    // not list) has a continent; every continent's countries are those whose continent it is.
    int total = 0;
    for (M49Region region : M49.regions()) {
      if (region.level() == M49Region.Level.REGION) {
        for (CountryCode c : M49.countriesIn(region)) {
          assertEquals(region, M49.continentOf(c).orElseThrow());
          total++;
        }
      }
    }
    assertTrue(total >= 248, "countries with a continent: " + total);
  }
}
