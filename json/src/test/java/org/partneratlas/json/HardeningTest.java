package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regression tests for the JSON side of issue 10 (hardening), each named after the defect it pins:
 * unpaired surrogates, the byte order mark of {@code read(String)}, locations, messages for a data
 * steward, bounded rule problems and what a host mapper gets.
 */
class HardeningTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  private static final String HEAD = "{\"format\": \"partner-atlas\", \"version\": 1,";

  private static final String TERRITORY =
      "{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"A\"},"
          + " \"officialLanguage\": \"fr\", \"country\": \"FR\"}";

  private static String withTerritory(String territory) {
    return HEAD + " \"territories\": [" + territory + "]}";
  }

  private static JsonProblem onlyProblem(String document) {
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(document));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  /** The 1-based column of the first occurrence of the marker (documents on one line). */
  private static int column(String document, String marker) {
    int at = document.indexOf(marker);
    assertTrue(at >= 0, marker);
    return at + 1;
  }

  // --- 10. Unpaired surrogates ------------------------------------------------------------------

  @Test
  void aLoneSurrogateInAValueIsRejectedLikeOneInAName() {
    String document = withTerritory(TERRITORY.replace("\"A\"", "\"A\\ud800B\""));
    JsonProblem problem = onlyProblem(document);
    assertEquals("/territories/0/names/fr", problem.pointer());
    assertEquals(
        "The text 'A...' has half of a character (the surrogate \\ud800 without its pair) at"
            + " character 2: remove it, or write the whole character",
        problem.message());
    assertEquals(column(document, "\"A\\ud800"), problem.column());
  }

  @Test
  void aLoneSurrogateInAKeyOrALanguageTagIsRejected() {
    JsonProblem key =
        onlyProblem(
            withTerritory(
                TERRITORY.replace(
                    "\"country\": \"FR\"",
                    "\"country\": \"FR\", \"attributes\": {\"k\\udc00\": \"v\"}")));
    // Jackson rejects it in names, as malformed JSON: reading stops there.
    assertEquals("/territories/0/attributes", key.pointer());
    assertEquals(
        "A property name has half of a character (the surrogate \\udc00 without its pair): remove"
            + " it, or write the whole character",
        key.message());
    JsonProblem language =
        onlyProblem(
            withTerritory(
                TERRITORY.replace("{\"fr\": \"A\"}", "{\"fr\": \"A\", \"\\ud800\": \"B\"}")));
    assertTrue(language.message().contains("half of a character"), language::toString);
    JsonProblem unknown =
        onlyProblem(
            withTerritory(
                TERRITORY.replace("\"country\": \"FR\"", "\"country\": \"FR\", \"\\ud800\": 1")));
    assertTrue(
        unknown.message().startsWith("A property name has half of a character"), unknown::toString);
  }

  @Test
  void aPairedSurrogateIsAnOrdinaryCharacter() {
    Atlas atlas = JSON.read(withTerritory(TERRITORY.replace("\"A\"", "\"A\\ud83c\\udf0aB\"")));
    assertEquals(
        Optional.of("A\uD83C\uDF0AB"), atlas.territories().list().get(0).names().get("fr"));
  }

  @Test
  void theWriterRejectsALoneSurrogateRatherThanWritingIt() {
    Territory territory =
        Territory.builder()
            .from(Fixtures.kiel())
            .names(LocalizedText.of("de", "Ki\uD800el"))
            .build();
    Atlas atlas = Atlas.builder().add(territory).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JSON.writeString(atlas));
    assertTrue(e.getMessage().contains("(at /territories/0/names/de)"), e::getMessage);
    assertTrue(e.getMessage().contains("it cannot be written as UTF-8"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> JSON.writeBytes(atlas));
  }

  // --- 11. Byte order mark
  // ------------------------------------------------------------------------

  @Test
  void readStringSkipsAByteOrderMarkAsTheOtherReadsDo() {
    String document = withTerritory(TERRITORY);
    assertEquals(JSON.read(document), JSON.read("\uFEFF" + document));
    byte[] bytes = ("\uFEFF" + document).getBytes(StandardCharsets.UTF_8);
    assertEquals(JSON.read(document), JSON.read(bytes));
    // Locations are the same from a String and from bytes.
    String bad = "\uFEFF" + withTerritory(TERRITORY.replace("\"FR\"", "\"FRA\""));
    JsonProblem fromString = onlyProblem(bad);
    AtlasJsonException fromBytes =
        assertThrows(
            AtlasJsonException.class, () -> JSON.read(bad.getBytes(StandardCharsets.UTF_8)));
    assertEquals(fromBytes.problems().get(0), fromString);
  }

  // --- 12. Locations -----------------------------------------------------------------------------

  @Test
  void anOverlongPropertyNameIsReportedAtItsObjectAndItsOwnStart() {
    String name = "x".repeat(2_000);
    String document =
        withTerritory(
            TERRITORY.replace("\"country\": \"FR\"", "\"country\": \"FR\", \"" + name + "\": 1"));
    JsonProblem problem = onlyProblem(document);
    assertEquals("/territories/0", problem.pointer(), problem::toString);
    assertEquals(column(document, "\"xxx"), problem.column(), problem::toString);
    assertEquals(
        "A property name is longer than 1000 characters (limit maxNameLength): shorten it",
        problem.message());
  }

  @Test
  void aTooLongNumberIsLocatedAtItsFirstDigit() {
    String document = HEAD.replace("\"version\": 1", "\"version\": " + "9".repeat(100)) + "}";
    JsonProblem problem = onlyProblem(document);
    assertEquals("/version", problem.pointer());
    assertEquals(column(document, "999"), problem.column(), problem::toString);
  }

  @Test
  void aHugeExponentIsTooLargeRatherThanInfinity() {
    String document =
        withTerritory(
            TERRITORY.replace(
                "\"country\": \"FR\"",
                "\"country\": \"FR\", \"coordinates\": {\"latitude\": 0, \"longitude\": -1e400}"));
    JsonProblem problem = onlyProblem(document);
    assertEquals("/territories/0/coordinates/longitude", problem.pointer());
    assertEquals(column(document, "-1e400"), problem.column());
    assertFalse(problem.message().contains("Infinity"), problem::toString);
    assertTrue(problem.message().startsWith("The number -1e400 is too large for a longitude"));
  }

  // --- 13. Messages for a data steward ----------------------------------------------------------

  @Test
  void parserMessagesHaveNoJargonNoFeatureNamesAndNoClassNames() {
    String valid = withTerritory(TERRITORY);
    List<String> broken =
        List.of(
            valid.replace("\"territories\"", "/* c */ \"territories\""),
            valid.replace("\"territories\"", "# c\n\"territories\""),
            valid.replace("\"FR\"", "'FR'"),
            valid.replace("\"FR\"", "FR"),
            valid.replace("\"version\": 1", "\"version\": NaN"),
            valid.replace("\"version\": 1", "\"version\": 01"),
            valid.replace("\"version\": 1", "\"version\": +1"),
            valid.replace("\"version\": 1", "\"version\": 1."),
            valid.replace("\"version\": 1", "\"version\": .5"),
            valid.replace("\"version\": 1", "\"version\": -"),
            valid.replace("\"A\"", "\"A\tB\""),
            valid.replace("\"A\"", "\"A\\qB\""),
            valid.replace("\"A\"", "\"A\\u12G4\""),
            valid.replace("}]}", "}}}"),
            valid.replace("}]}", "},]}"),
            valid.replace("\"FR\"}", "\"FR\",}"),
            valid.replace("\"level\":", "\"level\""),
            valid.replace(", \"level\"", " \"level\""),
            valid.substring(0, valid.length() - 3),
            valid.substring(0, valid.indexOf("\"A\"") + 2),
            valid + " x");
    for (String document : broken) {
      AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(document));
      for (String jargon :
          List.of(
              "(code",
              "Feature",
              "`",
              "java.",
              "Exception",
              "REDACTED",
              "#UNKNOWN",
              "token",
              "VALUE_",
              "marker",
              "Malformed JSON")) {
        assertFalse(e.getMessage().contains(jargon), () -> jargon + " in " + e.getMessage());
      }
      assertTrue(e.problems().get(0).line() > 0, e::getMessage);
    }
  }

  @Test
  void commentsAreNotAllowedInPlainWords() {
    JsonProblem problem =
        onlyProblem(withTerritory(TERRITORY).replace("\"territories\"", "// c\n\"territories\""));
    assertEquals("Comments are not allowed in the file: remove them", problem.message());
  }

  @Test
  void invalidUtf8IsReportedByItsByteOffsetWithoutAJavaClassName() {
    byte[] bytes = withTerritory(TERRITORY).getBytes(StandardCharsets.UTF_8);
    int at = withTerritory(TERRITORY).indexOf("\"A\"") + 1;
    bytes[at] = (byte) 0xFF;
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(bytes));
    assertEquals(
        "The file is not valid UTF-8 at byte " + at + " (counting from 0): save it as UTF-8",
        e.problems().get(0).message());
  }

  @Test
  void aFractionWhereAWholeNumberIsExpectedShowsTheNumberAsWritten() {
    JsonProblem problem =
        onlyProblem(
            withTerritory(
                TERRITORY.replace(
                    "\"country\": \"FR\"",
                    "\"country\": \"FR\", \"population\": {\"count\": 139602.5, \"year\": 2018}")));
    assertEquals(
        "Expected a count of inhabitants (a whole number) for 'count', found 139602.5: write it"
            + " without a fraction",
        problem.message());
  }

  @Test
  void aRuleProblemNamesItsPlaceOnceNotAsBothAPointerAndAFieldPath() {
    String document =
        HEAD
            + " \"territories\": ["
            + TERRITORY
            + "], \"partnerships\": [{\"id\": \"p\", \"kind\": \"TWINNING\", \"parties\":"
            + " [{\"territory\": \"a\"}, {\"territory\": \"zz\"}]}]}";
    JsonProblem problem = onlyProblem(document);
    assertEquals("/partnerships/0/parties/1/territory", problem.pointer());
    assertFalse(problem.message().contains("parties[1]"), problem::toString);
    assertTrue(
        problem.message().startsWith("partnership 'p': the territory 'zz'"), problem::toString);
  }

  // --- 4. Bounded rule problems -----------------------------------------------------------------

  @Test
  void rulesProblemsBeyondMaxProblemsAreCountedInTheMessageAndListedInFull() {
    StringBuilder parties = new StringBuilder();
    for (int i = 0; i < 250; i++) {
      parties.append(i == 0 ? "" : ",").append("{\"territory\": \"t").append(i).append("\"}");
    }
    String document =
        HEAD
            + " \"partnerships\": [{\"id\": \"p\", \"kind\": \"TWINNING\", \"parties\": ["
            + parties
            + "]}]}";
    AtlasJsonException e =
        assertThrows(
            AtlasJsonException.class,
            () -> JSON.withLimits(JsonLimits.defaults().withMaxProblems(10)).read(document));
    assertEquals(250, e.problems().size());
    assertEquals(1, e.problems().get(249).line());
    String[] lines = e.getMessage().split("\n", -1);
    assertEquals("The document has 250 problems:", lines[0]);
    assertEquals(12, lines.length, e::getMessage);
    assertEquals(
        "  - and 240 more: 240 at /partnerships/*/parties/*/territory (problems() lists them all)",
        lines[11]);
  }

  // --- 14. Host mappers -------------------------------------------------------------------------

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  /** A host record with a required and an optional core value. */
  public record Visit(TerritoryId where, Optional<TerritoryId> via) {}

  @Test
  void aHostReadingNullAsAnAtlasGetsAnErrorNotNull() {
    AtlasJsonException e =
        assertThrows(AtlasJsonException.class, () -> MAPPER.readValue("null", Atlas.class));
    assertEquals(
        "Expected an Atlas, but found null: leave the property out rather than writing null",
        e.problems().get(0).message());
    assertEquals(1, e.problems().get(0).line());
  }

  @Test
  void aHostRecordCannotHoldANullOrMissingTerritoryId() {
    AtlasJsonException nullValue =
        assertThrows(
            AtlasJsonException.class, () -> MAPPER.readValue("{\"where\": null}", Visit.class));
    assertEquals("/where", nullValue.problems().get(0).pointer());
    assertTrue(
        nullValue.problems().get(0).message().startsWith("Expected a TerritoryId, but found null"));
    Exception missing =
        assertThrows(Exception.class, () -> MAPPER.readValue("{\"via\": \"b\"}", Visit.class));
    AtlasJsonException cause = findCause(missing);
    assertTrue(
        cause.problems().get(0).message().contains("declare it as an Optional<TerritoryId>"),
        cause::getMessage);
    // An Optional may be absent or null.
    assertEquals(
        new Visit(TerritoryId.of("a"), Optional.empty()),
        MAPPER.readValue("{\"where\": \"a\"}", Visit.class));
    assertEquals(
        new Visit(TerritoryId.of("a"), Optional.empty()),
        MAPPER.readValue("{\"where\": \"a\", \"via\": null}", Visit.class));
    List<?> list =
        assertThrows(
                AtlasJsonException.class,
                () ->
                    MAPPER.readValue(
                        "[\"a\", null]",
                        new tools.jackson.core.type.TypeReference<List<TerritoryId>>() {}))
            .problems();
    assertEquals(1, list.size());
  }

  private static AtlasJsonException findCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AtlasJsonException) {
        return (AtlasJsonException) t;
      }
    }
    throw new AssertionError("no AtlasJsonException in", e);
  }

  @Test
  void trailingContentAfterAHostValueIsTheMappersOwnStreamReadException() {
    // Documented in AtlasJsonModule: content after the value is checked by the host's mapper
    // (DeserializationFeature.FAIL_ON_TRAILING_TOKENS), not by the module.
    String atlas = JSON.writeString(Fixtures.smallAtlas());
    StreamReadException e =
        assertThrows(StreamReadException.class, () -> MAPPER.readValue(atlas + " x", Atlas.class));
    assertEquals(StreamReadException.class, e.getClass());
    assertEquals(Fixtures.smallAtlas(), MAPPER.readValue(atlas + " ", Atlas.class));
    // AtlasJson itself reports it as a problem of the document.
    AtlasJsonException own = assertThrows(AtlasJsonException.class, () -> JSON.read(atlas + " x"));
    assertTrue(own.problems().get(0).message().startsWith("'x' is not a JSON value"));
  }

  // --- 15. $schema ------------------------------------------------------------------------------

  @Test
  void aTopLevelSchemaMemberAddedByEditorsIsAccepted() {
    String document =
        "{\"$schema\": \"urn:partner-atlas:format:1\", \"format\": \"partner-atlas\", \"version\": 1}";
    assertEquals(0, JSON.read(document).territories().size());
    JsonProblem notText = onlyProblem(document.replace("\"urn:partner-atlas:format:1\"", "1"));
    assertEquals("/$schema", notText.pointer());
  }
}
