package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versions of the format: version 2 carries attested facts, sources of parties and theme periods,
 * undated status changes and every EDTF level 1 form; a version-1 document reads as docs/format.md
 * says (its explicit {@code ../..} meant "nothing known").
 */
class FormatVersionTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  /**
   * A document of the given version with a period {@code ../..} in every place a period can take:
   * party (line 7), agreement, theme period, action, perspective and crisis.
   */
  private static String document(String version) {
    return "{\"format\": \"partner-atlas\", \"version\": "
        + version
        + ",\n\"territories\": [\n"
        + "{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"A\"},"
        + " \"officialLanguage\": \"fr\", \"country\": \"FR\"},\n"
        + "{\"id\": \"b\", \"level\": \"MUNICIPALITY\", \"names\": {\"de\": \"B\"},"
        + " \"officialLanguage\": \"de\", \"country\": \"DE\"}],\n"
        + "\"themes\": [{\"id\": \"culture\", \"labels\": {\"en\": \"Culture\"}}],\n"
        + "\"partnerships\": [{\"id\": \"p\", \"kind\": \"TWINNING\",\n"
        + "\"parties\": [{\"territory\": \"a\"}, {\"territory\": \"b\", \"period\": \"../..\"}],\n"
        + "\"agreements\": [{\"kind\": \"CHARTER\", \"period\": \"../..\"}],\n"
        + "\"themes\": [{\"theme\": \"culture\", \"period\": \"../..\"}],\n"
        + "\"actions\": [{\"id\": \"p.1\", \"kind\": \"VISIT\", \"when\": \"../..\"}],\n"
        + "\"perspectives\": [{\"when\": \"../..\", \"plannedModalities\": [\"REMOTE\"]}]}],\n"
        + "\"crises\": [{\"id\": \"c\", \"kind\": \"PANDEMIC\", \"names\": {\"en\": \"C\"},"
        + " \"period\": \"../..\"}]}\n";
  }

  private static List<DateRange> periods(Atlas atlas) {
    Partnership p = atlas.partnerships().list().get(0);
    return List.of(
        p.parties().get(1).period(),
        p.agreements().get(0).period().orElseThrow(),
        p.themes().get(0).period(),
        p.actions().get(0).when().orElseThrow(),
        p.perspectives().get(0).when().orElseThrow(),
        atlas.crises().list().get(0).period());
  }

  @Test
  void inVersion1AnExplicitUnboundedPeriodMeansNothingKnown() {
    Atlas atlas = JSON.read(document("1"));
    assertEquals(List.of(DateRange.unknown()), distinct(periods(atlas)));
    // A period left out keeps its default: the whole life of the partnership.
    assertEquals(
        DateRange.unbounded(), atlas.partnerships().list().get(0).parties().get(0).period());
  }

  @Test
  void inVersion2AnExplicitUnboundedPeriodIsWithoutLimit() {
    Atlas atlas = JSON.read(document("2"));
    assertEquals(List.of(DateRange.unbounded()), distinct(periods(atlas)));
  }

  @Test
  void inVersion1TheOtherPeriodsReadAsTheyDid() {
    for (String period : List.of("2009/..", "../2019", "2017/2018", "2016", "2020-23")) {
      Atlas atlas = JSON.read(fill(document("1"), period));
      assertEquals(List.of(DateRange.parse(period)), distinct(periods(atlas)), period);
    }
  }

  @Test
  void theNewFormsOfDatesReadInEitherVersion() {
    for (String version : List.of("1", "2")) {
      for (String period : List.of("2010/", "/2016", "/", "~1960/..", "196X/2004-06-XX", "2020?")) {
        Atlas atlas = JSON.read(fill(document(version), period));
        assertEquals(List.of(DateRange.parse(period)), distinct(periods(atlas)), period);
      }
    }
  }

  @Test
  void anUnboundedPeriodBeforeTheVersionOf1IsReportedNotGuessed() {
    String late =
        document("1")
            .replaceFirst("\"version\": 1,", "")
            .replaceFirst("\\}\n$", ", \"version\": 1}\n");
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(late));
    assertEquals(6, e.problems().size(), e::getMessage);
    JsonProblem first = e.problems().get(0);
    assertEquals("/partnerships/0/parties/1/period", first.pointer());
    assertEquals(7, first.line(), first::toString);
    assertEquals(late.split("\n", -1)[6].indexOf("\"../..\"") + 1, first.column(), first::toString);
    assertTrue(first.message().contains("move \"version\" to the start"), first::toString);
    assertEquals("/crises/0/period", e.problems().get(5).pointer());
    // In version 2, the same order is no problem: '../..' means the same before and after.
    String late2 = late.replace("\"version\": 1}", "\"version\": 2}");
    assertEquals(List.of(DateRange.unbounded()), distinct(periods(JSON.read(late2))));
  }

  @Test
  void manyUnboundedPeriodsBeforeTheVersionOf1AreReportedUpToTheLimit() {
    String late =
        document("1")
            .replaceFirst("\"version\": 1,", "")
            .replaceFirst("\\}\n$", ", \"version\": 1}\n");
    AtlasJson json = JSON.withLimits(JsonLimits.defaults().withMaxProblems(4));
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> json.read(late));
    assertEquals(4, e.problems().size(), e::getMessage);
    assertTrue(e.truncated());
  }

  @Test
  void otherVersionsAreRejected() {
    for (String version : List.of("0", "3", "-1")) {
      AtlasJsonException e =
          assertThrows(AtlasJsonException.class, () -> JSON.read(fill(document(version), "2016")));
      assertEquals("/version", e.problems().get(0).pointer());
      assertTrue(
          e.problems().get(0).message().contains("this library reads versions 1 and 2"),
          e::getMessage);
    }
  }

  @Test
  void theWriterWritesVersion2() {
    assertEquals(2, AtlasJson.VERSION);
    assertEquals(1, AtlasJson.OLDEST_VERSION);
    String written = JSON.writeString(Fixtures.smallAtlas());
    assertTrue(written.startsWith("{\n  \"format\": \"partner-atlas\",\n  \"version\": 2,\n"));
  }

  // --- The new properties ----------------------------------------------------------------------

  private static final String NEW_PROPERTIES =
      "{\"format\": \"partner-atlas\", \"version\": 2,\n"
          + "\"territories\": [\n"
          + "{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"A\"},"
          + " \"officialLanguage\": \"fr\", \"country\": \"FR\"},\n"
          + "{\"id\": \"b\", \"level\": \"MUNICIPALITY\", \"names\": {\"vi\": \"B\"},"
          + " \"officialLanguage\": \"vi\", \"country\": \"VN\"}],\n"
          + "\"themes\": [{\"id\": \"coast\", \"labels\": {\"en\": \"Coast\"}}],\n"
          + "\"partnerships\": [{\"id\": \"p\", \"kind\": \"DECENTRALISED_COOPERATION\",\n"
          + "\"parties\": [{\"territory\": \"a\"},\n"
          + "{\"territory\": \"b\", \"period\": \"2010/\", \"attested\": \"2012~\","
          + " \"sources\": [{\"title\": \"Register\"}]}],\n"
          + "\"statusHistory\": [{\"date\": \"2007\", \"status\": \"ACTIVE\"},\n"
          + "{\"attested\": \"2020\", \"status\": \"DORMANT\", \"sources\": [{\"title\": \"CNCD\"}]}],\n"
          + "\"themes\": [{\"theme\": \"coast\", \"period\": \"/\", \"attested\": \"2017-10-12\","
          + " \"sources\": [{\"title\": \"A speech\", \"date\": \"2017-10-12\"}]}]}]}\n";

  @Test
  void attestedFactsSourcesAndUndatedChangesAreRead() {
    Partnership p = JSON.read(NEW_PROPERTIES).partnerships().list().get(0);
    Party b = p.parties().get(1);
    assertEquals(DateRange.parse("2010/"), b.period());
    assertEquals(PartialDate.parse("2012~"), b.attested().orElseThrow());
    assertEquals("Register", b.sources().get(0).title());
    StatusChange dormant = p.statusHistory().get(1);
    assertFalse(dormant.date().isPresent());
    assertEquals(PartialDate.ofYear(2020), dormant.attested().orElseThrow());
    assertEquals(PartnershipStatus.DORMANT, dormant.status());
    assertEquals("CNCD", dormant.sources().get(0).title());
    ThemePeriod coast = p.themes().get(0);
    assertEquals(DateRange.unknown(), coast.period());
    assertEquals(PartialDate.ofDay(2017, 10, 12), coast.attested().orElseThrow());
    assertEquals("A speech", coast.sources().get(0).title());
    // And written back alike.
    Atlas atlas = JSON.read(NEW_PROPERTIES);
    assertEquals(atlas, JSON.read(JSON.writeString(atlas)));
    String compact = JSON.without(AtlasJsonFeature.INDENT_OUTPUT).writeString(atlas);
    assertTrue(compact.contains("{\"attested\":\"2020\",\"status\":\"DORMANT\""), compact);
    assertTrue(
        compact.contains("\"period\":\"2010/\",\"attested\":\"2012~\",\"sources\":"), compact);
  }

  @Test
  void aQualifierBeforeALoneYearIsReadAndWrittenAfterIt() {
    String leading = NEW_PROPERTIES.replace("\"2012~\"", "\"~2012\"");
    Atlas atlas = JSON.read(leading);
    assertEquals(
        PartialDate.parse("2012~"),
        atlas.partnerships().list().get(0).parties().get(1).attested().get());
    String written = JSON.writeString(atlas);
    assertTrue(written.contains("\"attested\": \"2012~\""), written);
    assertFalse(written.contains("~2012"), written);
  }

  private static void expectOne(String document, String pointer, String marker, String message) {
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(document));
    assertEquals(1, e.problems().size(), e::getMessage);
    JsonProblem problem = e.problems().get(0);
    assertEquals(pointer, problem.pointer(), problem::toString);
    assertTrue(problem.message().contains(message), problem::toString);
    int index = document.indexOf(marker);
    assertTrue(index >= 0, marker);
    String before = document.substring(0, index);
    int line = before.split("\n", -1).length;
    int column = index - before.lastIndexOf('\n');
    assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::toString);
  }

  @Test
  void problemsOfTheNewPropertiesHaveTheirLocation() {
    expectOne(
        NEW_PROPERTIES.replace("\"2012~\"", "\"2012-13\""),
        "/partnerships/0/parties/1/attested",
        "\"2012-13\"",
        "'2012-13' is not a date");
    expectOne(
        NEW_PROPERTIES.replace("\"2017-10-12\", \"sources\"", "\"2017-10-XY\", \"sources\""),
        "/partnerships/0/themes/0/attested",
        "\"2017-10-XY\"",
        "2017-10-XY");
    expectOne(
        NEW_PROPERTIES.replace("\"attested\": \"2020\"", "\"attested\": \"2020\", \"since\": 1"),
        "/partnerships/0/statusHistory/1/since",
        "\"since\"",
        "the known properties are date, attested, status, cause, sources, attributes");
    expectOne(
        NEW_PROPERTIES.replace(
            "{\"date\": \"2007\", \"status\": \"ACTIVE\"}", "{\"date\": \"2007\"}"),
        "/partnerships/0/statusHistory/0",
        "{\"date\": \"2007\"}",
        "Missing property 'status' in a status change");
    expectOne(
        NEW_PROPERTIES.replace(
            "{\"attested\": \"2020\", \"status\": \"DORMANT\"",
            "{\"date\": \"2021\", \"attested\": \"2020\", \"status\": \"DORMANT\""),
        "/partnerships/0/statusHistory/1",
        "{\"date\": \"2021\"",
        "is attested on 2020, before its change on 2021");
    expectOne(
        NEW_PROPERTIES.replace("\"sources\": [{\"title\": \"Register\"}]", "\"sources\": [{}]"),
        "/partnerships/0/parties/1/sources/0",
        "{}]",
        "Missing property 'title' in a source");
  }

  @Test
  void hostMappersReadPeriodsByTheCurrentVersion() {
    JsonMapper mapper = JsonMapper.builder().addModule(new AtlasJsonModule()).build();
    assertEquals(DateRange.unbounded(), mapper.readValue("\"../..\"", DateRange.class));
    assertEquals(DateRange.unknown(), mapper.readValue("\"/\"", DateRange.class));
    assertEquals("\"/\"", mapper.writeValueAsString(DateRange.unknown()));
    StatusChange undated = mapper.readValue("{\"status\": \"DORMANT\"}", StatusChange.class);
    assertEquals(StatusChange.undated(PartnershipStatus.DORMANT), undated);
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private static String fill(String document, String period) {
    return document.replace("\"../..\"", "\"" + period + "\"");
  }

  private static <T> List<T> distinct(List<T> values) {
    return values.stream().distinct().collect(java.util.stream.Collectors.toList());
  }
}
