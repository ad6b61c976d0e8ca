package org.partneratlas.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  private final CountryNames names = CountryNames.standard();

  private CountryCode code(String name) {
    return names.find(name).orElseThrow(() -> new AssertionError(names.problem(name)));
  }

  @Test
  void cldrNamesInEnglishFrenchAndSpanishIgnoringCaseAndAccents() {
    assertEquals(CountryCode.of("DE"), code("Germany"));
    assertEquals(CountryCode.of("DE"), code("Allemagne"));
    assertEquals(CountryCode.of("DE"), code("Alemania"));
    assertEquals(CountryCode.of("DE"), code("Deutschland"));
    assertEquals(CountryCode.of("US"), code("ESTADOS UNIDOS"));
    assertEquals(CountryCode.of("US"), code("etats-unis"));
    assertEquals(CountryCode.of("MX"), code("México"));
    assertEquals(CountryCode.of("CI"), code("Cote d'Ivoire"));
  }

  @Test
  void everyIsoCountryIsFoundByItsNameInEachLanguage() {
    for (String language : CountryNames.LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (String iso : Locale.getISOCountries()) {
        String name = new Locale("", iso).getDisplayCountry(locale);
        Optional<CountryCode> found = names.find(name);
        // A spelling shared with another country in a language listed earlier is that country's.
        assertTrue(
            found.isEmpty() || found.get().code().equals(iso) || sharedEarlier(name, language),
            () -> language + " " + name + " gave " + found + " for " + iso);
      }
      // English names are all distinct and all found.
      if (language.equals("en")) {
        for (String iso : Locale.getISOCountries()) {
          assertEquals(
              iso, code(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)).code(), iso);
        }
      }
    }
  }

  private static boolean sharedEarlier(String name, String language) {
    String key = CountryNames.key(name);
    for (String earlier : CountryNames.LANGUAGES) {
      if (earlier.equals(language)) {
        return false;
      }
      for (String iso : Locale.getISOCountries()) {
        if (CountryNames.key(new Locale("", iso).getDisplayCountry(Locale.forLanguageTag(earlier)))
            .equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void ampersandsAndTheWordAndDoNotMatter() {
    assertEquals(CountryCode.of("BA"), code("Bosnia and Herzegovina"));
    assertEquals(CountryCode.of("BA"), code("Bosnia & Herzegovina"));
    assertEquals(CountryCode.of("TT"), code("Trinidad y Tobago"));
    assertEquals(CountryCode.of("KN"), code("Saint Kitts and Nevis"));
    assertEquals(CountryCode.of("KN"), code("St. Kitts & Nevis"));
    assertEquals(CountryCode.of("GM"), code("The Gambia"));
  }

  @Test
  void aliasesForTheUsualNonIsoSpellings() {
    for (String uk : List.of("England", "Scotland", "Wales", "Northern Ireland", "UK")) {
      assertEquals(CountryCode.of("GB"), code(uk), uk);
    }
    assertEquals(CountryCode.of("XK"), code("Kosovo"));
    assertEquals(CountryCode.of("PS"), code("Palestine"));
    assertEquals(CountryCode.of("TW"), code("Taiwan"));
    assertEquals(CountryCode.of("TW"), code("Republic of China"));
    assertEquals(CountryCode.of("IE"), code("Republic of Ireland"));
    assertEquals(CountryCode.of("GE"), code("Georgia (country)"));
    assertEquals(CountryCode.of("CZ"), code("Czech Republic"));
    assertEquals(CountryCode.of("US"), code("USA"));
    // Every alias resolves to its own code.
    names.aliases().forEach((alias, iso) -> assertEquals(iso, code(alias).code(), alias));
  }

  @Test
  void naturalEarthAbbreviationsOfTheTwinCitiesTable() {
    assertEquals(CountryCode.of("AG"), code("Antigua and Barb."));
    assertEquals(CountryCode.of("BA"), code("Bosnia and Herz."));
    assertEquals(CountryCode.of("CF"), code("Central African Rep."));
    assertEquals(CountryCode.of("CD"), code("Dem. Rep. Congo"));
    assertEquals(CountryCode.of("DO"), code("Dominican Rep."));
    assertEquals(CountryCode.of("GQ"), code("Eq. Guinea"));
    assertEquals(CountryCode.of("PF"), code("Fr. Polynesia"));
    assertEquals(CountryCode.of("MH"), code("Marshall Is."));
    assertEquals(CountryCode.of("VC"), code("St. Vin. and Gren."));
    assertEquals(CountryCode.of("EH"), code("W. Sahara"));
  }

  @Test
  void qualifiedNamesTakeTheMostSpecificCountry() {
    assertEquals(CountryCode.of("GB"), code("England, United Kingdom"));
    assertEquals(CountryCode.of("MQ"), code("Martinique, France"));
    assertEquals(CountryCode.of("FR"), code("Brittany, France"));
    assertEquals(CountryCode.of("GE"), code("Georgia (country)"));
  }

  @Test
  void typosAreNotGuessedButSuggested() {
    assertEquals(Optional.empty(), names.find("Grecce"));
    assertEquals(List.of("Greece (GR)"), names.suggestions("Grecce"));
    assertTrue(
        names.problem("Grecce").contains("did you mean Greece (GR)?"), names.problem("Grecce"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> names.resolve("Germny"));
    assertTrue(e.getMessage().contains("did you mean Germany (DE)?"), e.getMessage());
  }

  @Test
  void unknownAndAmbiguousNamesAreReportedNeverGuessed() {
    assertEquals(Optional.empty(), names.find("Somaliland"));
    assertEquals(Optional.empty(), names.find("N. Cyprus"));
    assertEquals(Optional.empty(), names.find(""));
    assertEquals(Optional.empty(), names.find("Congo"));
    assertTrue(names.problem("Congo").contains("CD"), names.problem("Congo"));
    assertTrue(names.problem("Congo").contains("CG"), names.problem("Congo"));
    assertTrue(names.problem("Somaliland").contains("not a country name"));
  }
}
