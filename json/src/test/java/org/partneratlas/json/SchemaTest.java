package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.quicktheories.generators.Generate;
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
      "{\"format\": \"partner-atlas\", \"version\": 2,"
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
          with("\"version\": 2", "\"version\": 3"),
          with("\"version\": 2", "\"version\": 0"),
          with("\"version\": 2", "\"version\": \"2\""),
          with("{\"territory\": \"b\"}", "{\"territory\": \"b\", \"attested\": \"2020-13\"}"),
          with("{\"territory\": \"b\"}", "{\"territory\": \"b\", \"sources\": [{}]}"),
          with("{\"theme\": \"culture\"}", "{\"theme\": \"culture\", \"attested\": \"..\"}"),
          with(
              "\"themes\": [{\"theme\": \"culture\"}]",
              "\"themes\": [{\"theme\": \"culture\"}], \"statusHistory\": [{\"date\": \"2020\"}]"),
          with(
              "\"themes\": [{\"theme\": \"culture\"}]",
              "\"themes\": [{\"theme\": \"culture\"}],"
                  + " \"statusHistory\": [{\"status\": \"DORMANT\", \"attested\": \"2020/..\"}]"),
          with(
              "\"themes\": [{\"theme\": \"culture\"}]",
              "\"themes\": [{\"theme\": \"culture\"}],"
                  + " \"statusHistory\": [{\"status\": \"DORMANT\", \"since\": \"2020\"}]"),
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
            "{\"format\": \"partner-atlas\", \"version\": 2}",
            with("\"version\": 2", "\"version\": 1"),
            with(
                "{\"territory\": \"b\"}",
                "{\"territory\": \"b\", \"period\": \"2010/\", \"status\": \"FORMER\","
                    + " \"attested\": \"2012~\", \"sources\": [{\"title\": \"CNCD\"}]}"),
            with(
                "{\"theme\": \"culture\"}",
                "{\"theme\": \"culture\", \"period\": \"/\", \"attested\": \"2017-10-12\","
                    + " \"sources\": [{\"title\": \"A speech\", \"date\": \"2017-10-12\"}]}"),
            with(
                "\"themes\": [{\"theme\": \"culture\"}]",
                "\"themes\": [{\"theme\": \"culture\"}], \"statusHistory\": [{\"status\":"
                    + " \"ACTIVE\", \"date\": \"196X\"}, {\"status\": \"DORMANT\", \"attested\":"
                    + " \"2020\"}]"),
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

  // ---------------------------------------------------------------------------------------------
  // Dates and periods: the schema's patterns and the reader agree

  /** Dates that both the schema and {@code PartialDate.parse} accept. */
  static final List<String> GOOD_DATES =
      List.of(
          "2016",
          "0001",
          "9999",
          "2020-23",
          "2020-21",
          "2020-24",
          "2020-10",
          "2020-10-12",
          "2020-02-29",
          "2000-02-29",
          "0004-02-29",
          "0400-02-29",
          "2021-04-30",
          "2021-12-31",
          "2020?",
          "2004-06~",
          "2004-06-11%",
          "2020-23?",
          "1960~",
          "~1960",
          "?1984",
          "%1984",
          "196X",
          "19XX",
          "000X",
          "00XX",
          "196X~",
          "~19XX",
          "2020-XX",
          "1985-04-XX",
          "1985-XX-XX",
          "2020-XX?",
          "1985-04-XX%");

  /** Texts that both the schema and {@code PartialDate.parse} reject. */
  static final List<String> BAD_DATES =
      List.of(
          "",
          "20",
          "201",
          "20160",
          "0000",
          "0000~",
          "2020-13",
          "2020-00",
          "2020-25",
          "2020-41",
          "2020-1",
          "2020-10-1",
          "2021-02-29",
          "1900-02-29",
          "2100-02-29",
          "0100-02-29",
          "2021-02-30",
          "2021-04-31",
          "2020-10-32",
          "2020-10-00",
          "2020?~",
          "?2020?",
          "~2020-05",
          "2020-?05",
          "1XXX",
          "XXXX",
          "19X0",
          "196X-05",
          "1985-XX-12",
          "1985-04-X1",
          "2020-X1",
          "196x",
          "-1985",
          "Y170000002",
          "1985-04-12T23:20:30",
          "2016 ",
          " 2016",
          "2016\n",
          "[1667,1668]",
          "{1960,1961}",
          "1950S2",
          "..",
          "2016/2017",
          "２０１６",
          "?",
          "~~");

  /** Periods that both the schema and {@code DateRange.parse} accept. */
  static final List<String> GOOD_PERIODS =
      List.of(
          "2016",
          "196X",
          "2017/2018",
          "2016/2016",
          "2020-10-12/2020-10-16",
          "1984?/2004-06~",
          "2009/..",
          "../2019",
          "../..",
          "2010/",
          "/2016",
          "/",
          "../",
          "/..",
          "~1960/..",
          "2004-06-XX/2004-07",
          "196X/19XX",
          "/2020?",
          "2020-23/");

  /** Texts that both the schema and {@code DateRange.parse} reject (by their shape). */
  static final List<String> BAD_PERIODS =
      List.of(
          "..",
          "",
          "2016//",
          "//",
          "2016/2017/2018",
          "2016-2017",
          ".../2016",
          "2016/...",
          "2016/.",
          "./2016",
          "2020-13/..",
          "2021-02-29/",
          "/2021-02-30",
          "2016 /2017",
          "2016/ 2017",
          "?/2016",
          "2016/~",
          "2016/..?",
          "[2016]/2017");

  private static String withDates(String date, String period) {
    return with(
        "{\"territory\": \"b\"}",
        "{\"territory\": \"b\", \"period\": "
            + TREES.writeValueAsString(period)
            + ", \"attested\": "
            + TREES.writeValueAsString(date)
            + "}");
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
  void theSchemaAndTheReaderAgreeOnEveryDateForm() {
    for (String date : GOOD_DATES) {
      String document = withDates(date, "../..");
      assertEquals(List.of(), errors(document), date);
      assertTrue(readerAccepts(document), date);
      assertEquals(
          PartialDate.parse(date), PartialDate.parse(PartialDate.parse(date).toString()), date);
    }
    for (String date : BAD_DATES) {
      String document = withDates(date, "../..");
      assertFalse(errors(document).isEmpty(), () -> "the schema accepts the date '" + date + "'");
      assertFalse(readerAccepts(document), () -> "the reader accepts the date '" + date + "'");
    }
  }

  @Test
  void theSchemaAndTheReaderAgreeOnEveryPeriodForm() {
    for (String period : GOOD_PERIODS) {
      String document = withDates("2016", period);
      assertEquals(List.of(), errors(document), period);
      assertTrue(readerAccepts(document), period);
    }
    for (String period : BAD_PERIODS) {
      String document = withDates("2016", period);
      assertFalse(
          errors(document).isEmpty(), () -> "the schema accepts the period '" + period + "'");
      assertFalse(readerAccepts(document), () -> "the reader accepts the period '" + period + "'");
    }
  }

  /** The one thing the period pattern cannot check: the order of the start and the end. */
  @Test
  void onlyTheReaderChecksThatAPeriodEndsAfterItStarts() {
    String document = withDates("2016", "2018/2017");
    assertEquals(List.of(), errors(document));
    AtlasJsonException e =
        assertThrows(AtlasJsonException.class, () -> AtlasJson.standard().read(document));
    assertEquals("/partnerships/0/parties/1/period", e.problems().get(0).pointer());
    assertTrue(e.problems().get(0).message().contains("ends before it starts"), e::getMessage);
  }

  private static Pattern pattern(String definition) {
    return Pattern.compile(
        TREES.readTree(AtlasJson.schema()).get("$defs").get(definition).get("pattern").asString());
  }

  private static boolean parses(java.util.function.Function<String, ?> parser, String text) {
    try {
      var unused = parser.apply(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the text is start/end of well-formed sides, so that only their order can be wrong. */
  private static boolean wellFormedSides(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
      return false;
    }
    for (String side : List.of(text.substring(0, slash), text.substring(slash + 1))) {
      if (!side.isEmpty() && !side.equals("..") && !parses(PartialDate::parse, side)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Differential test of the schema's {@code date} and {@code dateRange} patterns against {@code
   * PartialDate.parse} and {@code DateRange.parse}, on texts generated near the valid forms (a
   * valid text with one character changed, inserted or removed) and from the alphabet of EDTF.
   */
  @Test
  void theDatePatternsAcceptExactlyWhatTheParsersAccept() {
    Pattern date = pattern("date");
    Pattern period = pattern("dateRange");
    qt().withExamples(20_000)
        .forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
        .checkAssert(
            seed -> {
              String text = edtfLikeText(new java.util.Random(seed));
              boolean dateParses = parses(PartialDate::parse, text);
              assertEquals(dateParses, date.matcher(text).find(), () -> "date '" + text + "'");
              boolean periodParses = parses(DateRange::parse, text);
              boolean periodMatches = period.matcher(text).find();
              if (periodParses != periodMatches) {
                // Allowed only where the order of the sides alone is wrong.
                assertTrue(periodMatches && wellFormedSides(text), () -> "period '" + text + "'");
              }
            });
  }

  /** The real validator on a sample of the same texts: the same answers as the patterns. */
  @Test
  void theValidatorAppliesThePatternsAsJava() {
    Pattern date = pattern("date");
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 300; i++) {
      String text = edtfLikeText(r);
      assertEquals(
          date.matcher(text).find(),
          errors(withDates(text, "../..")).isEmpty(),
          () -> "date '" + text + "'");
    }
  }

  private static final String ALPHABET = "0123456789X-/.?~%x T";

  static String edtfLikeText(java.util.Random r) {
    String base;
    switch (r.nextInt(6)) {
      case 5:
        // Calendar edges: the ends of months, in years around leap-year rules.
        int year =
            r.nextBoolean() ? 1 + r.nextInt(9999) : (1 + r.nextInt(99)) * 100 + r.nextInt(2) * 4;
        return String.format(
            java.util.Locale.ROOT, "%04d-%02d-%02d", year, 1 + r.nextInt(12), 28 + r.nextInt(5));
      case 0:
        StringBuilder sb = new StringBuilder();
        int length = r.nextInt(14);
        for (int i = 0; i < length; i++) {
          sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
      case 1:
        base = GOOD_PERIODS.get(r.nextInt(GOOD_PERIODS.size()));
        break;
      case 2:
        base = Fixtures.widen(r, AtlasGenerators.dateRange(r), false).toString();
        break;
      default:
        base = Fixtures.widen(r, AtlasGenerators.partialDate(r)).toString();
        break;
    }
    if (r.nextBoolean()) {
      return base;
    }
    StringBuilder sb = new StringBuilder(base);
    int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
    char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
    switch (r.nextInt(3)) {
      case 0:
        if (sb.length() > 0) {
          sb.setCharAt(at, c);
        }
        break;
      case 1:
        sb.insert(at, c);
        break;
      default:
        if (sb.length() > 0) {
          sb.deleteCharAt(at);
        }
        break;
    }
    return sb.toString();
  }

  @Test
  void everythingTheWriterWritesOfEveryVersion2FormConforms() {
    AtlasJson withDefaults = AtlasJson.standard().with(AtlasJsonFeature.WRITE_DEFAULT_VALUES);
    for (long seed = 0; seed < 60; seed++) {
      var atlas = Fixtures.truthfulAtlas(seed);
      assertEquals(List.of(), errors(AtlasJson.standard().writeString(atlas)), "seed " + seed);
      assertEquals(List.of(), errors(withDefaults.writeString(atlas)), "seed " + seed);
    }
  }
}
