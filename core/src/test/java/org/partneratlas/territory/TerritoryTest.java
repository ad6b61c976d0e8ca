package org.partneratlas.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partneratlas.common.LocalizedText;

class TerritoryTest {

  static Territory.Builder tierraDelFuego() {
    return Territory.builder()
        .id(TerritoryId.of("ar-tierra-del-fuego"))
        .level(TerritoryLevel.REGION)
        .names(
            LocalizedText.builder()
                .put("es", "Tierra del Fuego, Antártida e Islas del Atlántico Sur")
                .put("fr", "Terre de Feu")
                .build())
        .officialLanguage("es")
        .addAliases("Tierra del Fuego")
        .country(CountryCode.of("AR"))
        .subdivision(SubdivisionCode.of("AR-V"))
        .coordinates(Coordinates.of(-54.8019, -68.3031))
        .population(Population.of(190_641, 2022))
        .putExternalIds("indec", "94");
  }

  @Test
  void equalityCoversEveryField() {
    Territory t = tierraDelFuego().build();
    new EqualsTester()
        .addEqualityGroup(t, tierraDelFuego().build())
        .addEqualityGroup(tierraDelFuego().level(TerritoryLevel.DEPARTMENT).build())
        .addEqualityGroup(tierraDelFuego().officialLanguage("fr").build())
        .addEqualityGroup(tierraDelFuego().population(Population.of(1, 2022)).build())
        .addEqualityGroup(tierraDelFuego().putAttributes("host", "x").build())
        .testEquals();
    assertEquals("Tierra del Fuego, Antártida e Islas del Atlántico Sur", t.officialName());
  }

  private static Territory cadiz() {
    return Territory.builder()
        .id(TerritoryId.of("es-cadiz"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.builder().put("es", "Cádiz").put("fr", "Cadix").build())
        .officialLanguage("es")
        .country(CountryCode.of("ES"))
        .build();
  }

  @Test
  void displayNameIsNotAnExonymOfALessPreferredLanguage() {
    Territory cadiz = cadiz();
    // best(en, fr, es) gave the French exonym to an English reader; the display name is Cádiz.
    assertEquals("Cadix", cadiz.names().best(List.of("en", "fr", "es")));
    assertEquals("Cádiz", cadiz.displayName(List.of("en", "fr", "es")));
    assertEquals("Cadix", cadiz.displayName(List.of("fr", "en")));
    assertEquals("Cádiz", cadiz.displayName(List.of("es")));
    assertEquals("Cádiz", cadiz.displayName(List.of()));
  }

  @Test
  void displayNameFallsBackToTheOwnName() {
    Territory kiel =
        Territory.builder()
            .id(TerritoryId.of("de-kiel"))
            .level(TerritoryLevel.MUNICIPALITY)
            .names(LocalizedText.of("de", "Kiel"))
            .officialLanguage("de")
            .country(CountryCode.of("DE"))
            .build();
    assertEquals("Kiel", kiel.displayName(List.of("en")));
    Territory tierraDelFuego = tierraDelFuego().build();
    assertEquals("Terre de Feu", tierraDelFuego.displayName(List.of("fr", "es")));
    assertEquals(
        "Tierra del Fuego, Antártida e Islas del Atlántico Sur",
        tierraDelFuego.displayName(List.of("en", "fr")));
  }

  @Test
  void anUndeterminedOfficialNameComesAfterEveryPreferredLanguage() {
    // As a Wikidata import leaves it: the und name is the label the id was minted from.
    Territory munich =
        Territory.builder()
            .id(TerritoryId.of("de-munich"))
            .level(TerritoryLevel.MUNICIPALITY)
            .names(
                LocalizedText.builder()
                    .put("und", "Munich")
                    .put("de", "München")
                    .put("it", "Monaco di Baviera")
                    .build())
            .officialLanguage("und")
            .country(CountryCode.of("DE"))
            .build();
    assertEquals("München", munich.displayName(List.of("fr", "de")));
    assertEquals("Munich", munich.displayName(List.of("fr", "es")));
  }

  @Test
  void localizedTextDisplayPutsTheOwnLanguageSecond() {
    LocalizedText names =
        LocalizedText.builder().put("de", "Köln").put("fr", "Cologne").put("it", "Colonia").build();
    assertEquals("Cologne", names.display(List.of("fr", "it"), "de"));
    assertEquals("Köln", names.display(List.of("en", "it"), "de"));
    assertEquals("Colonia", names.display(List.of("en", "it"), "ksh"));
    // No preferred language, no own name: the first in the order of the text (de).
    assertEquals("Köln", names.display(List.of("en", "es"), "ksh"));
    assertEquals("", LocalizedText.empty().display(List.of("en"), "de"));
  }

  @Test
  void theOfficialLanguageMustHaveAName() {
    assertEquals(
        "Territory ar-tierra-del-fuego has no name in its official language 'en': add that name"
            + " to names or choose one of [es, fr]",
        assertThrows(
                IllegalArgumentException.class,
                () -> tierraDelFuego().officialLanguage("en").build())
            .getMessage());
  }

  /**
   * One rule for every code and tag (docs/glossary.md, "codes and tags"): any letter case is
   * accepted and the canonical case kept, what is not a code or tag is rejected with the form to
   * write.
   */
  @Test
  void codesAndTagsAreAcceptedInAnyCaseAndKeptCanonical() {
    Territory t =
        tierraDelFuego()
            .names(LocalizedText.builder().put("ES-ar", "Tierra del Fuego").build())
            .officialLanguage("ES-ar")
            .country(CountryCode.of("ar"))
            .subdivision(SubdivisionCode.of("ar-v"))
            .build();
    assertEquals("es-AR", t.officialLanguage());
    assertEquals(List.of("es-AR"), List.copyOf(t.names().asMap().keySet()));
    assertEquals("AR", t.country().code());
    assertEquals("AR-V", t.subdivision().orElseThrow().code());
    assertEquals("Tierra del Fuego", t.officialName());
    assertEquals(
        tierraDelFuego().officialLanguage("es").build(),
        tierraDelFuego().officialLanguage("ES").build(),
        "the same territory whatever the case of its tag");
    assertEquals(
        "Territory ar-tierra-del-fuego has no name in its official language 'en-GB': add that"
            + " name to names or choose one of [es, fr]",
        assertThrows(
                IllegalArgumentException.class,
                () -> tierraDelFuego().officialLanguage("EN-gb").build())
            .getMessage(),
        "the message names the canonical tag");
    assertEquals(
        "'en_GB' is not a BCP 47 language tag: use a tag such as 'fr', 'en', 'es' or 'es-AR'",
        assertThrows(
                IllegalArgumentException.class,
                () -> tierraDelFuego().officialLanguage("en_GB").build())
            .getMessage());
  }

  @Test
  void theSubdivisionMustBeOfTheCountry() {
    assertEquals(
        "Territory ar-tierra-del-fuego: subdivision code MX-VER is not of its country AR: correct"
            + " the code or the country",
        assertThrows(
                IllegalArgumentException.class,
                () -> tierraDelFuego().subdivision(SubdivisionCode.of("MX-VER")).build())
            .getMessage());
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Territory.builder().build());
    assertEquals(true, e.getMessage().contains("id"), e.getMessage());
  }

  @Test
  void countryCodesFollowIso3166AndKosovo() {
    assertEquals("FR", CountryCode.of("fr").code());
    assertEquals("XK", CountryCode.of("XK").toString());
    assertEquals("Kosovo", CountryCode.of("XK").displayName(java.util.Locale.ENGLISH));
    assertEquals("Argentina", CountryCode.of("AR").displayName(java.util.Locale.ENGLISH));
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("FR"), CountryCode.of("fr"))
        .addEqualityGroup(CountryCode.of("AR"))
        .testEquals();
    assertEquals(
        "'ZZ' is not an ISO 3166-1 alpha-2 country code: use two letters such as FR, AR or MX",
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("ZZ")).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR", "FR-", "ZZ-01", "FR-ABCD", "FR_29", "fr-2 9"})
  void subdivisionCodesAreCheckedForForm(String code) {
    assertThrows(IllegalArgumentException.class, () -> SubdivisionCode.of(code));
  }

  @Test
  void subdivisionCodesKnowTheirCountry() {
    assertEquals(CountryCode.of("AR"), SubdivisionCode.of("ar-v").country());
    new EqualsTester()
        .addEqualityGroup(SubdivisionCode.of("FR-29"), SubdivisionCode.of("fr-29"))
        .addEqualityGroup(SubdivisionCode.of("FR-BRE"))
        .testEquals();
  }

  @Test
  void coordinatesStayInTheWgs84Range() {
    assertEquals(
        "Latitude 91.0 is outside the WGS84 range: use degrees from -90 (south) to 90 (north)",
        assertThrows(IllegalArgumentException.class, () -> Coordinates.of(91, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(0, -180.5));
    assertThrows(IllegalArgumentException.class, () -> Coordinates.of(Double.NaN, 0));
    Coordinates brest = Coordinates.of(48.3905, -4.486);
    assertEquals(brest, Coordinates.parse(brest.toString()));
    new EqualsTester()
        .addEqualityGroup(Coordinates.of(0.0, 0.0), Coordinates.of(-0.0, -0.0))
        .addEqualityGroup(brest)
        .testEquals();
  }

  @Test
  void populationIsNonNegative() {
    assertThrows(IllegalArgumentException.class, () -> Population.of(-1, 2020));
    new EqualsTester()
        .addEqualityGroup(Population.of(139_602, 2018), Population.of(139_602, 2018))
        .addEqualityGroup(Population.of(139_602, 2019))
        .testEquals();
  }
}
