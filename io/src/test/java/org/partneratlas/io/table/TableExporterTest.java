package org.partneratlas.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;

class TableExporterTest {

  private static byte[] pairsOf(Atlas atlas, TableExporter exporter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.writePairs(atlas, out);
    return out.toByteArray();
  }

  /** The atlas without what the pairs layout does not carry: aliases. */
  private static Atlas withoutAliases(Atlas atlas) {
    List<Territory> territories =
        atlas.territories().stream()
            .map(t -> Territory.builder().from(t).aliases(List.of()).build())
            .collect(Collectors.toList());
    return Atlas.builder().addAll(territories).addAll(atlas.partnerships()).build();
  }

  @Test
  void pairsExportedWithABomAndImportedAgainGiveAnEqualAtlas() {
    ImportResult first = TableImporterTest.pairs();
    byte[] table = pairsOf(first.atlas(), TableExporter.csv().withByteOrderMark());
    assertEquals((byte) 0xEF, table[0]);
    ImportResult second =
        TableImporter.standard()
            .importPairs("exported.csv", new ByteArrayInputStream(table), TableFormat.CSV);
    assertEquals(first.atlas().partnerships().size(), second.report().count(Outcome.IMPORTED));
    assertEquals(second.report().rows().size(), second.report().count(Outcome.IMPORTED));
    assertEquals(withoutAliases(first.atlas()), second.atlas());
    // And again: the export of the re-imported atlas is the same table.
    assertEquals(
        new String(table, StandardCharsets.UTF_8),
        new String(
            pairsOf(second.atlas(), TableExporter.csv().withByteOrderMark()),
            StandardCharsets.UTF_8));
  }

  @Test
  void nodesAndLinksRoundTripThroughTsvPairs() {
    ImportResult first = TableImporterTest.nodesAndLinks();
    byte[] table = pairsOf(first.atlas(), TableExporter.of(TableFormat.TSV));
    ImportResult second =
        TableImporter.standard()
            .importPairs("exported.tsv", new ByteArrayInputStream(table), TableFormat.TSV);
    // Equal, except the id of 東京: the nodes layout minted it from the QID (jp-q1490), which the
    // pairs layout does not carry, so it is minted from the code points of the name.
    int n = first.atlas().partnerships().size();
    assertEquals(
        first.atlas().partnerships().list().subList(0, n - 1),
        second.atlas().partnerships().list().subList(0, n - 1));
    assertEquals(
        "ru-moskva--jp-q1490", first.atlas().partnerships().list().get(n - 1).id().value());
    assertEquals(
        "ru-moskva--jp-u67714eac", second.atlas().partnerships().list().get(n - 1).id().value());
    assertEquals(
        first.atlas().partnerships().size(),
        second.report().count(Outcome.IMPORTED),
        second.report()::toString);
  }

  @Test
  void flatTablesOfTerritoriesPartnershipsAndParties(@TempDir Path dir) throws IOException {
    TableExporter.csv().writeAll(TableImporterTest.nodesAndLinks().atlas(), dir);
    List<String> territories = Files.readAllLines(dir.resolve("territories.csv"));
    assertEquals(
        "id,name,language,level,country,subdivision,parent,lat,lng,population,population_year,"
            + "aliases,external_ids",
        territories.get(0));
    assertEquals(
        "na-windhoek,Windhoek,und,UNKNOWN,NA,,,-22.57,17.083611111,,,,wikidata:Q3935",
        territories.get(1));
    List<String> partnerships = Files.readAllLines(dir.resolve("partnerships.csv"));
    assertEquals("id,kind,name,life,status_history,territories", partnerships.get(0));
    assertEquals(
        "na-windhoek--tw-taipei,TWINNING,,/..,,na-windhoek | tw-taipei", partnerships.get(1));
    List<String> parties = Files.readAllLines(dir.resolve("parties.csv"));
    assertEquals("partnership,territory,role,period,status,attested", parties.get(0));
    assertEquals("na-windhoek--tw-taipei,na-windhoek,PARTNER,../..,ACTIVE,", parties.get(1));
  }

  @Test
  void quotesWhereCsvNeedsThemAndRefusesTabsInTsv() {
    Territory munster =
        Territory.builder()
            .id(TerritoryId.of("de-munster"))
            .level(TerritoryLevel.UNKNOWN)
            .names(LocalizedText.of("und", "Munster, \"Lower\" Saxony"))
            .officialLanguage("und")
            .country(CountryCode.of("DE"))
            .build();
    Territory tab =
        Territory.builder()
            .from(munster)
            .id(TerritoryId.of("de-tab"))
            .names(LocalizedText.of("und", "a\tb"))
            .build();
    Atlas atlas = Atlas.builder().add(munster).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExporter.csv().writeTerritories(atlas, out);
    assertTrue(
        out.toString(StandardCharsets.UTF_8).contains("\"Munster, \"\"Lower\"\" Saxony\""),
        out::toString);
    Atlas withTab = Atlas.builder().add(tab).build();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TableExporter.of(TableFormat.TSV)
                .writeTerritories(withTab, new ByteArrayOutputStream()));
  }

  @Test
  void theReportAsATable() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImportReport report = TableImporterTest.pairs().report();
    TableExporter.csv().writeReport(report, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(report.rows().size() + 1, text.split("\r\n").length);
    assertTrue(text.contains("pairs.csv,13,REJECTED,,UNKNOWN_COUNTRY,"), text);
  }
}
