package org.partneratlas.io.graph;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.PartialDate;

/**
 * Writes an Atlas as a GraphML document (the XML format of the GraphML specification, which Gephi,
 * yEd, Cytoscape and NetworkX read): an undirected graph of the territories and their partnerships.
 *
 * <h2>Nodes</h2>
 *
 * <p>Every territory of the atlas is a node, in the order of the atlas, whose id is the territory's
 * id, with the keys {@code label} (its official name: its name in its official language, or, when
 * that language is undetermined, its first name), {@code country} (the ISO 3166-1 code), {@code
 * level} (such as {@code MUNICIPALITY}), and {@code lat} and {@code lon} (decimal degrees) when its
 * coordinates are known. Territories without partnerships are nodes too.
 *
 * <h2>Edges</h2>
 *
 * <p>A partnership of two territories is one edge between them. A partnership of more territories
 * (a network of cities, a decentralised cooperation of several regions) becomes an edge between
 * <em>each two</em> of its territories, rather than a hub node of its own: n territories give n(n −
 * 1)/2 edges, all carrying the partnership's keys, so that the degree of a node is the number of
 * its partners, as network tools count it. Every party counts, whatever its status (a planned party
 * included) and period. The edges come in the order of the partnerships, then of the parties; an
 * edge's id is the partnership's id, followed by {@code /1}, {@code /2}, ... for the edges of a
 * partnership of more than two territories. Its keys: {@code partnership} (the id), {@code kind}
 * (such as {@code TWINNING}), {@code status} (the {@linkplain PartnershipStatistics#latestStatus
 * latest recorded status}, left out when none is recorded) and {@code start} (the year the
 * partnership's life began, left out when not known). A partnership of one territory has no edge.
 *
 * <h2>Text</h2>
 *
 * <p>The document is UTF-8; XML's special characters ({@code & < > "}) are escaped, a carriage
 * return is written as a character reference so that parsers keep it. Writing is deterministic: the
 * same atlas always gives the same bytes. Thread-safe: the methods are static.
 *
 * <pre>{@code
 * GraphMl.write(atlas, Path.of("partners.graphml"));   // then open it in Gephi or yEd
 * }</pre>
 */
public final class GraphMl {

  /** The GraphML namespace. */
  public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String SCHEMA =
      NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

  private GraphMl() {}

  /**
   * Writes an atlas as GraphML to a stream, which is flushed but not closed.
   *
   * @param atlas the atlas
   * @param out where to write
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if a text has a character that XML 1.0 cannot carry (a control
   *     character other than tab and line breaks), naming its place
   */
  public static void write(Atlas atlas, OutputStream out) throws IOException {
    requireNonNull(atlas, "atlas");
    requireNonNull(out, "out");
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      new Writing(xml).document(atlas);
      xml.flush();
      xml.close(); // does not close the stream
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IOException("Cannot write GraphML: " + e.getMessage(), e);
    }
    out.flush();
  }

  /**
   * Writes an atlas as GraphML to a file, replacing it if it exists.
   *
   * @param atlas the atlas
   * @param file where to write
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if a text has a character that XML 1.0 cannot carry
   */
  public static void write(Atlas atlas, Path file) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(atlas, out);
    }
  }

  /**
   * Returns an atlas as a GraphML document.
   *
   * @param atlas the atlas
   * @return the document
   * @throws IllegalArgumentException if a text has a character that XML 1.0 cannot carry
   */
  public static String writeString(Atlas atlas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(atlas, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen in memory
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** One document being written. */
  private static final class Writing {
    private final XMLStreamWriter xml;

    Writing(XMLStreamWriter xml) {
      this.xml = xml;
    }

    void document(Atlas atlas) throws XMLStreamException {
      xml.writeStartDocument("UTF-8", "1.0");
      newline(0);
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
      key("label", "node", "string");
      key("country", "node", "string");
      key("level", "node", "string");
      key("lat", "node", "double");
      key("lon", "node", "double");
      key("partnership", "edge", "string");
      key("kind", "edge", "string");
      key("status", "edge", "string");
      key("start", "edge", "int");
      newline(1);
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "partner-atlas");
      xml.writeAttribute("edgedefault", "undirected");
      for (Territory t : atlas.territories()) {
        node(t);
      }
      for (Partnership p : atlas.partnerships()) {
        edges(p);
      }
      newline(1);
      xml.writeEndElement(); // graph
      newline(0);
      xml.writeEndElement(); // graphml
      newline(0);
      xml.writeEndDocument();
    }

    private void key(String name, String domain, String type) throws XMLStreamException {
      newline(1);
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", name);
      xml.writeAttribute("for", domain);
      xml.writeAttribute("attr.name", name);
      xml.writeAttribute("attr.type", type);
    }

    private void node(Territory t) throws XMLStreamException {
      newline(2);
      xml.writeStartElement("node");
      xml.writeAttribute("id", checked(t.id().value(), "the id of territory " + t.id()));
      data(3, "label", t.displayName(List.of()), "the name of territory " + t.id());
      data(3, "country", t.country().code(), "");
      data(3, "level", t.level().name(), "");
      Optional<Coordinates> at = t.coordinates();
      if (at.isPresent()) {
        data(3, "lat", Double.toString(at.get().latitude()), "");
        data(3, "lon", Double.toString(at.get().longitude()), "");
      }
      newline(2);
      xml.writeEndElement();
    }

    private void edges(Partnership p) throws XMLStreamException {
      List<TerritoryId> territories = p.territories().asList();
      int pairs = territories.size() * (territories.size() - 1) / 2;
      int n = 0;
      for (int i = 0; i < territories.size(); i++) {
        for (int j = i + 1; j < territories.size(); j++) {
          n++;
          String id = p.id().value() + (pairs > 1 ? "/" + n : "");
          newline(2);
          xml.writeStartElement("edge");
          xml.writeAttribute("id", id);
          xml.writeAttribute("source", territories.get(i).value());
          xml.writeAttribute("target", territories.get(j).value());
          data(3, "partnership", p.id().value(), "");
          data(3, "kind", p.kind().name(), "");
          Optional<PartnershipStatus> status = PartnershipStatistics.latestStatus(p);
          if (status.isPresent()) {
            data(3, "status", status.get().name(), "");
          }
          Optional<PartialDate> start = p.life().start();
          if (start.isPresent()) {
            data(3, "start", Integer.toString(start.get().year()), "");
          }
          newline(2);
          xml.writeEndElement();
        }
      }
    }

    private void data(int depth, String key, String value, String place) throws XMLStreamException {
      newline(depth);
      xml.writeStartElement("data");
      xml.writeAttribute("key", key);
      String text = checked(value, place);
      int from = 0;
      for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
        xml.writeCharacters(text.substring(from, i));
        xml.writeEntityRef("#13");
        from = i + 1;
      }
      xml.writeCharacters(text.substring(from));
      xml.writeEndElement();
    }

    private void newline(int depth) throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Returns the text, or throws naming its place if XML 1.0 cannot carry one of its chars. */
    private static String checked(String text, String place) {
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        boolean allowed =
            c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
        if (!allowed) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "GraphML cannot carry the character U+%04X in %s: remove it from the atlas",
                  c,
                  place.isEmpty() ? "'" + text + "'" : place));
        }
        i += Character.charCount(c);
      }
      return text;
    }
  }
}
