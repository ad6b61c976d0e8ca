package org.partneratlas.io.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.io.ImportException;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.time.PartialDate;
import tools.jackson.databind.json.JsonMapper;

class WikidataDumpTest {

  private static String fixture(String name) {
    try (InputStream in = WikidataDumpTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The fixture on one line, as a dump has it. */
  private static String oneLine(String name) {
    JsonMapper mapper = JsonMapper.builder().build();
    return mapper.writeValueAsString(mapper.readTree(fixture(name)));
  }

  private static final List<String> TWINS =
      List.of("Q207614", "Q474605", "Q990109", "Q17393", "Q167749", "Q2235", "Q598", "Q1007634");

  @Test
  void bielefeld2023() {
    WikidataEntity bielefeld = WikidataDump.parseEntity(fixture("Q2112.json"));
    assertEquals("Q2112", bielefeld.id());
    assertEquals(OptionalLong.of(1867923350L), bielefeld.revision());
    assertEquals(136, bielefeld.labels().size());
    assertEquals("Билефельд", bielefeld.labels().get("ru"));
    assertEquals(
        List.of("Leineweberstadt", "Builefeld", "Beilefeld", "Builefeild"),
        bielefeld.aliases().get("de"));
    assertEquals(List.of("Bilefeldia"), bielefeld.aliases().get("la"));
    assertEquals(List.of("Q183"), bielefeld.countries());
    assertEquals(Optional.empty(), bielefeld.isoCountryCode());
    assertEquals(
        Optional.of(Coordinates.of(52.016666666667, 8.5333333333333)), bielefeld.coordinates());
    assertTrue(bielefeld.instanceOf().contains("Q1549591"));
    List<WikidataTwin> twins = bielefeld.twins();
    assertEquals(TWINS, twins.stream().map(WikidataTwin::target).collect(Collectors.toList()));
    assertEquals(
        List.of(1953, 1958, 1973, 1980, 1987, 1991, 1995),
        twins.stream()
            .flatMap(t -> t.start().stream())
            .map(PartialDate::year)
            .collect(Collectors.toList()));
    assertEquals(Optional.empty(), twins.get(0).start());
    assertEquals(Optional.of(PartialDate.ofYear(1953)), twins.get(1).start());
    assertTrue(twins.stream().allMatch(t -> t.end().isEmpty()));
    assertTrue(twins.stream().allMatch(t -> t.rank() == Rank.NORMAL));
    assertEquals("Q2112$fa2b9dbe-44c4-e3aa-b1b7-6725768477cf", twins.get(1).statementId());
    assertEquals(1, twins.get(1).sources().size());
    assertEquals(
        Optional.of("http://www.rochdale.gov.uk/leisure-and-culture/Pages/20-things-to-know.aspx"),
        twins.get(1).sources().get(0).url());
    assertEquals(1, twins.stream().mapToInt(t -> t.sources().size()).sum());
    assertEquals(8, bielefeld.currentTwins().size());
  }

  @Test
  void bielefeld2016WithoutSnakHashesHasTheSameTwins() {
    WikidataEntity old = WikidataDump.parseEntity(fixture("Q2112-rev363579534.json"));
    WikidataEntity now = WikidataDump.parseEntity(fixture("Q2112.json"));
    assertEquals(OptionalLong.of(363579534L), old.revision());
    assertEquals(117, old.labels().size());
    assertEquals(List.of("Leineweberstadt"), old.aliases().get("de"));
    assertEquals(
        now.twins().stream().map(WikidataTwin::statementId).collect(Collectors.toList()),
        old.twins().stream().map(WikidataTwin::statementId).collect(Collectors.toList()));
    assertEquals(
        now.twins().stream().map(WikidataTwin::start).collect(Collectors.toList()),
        old.twins().stream().map(WikidataTwin::start).collect(Collectors.toList()));
    assertTrue(old.twins().stream().allMatch(t -> t.sources().isEmpty()));
  }

  @Test
  void aDumpIsStreamedOneEntityPerLine() {
    String dump =
        "[\n"
            + oneLine("Q2112.json")
            + ",\n"
            + "{\"type\":\"property\",\"id\":\"P190\",\"datatype\":\"wikibase-item\"},\n"
            + "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":[],\"aliases\":[],\"claims\":{}},\n"
            + oneLine("Q2112-rev363579534.json")
            + "\n]\n";
    List<WikidataEntity> all = new ArrayList<>();
    long read = WikidataDump.read(bytes(dump), all::add);
    assertEquals(3, read);
    assertEquals(
        List.of("Q2112", "Q1", "Q2112"),
        all.stream().map(WikidataEntity::id).collect(Collectors.toList()));
    assertTrue(all.get(1).labels().isEmpty());
    List<WikidataEntity> withTwins = new ArrayList<>();
    assertEquals(2, WikidataDump.readItemsWithTwins(bytes(dump), withTwins::add));
    assertEquals(
        List.of(OptionalLong.of(1867923350L), OptionalLong.of(363579534L)),
        withTwins.stream().map(WikidataEntity::revision).collect(Collectors.toList()));
  }

  @Test
  void aLineThatIsNotAnEntityIsAnExceptionWithItsLineNumber() {
    String dump = "[\n" + oneLine("Q2112.json") + ",\n{\"type\": \"item\", broken\n]\n";
    ImportException e =
        assertThrows(ImportException.class, () -> WikidataDump.read(bytes(dump), x -> {}));
    assertTrue(e.getMessage().startsWith("Line 3 of the dump"), e::getMessage);
  }

  private static String withStart(String time, int precision, String calendar) {
    return "{\"type\":\"item\",\"id\":\"Q9\",\"claims\":{\"P190\":[{\"id\":\"Q9$1\",\"rank\":"
        + "\"normal\",\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P190\",\"datavalue\":"
        + "{\"type\":\"wikibase-entityid\",\"value\":{\"id\":\"Q10\"}}},\"qualifiers\":{\"P580\":"
        + "[{\"snaktype\":\"value\",\"property\":\"P580\",\"datavalue\":{\"type\":\"time\",\"value\":"
        + "{\"time\":\""
        + time
        + "\",\"precision\":"
        + precision
        + ",\"calendarmodel\":\"http://www.wikidata.org/entity/"
        + calendar
        + "\"}}}],\"P582\":[{\"snaktype\":\"somevalue\",\"property\":\"P582\"}]}}]}}";
  }

  private static Optional<PartialDate> start(String time, int precision, String calendar) {
    WikidataTwin twin =
        WikidataDump.parseEntity(withStart(time, precision, calendar)).twins().get(0);
    assertEquals(Optional.empty(), twin.end(), "an unknown end stays unknown");
    return twin.start();
  }

  @Test
  void timesAtThePrecisionWikidataGivesAndNothingGuessed() {
    String gregorian = "Q1985727";
    assertEquals(
        Optional.of(PartialDate.ofYear(1953)), start("+1953-00-00T00:00:00Z", 9, gregorian));
    assertEquals(
        Optional.of(PartialDate.ofMonth(1986, 5)), start("+1986-05-00T00:00:00Z", 10, gregorian));
    assertEquals(
        Optional.of(PartialDate.ofDay(1986, 5, 17)), start("+1986-05-17T00:00:00Z", 11, gregorian));
    assertEquals(
        Optional.of(PartialDate.ofDecade(1980)), start("+1985-00-00T00:00:00Z", 8, gregorian));
    assertEquals(Optional.empty(), start("+1900-00-00T00:00:00Z", 7, gregorian));
    assertEquals(Optional.empty(), start("-0044-03-15T00:00:00Z", 11, gregorian));
    assertEquals(Optional.empty(), start("+1700-02-29T00:00:00Z", 11, "Q1985786"));
    assertEquals(
        Optional.of(PartialDate.ofYear(1700)), start("+1700-00-00T00:00:00Z", 9, "Q1985786"));
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
