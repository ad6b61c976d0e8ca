package org.partneratlas.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.BrestPortfolio.BREST_CADIZ;
import static org.partneratlas.atlas.BrestPortfolio.BREST_DUN_LAOGHAIRE;
import static org.partneratlas.atlas.BrestPortfolio.BREST_KIEL;
import static org.partneratlas.atlas.BrestPortfolio.BREST_SAPONE;
import static org.partneratlas.atlas.BrestPortfolio.CADIZ;
import static org.partneratlas.atlas.BrestPortfolio.DUN_LAOGHAIRE;
import static org.partneratlas.atlas.BrestPortfolio.KIEL;
import static org.partneratlas.atlas.BrestPortfolio.SAPONE;
import static org.partneratlas.testing.SeedAtlas.BREST;
import static org.partneratlas.testing.SeedAtlas.BREST_METROPOLE;
import static org.partneratlas.testing.SeedAtlas.CHUBUT;
import static org.partneratlas.testing.SeedAtlas.COVID_19;
import static org.partneratlas.testing.SeedAtlas.PATAGONIA;
import static org.partneratlas.testing.SeedAtlas.TIERRA_DEL_FUEGO;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ_COOPERATION;
import static org.partneratlas.testing.SeedAtlas.XALAPA;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partneratlas.actor.ActorId;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;

/** The portfolio of a territory, with or without its subdivisions, and lookup by id and name. */
class PortfolioAndLookupTest {

  private final Atlas atlas = BrestPortfolio.atlas();

  @AfterEach
  void invariantsHold() {
    QueryInvariants.check(atlas);
  }

  private static List<PartnershipId> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(Partnership::id).collect(Collectors.toList());
  }

  @Test
  void brestMetropolesPortfolioIncludesTheTwinningsOfTheCityOfBrest() {
    assertEquals(
        List.of(PATAGONIA, VERACRUZ_COOPERATION), ids(atlas.partnershipsOf(BREST_METROPOLE)));
    assertEquals(
        List.of(
            PATAGONIA,
            VERACRUZ_COOPERATION,
            BREST_KIEL,
            BREST_DUN_LAOGHAIRE,
            BREST_CADIZ,
            BREST_SAPONE),
        ids(atlas.partnershipsWithin(BREST_METROPOLE)));
    assertEquals(
        ids(atlas.partnershipsWithin(BREST_METROPOLE)),
        ids(atlas.query().involvingWithin(BREST_METROPOLE).list()));
    // France contains Brest Métropole, which contains Brest.
    assertEquals(6, atlas.partnershipsWithin(TerritoryId.of("fr")).size());
    assertEquals(List.of(), atlas.partnershipsOf(TerritoryId.of("fr")));
    // Mexico contains Veracruz, which contains Xalapa.
    assertEquals(
        List.of(VERACRUZ_COOPERATION), ids(atlas.partnershipsWithin(TerritoryId.of("mx"))));
  }

  @Test
  void partnerTerritoriesAreInAtlasOrder() {
    // Definitely: Chubut (2010, end unknown) may have left before Brest Métropole (2010) joined.
    assertEquals(
        List.of(TIERRA_DEL_FUEGO, VERACRUZ),
        QueryInvariants.ids(atlas.partnersOf(BREST_METROPOLE)).asList());
    assertEquals(
        List.of(CHUBUT, TIERRA_DEL_FUEGO, VERACRUZ),
        QueryInvariants.ids(
                atlas.partnersOf(BREST_METROPOLE, Certainty.POSSIBLY, PlannedParties.EXCLUDED))
            .asList());
    assertEquals(
        List.of(CHUBUT, TIERRA_DEL_FUEGO, VERACRUZ, XALAPA),
        QueryInvariants.ids(
                atlas.partnersOf(BREST_METROPOLE, Certainty.POSSIBLY, PlannedParties.INCLUDED))
            .asList());
    assertEquals(
        List.of(KIEL, DUN_LAOGHAIRE, CADIZ, SAPONE),
        QueryInvariants.ids(atlas.partnersOf(BREST)).asList());
    // Xalapa is planned: a partner of no one, unless planned parties are asked for.
    assertEquals(List.of(), QueryInvariants.ids(atlas.partnersOf(XALAPA)).asList());
    assertEquals(
        List.of(BREST_METROPOLE, VERACRUZ),
        QueryInvariants.ids(atlas.partnersOf(XALAPA, Certainty.DEFINITELY, PlannedParties.INCLUDED))
            .asList());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> atlas.partnersOf(TerritoryId.of("nowhere")));
    assertEquals("No territory with id 'nowhere' in this atlas", unknown.getMessage());
  }

  @Test
  void subdivisionsAndAncestors() {
    assertEquals(
        List.of(BREST_METROPOLE, BREST),
        atlas.descendantsOf(TerritoryId.of("fr")).stream()
            .map(Territory::id)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(VERACRUZ, TerritoryId.of("mx")),
        atlas.ancestorsOf(XALAPA).stream().map(Territory::id).collect(Collectors.toList()));
    assertEquals(List.of(), atlas.ancestorsOf(TerritoryId.of("fr")));
    assertThrows(
        IllegalArgumentException.class, () -> atlas.ancestorsOf(TerritoryId.of("nowhere")));
  }

  @Test
  void countryAndRegionConditions() {
    assertEquals(
        List.of(PATAGONIA, VERACRUZ_COOPERATION),
        ids(atlas.query().inRegion(M49.requireRegion("Latin America and the Caribbean")).list()));
    assertEquals(
        List.of(PATAGONIA), ids(atlas.query().inRegion(M49.requireRegion("South America")).list()));
    assertEquals(List.of(BREST_SAPONE), ids(atlas.query().inRegion(M49Region.AFRICA).list()));
    assertEquals(6, atlas.query().inRegion(M49Region.EUROPE).count());
    assertEquals(List.of(BREST_KIEL), ids(atlas.query().inCountry(CountryCode.of("DE")).list()));
    assertEquals(
        List.of(BREST_DUN_LAOGHAIRE),
        ids(atlas.query().inRegion(M49.requireRegion("Northern Europe")).list()));
  }

  @Test
  void lookupByNameIgnoresCaseAccentsAndPunctuation() {
    assertEquals(CADIZ, atlas.territories().requireNamed("cadiz").id());
    assertEquals(CADIZ, atlas.territories().requireNamed("CADIX").id());
    assertEquals(TIERRA_DEL_FUEGO, atlas.territories().requireNamed("terre de feu").id());
    assertEquals(TIERRA_DEL_FUEGO, atlas.territories().requireNamed("Tierra del Fuego").id());
    assertEquals(
        TIERRA_DEL_FUEGO,
        atlas
            .territories()
            .requireNamed("provincia de tierra del fuego antartida e islas del atlantico sur")
            .id());
    assertEquals(DUN_LAOGHAIRE, atlas.territories().requireNamed("dun laoghaire").id());
    assertEquals(XALAPA, atlas.territories().requireNamed("xalapa enriquez").id());
    assertEquals(SAPONE, atlas.territories().findNamed("Sapone").orElseThrow().id());
    assertTrue(atlas.territories().findNamed("terre").isEmpty(), "a part of a name is not a name");
    assertEquals(ActorId.of("cuauhtemoc"), atlas.actors().requireNamed("cuauhtemoc").id());
    assertEquals(COVID_19, atlas.crises().requireNamed("covid 19").id());
    assertEquals(
        ThemeId.of("maritime.aquaculture"), atlas.themes().requireNamed("acuicultura").id());
    assertEquals(
        VERACRUZ_COOPERATION,
        atlas.partnerships().requireNamed("cooperation avec l'Etat de Veracruz (Mexique)").id());
  }

  @Test
  void aMissingOrAmbiguousNameIsAnErrorThatNamesIt() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> atlas.territories().requireNamed("Atlantis"));
    assertTrue(missing.getMessage().contains("'Atlantis'"), missing.getMessage());
    assertTrue(atlas.partnerships().findNamed("no such").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> atlas.actors().requireNamed("nobody"));
    assertThrows(IllegalArgumentException.class, () -> atlas.crises().requireNamed("plague"));
    assertThrows(IllegalArgumentException.class, () -> atlas.themes().requireNamed("nothing"));

    Territory port =
        Territory.builder()
            .id(TerritoryId.of("mx-veracruz-port"))
            .level(TerritoryLevel.MUNICIPALITY)
            .country(CountryCode.of("MX"))
            .names(LocalizedText.of("es", "Veracruz"))
            .officialLanguage("es")
            .parent(VERACRUZ)
            .build();
    Atlas two = atlas.toBuilder().add(port).build();
    assertEquals(
        List.of(VERACRUZ, port.id()),
        two.territories().named("veracruz").stream()
            .map(Territory::id)
            .collect(Collectors.toList()));
    IllegalArgumentException ambiguous =
        assertThrows(IllegalArgumentException.class, () -> two.territories().findNamed("Veracruz"));
    assertTrue(
        ambiguous.getMessage().contains("mx-veracruz, mx-veracruz-port"), ambiguous.getMessage());
    assertThrows(IllegalArgumentException.class, () -> two.territories().requireNamed("Veracruz"));
    QueryInvariants.check(two);
  }

  @Test
  void lookupByIdHasOptionalAndRequireVariants() {
    assertTrue(atlas.territories().get(TerritoryId.of("nowhere")).isEmpty());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> atlas.partnerships().require(PartnershipId.of("brest-atlantis")));
    assertTrue(e.getMessage().contains("brest-atlantis"), e.getMessage());
    assertEquals(PATAGONIA, atlas.partnerships().get(PATAGONIA).orElseThrow().id());
    assertTrue(atlas.themes().get(ThemeId.of("energy.marine")).isPresent());
    assertTrue(atlas.actors().get(ActorId.of("sabella")).isPresent());
    assertThrows(
        IllegalArgumentException.class, () -> atlas.actors().require(ActorId.of("nobody")));
    assertEquals(COVID_19, atlas.crises().require(COVID_19).id());
  }

  @Test
  void aQueryDescribesItsConditions() {
    assertEquals(
        "PartnershipQuery[DEFINITELY, during(2020), involving(fr-brest), active]",
        atlas.query().involving(BREST).activeDuring(2020).toString());
    assertEquals(
        "PartnershipQuery[POSSIBLY, includingPlanned, inCountry(ES, FR)]",
        atlas
            .query()
            .inCountry(CountryCode.of("ES"), CountryCode.of("FR"))
            .possibly()
            .includingPlanned()
            .toString());
  }
}
