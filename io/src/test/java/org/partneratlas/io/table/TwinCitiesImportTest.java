package org.partneratlas.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;

/**
 * Imports the full "Twinned Cities" tables (5,470 nodes, 10,596 links; not committed: their
 * compilation has no licence) from the folder named by the system property {@code
 * partneratlas.twinCities}, relative to the project's root if it is relative; {@code .ci/run} gives
 * {@code ../shared/data/twin-cities}. Without the property the tests are skipped, saying why.
 *
 * <p>The expected figures are those of the tables' README (rows, {@code NA}, {@code CN-TW}, {@code
 * XK}, {@code XC}, {@code XS}) and, for reconciliation, those of an independent Python script that
 * applies the same rules (same folded name and country within 5 km; {@code XC} and {@code XS}
 * rejected): 5,462 territories, 3 nodes merged, 5 rejected, 10,567 partnerships, 4 links merged
 * (they name a merged node), 25 rejected (they name a rejected node), no self-pair. Runs in a JVM
 * with a 256 MB heap (tag {@code small-heap}); the time of the import is printed, not asserted.
 */
@Tag("small-heap")
class TwinCitiesImportTest {

  private static ImportResult result;

  @BeforeAll
  static void importTables() {
    String folder = System.getProperty("partneratlas.twinCities");
    Assumptions.assumeTrue(
        folder != null && !folder.isBlank(),
        "Skipped: set -Dpartneratlas.twinCities to the folder of nodes.tsv and links.tsv"
            + " (.ci/run gives ../shared/data/twin-cities)");
    Path dir = Path.of(folder);
    String root = System.getProperty("partneratlas.projectRoot");
    if (!dir.isAbsolute() && root != null && !root.isBlank()) {
      dir = Path.of(root).resolve(dir);
    }
    Path nodes = dir.resolve("nodes.tsv");
    Path links = dir.resolve("links.tsv");
    Assumptions.assumeTrue(
        Files.isRegularFile(nodes) && Files.isRegularFile(links),
        "Skipped: no nodes.tsv and links.tsv in " + dir.toAbsolutePath().normalize());
    long start = System.nanoTime();
    result = TableImporter.standard().importNodesAndLinks(nodes, links);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "Twin-cities import: %d ms (first run in this JVM), heap used %d MB of max %d MB%n%s",
        millis,
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20,
        result.report().summary());
  }

  @Test
  void everyRowIsAccountedFor() {
    ImportReport report = result.report();
    assertEquals(5_470, report.rowsOf("nodes.tsv").size());
    assertEquals(10_596, report.rowsOf("links.tsv").size());
    assertEquals(5_470 + 10_596, report.rows().size());
  }

  @Test
  void nodesImportedMergedAndRejectedByReason() {
    ImportReport report = result.report();
    assertEquals(5_462, report.count("nodes.tsv", Outcome.IMPORTED));
    assertEquals(3, report.count("nodes.tsv", Outcome.MERGED));
    assertEquals(5, report.count("nodes.tsv", Outcome.REJECTED));
    // XC x4 (N. Cyprus) and XS x1 (Somaliland): user-assigned codes with unknown names.
    assertEquals(5, report.rejected("nodes.tsv", Reason.UNKNOWN_COUNTRY));
    assertEquals(5_462, result.atlas().territories().size());
  }

  @Test
  void linksImportedMergedAndRejectedByReason() {
    ImportReport report = result.report();
    assertEquals(10_567, report.count("links.tsv", Outcome.IMPORTED));
    assertEquals(4, report.count("links.tsv", Outcome.MERGED));
    assertEquals(25, report.rejected("links.tsv", Reason.REJECTED_NODE));
    assertEquals(0, report.rejected("links.tsv", Reason.SELF_PAIR));
    assertEquals(
        Map.of(Reason.UNKNOWN_COUNTRY, 5, Reason.REJECTED_NODE, 25), report.rejectedByReason());
    assertEquals(10_567, result.atlas().partnerships().size());
  }

  @Test
  void theTrapsOfTheReadme() {
    Atlas atlas = result.atlas();
    long namibia =
        atlas.territories().stream().filter(t -> t.country().equals(CountryCode.of("NA"))).count();
    long taiwan =
        atlas.territories().stream().filter(t -> t.country().equals(CountryCode.of("TW"))).count();
    long kosovo =
        atlas.territories().stream().filter(t -> t.country().equals(CountryCode.of("XK"))).count();
    assertEquals(7, namibia);
    assertEquals(14, taiwan);
    assertEquals(8, kosovo);
    assertEquals(
        "Q2112", atlas.territories().named("Bielefeld").get(0).externalIds().get("wikidata"));
    assertEquals(4, atlas.partnersOf(atlas.territories().named("Bielefeld").get(0).id()).size());
    assertEquals(96, atlas.partnersOf(TerritoryId.of("ru-saint-petersburg")).size());
  }

  @Test
  void theImportedAtlasWritesToJsonAndReadsBackEqual() {
    AtlasJson json = AtlasJson.standard();
    String text = json.writeString(result.atlas());
    assertEquals(result.atlas(), json.read(text));
    assertTrue(text.length() > 1_000_000, "JSON of " + text.length() + " characters");
  }
}
