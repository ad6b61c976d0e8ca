package org.partneratlas.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partneratlas.action.ActionId;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.territory.TerritoryId;

/**
 * The bundled Brest Métropole dataset ({@code brest-metropole.json} beside this class) and the ids
 * the examples use.
 */
final class BrestMetropole {

  /** The class path resource of the dataset, relative to this class. */
  static final String RESOURCE = "brest-metropole.json";

  static final TerritoryId BREST_METROPOLE = TerritoryId.of("fr-brest-metropole");
  static final TerritoryId BREST = TerritoryId.of("fr-brest");
  static final TerritoryId CHUBUT = TerritoryId.of("ar-chubut");
  static final TerritoryId TIERRA_DEL_FUEGO = TerritoryId.of("ar-tierra-del-fuego");
  static final TerritoryId VERACRUZ = TerritoryId.of("mx-veracruz");
  static final TerritoryId XALAPA = TerritoryId.of("mx-xalapa");

  static final PartnershipId PATAGONIA = PartnershipId.of("brest-tierra-del-fuego");
  static final PartnershipId VERACRUZ_COOPERATION = PartnershipId.of("brest-veracruz");
  static final CrisisId COVID_19 = CrisisId.of("covid-19");

  static final ActionId REMOTE_STEERING_COMMITTEE = ActionId.of("tdf-remote-committee-2020");
  static final ActionId SEA_TECH_WEEK_STAND = ActionId.of("tdf-sea-tech-week-2020-stand");

  /** The year of the founding slides, the "now" of the dataset's seed facts. */
  static final int SEED_YEAR = 2020;

  private BrestMetropole() {}

  /**
   * Reads the bundled dataset.
   *
   * @return the atlas
   */
  static Atlas load() {
    try (InputStream in = BrestMetropole.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled resource " + RESOURCE + " is missing");
      }
      return AtlasJson.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
