package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partneratlas.testing.AtlasGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of the format, checked with a real validator: it is a valid draft 2020-12 schema,
 * every document of the project and everything the writer writes conforms to it, and on a sample of
 * shape errors the schema and the reader agree.
 */
class SchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(AtlasJson.schema(), InputFormat.JSON);
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static List<Error> errors(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  @Test
  void theSchemaIsShippedAsAResourceAndIsAValidDraft202012Schema() throws IOException {
    try (InputStream in = AtlasJson.class.getResourceAsStream(AtlasJson.SCHEMA_RESOURCE)) {
      assertTrue(in != null);
    }
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors = meta.validate(AtlasJson.schema(), InputFormat.JSON);
    assertEquals(List.of(), errors);
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema",
        TREES.readTree(AtlasJson.schema()).get("$schema").asString());
  }

  /** The root of the repository: the nearest folder upwards that holds {@code mvnw}. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "no mvnw above " + Path.of("").toAbsolutePath());
    return dir;
  }

  /** Every JSON file of the repository that declares itself a Partner Atlas document. */
  static List<Path> projectDocuments() throws IOException {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repositoryRoot())) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().endsWith(".json"))
              .filter(
                  f -> {
                    String path = f.toString().replace('\\', '/');
                    return !path.contains("/target/")
                        && !path.contains("/.git/")
                        && !path.contains("/node_modules/");
                  })
              .sorted()
              .collect(Collectors.toList())) {
        JsonNode root;
        try {
          root = TREES.readTree(file.toFile());
        } catch (RuntimeException notJson) {
          continue;
        }
        if (root != null
            && root.isObject()
            && root.has("format")
            && AtlasJson.FORMAT.equals(root.get("format").asString(""))) {
          documents.add(file);
        }
      }
    }
    return documents;
  }

  @Test
  void everyDocumentOfTheProjectConformsAndReads() throws IOException {
    List<Path> documents = projectDocuments();
    assertTrue(
        documents.stream().anyMatch(d -> d.endsWith("golden/small-atlas.json")),
        documents::toString);
    for (Path document : documents) {
      String text = Files.readString(document);
      assertEquals(List.of(), errors(text), document.toString());
      var unused = AtlasJson.standard().read(document);
    }
    System.out.println(
        "SchemaTest: validated " + documents.size() + " project documents: " + documents);
  }

  @Test
  void everythingTheWriterWritesConforms() {
    AtlasJson withDefaults = AtlasJson.standard().with(AtlasJsonFeature.WRITE_DEFAULT_VALUES);
    for (long seed = 0; seed < 60; seed++) {
      var atlas = AtlasGenerators.atlas(seed);
      assertEquals(List.of(), errors(AtlasJson.standard().writeString(atlas)), "seed " + seed);
      assertEquals(List.of(), errors(withDefaults.writeString(atlas)), "seed " + seed);
    }
  }

  private static final String VALID =
      "{\"format\": \"partner-atlas\", \"version\": 1,"
          + " \"territories\": [{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"A\"},"
          + " \"officialLanguage\": \"fr\", \"country\": \"FR\"},"
          + " {\"id\": \"b\", \"level\": \"REGION\", \"names\": {\"de\": \"B\"},"
          + " \"officialLanguage\": \"de\", \"country\": \"DE\"}],"
          + " \"themes\": [{\"id\": \"culture\", \"labels\": {\"en\": \"Culture\"}, \"sdgs\": [4, 11]}],"
          + " \"partnerships\": [{\"id\": \"p\", \"kind\": \"TWINNING\","
          + " \"parties\": [{\"territory\": \"a\", \"period\": \"1964/..\"}, {\"territory\": \"b\"}],"
          + " \"themes\": [{\"theme\": \"culture\"}],"
          + " \"actions\": [{\"id\": \"p.1\", \"kind\": \"VISIT\", \"when\": \"2020-23\", \"themes\": [\"culture\"],"
          + " \"links\": [\"https://example.org\"]}]}]}";

  private static String with(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replace(from, to);
  }

  /** Shape errors: the schema and the reader must both reject each one. */
  private static final List<String> SHAPE_ERRORS =
      List.of(
          with("\"partner-atlas\"", "\"partner-atlas-2\""),
          with("\"version\": 1", "\"version\": 2"),
          with("\"version\": 1", "\"version\": \"1\""),
          with("\"format\": \"partner-atlas\", ", ""),
          with("\"themes\": [{", "\"theme\": [{"),
          with("\"level\": \"MUNICIPALITY\"", "\"level\": \"municipality\""),
          with("\"level\": \"MUNICIPALITY\", ", ""),
          with("\"country\": \"FR\"", "\"country\": \"FRA\""),
          with("\"country\": \"FR\"", "\"country\": \"FR\", \"subdivision\": \"FR-\""),
          with("\"id\": \"a\"", "\"id\": \"-a\""),
          with("\"id\": \"culture\"", "\"id\": \"Culture\""),
          with("\"names\": {\"fr\": \"A\"}", "\"names\": {\"fr\": \" \"}"),
          with("\"names\": {\"fr\": \"A\"}", "\"names\": \"A\""),
          with("\"names\": {\"fr\": \"A\"}", "\"names\": {\"fr\": \"A\", \"1\": \"x\"}"),
          with("\"country\": \"FR\"", "\"country\": \"FR\", \"parent\": null"),
          with(
              "\"country\": \"FR\"",
              "\"country\": \"FR\", \"coordinates\": {\"latitude\": 91, \"longitude\": 0}"),
          with("\"country\": \"FR\"", "\"country\": \"FR\", \"coordinates\": {\"latitude\": 1}"),
          with(
              "\"country\": \"FR\"",
              "\"country\": \"FR\", \"population\": {\"count\": -1, \"year\": 2020}"),
          with(
              "\"country\": \"FR\"",
              "\"country\": \"FR\", \"population\": {\"count\": 1.5, \"year\": 2020}"),
          with("\"country\": \"FR\"", "\"country\": \"FR\", \"attributes\": {\"k\": 1}"),
          with("\"country\": \"FR\"", "\"country\": \"FR\", \"attributes\": {\"a key\": \"v\"}"),
          with(
              "\"country\": \"FR\"",
              "\"country\": \"FR\", \"externalIds\": {\"WIKIDATA\": \"Q1\"}"),
          with("\"sdgs\": [4, 11]", "\"sdgs\": [4, 18]"),
          with("\"sdgs\": [4, 11]", "\"sdgs\": [4, 4]"),
          with("\"period\": \"1964/..\"", "\"period\": \"1964-1970\""),
          with("\"period\": \"1964/..\"", "\"period\": \"1964-13\""),
          with("\"when\": \"2020-23\"", "\"when\": \"2020-25\""),
          with("\"themes\": [\"culture\"]", "\"themes\": [\"culture\", \"culture\"]"),
          with("\"links\": [\"https://example.org\"]", "\"links\": [\"ftp://example.org\"]"),
          with("\"kind\": \"VISIT\"", "\"kind\": \"VISIT\", \"modality\": \"ONLINE\""),
          with("{\"territory\": \"b\"}", "{\"territory\": \"b\", \"role\": \"partner\"}"),
          with("{\"territory\": \"b\"}", "{}"),
          with(
              "\"partnerships\": [",
              "\"crises\": [{\"id\": \"c\", \"kind\": \"PANDEMIC\", \"names\": {}, \"period\": \"2020\"}], \"partnerships\": ["),
          with("\"partnerships\": [", "\"crisisImpacts\": [{\"id\": \"i\"}], \"partnerships\": ["),
          with(
              "\"partnerships\": [",
              "\"actors\": [{\"id\": \"s\", \"kind\": \"SHIP\", \"names\": {\"en\": \"S\"}}], \"partnerships\": ["));

  @Test
  void theSchemaAndTheReaderAgreeOnShapeErrors() {
    assertEquals(List.of(), errors(VALID));
    var unused = AtlasJson.standard().read(VALID);
    for (String document : SHAPE_ERRORS) {
      assertFalse(errors(document).isEmpty(), () -> "the schema accepts " + document);
      assertThrows(AtlasJsonException.class, () -> AtlasJson.standard().read(document), document);
    }
  }

  /** Documents that vary in what is optional: the schema and the reader must both accept each. */
  @Test
  void theSchemaAndTheReaderAgreeOnValidVariants() {
    List<String> variants =
        List.of(
            "{\"format\": \"partner-atlas\", \"version\": 1}",
            with("\"country\": \"FR\"", "\"country\": \"fr\""),
            with("\"names\": {\"fr\": \"A\"}", "\"names\": {\"fr\": \"A\", \"es-AR\": \"A\"}"),
            with(
                "\"country\": \"FR\"",
                "\"country\": \"FR\", \"aliases\": [], \"sources\": [], \"attributes\": {}"),
            with("\"period\": \"1964/..\"", "\"period\": \"../..\""),
            with("\"period\": \"1964/..\"", "\"period\": \"2020-10-12/2020-10-16\""),
            with("\"when\": \"2020-23\"", "\"when\": \"../2019\""));
    for (String document : variants) {
      assertEquals(List.of(), errors(document), document);
      var unused = AtlasJson.standard().read(document);
    }
  }
}
