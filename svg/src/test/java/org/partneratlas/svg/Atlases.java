package org.partneratlas.svg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/** The atlases the pictures are tested on: the bundled Brest dataset and crowded synthetic ones. */
final class Atlases {

  static final TerritoryId BREST_METROPOLE = TerritoryId.of("fr-brest-metropole");
  static final TerritoryId HOME = TerritoryId.of("fr-home");

  private static final Path BREST =
      Path.of(
          "..",
          "examples",
          "src",
          "main",
          "resources",
          "org",
          "partneratlas",
          "examples",
          "brest-metropole.json");

  private static final List<PartnershipKind> KINDS =
      List.of(
          PartnershipKind.TWINNING,
          PartnershipKind.FRIENDSHIP,
          PartnershipKind.DECENTRALISED_COOPERATION,
          PartnershipKind.MEMORANDUM_OF_UNDERSTANDING,
          PartnershipKind.PROJECT_PARTNERSHIP);

  private Atlases() {}

  /** The bundled Brest Métropole dataset of the examples module. */
  static Atlas brest() {
    try (InputStream in = Files.newInputStream(BREST)) {
      return AtlasJson.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An atlas in which a French town has {@code count} partners, all in one German city or within a
   * few kilometres of it, each partnership with themes, a dormant status of unknown date, and
   * actions on the same day with long titles.
   *
   * @param count the number of partners
   * @param spreadKm how far from one another the partners are, at most, in kilometres
   * @param titleWords how many words the titles of the actions have
   */
  static Atlas crowded(int count, double spreadKm, int titleWords) {
    Atlas.Builder atlas = Atlas.builder().addAll(ThemeCatalogue.standard().themes());
    Territory home =
        Territory.builder()
            .id(HOME)
            .level(TerritoryLevel.MUNICIPALITY)
            .names(LocalizedText.of("fr", "Ville de départ"))
            .officialLanguage("fr")
            .country(CountryCode.of("FR"))
            .coordinates(Coordinates.of(47.2, -1.55))
            .build();
    atlas.add(home);
    List<ThemeId> themes = new ArrayList<>();
    ThemeCatalogue.standard().themes().forEach(t -> themes.add(t.id()));
    for (int i = 0; i < count; i++) {
      double angle = i * 2.399;
      double r = spreadKm * Math.sqrt((i + 0.5) / count) / 111.0;
      TerritoryId id = TerritoryId.of("de-partner-" + i);
      atlas.add(
          Territory.builder()
              .id(id)
              .level(TerritoryLevel.MUNICIPALITY)
              .names(LocalizedText.of("de", "Partnerstadt Nummer " + i + " an der Spree"))
              .officialLanguage("de")
              .country(CountryCode.of("DE"))
              .coordinates(
                  Coordinates.of(52.52 + r * Math.sin(angle), 13.40 + r * Math.cos(angle) * 1.6))
              .build());
      Action visit =
          Action.builder()
              .id(ActionId.of("visit-" + i))
              .kind(ActionKind.VISIT)
              .title(LocalizedText.of("en", words("Delegation visit about", titleWords, i)))
              .when(DateRange.parse("2019-06-12"))
              .build();
      Action online =
          Action.builder()
              .id(ActionId.of("online-" + i))
              .kind(ActionKind.MEETING)
              .title(LocalizedText.of("en", words("Online meeting on", titleWords, i)))
              .modality(Modality.REMOTE)
              .when(DateRange.parse("2020-05"))
              .build();
      atlas.add(
          Partnership.builder()
              .id(PartnershipId.of("home-partner-" + i))
              .kind(KINDS.get(i % KINDS.size()))
              .addParties(Party.of(HOME), Party.of(id))
              .addThemes(
                  ThemePeriod.of(
                      themes.get(i % themes.size()), DateRange.parse((1960 + i) + "/..")),
                  ThemePeriod.of(themes.get((i + 3) % themes.size()), DateRange.parse("2010/")))
              .addStatusHistory(
                  StatusChange.of(
                      PartialDate.parse(Integer.toString(1960 + i)), PartnershipStatus.ACTIVE))
              .addActions(visit, online)
              .build());
    }
    return atlas.build();
  }

  private static String words(String start, int count, int seed) {
    String[] pool = {
      "maritime",
      "heritage",
      "students",
      "harbour",
      "culture",
      "renewable",
      "energy",
      "youth",
      "exchange",
      "water",
      "management",
      "festival",
      "research",
      "universities"
    };
    StringBuilder sb = new StringBuilder(start);
    for (int i = 0; i < count; i++) {
      sb.append(' ').append(pool[(seed * 7 + i * 3) % pool.length]);
    }
    return sb.toString();
  }
}
