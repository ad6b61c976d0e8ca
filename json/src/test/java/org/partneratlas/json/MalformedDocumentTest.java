package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for bad documents: each pins the message, the JSON Pointer, the line and the
 * column of the problem. Locations are given as the first occurrence of a marker in the document
 * (the problem is at the first character of the marker).
 */
class MalformedDocumentTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  /** Two territories (lines 3 and 4) and a partnership (line 7). */
  private static final String VALID =
      "{\"format\": \"partner-atlas\", \"version\": 1,\n"
          + "\"territories\": [\n"
          + "{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"A\"},"
          + " \"officialLanguage\": \"fr\", \"country\": \"FR\"},\n"
          + "{\"id\": \"b\", \"level\": \"MUNICIPALITY\", \"names\": {\"de\": \"B\"},"
          + " \"officialLanguage\": \"de\", \"country\": \"DE\"}\n"
          + "],\n"
          + "\"partnerships\": [\n"
          + "{\"id\": \"p\", \"kind\": \"TWINNING\","
          + " \"parties\": [{\"territory\": \"a\"}, {\"territory\": \"b\"}]}\n"
          + "]}\n";

  /** The document with the first occurrence of {@code from} replaced. */
  private static String with(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static List<JsonProblem> problems(String document) {
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(document));
    assertEquals(
        e.problems().size(), e.getMessage().split("\n  - ", -1).length - 1, e.getMessage());
    return e.problems();
  }

  /** Asserts that the document has exactly one problem, at the marker, with the message. */
  private static void expect(String document, String pointer, String marker, String message) {
    List<JsonProblem> problems = problems(document);
    assertEquals(1, problems.size(), problems::toString);
    assertProblem(problems.get(0), document, pointer, marker, message);
  }

  private static void assertProblem(
      JsonProblem problem, String document, String pointer, String marker, String message) {
    int index = document.indexOf(marker);
    assertTrue(index >= 0, marker);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = index - lineStart + 1;
    assertEquals(pointer, problem.pointer(), problem::toString);
    assertTrue(problem.message().contains(message), () -> problem + " should say: " + message);
    assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::toString);
  }

  @Test
  void theValidDocumentReads() {
    assertEquals(2, JSON.read(VALID).territories().size());
  }

  // --- Syntax ------------------------------------------------------------------------------------

  @Test
  void emptyDocument() {
    List<JsonProblem> problems = problems("");
    assertEquals(1, problems.size());
    assertEquals("", problems.get(0).pointer());
    assertTrue(problems.get(0).message().startsWith("The document is empty"));
  }

  @Test
  void documentThatIsAnArray() {
    expect("[]", "", "[", "Expected the document (an object) for the document, found an array");
  }

  @Test
  void trailingCommaIsMalformed() {
    expect(
        with("\"version\": 1,", "\"version\": 1,,"),
        "/version",
        ",\n",
        "Two commas follow each other: remove one");
  }

  @Test
  void truncatedDocument() {
    String truncated = VALID.substring(0, VALID.indexOf("{\"id\": \"b\""));
    List<JsonProblem> problems = problems(truncated);
    JsonProblem last = problems.get(problems.size() - 1);
    assertTrue(
        last.message().startsWith("The file ends before the document is complete"), last::toString);
    // The document ends at the start of line 4.
    assertEquals("4:1", last.line() + ":" + last.column(), last::toString);
  }

  @Test
  void trailingDocument() {
    List<JsonProblem> problems = problems(VALID + "{}");
    assertTrue(
        problems
            .get(0)
            .message()
            .startsWith("Unexpected content after the end of the document: an object"));
    assertEquals(9, problems.get(0).line());
    assertEquals(1, problems.get(0).column());
  }

  @Test
  void trailingGarbage() {
    List<JsonProblem> problems = problems(VALID + "x");
    assertEquals(1, problems.size());
    assertTrue(
        problems
            .get(0)
            .message()
            .startsWith("'x' is not a JSON value: write texts in double quotes"),
        problems::toString);
    assertEquals(9, problems.get(0).line());
  }

  @Test
  void commentsAreNotJson() {
    expect(
        with("\"territories\"", "// no\n\"territories\""),
        "/version",
        "//",
        "Comments are not allowed in the file: remove them");
  }

  @Test
  void singleQuotesAreNotJson() {
    expect(
        with("\"TWINNING\"", "'TWINNING'"),
        "/partnerships/0/kind",
        "'TWINNING'",
        "Texts and property names must be in double quotes (\"...\"), not single quotes");
  }

  @Test
  void nanIsNotJson() {
    expect(
        with("\"version\": 1", "\"version\": NaN"),
        "/version",
        "NaN,",
        "NaN is not a number JSON allows: write a number in digits, or leave the property out");
  }

  @Test
  void leadingZerosAreNotJson() {
    expect(
        with("\"version\": 1", "\"version\": 01"),
        "/version",
        "01,\n",
        "A number starts with 0 followed by digits (such as 01): remove the leading zeros");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] bytes = with("\"A\"", "\"A\u00e9\"").getBytes(StandardCharsets.UTF_8);
    // Replace the two bytes of é by a lone continuation byte and a space.
    for (int i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] == (byte) 0xC3 && bytes[i + 1] == (byte) 0xA9) {
        bytes[i] = (byte) 0xA9;
        bytes[i + 1] = ' ';
      }
    }
    AtlasJsonException e =
        assertThrows(AtlasJsonException.class, () -> JSON.read(new ByteArrayInputStream(bytes)));
    assertTrue(
        e.problems()
            .get(0)
            .message()
            .equals("The file is not valid UTF-8 at byte 114 (counting from 0): save it as UTF-8"),
        e::getMessage);
    assertEquals(0xA9, bytes[114] & 0xFF);
    assertEquals(3, e.problems().get(0).line());
  }

  // --- The document --------------------------------------------------------------------------

  @Test
  void anotherFormat() {
    expect(
        with("\"partner-atlas\"", "\"geojson\""),
        "/format",
        "\"geojson\"",
        "This is not a Partner Atlas document: 'format' is 'geojson', expected 'partner-atlas'");
  }

  @Test
  void anotherVersion() {
    expect(
        with("\"version\": 1", "\"version\": 3"),
        "/version",
        "3,",
        "Version 3 of the format is not supported: this library reads versions 1 and 2; write"
            + " \"version\": 2");
  }

  @Test
  void versionAsText() {
    expect(
        with("\"version\": 1", "\"version\": \"1\""),
        "/version",
        "\"1\"",
        "Expected the format version (a whole number) for 'version', found a text");
  }

  @Test
  void versionTooLarge() {
    expect(
        with("\"version\": 1", "\"version\": 99999999999"),
        "/version",
        "99999999999",
        "The number 99999999999 is too large for the format version");
  }

  @Test
  void missingFormatAndVersion() {
    expect("{}", "", "{", "Missing properties 'format', 'version' in the document: add them");
  }

  @Test
  void unknownTopLevelProperty() {
    expect(
        with("\"territories\"", "\"territory\""),
        "/territory",
        "\"territory\"",
        "Unknown property 'territory' in the document: the known properties are $schema, format,"
            + " version,"
            + " territories, themes, actors, partnerships, crises, crisisImpacts");
  }

  // --- Entities --------------------------------------------------------------------------------

  @Test
  void unknownPropertyNamesTheKnownOnes() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"nmes\": {}"),
        "/territories/0/nmes",
        "\"nmes\"",
        "Unknown property 'nmes' in a territory: the known properties are id, level, names,"
            + " officialLanguage, aliases, country, subdivision, parent, coordinates, population,"
            + " externalIds, sources, attributes");
  }

  @Test
  void duplicateProperty() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"country\": \"DE\""),
        "/territories/0/country",
        "\"country\": \"DE\"",
        "Property 'country' is given twice in a territory: keep only one");
  }

  @Test
  void missingRequiredProperty() {
    expect(
        with("\"level\": \"MUNICIPALITY\", ", ""),
        "/territories/0",
        "{\"id\": \"a\"",
        "Missing property 'level' in a territory: add it");
  }

  @Test
  void invalidId() {
    expect(
        with("\"id\": \"a\"", "\"id\": \"-a\""),
        "/territories/0/id",
        "\"-a\"",
        "'-a' is not a valid territory id");
  }

  @Test
  void unknownEnumConstantListsTheValues() {
    expect(
        with("\"MUNICIPALITY\"", "\"CITY\""),
        "/territories/0/level",
        "\"CITY\"",
        "'CITY' is not a territory level: use one of INTERNATIONAL, COUNTRY, REGION, DEPARTMENT,"
            + " METROPOLIS, MUNICIPALITY, DISTRICT, UNKNOWN (upper case)");
  }

  @Test
  void enumConstantsAreUpperCase() {
    expect(
        with("\"TWINNING\"", "\"twinning\""),
        "/partnerships/0/kind",
        "\"twinning\"",
        "'twinning' is not a kind of partnership");
  }

  @Test
  void unknownCountry() {
    expect(
        with("\"FR\"", "\"FRA\""),
        "/territories/0/country",
        "\"FRA\"",
        "'FRA' is an ISO 3166-1 alpha-3 code: use its alpha-2 code 'FR'");
  }

  @Test
  void subdivisionOfAnotherCountryIsReportedAtTheEntity() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"subdivision\": \"DE-BY\""),
        "/territories/0",
        "{\"id\": \"a\"",
        "Territory a: subdivision code DE-BY is not of its country FR");
  }

  @Test
  void officialLanguageWithoutNameIsReportedAtTheLanguage() {
    expect(
        with("\"officialLanguage\": \"fr\"", "\"officialLanguage\": \"es\""),
        "/territories/0/officialLanguage",
        "\"es\"",
        "Territory a has no name in its official language 'es'");
  }

  @Test
  void officialLanguageNotATagIsReportedAtTheTag() {
    expect(
        with("\"officialLanguage\": \"fr\"", "\"officialLanguage\": \"fr_FR\""),
        "/territories/0/officialLanguage",
        "\"fr_FR\"",
        "'fr_FR' is not a BCP 47 language tag: use a tag such as 'fr', 'en', 'es' or 'es-AR'");
  }

  @Test
  void latitudeOutOfRangeIsReportedAtTheValueWithItsText() {
    expect(
        with(
            "\"country\": \"FR\"",
            "\"country\": \"FR\", \"coordinates\": {\"latitude\": 91, \"longitude\": 0}"),
        "/territories/0/coordinates/latitude",
        "91,",
        "Latitude 91 is outside the WGS84 range");
  }

  @Test
  void latitudeTooLargeForADoubleIsNotInfinity() {
    expect(
        with(
            "\"country\": \"FR\"",
            "\"country\": \"FR\", \"coordinates\": {\"latitude\": 1e400, \"longitude\": 0}"),
        "/territories/0/coordinates/latitude",
        "1e400",
        "The number 1e400 is too large for a latitude");
  }

  @Test
  void coordinatesAsText() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"coordinates\": \"48.39,-4.49\""),
        "/territories/0/coordinates",
        "\"48.39",
        "Expected coordinates (an object) for 'coordinates', found a text");
  }

  @Test
  void negativePopulationIsReportedAtTheCount() {
    expect(
        with(
            "\"country\": \"FR\"",
            "\"country\": \"FR\", \"population\": {\"count\": -5, \"year\": 2020}"),
        "/territories/0/population/count",
        "-5",
        "Population -5 is negative");
  }

  @Test
  void fractionalPopulation() {
    expect(
        with(
            "\"country\": \"FR\"",
            "\"country\": \"FR\", \"population\": {\"count\": 1.5, \"year\": 2020}"),
        "/territories/0/population/count",
        "1.5",
        "Expected a count of inhabitants (a whole number) for 'count', found 1.5: write it without"
            + " a fraction");
  }

  @Test
  void wholeNumberWithAZeroFractionIsAWholeNumberAsInJsonSchema() {
    String document =
        with(
            "\"country\": \"FR\"",
            "\"country\": \"FR\", \"population\": {\"count\": 139602.0, \"year\": 2.018e3}");
    assertEquals(
        139602L,
        JSON.read(document).territories().list().get(0).population().orElseThrow().count());
  }

  @Test
  void nullIsNotAbsence() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"parent\": null"),
        "/territories/0/parent",
        "null",
        "found null: leave the property out rather than writing null");
  }

  @Test
  void blankText() {
    expect(
        with("{\"fr\": \"A\"}", "{\"fr\": \"A\", \"en\": \"  \"}"),
        "/territories/0/names/en",
        "\"en\"",
        "The text in 'en' is blank");
  }

  @Test
  void malformedLanguageTag() {
    expect(
        with("{\"fr\": \"A\"}", "{\"fr\": \"A\", \"1234\": \"x\"}"),
        "/territories/0/names/1234",
        "\"1234\"",
        "'1234' is not a BCP 47 language tag");
  }

  @Test
  void languageGivenTwiceOnceCanonical() {
    expect(
        with("{\"fr\": \"A\"}", "{\"fr\": \"A\", \"FR\": \"B\"}"),
        "/territories/0/names/FR",
        "\"FR\"",
        "Language 'fr' is given twice: keep one text per language");
  }

  @Test
  void attributeGivenTwice() {
    expect(
        with(
            "\"country\": \"FR\"",
            "\"country\": \"FR\", \"attributes\": {\"k\": \"1\", \"k\": \"2\"}"),
        "/territories/0/attributes/k",
        "\"k\": \"2\"",
        "Key 'k' is given twice: keep only one");
  }

  @Test
  void attributeValueNotText() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"attributes\": {\"k\": 1}"),
        "/territories/0/attributes/k",
        "1}",
        "Expected a text for 'k', found a number");
  }

  @Test
  void attributeKeyNotAllowedIsReportedAtTheKey() {
    expect(
        with("\"country\": \"FR\"", "\"country\": \"FR\", \"attributes\": {\"a key\": \"1\"}"),
        "/territories/0/attributes/a key",
        "\"a key\"",
        "Attribute key 'a key' is not allowed");
  }

  @Test
  void invalidMonth() {
    expect(
        with("{\"territory\": \"a\"}", "{\"territory\": \"a\", \"period\": \"2020-13\"}"),
        "/partnerships/0/parties/0/period",
        "\"2020-13\"",
        "'2020-13' is not a date");
  }

  @Test
  void periodThatEndsBeforeItStarts() {
    List<JsonProblem> problems =
        problems(
            with("{\"territory\": \"a\"}", "{\"territory\": \"a\", \"period\": \"2018/2017\"}"));
    assertEquals(1, problems.size());
    assertEquals("/partnerships/0/parties/0/period", problems.get(0).pointer());
    assertTrue(problems.get(0).message().contains("2017"), problems::toString);
  }

  @Test
  void invalidThemeId() {
    expect(
        with(
            "\"kind\": \"TWINNING\",",
            "\"kind\": \"TWINNING\", \"themes\": [{\"theme\": \"Maritime\"}],"),
        "/partnerships/0/themes/0/theme",
        "\"Maritime\"",
        "'Maritime' is not a valid theme id");
  }

  @Test
  void valueListedTwiceInASet() {
    String actions =
        "\"kind\": \"TWINNING\", \"actions\": [{\"id\": \"x\", \"kind\": \"VISIT\","
            + " \"modality\": \"REMOTE\", \"actors\": [\"s\", \"s\"]}],";
    expect(
        with("\"kind\": \"TWINNING\",", actions),
        "/partnerships/0/actions/0/actors/1",
        "\"s\"]",
        "'s' is listed twice in element 1 of 'actors': list it once");
  }

  @Test
  void linkThatIsNotAWebAddressIsReportedAtTheLink() {
    String actions =
        "\"kind\": \"TWINNING\", \"actions\": [{\"id\": \"x\", \"kind\": \"VISIT\","
            + " \"links\": [\"ftp://example.org\"]}],";
    expect(
        with("\"kind\": \"TWINNING\",", actions),
        "/partnerships/0/actions/0/links/0",
        "\"ftp://",
        "'ftp://example.org' is not a web address");
  }

  @Test
  void sdgOutOfRangeIsReportedAtTheGoal() {
    expect(
        with(
            "\"partnerships\"",
            "\"themes\": [{\"id\": \"t\", \"labels\": {\"en\": \"T\"}, \"sdgs\": [18]}],\n\"partnerships\""),
        "/themes/0/sdgs/0",
        "18]",
        "18 is not a Sustainable Development Goal");
  }

  @Test
  void arrayExpected() {
    expect(
        with("[{\"territory\": \"a\"}, {\"territory\": \"b\"}]", "{\"x\": 1}"),
        "/partnerships/0/parties",
        "{\"x\"",
        "Expected a list of parties (an array) for 'parties', found an object");
  }

  // --- Atlas validation, located in the document -------------------------------------------------

  @Test
  void danglingReferenceIsReportedAtTheValue() {
    expect(
        with("{\"territory\": \"b\"}", "{\"territory\": \"zz\"}"),
        "/partnerships/0/parties/1/territory",
        "\"zz\"",
        "partnership 'p': the territory 'zz' does not exist");
  }

  @Test
  void danglingReferenceFromAStreamIsReportedAtTheEntity() {
    String document = with("{\"territory\": \"b\"}", "{\"territory\": \"zz\"}");
    AtlasJsonException e =
        assertThrows(
            AtlasJsonException.class,
            () -> JSON.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    assertEquals(1, e.problems().size());
    assertProblem(
        e.problems().get(0),
        document,
        "/partnerships/0/parties/1/territory",
        "{\"id\": \"p\"",
        "the territory 'zz' does not exist");
  }

  @Test
  void duplicateIds() {
    String document = with("{\"id\": \"b\"", "{\"id\": \"a\"");
    List<JsonProblem> problems = problems(document);
    assertEquals(2, problems.size(), problems::toString);
    assertProblem(
        problems.get(0),
        document,
        "/territories/1/id",
        "\"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"de\"",
        "territory 'a': the id 'a' is already used by the territory at position 0");
    assertProblem(
        problems.get(1),
        document,
        "/partnerships/0/parties/1/territory",
        "\"b\"}]",
        "the territory 'b' does not exist");
  }

  @Test
  void partnershipWithOneParty() {
    expect(
        with("{\"territory\": \"b\"}", "{\"territory\": \"a\"}"),
        "/partnerships/0/parties",
        "[{\"territory\"",
        "a partnership needs at least two distinct parties, found 1");
  }

  // --- Many problems at once -----------------------------------------------------------------

  @Test
  void oneReadReportsEveryProblemInDocumentOrder() {
    String document =
        with("\"FR\"", "\"FRA\"")
            .replace("\"DE\"", "\"DEU\"")
            .replace("\"TWINNING\"", "\"TWINING\"")
            .replace(
                "\"level\": \"MUNICIPALITY\", \"names\": {\"de\"",
                "\"levl\": 1, \"names\": {\"de\"");
    List<JsonProblem> problems = problems(document);
    assertEquals(
        List.of(
            "/territories/0/country",
            "/territories/1/levl",
            "/territories/1/country",
            "/territories/1",
            "/partnerships/0/kind"),
        problems.stream().map(JsonProblem::pointer).collect(java.util.stream.Collectors.toList()),
        problems::toString);
  }

  @Test
  void readingStopsAfterTheMaximumNumberOfProblems() {
    StringBuilder document =
        new StringBuilder("{\"format\": \"partner-atlas\", \"version\": 1, \"territories\": [");
    for (int i = 0; i < 500; i++) {
      document.append(i == 0 ? "" : ",").append("1");
    }
    document.append("]}");
    AtlasJsonException e =
        assertThrows(
            AtlasJsonException.class,
            () ->
                JSON.withLimits(JsonLimits.defaults().withMaxProblems(10))
                    .read(document.toString()));
    assertEquals(10, e.problems().size());
    assertTrue(e.truncated());
    assertTrue(e.getMessage().contains("reading stopped after 10 problems"), e::getMessage);
  }

  @Test
  void theExampleOfTheFormatDocumentation() {
    String document = with("\"FR\"", "\"FRA\"").replace("\"TWINNING\"", "\"TWINING\"");
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(document));
    assertEquals(
        "The document has 2 problems:\n"
            + "  - line 3, column 97 at /territories/0/country: 'FRA' is an ISO 3166-1 alpha-3"
            + " code: use its alpha-2 code 'FR'\n"
            + "  - line 7, column 21 at /partnerships/0/kind: 'TWINING' is not a kind of partnership:"
            + " use one of TWINNING, FRIENDSHIP, DECENTRALISED_COOPERATION,"
            + " MEMORANDUM_OF_UNDERSTANDING, PROJECT_PARTNERSHIP (upper case)",
        e.getMessage());
    String dangling = with("{\"territory\": \"b\"}", "{\"territory\": \"zz\"}");
    AtlasJsonException invalid = assertThrows(AtlasJsonException.class, () -> JSON.read(dangling));
    assertEquals(
        "The document has 1 problem:\n"
            + "  - line 7, column 79 at /partnerships/0/parties/1/territory: partnership 'p': the"
            + " territory 'zz' does not exist: add it, or correct the id",
        invalid.getMessage());
  }
}
