package org.partneratlas.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.ImportException;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.DateRange;

class TableImporterTest {

  static InputStream resource(String name) {
    InputStream in = TableImporterTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new AssertionError("missing test resource " + name);
    }
    return in;
  }

  static ImportResult pairs() {
    return TableImporter.standard()
        .importPairs("pairs.csv", resource("pairs.csv"), TableFormat.CSV);
  }

  static ImportResult nodesAndLinks() {
    return TableImporter.standard()
        .importNodesAndLinks(
            "nodes.tsv",
            resource("nodes.tsv"),
            "links.tsv",
            resource("links.tsv"),
            TableFormat.TSV);
  }

  private static RowOutcome line(ImportReport report, String table, long line) {
    return report.rowsOf(table).stream()
        .filter(r -> r.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + table + ":" + line));
  }

  private static void assertOutcome(
      ImportReport report, String table, long line, Outcome outcome, String entity) {
    RowOutcome row = line(report, table, line);
    assertEquals(outcome, row.outcome(), row::toString);
    assertEquals(Optional.of(entity), row.entity(), row::toString);
  }

  private static void assertRejected(ImportReport report, String table, long line, Reason reason) {
    RowOutcome row = line(report, table, line);
    assertEquals(Optional.of(reason), row.reason(), row::toString);
  }

  private static Territory territory(Atlas atlas, String id) {
    return atlas.territories().require(TerritoryId.of(id));
  }

  @Test
  void everyRowOfThePairsTableIsAccountedFor() {
    ImportReport report = pairs().report();
    // 20 lines after the header, the empty one included.
    assertEquals(20, report.rows().size(), report::toString);
    List<Long> lines = report.rows().stream().map(RowOutcome::line).collect(Collectors.toList());
    for (long line = 2; line <= 21; line++) {
      assertTrue(lines.contains(line), "line " + line + " missing: " + report);
    }
    assertEquals(
        report.rows().size(),
        report.count(Outcome.IMPORTED)
            + report.count(Outcome.MERGED)
            + report.count(Outcome.REJECTED));
  }

  @Test
  void pairsFromBothSidesAreOnePartnershipAndTheBomIsSkipped() {
    ImportResult result = pairs();
    ImportReport report = result.report();
    assertOutcome(report, "pairs.csv", 2, Outcome.IMPORTED, "fr-brest--de-kiel");
    assertOutcome(report, "pairs.csv", 3, Outcome.MERGED, "fr-brest--de-kiel");
    assertTrue(line(report, "pairs.csv", 3).message().contains("other side"));
    Partnership kiel =
        result
            .atlas()
            .partnerships()
            .require(org.partneratlas.partnership.PartnershipId.of("fr-brest--de-kiel"));
    assertEquals(PartnershipKind.TWINNING, kiel.kind());
    assertEquals(DateRange.parse("1964/.."), kiel.life());
  }

  @Test
  void countriesByCodeAndByNameInSeveralLanguagesWithNamibiaTaiwanAndKosovo() {
    Atlas atlas = pairs().atlas();
    assertEquals(CountryCode.of("DE"), territory(atlas, "de-kiel").country());
    assertEquals(CountryCode.of("NA"), territory(atlas, "na-windhoek").country());
    assertEquals(CountryCode.of("TW"), territory(atlas, "tw-taipei").country());
    assertEquals(CountryCode.of("XK"), territory(atlas, "xk-prizren").country());
    assertEquals(CountryCode.of("GB"), territory(atlas, "gb-plymouth").country());
    // A row with too few fields makes nothing, even where its first fields are good.
    assertTrue(atlas.territories().named("Mostar").isEmpty());
  }

  @Test
  void sharedNamesInOtherCountriesOrFarApartAreDifferentTerritories() {
    Atlas atlas = pairs().atlas();
    assertEquals(CountryCode.of("BY"), territory(atlas, "by-brest").country());
    assertEquals(CountryCode.of("FR"), territory(atlas, "fr-brest").country());
    // Two Springfields 300 km apart: two territories, numbered in the order of the rows.
    assertEquals(
        Coordinates.of(39.80, -89.64), territory(atlas, "us-springfield").coordinates().get());
    assertEquals(
        Coordinates.of(37.21, -93.29), territory(atlas, "us-springfield-2").coordinates().get());
    assertOutcome(
        pairs().report(), "pairs.csv", 15, Outcome.IMPORTED, "us-springfield--us-springfield-2");
  }

  @Test
  void spellingVariantsAreMergedAndKeptAsAliases() {
    ImportResult result = pairs();
    assertOutcome(result.report(), "pairs.csv", 7, Outcome.MERGED, "tw-taipei--ro-iasi");
    Territory iasi = territory(result.atlas(), "ro-iasi");
    assertEquals(List.of("Iaşi"), iasi.aliases());
    assertEquals("Iași", iasi.officialName());
    assertTrue(line(result.report(), "pairs.csv", 7).message().contains("kept as an alias"));
  }

  @Test
  void nothingUnknownIsFilledIn() {
    Atlas atlas = pairs().atlas();
    Territory windhoek = territory(atlas, "na-windhoek");
    assertEquals(TerritoryLevel.UNKNOWN, windhoek.level());
    assertEquals("und", windhoek.officialLanguage());
    Partnership undated =
        atlas
            .partnerships()
            .require(org.partneratlas.partnership.PartnershipId.of("na-windhoek--fr-brest"));
    assertEquals(PartnershipKind.FRIENDSHIP, undated.kind());
    assertTrue(undated.statusHistory().isEmpty());
    assertTrue(undated.life().isUnknownStart(), undated.life()::toString);
    assertEquals(DateRange.unbounded(), undated.parties().get(0).period());
  }

  @Test
  void selfPairsContradictionsAndBadFieldsAreRejectedWithLineAndText() {
    ImportReport report = pairs().report();
    assertRejected(report, "pairs.csv", 9, Reason.SELF_PAIR);
    assertRejected(report, "pairs.csv", 11, Reason.CONTRADICTION);
    assertTrue(
        line(report, "pairs.csv", 11).message().contains("start year 1987 where it says 1986"));
    assertRejected(report, "pairs.csv", 12, Reason.UNKNOWN_COUNTRY);
    assertRejected(report, "pairs.csv", 13, Reason.UNKNOWN_COUNTRY);
    assertTrue(
        line(report, "pairs.csv", 13).message().contains("did you mean Greece (GR)?"),
        line(report, "pairs.csv", 13)::toString);
    assertRejected(report, "pairs.csv", 16, Reason.EMPTY_ROW);
    assertRejected(report, "pairs.csv", 17, Reason.BAD_COORDINATES);
    assertRejected(report, "pairs.csv", 18, Reason.BAD_YEAR);
    assertRejected(report, "pairs.csv", 19, Reason.UNKNOWN_KIND);
    assertRejected(report, "pairs.csv", 21, Reason.WRONG_FIELD_COUNT);
    assertEquals(
        "Athens,Grecce,37.98,23.73,Brest,France,48.39,-4.49,,",
        line(report, "pairs.csv", 13).text());
    assertEquals(
        "\"Munster, Lower Saxony\",Germany,52.98,10.08,Brest,France,48.39,-4.49,,",
        line(report, "pairs.csv", 14).text());
    assertEquals(
        Map.of(
            Reason.SELF_PAIR, 1,
            Reason.CONTRADICTION, 1,
            Reason.UNKNOWN_COUNTRY, 2,
            Reason.EMPTY_ROW, 1,
            Reason.BAD_COORDINATES, 1,
            Reason.BAD_YEAR, 1,
            Reason.UNKNOWN_KIND, 1,
            Reason.WRONG_FIELD_COUNT, 1),
        report.rejectedByReason());
  }

  @Test
  void rejectedRowsMakeNothing() {
    Atlas atlas = pairs().atlas();
    assertTrue(atlas.territories().named("Nicosia").isEmpty());
    assertTrue(atlas.territories().named("Athens").isEmpty());
    assertTrue(atlas.territories().named("Vaasa").isEmpty());
    // Cádiz and Brest: one partnership, started 1986; the 1987 row changed nothing.
    assertEquals(
        DateRange.parse("1986/.."),
        atlas
            .partnerships()
            .require(org.partneratlas.partnership.PartnershipId.of("es-cadiz--fr-brest"))
            .life());
  }

  @Test
  void idsAreStableAcrossRuns() {
    assertEquals(pairs().atlas(), pairs().atlas());
    assertEquals(pairs().report(), pairs().report());
    assertEquals(nodesAndLinks().atlas(), nodesAndLinks().atlas());
  }

  @Test
  void nodesAndLinksWithTheTrapsOfTheTwinCitiesTable() {
    ImportResult result = nodesAndLinks();
    ImportReport report = result.report();
    Atlas atlas = result.atlas();
    assertEquals(17 + 13, report.rows().size(), report::toString);
    assertOutcome(report, "nodes.tsv", 2, Outcome.IMPORTED, "na-windhoek");
    assertOutcome(report, "nodes.tsv", 3, Outcome.IMPORTED, "tw-taipei");
    assertOutcome(report, "nodes.tsv", 4, Outcome.IMPORTED, "xk-pristina");
    assertRejected(report, "nodes.tsv", 5, Reason.UNKNOWN_COUNTRY);
    assertRejected(report, "nodes.tsv", 6, Reason.UNKNOWN_COUNTRY);
    assertTrue(line(report, "nodes.tsv", 5).message().contains("'XC'"));
    assertOutcome(report, "nodes.tsv", 7, Outcome.IMPORTED, "nl-tilburg");
    assertOutcome(report, "nodes.tsv", 8, Outcome.MERGED, "nl-tilburg");
    assertOutcome(report, "nodes.tsv", 9, Outcome.IMPORTED, "gb-london");
    assertOutcome(report, "nodes.tsv", 10, Outcome.IMPORTED, "ca-london");
    assertOutcome(report, "nodes.tsv", 11, Outcome.IMPORTED, "uy-montevideo");
    assertOutcome(report, "nodes.tsv", 12, Outcome.IMPORTED, "cl-montevideo");
    assertOutcome(report, "nodes.tsv", 13, Outcome.IMPORTED, "ba-mostar");
    assertRejected(report, "nodes.tsv", 14, Reason.COUNTRY_CONTRADICTION);
    assertRejected(report, "nodes.tsv", 15, Reason.DUPLICATE_ID);
    assertOutcome(report, "nodes.tsv", 16, Outcome.IMPORTED, "cd-kinshasa");
    assertOutcome(report, "nodes.tsv", 17, Outcome.IMPORTED, "ru-moskva");
    assertOutcome(report, "nodes.tsv", 18, Outcome.IMPORTED, "jp-q1490");

    assertOutcome(report, "links.tsv", 2, Outcome.IMPORTED, "na-windhoek--tw-taipei");
    assertOutcome(report, "links.tsv", 3, Outcome.MERGED, "na-windhoek--tw-taipei");
    assertOutcome(report, "links.tsv", 4, Outcome.IMPORTED, "xk-pristina--nl-tilburg");
    assertOutcome(report, "links.tsv", 5, Outcome.MERGED, "xk-pristina--nl-tilburg");
    assertRejected(report, "links.tsv", 6, Reason.SELF_PAIR);
    assertRejected(report, "links.tsv", 7, Reason.REJECTED_NODE);
    assertRejected(report, "links.tsv", 8, Reason.REJECTED_NODE);
    assertOutcome(report, "links.tsv", 9, Outcome.IMPORTED, "gb-london--ca-london");
    assertOutcome(report, "links.tsv", 10, Outcome.IMPORTED, "uy-montevideo--cl-montevideo");
    assertRejected(report, "links.tsv", 11, Reason.UNKNOWN_NODE);
    assertOutcome(report, "links.tsv", 12, Outcome.IMPORTED, "ba-mostar--cd-kinshasa");
    assertRejected(report, "links.tsv", 13, Reason.REJECTED_NODE);
    assertOutcome(report, "links.tsv", 14, Outcome.IMPORTED, "ru-moskva--jp-q1490");

    assertEquals(12, atlas.territories().size());
    assertEquals(6, atlas.partnerships().size());
    assertEquals(Map.of("wikidata", "Q3935"), territory(atlas, "na-windhoek").externalIds());
    assertEquals(CountryCode.of("TW"), territory(atlas, "tw-taipei").country());
    assertEquals(CountryCode.of("NA"), territory(atlas, "na-windhoek").country());
  }

  @Test
  void columnsCanBeMappedAndTheNamesLanguageGiven() {
    String csv = "Ville;Pays;Jumelle;Pays jumelle\nBrest;France;Kiel;Allemagne\n";
    TableImporter importer =
        TableImporter.builder()
            .column(Field.CITY_A, "ville")
            .column(Field.COUNTRY_A, "Pays")
            .column(Field.CITY_B, "Jumelle")
            .column(Field.COUNTRY_B, "pays jumelle")
            .nameLanguage("fr")
            .build();
    ImportResult result =
        importer.importPairs(
            "villes.csv",
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            TableFormat.SEMICOLON_CSV);
    assertEquals(1, result.report().count(Outcome.IMPORTED), result.report()::toString);
    assertEquals("fr", territory(result.atlas(), "fr-brest").officialLanguage());
  }

  @Test
  void aMissingColumnIsAnExceptionNamingIt() {
    String csv = "city_a,country_a,city_b\nBrest,France,Kiel\n";
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                TableImporter.standard()
                    .importPairs(
                        "short.csv",
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        TableFormat.CSV));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertTrue(e.getMessage().contains("no column 'country_b'"), e::getMessage);
  }

  @Test
  void bytesThatAreNotUtf8AreAnExceptionNotReplaced() {
    byte[] latin1 =
        "city_a,country_a,city_b,country_b\nC\u00e1diz,Spain,Brest,France\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                TableImporter.standard()
                    .importPairs("latin1.csv", new ByteArrayInputStream(latin1), TableFormat.CSV));
    assertTrue(e.getMessage().contains("UTF-8"), e::getMessage);
  }

  @Test
  void mappedCountryCodesAndMergeDistance() {
    ImportResult cyprus =
        TableImporter.builder()
            .mapCountryCode("XC", "CY")
            .mergeDistanceKm(-1)
            .build()
            .importNodesAndLinks(
                "nodes.tsv",
                resource("nodes.tsv"),
                "links.tsv",
                resource("links.tsv"),
                TableFormat.TSV);
    assertEquals(CountryCode.of("CY"), territory(cyprus.atlas(), "cy-nicosia").country());
    // Without merging, the two Tilburgs are two territories, and their link is imported.
    assertOutcome(cyprus.report(), "nodes.tsv", 8, Outcome.IMPORTED, "nl-tilburg-2");
    assertOutcome(cyprus.report(), "links.tsv", 6, Outcome.IMPORTED, "nl-tilburg--nl-tilburg-2");
  }

  @Test
  void aNameLongerThanTheLimitIsARejectedRowNotAFailedImport() {
    // Before, the row was accepted and building the territory threw at the end of the import.
    String csv =
        "city_a,country_a,city_b,country_b\n"
            + "Kiel,Germany,Brest,France\n"
            + "Kiel,Germany,"
            + "x".repeat(1_001)
            + ",France\n";
    ImportResult result =
        TableImporter.standard()
            .importPairs(
                "long.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                TableFormat.CSV);
    RowOutcome row = line(result.report(), "long.csv", 3);
    assertEquals(Optional.of(Reason.TOO_LONG), row.reason(), row::toString);
    assertTrue(row.message().contains("has 1001 characters, more than the 1000"), row::toString);
    assertEquals(1, result.atlas().partnerships().size());
  }
}
