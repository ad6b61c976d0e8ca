package org.partneratlas.atlas;

import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.testing.SeedAtlas;
import org.partneratlas.time.PartialDate;

/**
 * The seed atlas ({@link SeedAtlas}: Brest Métropole's cooperations with Chubut then Tierra del
 * Fuego and with Veracruz, the planned project with Xalapa, COVID-19) with four of the city of
 * Brest's own partnerships, from {@code shared/design/facts.md} (brest.fr, "La maison de
 * l'international"): the twinnings with Kiel (charter of 1 August 1964), Dún Laoghaire (1984) and
 * Cádiz (1986), and the friendship with Saponé (1989). Brest is within Brest Métropole, so the
 * portfolio of Brest Métropole with its subdivisions holds all six partnerships.
 */
public final class BrestPortfolio {

  /** Kiel. */
  public static final TerritoryId KIEL = TerritoryId.of("de-kiel");

  /** Cádiz. */
  public static final TerritoryId CADIZ = TerritoryId.of("es-cadiz");

  /** Dún Laoghaire. */
  public static final TerritoryId DUN_LAOGHAIRE = TerritoryId.of("ie-dun-laoghaire");

  /** Saponé. */
  public static final TerritoryId SAPONE = TerritoryId.of("bf-sapone");

  /** Brest and Kiel. */
  public static final PartnershipId BREST_KIEL = PartnershipId.of("brest-kiel");

  /** Brest and Dún Laoghaire. */
  public static final PartnershipId BREST_DUN_LAOGHAIRE = PartnershipId.of("brest-dun-laoghaire");

  /** Brest and Cádiz. */
  public static final PartnershipId BREST_CADIZ = PartnershipId.of("brest-cadiz");

  /** Brest and Saponé. */
  public static final PartnershipId BREST_SAPONE = PartnershipId.of("brest-sapone");

  private BrestPortfolio() {}

  private static final Source BREST_FR =
      Source.builder()
          .title("La maison de l'international")
          .publisher("Ville de Brest")
          .url(
              "https://brest.fr/developper-le-territoire/ouvrir-le-territoire-a-linternational/"
                  + "la-maison-de-l-international-1774.html")
          .build();

  private static Territory town(
      TerritoryId id, String country, String language, LocalizedText names, Coordinates at) {
    Territory.Builder b =
        Territory.builder()
            .id(id)
            .level(TerritoryLevel.MUNICIPALITY)
            .country(CountryCode.of(country))
            .officialLanguage(language)
            .names(names);
    if (at != null) {
      b.coordinates(at);
    }
    return b.build();
  }

  private static Partnership withBrest(
      PartnershipId id,
      PartnershipKind kind,
      TerritoryId partner,
      AgreementKind agreement,
      PartialDate signed) {
    return Partnership.builder()
        .id(id)
        .kind(kind)
        .addParties(Party.of(SeedAtlas.BREST), Party.of(partner))
        .addAgreements(Agreement.builder().kind(agreement).signed(signed).build())
        .addSources(BREST_FR)
        .build();
  }

  /**
   * Returns the atlas.
   *
   * @return the seed atlas with the four partnerships of the city of Brest
   */
  public static Atlas atlas() {
    Territory kiel =
        town(KIEL, "DE", "de", LocalizedText.of("de", "Kiel"), Coordinates.of(54.3233, 10.1394));
    Territory dunLaoghaire =
        Territory.builder()
            .from(
                town(
                    DUN_LAOGHAIRE,
                    "IE",
                    "en",
                    LocalizedText.of("en", "Dún Laoghaire"),
                    Coordinates.of(53.30, -6.14)))
            .population(Population.of(26_525, 2016))
            .build();
    Territory cadiz =
        town(
            CADIZ,
            "ES",
            "es",
            LocalizedText.builder().put("es", "Cádiz").put("fr", "Cadix").build(),
            Coordinates.of(36.535, -6.2975));
    Territory sapone = town(SAPONE, "BF", "fr", LocalizedText.of("fr", "Saponé"), null);
    return SeedAtlas.atlas().toBuilder()
        .add(kiel, dunLaoghaire, cadiz, sapone)
        .add(
            withBrest(
                BREST_KIEL,
                PartnershipKind.TWINNING,
                KIEL,
                AgreementKind.CHARTER,
                PartialDate.ofDay(1964, 8, 1)),
            withBrest(
                BREST_DUN_LAOGHAIRE,
                PartnershipKind.TWINNING,
                DUN_LAOGHAIRE,
                AgreementKind.CHARTER,
                PartialDate.ofYear(1984)),
            withBrest(
                BREST_CADIZ,
                PartnershipKind.TWINNING,
                CADIZ,
                AgreementKind.CHARTER,
                PartialDate.ofYear(1986)),
            withBrest(
                BREST_SAPONE,
                PartnershipKind.FRIENDSHIP,
                SAPONE,
                AgreementKind.PROTOCOL,
                PartialDate.ofYear(1989)))
        .build();
  }
}
