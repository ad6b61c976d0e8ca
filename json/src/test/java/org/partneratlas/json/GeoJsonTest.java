package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static Territory town(String id, String country, double lat, double lon) {
    return Territory.builder()
        .id(TerritoryId.of(id))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of("en", id))
        .officialLanguage("en")
        .country(CountryCode.of(country))
        .coordinates(Coordinates.of(lat, lon))
        .build();
  }

  private static Territory placeless(String id) {
    return Territory.builder()
        .id(TerritoryId.of(id))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of("en", id))
        .officialLanguage("en")
        .country(CountryCode.of("FR"))
        .build();
  }

  private static Partnership between(String id, String... territories) {
    Partnership.Builder b =
        Partnership.builder().id(PartnershipId.of(id)).kind(PartnershipKind.TWINNING);
    for (String t : territories) {
      b.addParties(Party.of(TerritoryId.of(t)));
    }
    return b.build();
  }

  private static JsonNode features(Atlas atlas) {
    JsonNode root = TREES.readTree(GeoJson.writeString(atlas));
    assertEquals("FeatureCollection", root.get("type").asString());
    return root.get("features");
  }

  @Test
  void territoriesArePointsWithLongitudeFirst() {
    Atlas atlas =
        Atlas.builder().add(town("brest", "FR", 48.39, -4.49), placeless("nowhere")).build();
    JsonNode features = features(atlas);
    assertEquals(1, features.size());
    JsonNode point = features.get(0).get("geometry");
    assertEquals("Point", point.get("type").asString());
    assertEquals(-4.49, point.get("coordinates").get(0).asDouble());
    assertEquals(48.39, point.get("coordinates").get(1).asDouble());
    assertEquals("brest", features.get(0).get("properties").get("id").asString());
    assertEquals("MUNICIPALITY", features.get(0).get("properties").get("kind").asString());
  }

  @Test
  void aPartnershipIsALineBetweenItsParties() {
    Atlas atlas =
        Atlas.builder()
            .add(
                town("brest", "FR", 48.39, -4.49), town("kiel", "DE", 54.32, 10.14), placeless("x"))
            .add(between("brest-kiel", "brest", "kiel"), between("brest-x", "brest", "x"))
            .build();
    JsonNode features = features(atlas);
    assertEquals(3, features.size(), "two points and one line: brest-x has one place only");
    JsonNode line = features.get(2);
    assertEquals("LineString", line.get("geometry").get("type").asString());
    assertEquals(
        TREES.readTree("[[-4.49,48.39],[10.14,54.32]]"), line.get("geometry").get("coordinates"));
    JsonNode properties = line.get("properties");
    assertEquals("brest-kiel", properties.get("id").asString());
    assertEquals("TWINNING", properties.get("kind").asString());
    assertEquals("ACTIVE", properties.get("status").asString());
    assertEquals(TREES.readTree("[]"), properties.get("themes"));
    // No source dates it: its start is unknown, and said so rather than null or guessed.
    assertEquals("/..", properties.get("life").asString());
    assertEquals("unknown", properties.get("start").asString());
    assertEquals("ongoing", properties.get("end").asString());
    assertEquals("unknown", properties.get("statusSince").asString());
    assertEquals(false, properties.has("statusAsOf"));
  }

  private static JsonNode partnershipProperties(Partnership partnership) {
    Atlas atlas =
        Atlas.builder()
            .add(town("brest", "FR", 48.39, -4.49), town("haiphong", "VN", 20.87, 106.68))
            .add(partnership)
            .build();
    return features(atlas).get(2).get("properties");
  }

  private static Partnership.Builder brestHaiphong(String period) {
    return Partnership.builder()
        .id(PartnershipId.of("brest-haiphong"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .addParties(
            Party.builder()
                .territory(TerritoryId.of("brest"))
                .period(DateRange.parse(period))
                .build(),
            Party.builder()
                .territory(TerritoryId.of("haiphong"))
                .period(DateRange.parse(period))
                .build());
  }

  @Test
  void anUndatedLatestStatusIsSaidToBeOfUnknownDate() {
    JsonNode properties =
        partnershipProperties(
            brestHaiphong("2007/..")
                .addStatusHistory(
                    StatusChange.of(PartialDate.ofYear(2007), PartnershipStatus.ACTIVE),
                    StatusChange.undated(PartnershipStatus.DORMANT))
                .build());
    assertEquals("DORMANT", properties.get("status").asString());
    assertEquals("unknown", properties.get("statusSince").asString());
    assertEquals("2007/..", properties.get("life").asString());
    assertEquals("2007", properties.get("start").asString());
    assertEquals("ongoing", properties.get("end").asString());
  }

  @Test
  void anAttestedLatestStatusSaysAsOfWhen() {
    JsonNode properties =
        partnershipProperties(
            brestHaiphong("2007/..")
                .addStatusHistory(
                    StatusChange.builder()
                        .status(PartnershipStatus.DORMANT)
                        .attested(PartialDate.ofYear(2020))
                        .build())
                .build());
    assertEquals("DORMANT", properties.get("status").asString());
    assertEquals("unknown", properties.get("statusSince").asString());
    assertEquals("2020", properties.get("statusAsOf").asString());
  }

  @Test
  void anEndOfUnknownDateIsKeptInTheLife() {
    JsonNode properties =
        partnershipProperties(
            brestHaiphong("2007~/")
                .addStatusHistory(StatusChange.undated(PartnershipStatus.ENDED))
                .build());
    assertEquals("2007~/", properties.get("life").asString());
    assertEquals("2007~", properties.get("start").asString());
    assertEquals("unknown", properties.get("end").asString());
    assertEquals("ENDED", properties.get("status").asString());
    assertEquals("unknown", properties.get("statusSince").asString());
  }

  @Test
  void withoutHistoryAPartnershipIsActiveSinceTheStartOfItsLife() {
    JsonNode properties = partnershipProperties(brestHaiphong("196X/..").build());
    assertEquals("ACTIVE", properties.get("status").asString());
    assertEquals("196X", properties.get("statusSince").asString());
    assertEquals("196X/..", properties.get("life").asString());
  }

  @Test
  void noPropertyOfAPartnershipIsNull() {
    JsonNode features = TREES.readTree(GeoJson.writeString(Fixtures.smallAtlas())).get("features");
    for (JsonNode feature : features) {
      for (var property : feature.get("properties").properties()) {
        assertEquals(false, property.getValue().isNull(), property.getKey());
      }
    }
  }

  @Test
  void aLineAcrossTheAntimeridianIsCutInTwo() {
    // Suva (Fiji, 178.4 E) to Apia (Samoa, 171.8 W): the short way crosses 180.
    Atlas atlas =
        Atlas.builder()
            .add(town("suva", "FJ", -18.0, 178.0), town("apia", "WS", -14.0, -172.0))
            .add(between("suva-apia", "suva", "apia"))
            .build();
    JsonNode geometry = features(atlas).get(2).get("geometry");
    assertEquals("MultiLineString", geometry.get("type").asString());
    assertEquals(
        TREES.readTree("[[[178.0,-18.0],[180.0,-17.2]],[[-180.0,-17.2],[-172.0,-14.0]]]"),
        geometry.get("coordinates"));
  }

  @Test
  void cuttingAtTheAntimeridianGoesBothWays() {
    List<List<double[]>> west = GeoJson.lines(Coordinates.of(0, -170), Coordinates.of(10, 170));
    assertEquals(2, west.size());
    assertEquals(-180.0, west.get(0).get(1)[0]);
    assertEquals(5.0, west.get(0).get(1)[1], 1e-9);
    assertEquals(180.0, west.get(1).get(0)[0]);
    // Starting on the antimeridian itself: one line on the other side.
    List<List<double[]>> edge = GeoJson.lines(Coordinates.of(0, 180), Coordinates.of(0, -170));
    assertEquals(1, edge.size());
    assertEquals(-180.0, edge.get(0).get(0)[0]);
    // Lines that do not cross are kept whole.
    assertEquals(1, GeoJson.lines(Coordinates.of(0, -90), Coordinates.of(0, 89)).size());
  }

  @Test
  void morePartiesMakeAMultiLineStringFromTheFirst() {
    Atlas atlas =
        Atlas.builder()
            .add(town("a", "FR", 0, 0), town("b", "FR", 1, 1), town("c", "FR", 2, 2))
            .add(between("abc", "a", "b", "c"))
            .build();
    JsonNode feature = features(atlas).get(3);
    assertEquals("MultiLineString", feature.get("geometry").get("type").asString());
    assertEquals(
        TREES.readTree("[[[0.0,0.0],[1.0,1.0]],[[0.0,0.0],[2.0,2.0]]]"),
        feature.get("geometry").get("coordinates"));
    assertEquals(TREES.readTree("[\"a\",\"b\",\"c\"]"), feature.get("properties").get("parties"));
  }
}
