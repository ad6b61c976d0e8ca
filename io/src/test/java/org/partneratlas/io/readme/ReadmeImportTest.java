package org.partneratlas.io.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/** The README's "import a pairs CSV" snippet, kept compiling and true. Update both together. */
class ReadmeImportTest {

  private static final String TABLE =
      """
      city_a,country_a,lat_a,lon_a,city_b,country_b,lat_b,lon_b,start_year
      Kiel,Germany,54.32,10.14,Brest,France,48.39,-4.49,1964
      Brest,France,48.39,-4.49,Kiel,Allemagne,54.32,10.14,1964
      Kiel,Germany,54.32,10.14,Vaasa,Finland,63.10,21.62,1967
      Kiel,Germany,54.32,10.14,Kiel,Germany,54.32,10.14,
      """;

  @Test
  void importAPairsCsv(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("twin-towns.csv"), TABLE, StandardCharsets.UTF_8);
    // --- README import begins ---
    // spotless:off
    ImportResult result = TableImporter.standard().importPairs(csv);
    System.out.print(result.report().summary());              // imported, merged, rejected
    result.report().rows(Outcome.REJECTED)                    // line, reason, text of each
        .forEach(System.out::println);
    Atlas atlas = result.atlas();                             // validated, ready to query
    Territory kiel = atlas.territories().requireNamed("kiel");     // case and accents ignored
    List<Territory> partners = atlas.partnersOf(kiel.id());   // Brest, Vaasa
    // spotless:on
    // --- README import ends ---
    assertEquals(
        Set.of(TerritoryId.of("fr-brest"), TerritoryId.of("fi-vaasa")),
        partners.stream().map(Territory::id).collect(java.util.stream.Collectors.toSet()));
    assertEquals(1, result.report().count(Outcome.MERGED));
    assertEquals(1, result.report().count(Outcome.REJECTED));
    assertReadmeShows(snippet());
  }

  /** The lines between the markers of this file, as the README must show them. */
  private static List<String> snippet() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/org/partneratlas/io/readme/ReadmeImportTest.java"));
    int begin = lines.indexOf("    // --- README import begins ---");
    int end = lines.indexOf("    // --- README import ends ---");
    return lines.subList(begin + 2, end - 1).stream()
        .map(l -> l.substring(4))
        .collect(java.util.stream.Collectors.toList());
  }

  private static void assertReadmeShows(List<String> snippet) throws IOException {
    String root = System.getProperty("partneratlas.projectRoot", "..");
    String readme = Files.readString(Path.of(root).resolve("README.md"));
    String block = String.join("\n", snippet);
    assertTrue(readme.contains(block), "README.md should show:\n" + block);
    assertTrue(snippet.size() <= 10, "at most 10 lines");
  }
}
