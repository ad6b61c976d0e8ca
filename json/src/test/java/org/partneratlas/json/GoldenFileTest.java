package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.time.DateRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden files: the small atlas of {@link Fixtures} written as JSON and as GeoJSON, compared with
 * the files as JSON trees (so that a change of indentation alone would not fail), and read back;
 * and a document of version 1 of the format, read as the model that docs/format.md says it denotes.
 *
 * <p>After an intended change of the output, regenerate the version-2 files with
 *
 * <pre>{@code
 * ./mvnw -o -q -pl json test -Dtest=GoldenFileTest#regenerateTheGoldenFiles -Dgolden.update=true
 * }</pre>
 *
 * <p>then check with {@code git diff} that only the intended changes appear, copy {@code
 * small-atlas.json} into the example at the end of docs/format.md, and run the tests again. The
 * version-1 file {@code small-atlas-v1.json} is never regenerated: it is what version 1 wrote.
 */
class GoldenFileTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();

  static String resource(String name) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSmallAtlasIsWrittenAsTheGoldenDocument() throws IOException {
    JsonNode expected = TREES.readTree(resource("golden/small-atlas.json"));
    JsonNode actual = TREES.readTree(AtlasJson.standard().writeString(Fixtures.smallAtlas()));
    assertEquals(expected, actual);
  }

  /** Writes the version-2 golden files; only with {@code -Dgolden.update=true} (see above). */
  @Test
  @EnabledIfSystemProperty(named = "golden.update", matches = "true")
  void regenerateTheGoldenFiles() throws IOException {
    Path golden =
        SchemaTest.repositoryRoot().resolve("json/src/test/resources/org/partneratlas/json/golden");
    Files.writeString(
        golden.resolve("small-atlas.json"),
        AtlasJson.standard().writeString(Fixtures.smallAtlas()));
    Files.writeString(
        golden.resolve("small-atlas.geojson"), GeoJson.writeString(Fixtures.smallAtlas()));
  }

  @Test
  void theGoldenDocumentIsOfTheCurrentVersion() throws IOException {
    assertEquals(
        AtlasJson.VERSION,
        TREES.readTree(resource("golden/small-atlas.json")).get("version").asInt());
    assertEquals(2, AtlasJson.VERSION);
  }

  @Test
  void theVersion1GoldenDocumentReadsAsDocumented() throws IOException {
    String v1 = resource("golden/small-atlas-v1.json");
    assertEquals(1, TREES.readTree(v1).get("version").asInt());
    Atlas read = AtlasJson.standard().read(v1);
    assertEquals(Fixtures.smallAtlasVersion1(), read);
    // Its explicit '../..' meant "nothing known": the aquaculture theme's period is unknown, not
    // the partnership's whole life; its absent periods keep their default.
    ThemePeriod aquaculture = read.partnerships().list().get(1).themes().get(1);
    assertEquals(DateRange.unknown(), aquaculture.period());
    assertEquals(
        DateRange.unbounded(), read.partnerships().list().get(0).parties().get(0).period());
    // Written again, it is a version-2 document that reads back the same.
    String v2 = AtlasJson.standard().writeString(read);
    assertEquals(2, TREES.readTree(v2).get("version").asInt());
    assertTrue(v2.contains("\"period\": \"/\""), v2);
    assertEquals(read, AtlasJson.standard().read(v2));
  }

  @Test
  void theGoldenDocumentReadsAsTheSmallAtlas() throws IOException {
    Atlas read = AtlasJson.standard().read(resource("golden/small-atlas.json"));
    assertEquals(Fixtures.smallAtlas(), read);
  }

  @Test
  void theGoldenDocumentIsWrittenByteForByte() throws IOException {
    // The output format itself (two-space indentation, "\n", property order) is part of the
    // contract: deterministic output for version control.
    assertEquals(
        resource("golden/small-atlas.json"),
        AtlasJson.standard().writeString(Fixtures.smallAtlas()));
  }

  @Test
  void theSmallAtlasIsExportedAsTheGoldenGeoJson() throws IOException {
    JsonNode expected = TREES.readTree(resource("golden/small-atlas.geojson"));
    JsonNode actual = TREES.readTree(GeoJson.writeString(Fixtures.smallAtlas()));
    assertEquals(expected, actual);
  }

  @Test
  void theCompactFormIsTheSameTree() throws IOException {
    JsonNode expected = TREES.readTree(resource("golden/small-atlas.json"));
    String compact =
        AtlasJson.standard()
            .without(AtlasJsonFeature.INDENT_OUTPUT)
            .writeString(Fixtures.smallAtlas());
    assertEquals(expected, TREES.readTree(compact));
    assertEquals(-1, compact.indexOf('\n'));
  }

  @Test
  void theExampleOfTheFormatDocumentationIsTheGoldenDocument() throws IOException {
    String markdown =
        java.nio.file.Files.readString(SchemaTest.repositoryRoot().resolve("docs/format.md"));
    int start = markdown.lastIndexOf("```json\n");
    int end = markdown.indexOf("```", start + 8);
    JsonNode example = TREES.readTree(markdown.substring(start + 8, end));
    assertEquals(TREES.readTree(resource("golden/small-atlas.json")), example);
    assertEquals(
        Fixtures.smallAtlas(), AtlasJson.standard().read(markdown.substring(start + 8, end)));
  }
}
