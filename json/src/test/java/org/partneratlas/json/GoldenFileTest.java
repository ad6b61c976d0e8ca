package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden files: the small atlas of {@link Fixtures} written as JSON and as GeoJSON, compared with
 * the files as JSON trees (so that a change of indentation alone would not fail), and read back.
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
