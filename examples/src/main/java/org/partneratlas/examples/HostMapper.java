package org.partneratlas.examples;

import static org.partneratlas.examples.BrestMetropole.PATAGONIA;
import static org.partneratlas.examples.BrestMetropole.TIERRA_DEL_FUEGO;

import java.util.Map;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.DateRange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Partner Atlas values with the host program's own Jackson 3 {@code JsonMapper}:
 * {@code findAndAddModules()} finds the Partner Atlas module, so whole atlases, single entities and
 * scalar values (ids, dates) are written in the format of the json module and read back equal.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=HostMapper}.
 */
public final class HostMapper {

  /** A host's own record holding Partner Atlas values. */
  record Bookmark(TerritoryId territory, DateRange period, String note) {}

  private HostMapper() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    System.out.println("Modules found: " + mapper.registeredModules().size());

    Atlas atlas = BrestMetropole.load();

    // A single entity, as the format writes it.
    Territory tierraDelFuego = atlas.territories().require(TIERRA_DEL_FUEGO);
    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tierraDelFuego);
    System.out.println("A territory as JSON:");
    System.out.println(json);
    Territory back = mapper.readValue(json, Territory.class);
    System.out.println("Read back equal: " + back.equals(tierraDelFuego));

    // A partnership, and the whole atlas.
    Partnership patagonia = atlas.partnerships().require(PATAGONIA);
    Partnership partnershipBack =
        mapper.readValue(mapper.writeValueAsString(patagonia), Partnership.class);
    System.out.println("Partnership read back equal: " + partnershipBack.equals(patagonia));
    String whole = mapper.writeValueAsString(atlas);
    Atlas atlasBack = mapper.readValue(whole, Atlas.class);
    System.out.println(
        "Atlas of " + whole.length() + " characters read back equal: " + atlasBack.equals(atlas));

    // Ids and dates inside the host's own types, and as map keys.
    Bookmark bookmark =
        new Bookmark(TIERRA_DEL_FUEGO, DateRange.parse("2019/2021"), "phase 2019-2021");
    String bookmarkJson = mapper.writeValueAsString(bookmark);
    System.out.println("A host record: " + bookmarkJson);
    System.out.println(
        "Read back equal: " + mapper.readValue(bookmarkJson, Bookmark.class).equals(bookmark));
    Map<TerritoryId, String> byId = Map.of(TIERRA_DEL_FUEGO, "Terre de Feu");
    String mapJson = mapper.writeValueAsString(byId);
    Map<TerritoryId, String> mapBack =
        mapper.readValue(mapJson, new TypeReference<Map<TerritoryId, String>>() {});
    System.out.println(
        "Ids as map keys: " + mapJson + ", read back equal: " + mapBack.equals(byId));
  }
}
