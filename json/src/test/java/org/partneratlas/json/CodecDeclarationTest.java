package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs' property declarations are the format: the JSON Schema and {@code docs/format.md} list
 * exactly the properties of each codec, with the same required ones, and {@code format.md}'s table
 * in the order the writer writes them. A property added to a codec and forgotten in the Schema or
 * the documentation (or the reverse) fails here.
 */
class CodecDeclarationTest {

  /** Every object codec of an entity or part of one, as {@code format.md}'s table has them. */
  private static final List<ObjectCodec<?, ?>> ENTITY_CODECS =
      List.of(
          TerritoryCodec.INSTANCE,
          ThemeCodec.INSTANCE,
          ActorCodec.INSTANCE,
          PartnershipCodec.INSTANCE,
          PartyCodec.INSTANCE,
          AgreementCodec.INSTANCE,
          StatusChangeCodec.INSTANCE,
          ThemePeriodCodec.INSTANCE,
          ActionCodec.INSTANCE,
          PerspectiveCodec.INSTANCE,
          CrisisCodec.INSTANCE,
          CrisisImpactCodec.INSTANCE,
          AdaptationCodec.INSTANCE,
          SourceCodec.INSTANCE);

  /** The objects described in the Values table of {@code format.md} and inline in the Schema. */
  private static final List<ObjectCodec<?, ?>> VALUE_CODECS =
      List.of(CoordinatesCodec.INSTANCE, PopulationCodec.INSTANCE);

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(AtlasJson.schema());

  /** "a status change" to "status change". */
  private static String noun(Spec spec) {
    return spec.what.replaceFirst("^an? ", "");
  }

  /** "status change" to "statusChange", the name of its definition in the Schema. */
  private static String camelCase(String noun) {
    StringBuilder sb = new StringBuilder();
    for (String word : Splitter.on(' ').split(noun)) {
      sb.append(
          sb.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return sb.toString();
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      keys.add(e.getKey());
    }
    return keys;
  }

  private static Set<String> required(JsonNode schemaObject) {
    Set<String> required = new TreeSet<>();
    JsonNode list = schemaObject.path("required");
    for (JsonNode name : list) {
      required.add(name.asString());
    }
    return required;
  }

  private static void assertSchemaObject(Spec spec, JsonNode object, String where) {
    assertTrue(object.isObject(), where + " is not in the Schema");
    assertEquals(new TreeSet<>(spec.names), new TreeSet<>(keys(object.path("properties"))), where);
    assertEquals(new TreeSet<>(spec.required), required(object), where + " required");
    assertEquals(false, object.path("additionalProperties").asBoolean(true), where);
  }

  @Test
  void theSchemaDeclaresExactlyTheCodecsPropertiesOfEachObject() {
    assertSchemaObject(DocumentCodec.SPEC, SCHEMA, "the document");
    Set<String> covered = new TreeSet<>();
    for (ObjectCodec<?, ?> codec : ENTITY_CODECS) {
      String name = camelCase(noun(codec.spec));
      covered.add(name);
      assertSchemaObject(codec.spec, SCHEMA.path("$defs").path(name), "$defs/" + name);
    }
    for (ObjectCodec<?, ?> codec : VALUE_CODECS) {
      String name = noun(codec.spec);
      assertSchemaObject(
          codec.spec,
          SCHEMA.path("$defs").path("territory").path("properties").path(name),
          "$defs/territory/properties/" + name);
    }
    // Every object of the Schema with properties has its codec here.
    Set<String> objects = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : SCHEMA.path("$defs").properties()) {
      if (e.getValue().has("properties")) {
        objects.add(e.getKey());
      }
    }
    assertEquals(objects, covered);
  }

  private static String formatMd() throws IOException {
    return Files.readString(
        SchemaTest.repositoryRoot().resolve("docs/format.md"), StandardCharsets.UTF_8);
  }

  /** The text of a section of {@code format.md}, from its heading to the next of its level. */
  private static String section(String doc, String heading) {
    int start = doc.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, heading);
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int end = doc.indexOf("\n" + level, start + heading.length() + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  /** The row of a Markdown table whose first cell is {@code first}. */
  private static String row(String section, String first) {
    Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(first) + " \\|(.*)$").matcher(section);
    assertTrue(m.find(), "no row '" + first + "' in format.md");
    return m.group(1);
  }

  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern PROPERTY = Pattern.compile("(\\*\\*)?`([$A-Za-z]+)`(\\*\\*)?");

  @Test
  void formatMdListsExactlyTheCodecsPropertiesInWritingOrderWithTheRequiredInBold()
      throws IOException {
    String table = section(formatMd(), "## Entities and their parts");
    for (ObjectCodec<?, ?> codec : ENTITY_CODECS) {
      String noun = noun(codec.spec);
      // Values and explanations are in parentheses; what remains are the properties.
      String cells = PARENTHESES.matcher(row(table, noun)).replaceAll("");
      List<String> names = new ArrayList<>();
      Set<String> bold = new TreeSet<>();
      Matcher m = PROPERTY.matcher(cells.replace("*attrs*", "`attributes`"));
      while (m.find()) {
        names.add(m.group(2));
        if (m.group(1) != null && m.group(3) != null) {
          bold.add(m.group(2));
        }
      }
      assertEquals(codec.names(), names, noun);
      assertEquals(new TreeSet<>(codec.spec.required), bold, noun + " required (bold)");
    }
  }

  @Test
  void formatMdShowsEveryPropertyOfTheDocumentCoordinatesAndPopulations() throws IOException {
    String doc = formatMd();
    String document = section(doc, "## The document");
    for (String name : DocumentCodec.SPEC.names) {
      assertTrue(document.contains("\"" + name + "\""), "the document: " + name);
    }
    String values = section(doc, "## Values");
    for (ObjectCodec<?, ?> codec : VALUE_CODECS) {
      String noun = noun(codec.spec);
      String row = row(values, Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
      for (String name : codec.names()) {
        assertTrue(row.contains("\"" + name + "\""), noun + ": " + name);
      }
    }
  }
}
