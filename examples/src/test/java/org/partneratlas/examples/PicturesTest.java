package org.partneratlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.TerritoryId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The two pictures of the README, drawn by the svg module on the bundled dataset: well-formed SVG
 * with one mark per fact of the dataset, and up to date in docs/images.
 */
class PicturesTest {

  private static final Atlas ATLAS = BrestMetropole.load();

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(UTF_8)));
  }

  /** The values of an attribute on the elements of a name that have a class. */
  private static List<String> attributeOf(
      Document document, String element, String cssClass, String attribute) {
    NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
    List<String> values = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        values.add(e.getAttribute(attribute));
      }
    }
    return values;
  }

  /** The partner territories of Brest Métropole and its communes that have coordinates. */
  private static Set<String> partnersWithCoordinates() {
    Set<TerritoryId> home = new HashSet<>();
    home.add(BrestMetropole.BREST_METROPOLE);
    ATLAS.descendantsOf(BrestMetropole.BREST_METROPOLE).forEach(t -> home.add(t.id()));
    Set<String> partners = new LinkedHashSet<>();
    for (Partnership p : ATLAS.partnershipsWithin(BrestMetropole.BREST_METROPOLE)) {
      for (TerritoryId t : p.territories()) {
        if (!home.contains(t) && ATLAS.territories().require(t).coordinates().isPresent()) {
          partners.add(t.value());
        }
      }
    }
    return partners;
  }

  @Test
  void theMapHasOneMarkerPerPartnerTerritoryWithCoordinates() throws Exception {
    Document map = parse(Pictures.map(ATLAS));
    assertEquals("svg", map.getDocumentElement().getLocalName());
    List<String> markers = attributeOf(map, "circle", "partner", "data-territory");
    assertEquals(partnersWithCoordinates(), new HashSet<>(markers));
    assertEquals(markers.size(), new HashSet<>(markers).size(), "one marker each");
    assertEquals(14, markers.size());
    assertEquals(
        List.of("fr-brest-metropole"), attributeOf(map, "circle", "home", "data-territory"));
    assertEquals(
        partnersWithCoordinates(),
        new HashSet<>(attributeOf(map, "path", "arc", "data-territory")),
        "an arc to every partner");
    // Real outlines: one path per country of Natural Earth 1:110m (177 features) on the world map.
    NodeList groups = map.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("id").equals("world")) {
        assertTrue(
            g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength() > 170);
      }
    }
    assertTrue(map.getDocumentElement().getTextContent().contains("Natural Earth"));
  }

  @Test
  void theTimelineHasOneBarPerPartnership() throws Exception {
    Document timeline = parse(Pictures.timeline(ATLAS));
    List<String> bars = attributeOf(timeline, "rect", "partnership-bar", "data-partnership");
    assertEquals(
        ATLAS.partnershipsWithin(BrestMetropole.BREST_METROPOLE).stream()
            .map(p -> p.id().value())
            .collect(Collectors.toSet()),
        new HashSet<>(bars));
    assertEquals(13, bars.size());
    assertEquals(List.of("covid-19"), attributeOf(timeline, "rect", "crisis", "data-crisis"));
    assertEquals(
        ATLAS.query().involvingWithin(BrestMetropole.BREST_METROPOLE).actions().list().stream()
            .filter(a -> a.when().isPresent())
            .count(),
        attributeOf(timeline, "path", "action", "data-action").size(),
        "a mark per dated action");
    assertEquals(2, attributeOf(timeline, "rect", "phase", "x").size());
    assertEquals(0, attributeOf(timeline, "rect", "former", "x").size(), "no source says so");
    assertEquals(
        List.of("covid-19"),
        attributeOf(timeline, "rect", "crisis-unknown", "data-crisis"),
        "COVID-19's end is unknown");
    assertTrue(
        attributeOf(timeline, "rect", "unknown", "x").size() >= 14,
        "a dashed outline for every party, theme and status not fully known");
  }

  @Test
  void theCommittedPicturesAreUpToDate(@TempDir Path folder) throws Exception {
    Pictures.write(ATLAS, folder);
    Path docs = Path.of("..", "docs", "images");
    for (String name : List.of(Pictures.MAP_FILE, Pictures.TIMELINE_FILE)) {
      assertEquals(
          Files.readString(folder.resolve(name), UTF_8),
          Files.readString(docs.resolve(name), UTF_8),
          name + " is out of date: run the Pictures example");
    }
  }
}
