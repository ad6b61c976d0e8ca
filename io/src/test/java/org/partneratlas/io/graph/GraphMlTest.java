package org.partneratlas.io.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlTest {

  /** Four territories (one with XML's special characters, one alone), a pair and a triple. */
  static Atlas small() {
    Territory brest =
        territory("fr-brest", "fr", "Brest", "FR", TerritoryLevel.MUNICIPALITY)
            .coordinates(Coordinates.of(48.39, -4.49))
            .build();
    Territory kiel =
        territory("de-kiel", "de", "Kiel", "DE", TerritoryLevel.MUNICIPALITY)
            .coordinates(Coordinates.of(54.32, 10.14))
            .build();
    Territory odd =
        territory(
                "fr-odd",
                "fr",
                "Saint-Père & <Marsac> \"les 'Bains'\"",
                "FR",
                TerritoryLevel.MUNICIPALITY)
            .build();
    Territory alone =
        territory("es-cadiz", "es", "Cádiz", "ES", TerritoryLevel.MUNICIPALITY).build();
    Partnership twinning =
        Partnership.builder()
            .id(PartnershipId.of("brest-kiel"))
            .kind(PartnershipKind.TWINNING)
            .addParties(
                Party.builder().territory(brest.id()).period(DateRange.parse("1964/..")).build(),
                Party.builder().territory(kiel.id()).period(DateRange.parse("1964/..")).build())
            .addStatusHistory(StatusChange.of(PartialDate.parse("1964"), PartnershipStatus.ACTIVE))
            .build();
    Partnership network =
        Partnership.builder()
            .id(PartnershipId.of("three"))
            .kind(PartnershipKind.DECENTRALISED_COOPERATION)
            .addParties(Party.of(brest.id()), Party.of(kiel.id()), Party.of(odd.id()))
            .build();
    return Atlas.builder().add(brest, kiel, odd, alone).add(twinning, network).build();
  }

  private static Territory.Builder territory(
      String id, String language, String name, String country, TerritoryLevel level) {
    return Territory.builder()
        .id(TerritoryId.of(id))
        .level(level)
        .names(LocalizedText.of(language, name))
        .officialLanguage(language)
        .country(CountryCode.of(country));
  }

  private static Document parse(String graphml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The data of an element by key. */
  private static Map<String, String> data(Element element) {
    Map<String, String> data = new HashMap<>();
    NodeList list = element.getElementsByTagNameNS(GraphMl.NAMESPACE, "data");
    for (int i = 0; i < list.getLength(); i++) {
      Element d = (Element) list.item(i);
      data.put(d.getAttribute("key"), d.getTextContent());
    }
    return data;
  }

  private static List<Element> elements(Document doc, String name) {
    NodeList list = doc.getElementsByTagNameNS(GraphMl.NAMESPACE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  @Test
  void nodesAreTheTerritoriesWithTheirKeys() throws Exception {
    Atlas atlas = small();
    List<Element> nodes = elements(parse(GraphMl.writeString(atlas)), "node");
    assertEquals(atlas.territories().size(), nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      Territory t = atlas.territories().list().get(i);
      Element node = nodes.get(i);
      assertEquals(t.id().value(), node.getAttribute("id"));
      Map<String, String> data = data(node);
      assertEquals(t.officialName(), data.get("label"));
      assertEquals(t.country().code(), data.get("country"));
      assertEquals(t.level().name(), data.get("level"));
      assertEquals(
          t.coordinates().map(c -> String.valueOf(c.latitude())).orElse(null), data.get("lat"));
      assertEquals(
          t.coordinates().map(c -> String.valueOf(c.longitude())).orElse(null), data.get("lon"));
    }
  }

  @Test
  void specialCharactersComeBackAsTheyWere() throws Exception {
    Document doc = parse(GraphMl.writeString(small()));
    Element odd = elements(doc, "node").get(2);
    assertEquals("Saint-Père & <Marsac> \"les 'Bains'\"", data(odd).get("label"));
  }

  @Test
  void aPairIsOneEdgeAndATripleIsThreeEdgesBetweenEachTwo() throws Exception {
    List<Element> edges = elements(parse(GraphMl.writeString(small())), "edge");
    assertEquals(4, edges.size());
    Element pair = edges.get(0);
    assertEquals("brest-kiel", pair.getAttribute("id"));
    assertEquals("fr-brest", pair.getAttribute("source"));
    assertEquals("de-kiel", pair.getAttribute("target"));
    assertEquals(
        Map.of(
            "partnership", "brest-kiel", "kind", "TWINNING", "status", "ACTIVE", "start", "1964"),
        data(pair));
    List<String> ends = new ArrayList<>();
    for (Element e : edges.subList(1, 4)) {
      assertTrue(e.getAttribute("id").startsWith("three/"));
      // No status recorded, no start known: those keys are left out.
      assertEquals(Map.of("partnership", "three", "kind", "DECENTRALISED_COOPERATION"), data(e));
      ends.add(e.getAttribute("source") + " " + e.getAttribute("target"));
    }
    assertEquals(List.of("fr-brest de-kiel", "fr-brest fr-odd", "de-kiel fr-odd"), ends);
    assertEquals(
        List.of("three/1", "three/2", "three/3"),
        edges.subList(1, 4).stream().map(e -> e.getAttribute("id")).toList());
  }

  @Test
  void everyDataElementUsesADeclaredKeyForItsDomain() throws Exception {
    Document doc = parse(GraphMl.writeString(small()));
    Map<String, String> domains = new HashMap<>();
    for (Element key : elements(doc, "key")) {
      domains.put(key.getAttribute("id"), key.getAttribute("for"));
    }
    for (String element : List.of("node", "edge")) {
      for (Element e : elements(doc, element)) {
        for (String key : data(e).keySet()) {
          assertEquals(element, domains.get(key), key);
        }
      }
    }
    assertFalse(domains.isEmpty());
  }

  @Test
  void theOutputIsTheGoldenFile() throws IOException {
    String written = GraphMl.writeString(small());
    assertEquals(written, GraphMl.writeString(small()), "deterministic");
    try (InputStream in = GraphMlTest.class.getResourceAsStream("small.graphml")) {
      assertNotNull(in, "small.graphml");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), written);
    }
  }
}
