package org.partneratlas.examples;

import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.AtlasValidationException;
import org.partneratlas.atlas.Problem;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.StandardThemes;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * Builds a small atlas in code — the twinning of Brest and Kiel, charter signed on 1 August 1964 —
 * queries it, derives a new atlas from it, and shows how a builder reports every problem at once.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=BuildInCode}.
 */
public final class BuildInCode {

  private BuildInCode() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Source brestFr =
        Source.builder()
            .title("La maison de l'international")
            .publisher("Ville de Brest (brest.fr)")
            .url(
                "https://brest.fr/developper-le-territoire/ouvrir-le-territoire-a-linternational/"
                    + "la-maison-de-l-international-1774.html")
            .build();

    // Territories: an id, a level, names by language (one official), a country.
    Territory brest =
        Territory.builder()
            .id(TerritoryId.of("fr-brest"))
            .level(TerritoryLevel.MUNICIPALITY)
            .names(LocalizedText.of("fr", "Brest"))
            .officialLanguage("fr")
            .country(CountryCode.of("FR"))
            .coordinates(Coordinates.of(48.3905, -4.4860))
            .putExternalIds("insee", "29019")
            .build();
    Territory kiel =
        Territory.builder()
            .id(TerritoryId.of("de-kiel"))
            .level(TerritoryLevel.MUNICIPALITY)
            .names(LocalizedText.of("de", "Kiel"))
            .officialLanguage("de")
            .country(CountryCode.of("DE"))
            .coordinates(Coordinates.of(54.3233, 10.1394))
            .build();

    // A partnership: parties with their periods, agreements, themes, actions, sources.
    Partnership twinning =
        Partnership.builder()
            .id(PartnershipId.of("brest-kiel"))
            .kind(PartnershipKind.TWINNING)
            .addParties(
                Party.builder().territory(brest.id()).period(DateRange.parse("1964/..")).build(),
                Party.builder().territory(kiel.id()).period(DateRange.parse("1964/..")).build())
            .addAgreements(
                Agreement.builder()
                    .kind(AgreementKind.CHARTER)
                    .signed(PartialDate.ofDay(1964, 8, 1))
                    .build())
            .addSources(brestFr)
            .build();

    Atlas atlas =
        Atlas.builder()
            .addAll(ThemeCatalogue.standard().themes())
            .add(brest, kiel)
            .add(twinning)
            .build();
    System.out.println("Built: " + atlas);
    System.out.println(
        "Twinnings of Brest active in 1990: "
            + atlas.query().involving(brest.id()).activeDuring(1990).count());
    System.out.println(
        "Partners of Brest: "
            + atlas.partnersOf(brest.id())
            + "; Kiel found by name 'KIEL': "
            + atlas.territories().findNamed("KIEL").isPresent());

    // An Atlas is immutable: derive a new one with a theme and an action added (both made up for
    // this example, unlike the facts above).
    Partnership withCulture =
        Partnership.builder()
            .from(twinning)
            .addThemes(ThemePeriod.of(StandardThemes.CULTURE, DateRange.unbounded()))
            .addActions(
                Action.builder()
                    .id(ActionId.of("brest-kiel-example-visit"))
                    .kind(ActionKind.VISIT)
                    .title(LocalizedText.of("en", "An example visit, made up for this example"))
                    .build())
            .build();
    Atlas derived = atlas.toBuilder().replace(withCulture).build();
    System.out.println(
        "Derived atlas: partnerships on culture: "
            + derived.query().onTheme(StandardThemes.CULTURE).count()
            + " (the original still has "
            + atlas.query().onTheme(StandardThemes.CULTURE).count()
            + ")");

    // A builder checks every rule and lists every problem at once.
    Partnership broken =
        Partnership.builder()
            .id(PartnershipId.of("brest-nowhere"))
            .kind(PartnershipKind.TWINNING)
            .addParties(Party.of(brest.id()), Party.of(TerritoryId.of("xx-nowhere")))
            .addThemes(ThemePeriod.of(ThemeId.of("no.such-theme"), DateRange.unbounded()))
            .build();
    try {
      var unused = atlas.toBuilder().add(broken, twinning).build();
      System.out.println("Unexpected: the broken atlas was accepted");
    } catch (AtlasValidationException e) {
      System.out.println(
          "The broken atlas was refused, with " + e.problems().size() + " problems:");
      for (Problem problem : e.problems()) {
        System.out.println("  - " + problem);
      }
    }
  }
}
