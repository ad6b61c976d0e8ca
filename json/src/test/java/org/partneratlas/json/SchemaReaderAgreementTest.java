package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema and the reader give the same verdict on documents on both sides of every rule of
 * the format's shape, and the only rules where they differ are the semantic ones the schema cannot
 * express (listed in {@code docs/format.md}, "The JSON Schema"): there the schema accepts and the
 * reader rejects.
 */
class SchemaReaderAgreementTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(AtlasJson.schema(), InputFormat.JSON);

  /** A document that uses every object and property of the format. */
  static final String BASE =
      "{\"format\": \"partner-atlas\", \"version\": 1,"
          + " \"territories\": ["
          + "{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"A\"},"
          + " \"officialLanguage\": \"fr\", \"aliases\": [\"Alias\"], \"country\": \"FR\","
          + " \"subdivision\": \"FR-29\", \"coordinates\": {\"latitude\": 48.39, \"longitude\": -4.49},"
          + " \"population\": {\"count\": 139602, \"year\": 2018}, \"externalIds\": {\"insee\": \"29019\"},"
          + " \"sources\": [{\"title\": \"T\", \"publisher\": \"P\", \"date\": \"2020\","
          + " \"url\": \"https://example.org\", \"page\": \"3\", \"note\": \"N\"}],"
          + " \"attributes\": {\"crm.id\": \"1\"}},"
          + " {\"id\": \"b\", \"level\": \"REGION\", \"names\": {\"de\": \"B\"}, \"officialLanguage\": \"de\","
          + " \"country\": \"DE\"}],"
          + " \"themes\": [{\"id\": \"culture\", \"labels\": {\"en\": \"Culture\"}, \"sdgs\": [4, 11]}],"
          + " \"actors\": [{\"id\": \"s\", \"kind\": \"VESSEL\", \"names\": {\"en\": \"S\"},"
          + " \"description\": {\"en\": \"D\"}, \"base\": \"a\", \"founded\": \"1990\","
          + " \"links\": [\"https://example.org\"]}],"
          + " \"partnerships\": [{\"id\": \"p\", \"kind\": \"TWINNING\", \"names\": {\"fr\": \"P\"},"
          + " \"parties\": [{\"territory\": \"a\", \"role\": \"LEAD\", \"period\": \"1964/..\","
          + " \"status\": \"ACTIVE\"}, {\"territory\": \"b\"}],"
          + " \"agreements\": [{\"kind\": \"CHARTER\", \"title\": {\"fr\": \"C\"}, \"signed\": \"1964-08-01\","
          + " \"period\": \"1964/1970\"}],"
          + " \"statusHistory\": [{\"date\": \"1964\", \"status\": \"ACTIVE\", \"cause\": {\"en\": \"C\"}}],"
          + " \"themes\": [{\"theme\": \"culture\", \"period\": \"1964/..\"}],"
          + " \"aims\": [{\"en\": \"Aim\"}],"
          + " \"actions\": [{\"id\": \"p.1\", \"kind\": \"VISIT\", \"title\": {\"en\": \"V\"}, \"when\": \"2020-23\","
          + " \"place\": \"a\", \"modality\": \"REMOTE\", \"status\": \"HELD\", \"themes\": [\"culture\"],"
          + " \"actors\": [\"s\"], \"links\": [\"https://example.org\"]}],"
          + " \"perspectives\": [{\"description\": {\"en\": \"D\"}, \"when\": \"2021/..\","
          + " \"plannedThemes\": [\"culture\"], \"plannedActionKinds\": [\"VISIT\"],"
          + " \"plannedModalities\": [\"REMOTE\"]}]}],"
          + " \"crises\": [{\"id\": \"c\", \"kind\": \"PANDEMIC\", \"names\": {\"en\": \"C\"},"
          + " \"period\": \"2020/..\", \"externalCode\": \"EP-2020\"}],"
          + " \"crisisImpacts\": [{\"id\": \"i\", \"crisis\": \"c\", \"summary\": {\"en\": \"S\"},"
          + " \"territories\": [\"a\"], \"partnerships\": [\"p\"], \"suspendedActionKinds\": [\"VISIT\"],"
          + " \"adaptations\": [{\"description\": {\"en\": \"A\"}, \"actions\": [\"p.1\"]}],"
          + " \"lessons\": [{\"en\": \"L\"}]}]}";

  /** One rule: a place in the base document and what may and may not stand there. */
  private static final class Rule {
    final String name;
    final String from;
    final List<String> valid;
    final List<String> invalid;
    final boolean semantic;

    Rule(String name, String from, List<String> valid, List<String> invalid, boolean semantic) {
      this.name = name;
      this.from = from;
      this.valid = valid;
      this.invalid = invalid;
      this.semantic = semantic;
    }
  }

  private static final List<Rule> RULES = new ArrayList<>();

  /** A rule of the shape: the schema and the reader agree on both sides. */
  private static void shape(String name, String from, List<String> valid, List<String> invalid) {
    RULES.add(new Rule(name, from, valid, invalid, false));
  }

  /** A semantic rule: the schema accepts the invalid side, the reader rejects it. */
  private static void semantic(String name, String from, List<String> invalid) {
    RULES.add(new Rule(name, from, List.of(), invalid, true));
  }

  private static String q(String text) {
    return "\"" + text + "\"";
  }

  static {
    // The document
    shape("format", q("partner-atlas"), List.of(), List.of(q("Partner-Atlas"), "1"));
    shape(
        "version",
        "\"version\": 1",
        List.of("\"version\": 1.0", "\"version\": 2", "\"version\": 2.0"),
        List.of("\"version\": 3", "\"version\": \"1\"", "\"version\": 0"));
    shape(
        "$schema",
        "{\"format\"",
        List.of("{\"$schema\": \"https://example.org/atlas.schema.json\", \"format\""),
        List.of("{\"$schema\": 1, \"format\"", "{\"extra\": 1, \"format\""));
    shape("required format", "\"format\": \"partner-atlas\", ", List.of(), List.of(""));
    shape(
        "collections are arrays", "\"crises\": [", List.of(), List.of("\"crises\": {}, \"x\": ["));
    // Ids
    shape(
        "id",
        "\"id\": \"i\"",
        List.of("\"id\": \"I-9._:x\"", "\"id\": \"" + "i".repeat(128) + "\""),
        List.of(
            "\"id\": \"-i\"",
            "\"id\": \"\"",
            "\"id\": \"i j\"",
            "\"id\": \"" + "i".repeat(129) + "\"",
            "\"id\": \"\u00e9\"",
            "\"id\": 1"));
    shape(
        "theme id",
        "\"sdgs\": [4, 11]}",
        List.of(
            "\"sdgs\": [4, 11]}, {\"id\": \"zz\", \"labels\": {\"en\": \"L\"}}",
            "\"sdgs\": [4, 11]}, {\"id\": \"culture.a-b1\", \"labels\": {\"en\": \"L\"}}"),
        List.of(
            "\"sdgs\": [4, 11]}, {\"id\": \"Zz\", \"labels\": {\"en\": \"L\"}}",
            "\"sdgs\": [4, 11]}, {\"id\": \"zz.\", \"labels\": {\"en\": \"L\"}}",
            "\"sdgs\": [4, 11]}, {\"id\": \"zz..a\", \"labels\": {\"en\": \"L\"}}",
            "\"sdgs\": [4, 11]}, {\"id\": \"zz_a\", \"labels\": {\"en\": \"L\"}}",
            "\"sdgs\": [4, 11]}, {\"id\": \"zz\"}"));
    semantic(
        "a theme's broader theme exists",
        "\"sdgs\": [4, 11]}",
        List.of("\"sdgs\": [4, 11]}, {\"id\": \"zz.a\", \"labels\": {\"en\": \"L\"}}"));
    // Enumerations
    shape(
        "level",
        q("REGION"),
        List.of(q("COUNTRY"), q("DISTRICT")),
        List.of(q("region"), q("CITY"), "1"));
    shape("partnership kind", q("TWINNING"), List.of(q("FRIENDSHIP")), List.of(q("TWINING")));
    shape("party role", q("LEAD"), List.of(q("OBSERVER")), List.of(q("lead")));
    shape(
        "modality",
        "\"modality\": \"REMOTE\"",
        List.of("\"modality\": \"HYBRID\""),
        List.of("\"modality\": \"ONLINE\""));
    // Codes
    shape(
        "country",
        "\"country\": \"DE\"",
        List.of("\"country\": \"de\""),
        List.of("\"country\": \"DEU\"", "\"country\": \"D\"", "\"country\": \"D1\""));
    semantic("an assigned country code", "\"country\": \"DE\"", List.of("\"country\": \"ZZ\""));
    shape(
        "subdivision", q("FR-29"), List.of(q("FR-2A")), List.of(q("FR-"), q("FR-2999"), q("FR29")));
    semantic("a subdivision of the territory's country", q("FR-29"), List.of(q("DE-BY")));
    // Language tags
    shape(
        "language tag",
        "\"names\": {\"de\": \"B\"}",
        List.of(
            "\"names\": {\"de\": \"B\", \"es-AR\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"zh-Hant-TW\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"de-CH-1996\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"en-a-bbb\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"en-x-abc\": \"B\"}"),
        List.of(
            "\"names\": {\"de\": \"B\", \"en-a\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"1234\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"x-abc\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"e\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"en--US\": \"B\"}",
            "\"names\": {\"de\": \"B\", \"abcdefghi\": \"B\"}",
            "\"names\": {}"));
    semantic(
        "one text per language once tags are canonical",
        "\"names\": {\"de\": \"B\"}",
        List.of("\"names\": {\"de\": \"B\", \"DE\": \"C\"}"));
    shape(
        "official language",
        "\"officialLanguage\": \"de\"",
        List.of("\"officialLanguage\": \"DE\""),
        List.of("\"officialLanguage\": \"d\""));
    semantic(
        "the official language is among the names",
        "\"officialLanguage\": \"de\"",
        List.of("\"officialLanguage\": \"en\""));
    // Texts
    shape(
        "non-blank text",
        "\"names\": {\"de\": \"B\"}",
        List.of("\"names\": {\"de\": \"\u00a0B\"}", "\"names\": {\"de\": \"\u00a0\"}"),
        List.of(
            "\"names\": {\"de\": \" \"}",
            "\"names\": {\"de\": \"\u3000\"}",
            "\"names\": {\"de\": \"\u2028\"}",
            "\"names\": {\"de\": \"\\t\"}",
            "\"names\": {\"de\": \"\"}",
            "\"names\": {\"de\": 1}"));
    shape(
        "aliases",
        "[\"Alias\"]",
        List.of("[\"A1\", \"A2\"]", "[]"),
        List.of("[\"A1\", \"A1\"]", "[\" \"]", "[1]", "\"Alias\""));
    // Numbers
    shape(
        "latitude",
        "\"latitude\": 48.39",
        List.of("\"latitude\": 90", "\"latitude\": -90", "\"latitude\": 1e1"),
        List.of(
            "\"latitude\": 90.5",
            "\"latitude\": -91",
            "\"latitude\": \"1\"",
            "\"latitude\": 1e400"));
    shape(
        "longitude",
        "\"longitude\": -4.49",
        List.of("\"longitude\": 180", "\"longitude\": -180"),
        List.of("\"longitude\": 180.1", "\"longitude\": -4.49, \"altitude\": 1"));
    shape("coordinates are complete", ", \"longitude\": -4.49", List.of(), List.of(""));
    shape(
        "population count",
        "\"count\": 139602",
        List.of("\"count\": 0", "\"count\": 139602.0", "\"count\": 1.39602e5"),
        List.of(
            "\"count\": -1",
            "\"count\": 1.5",
            "\"count\": \"1\"",
            "\"count\": 9223372036854775808"));
    shape(
        "population year",
        "\"year\": 2018",
        List.of("\"year\": 1", "\"year\": 9999", "\"year\": 2018.0"),
        List.of("\"year\": 0", "\"year\": 10000", "\"year\": 2018.5"));
    shape(
        "goals",
        "\"sdgs\": [4, 11]",
        List.of("\"sdgs\": [1, 17]", "\"sdgs\": []", "\"sdgs\": [4.0]"),
        List.of(
            "\"sdgs\": [0]",
            "\"sdgs\": [18]",
            "\"sdgs\": [4, 4]",
            "\"sdgs\": [\"4\"]",
            "\"sdgs\": [1.5]"));
    // Maps
    shape(
        "external id scheme",
        "{\"insee\": \"29019\"}",
        List.of("{\"geo-names\": \"1\"}", "{}"),
        List.of(
            "{\"INSEE\": \"1\"}",
            "{\"1abc\": \"1\"}",
            "{\"a_b\": \"1\"}",
            "{\"insee\": \" \"}",
            "{\"insee\": 1}"));
    shape(
        "attribute key",
        "{\"crm.id\": \"1\"}",
        List.of("{\"A:b-c_d\": \"1\"}", "{\"k\": \"\"}"),
        List.of("{\"-x\": \"1\"}", "{\"a key\": \"1\"}", "{\"\": \"1\"}", "{\"k\": 1}"));
    // Sources and links
    shape("source title", "{\"title\": \"T\", ", List.of(), List.of("{"));
    shape(
        "url",
        "\"url\": \"https://example.org\"",
        List.of("\"url\": \"HTTP://EXAMPLE.ORG\"", "\"url\": \"mailto:a@example.org\""),
        List.of(
            "\"url\": \"ftp://example.org\"",
            "\"url\": \"example.org\"",
            "\"url\": \"https:// x\""));
    // Dates and periods
    shape(
        "date",
        "\"signed\": \"1964-08-01\"",
        List.of(
            "\"signed\": \"1964-08\"",
            "\"signed\": \"1964\"",
            "\"signed\": \"1964-21\"",
            "\"signed\": \"0001\"",
            "\"signed\": \"9999-12-31\""),
        List.of(
            "\"signed\": \"0000\"",
            "\"signed\": \"0000-01-01\"",
            "\"signed\": \"1964-13\"",
            "\"signed\": \"1964-25\"",
            "\"signed\": \"1964-08-32\"",
            "\"signed\": \"64\"",
            "\"signed\": \"10000\"",
            "\"signed\": 1964"));
    shape(
        "a day that exists",
        "\"signed\": \"1964-08-01\"",
        List.of("\"signed\": \"1964-02-29\"", "\"signed\": \"2000-02-29\""),
        List.of(
            "\"signed\": \"1965-02-29\"",
            "\"signed\": \"1900-02-29\"",
            "\"signed\": \"2021-04-31\""));
    shape(
        "period",
        "\"period\": \"1964/1970\"",
        List.of(
            "\"period\": \"1964\"",
            "\"period\": \"../..\"",
            "\"period\": \"../1970\"",
            "\"period\": \"1964-08-01/1964-08-02\""),
        List.of(
            "\"period\": \"1964-1970\"",
            "\"period\": \"0000/1970\"",
            "\"period\": \"1964//1970\""));
    semantic(
        "a period ends after it starts",
        "\"period\": \"1964/1970\"",
        List.of("\"period\": \"1970/1964\""));
    // Sets
    shape(
        "a set has no repeats",
        "\"actors\": [\"s\"]",
        List.of(),
        List.of("\"actors\": [\"s\", \"s\"]"));
    // Objects
    shape(
        "a party names its territory",
        "{\"territory\": \"b\"}",
        List.of(),
        List.of("{}", "{\"territory\": \"b\", \"x\": 1}"));
    shape(
        "a perspective is not empty",
        "{\"description\": {\"en\": \"D\"}, \"when\": \"2021/..\",",
        List.of("{"),
        List.of());
    shape(
        "a perspective has properties",
        "\"perspectives\": [{",
        List.of(),
        List.of("\"perspectives\": [{}, {"));
    semantic(
        "a perspective plans something",
        "\"perspectives\": [{",
        List.of("\"perspectives\": [{\"attributes\": {\"k\": \"v\"}}, {"));
    shape(
        "crisis names",
        "\"names\": {\"en\": \"C\"}, \"period\"",
        List.of(),
        List.of("\"names\": {}, \"period\""));
    shape(
        "adaptation description",
        "{\"description\": {\"en\": \"A\"}, \"actions\"",
        List.of(),
        List.of("{\"actions\""));
    shape("crisis impact crisis", "\"crisis\": \"c\", ", List.of(), List.of(""));
    // Rules of the Atlas
    semantic("references exist", "{\"territory\": \"b\"}", List.of("{\"territory\": \"zz\"}"));
    semantic("ids are unique", "{\"id\": \"b\"", List.of("{\"id\": \"a\""));
    semantic(
        "a partnership has two parties",
        "{\"territory\": \"b\"}",
        List.of("{\"territory\": \"a\"}"));
    semantic(
        "parents form no cycle",
        "\"country\": \"DE\"}",
        List.of("\"country\": \"DE\", \"parent\": \"b\"}"));
  }

  private static boolean schemaAccepts(String document) {
    return SCHEMA.validate(document, InputFormat.JSON).isEmpty();
  }

  private static boolean readerAccepts(String document) {
    try {
      var unused = AtlasJson.standard().read(document);
      return true;
    } catch (AtlasJsonException e) {
      return false;
    }
  }

  @Test
  void theSchemaAndTheReaderGiveTheSameVerdictOnBothSidesOfEveryRule() {
    assertTrue(schemaAccepts(BASE), "the schema rejects the base document");
    assertTrue(readerAccepts(BASE), "the reader rejects the base document");
    List<String> disagreements = new ArrayList<>();
    int documents = 0;
    for (Rule rule : RULES) {
      assertTrue(BASE.contains(rule.from), rule.name + ": " + rule.from);
      for (int side = 0; side < 2; side++) {
        boolean valid = side == 0;
        for (String to : valid ? rule.valid : rule.invalid) {
          String document =
              BASE.replaceFirst(
                  java.util.regex.Pattern.quote(rule.from),
                  java.util.regex.Matcher.quoteReplacement(to));
          documents++;
          boolean schema = schemaAccepts(document);
          boolean reader = readerAccepts(document);
          boolean expectedSchema = valid || rule.semantic;
          if (schema != expectedSchema || reader != valid) {
            disagreements.add(
                String.format(
                    "%s: %s -> schema %s, reader %s (expected %s, %s)",
                    rule.name,
                    to,
                    schema ? "accepts" : "rejects",
                    reader ? "accepts" : "rejects",
                    expectedSchema ? "accepts" : "rejects",
                    valid ? "accepts" : "rejects"));
          }
        }
      }
    }
    assertEquals(List.of(), disagreements, () -> String.join("\n", disagreements));
    System.out.println(
        "SchemaReaderAgreementTest: " + RULES.size() + " rules, " + documents + " documents");
  }
}
