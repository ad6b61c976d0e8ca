package org.partneratlas.io.table;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.PartialDate;

/**
 * Writes an Atlas as flat tables that a spreadsheet opens: UTF-8, CSV (RFC 4180, CRLF line ends) or
 * TSV, one header line, optionally with a byte order mark so that Excel reads the text as UTF-8.
 *
 * <h2>Tables</h2>
 *
 * <ul>
 *   <li>{@link #writeTerritories}: {@code id, name, language, level, country, subdivision, parent,
 *       lat, lng, population, population_year, aliases, external_ids}; aliases joined by {@code " |
 *       "}, external ids as {@code scheme:value} joined by {@code " | "}.
 *   <li>{@link #writePartnerships}: {@code id, kind, name, life, status_history, territories}: the
 *       name in its first language, the {@linkplain Partnership#life() life} in EDTF, the status
 *       history as {@code STATUS@date} ({@code STATUS} alone when undated) and the territories'
 *       ids, joined by {@code " | "}.
 *   <li>{@link #writeParties}: {@code partnership, territory, role, period, status, attested}, one
 *       row per party.
 *   <li>{@link #writePairs}: the <b>pairs</b> layout that {@link TableImporter#importPairs} reads,
 *       for the partnerships of two territories, with an extra {@code id} column.
 *   <li>{@link #writeReport}: an {@link ImportReport}, one row per row it accounts for.
 * </ul>
 *
 * <p>What the pairs layout carries comes back equal through {@link TableImporter}: the names (in
 * their official language), countries, coordinates, kinds and start years of an imported atlas.
 * Aliases, levels, external ids and dates finer than a year are not in that layout; the other
 * tables carry them. A tab or line break inside a field cannot be written as TSV: it is an {@link
 * IllegalArgumentException}. Immutable and thread-safe.
 *
 * <pre>{@code
 * TableExporter.csv().withByteOrderMark().writeAll(atlas, Path.of("out"));
 * // out/territories.csv, out/partnerships.csv, out/parties.csv
 * }</pre>
 */
@Immutable
public final class TableExporter {

  private static final String JOIN = " | ";

  private final TableFormat format;
  private final boolean byteOrderMark;

  private TableExporter(TableFormat format, boolean byteOrderMark) {
    this.format = format;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Returns an exporter of CSV tables without a byte order mark.
   *
   * @return the exporter
   */
  public static TableExporter csv() {
    return new TableExporter(TableFormat.CSV, false);
  }

  /**
   * Returns an exporter of tables in a format, without a byte order mark.
   *
   * @param format the format
   * @return the exporter
   */
  public static TableExporter of(TableFormat format) {
    return new TableExporter(requireNonNull(format, "format"), false);
  }

  /**
   * Returns this exporter writing a UTF-8 byte order mark first, which Excel needs to read CSV as
   * UTF-8.
   *
   * @return an exporter with the byte order mark
   */
  public TableExporter withByteOrderMark() {
    return new TableExporter(format, true);
  }

  /**
   * Writes {@code territories}, {@code partnerships} and {@code parties} tables into a folder, with
   * the extension of the format ({@code .csv} or {@code .tsv}).
   *
   * @param atlas the atlas
   * @param folder the folder, created if missing
   * @throws UncheckedIOException if a file cannot be written
   */
  public void writeAll(Atlas atlas, Path folder) {
    requireNonNull(atlas, "atlas");
    String ext = format == TableFormat.TSV ? ".tsv" : ".csv";
    try {
      Files.createDirectories(folder);
      try (OutputStream out = Files.newOutputStream(folder.resolve("territories" + ext))) {
        writeTerritories(atlas, out);
      }
      try (OutputStream out = Files.newOutputStream(folder.resolve("partnerships" + ext))) {
        writePartnerships(atlas, out);
      }
      try (OutputStream out = Files.newOutputStream(folder.resolve("parties" + ext))) {
        writeParties(atlas, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the tables into " + folder, e);
    }
  }

  /**
   * Writes the territories table (see the class documentation).
   *
   * @param atlas the atlas
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeTerritories(Atlas atlas, OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "id",
            "name",
            "language",
            "level",
            "country",
            "subdivision",
            "parent",
            "lat",
            "lng",
            "population",
            "population_year",
            "aliases",
            "external_ids"));
    for (Territory t : atlas.territories()) {
      rows.add(
          List.of(
              t.id().value(),
              t.officialName(),
              t.officialLanguage(),
              t.level().name(),
              t.country().code(),
              t.subdivision().map(Object::toString).orElse(""),
              t.parent().map(TerritoryId::value).orElse(""),
              t.coordinates().map(c -> number(c.latitude())).orElse(""),
              t.coordinates().map(c -> number(c.longitude())).orElse(""),
              t.population().map(p -> String.valueOf(p.count())).orElse(""),
              t.population().map(p -> String.valueOf(p.year())).orElse(""),
              String.join(JOIN, t.aliases()),
              t.externalIds().entrySet().stream()
                  .map(e -> e.getKey() + ":" + e.getValue())
                  .collect(Collectors.joining(JOIN))));
    }
    write(rows, out);
  }

  /**
   * Writes the partnerships table (see the class documentation).
   *
   * @param atlas the atlas
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writePartnerships(Atlas atlas, OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("id", "kind", "name", "life", "status_history", "territories"));
    for (Partnership p : atlas.partnerships()) {
      rows.add(
          List.of(
              p.id().value(),
              p.kind().name(),
              p.names().isEmpty() ? "" : p.names().asMap().values().iterator().next(),
              p.life().toString(),
              p.statusHistory().stream()
                  .map(TableExporter::status)
                  .collect(Collectors.joining(JOIN)),
              p.territories().stream().map(TerritoryId::value).collect(Collectors.joining(JOIN))));
    }
    write(rows, out);
  }

  /**
   * Writes the parties table (see the class documentation).
   *
   * @param atlas the atlas
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeParties(Atlas atlas, OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("partnership", "territory", "role", "period", "status", "attested"));
    for (Partnership p : atlas.partnerships()) {
      for (Party party : p.parties()) {
        rows.add(
            List.of(
                p.id().value(),
                party.territory().value(),
                party.role().name(),
                party.period().toString(),
                party.status().name(),
                party.attested().map(PartialDate::toString).orElse("")));
      }
    }
    write(rows, out);
  }

  /**
   * Writes the partnerships of exactly two territories in the pairs layout of {@link
   * TableImporter#importPairs}, with the default headers of {@link Field} and a last column {@code
   * id}: each side's official name, country code and coordinates; the start year when the life of
   * the partnership starts at a plain year; the kind. Partnerships of more than two territories are
   * left out: that layout cannot hold them.
   *
   * @param atlas the atlas
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writePairs(Atlas atlas, OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (Field f : List.of(Field.CITY_A, Field.COUNTRY_A, Field.LATITUDE_A, Field.LONGITUDE_A)) {
      header.add(f.defaultHeader());
    }
    for (Field f : List.of(Field.CITY_B, Field.COUNTRY_B, Field.LATITUDE_B, Field.LONGITUDE_B)) {
      header.add(f.defaultHeader());
    }
    header.add(Field.START_YEAR.defaultHeader());
    header.add(Field.KIND.defaultHeader());
    header.add("id");
    rows.add(header);
    for (Partnership p : atlas.partnerships()) {
      if (p.territories().size() != 2) {
        continue;
      }
      List<String> row = new ArrayList<>();
      for (TerritoryId id : p.territories()) {
        Territory t = atlas.territories().require(id);
        Optional<Coordinates> c = t.coordinates();
        row.add(t.officialName());
        row.add(t.country().code());
        row.add(c.map(x -> number(x.latitude())).orElse(""));
        row.add(c.map(x -> number(x.longitude())).orElse(""));
      }
      Optional<PartialDate> start = p.life().start();
      row.add(
          start.isPresent() && start.get().equals(PartialDate.ofYear(start.get().year()))
              ? String.valueOf(start.get().year())
              : "");
      row.add(p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      row.add(p.id().value());
      rows.add(row);
    }
    write(rows, out);
  }

  /**
   * Writes an import report: {@code table, line, outcome, entity, reason, message, text}.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeReport(ImportReport report, OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("table", "line", "outcome", "entity", "reason", "message", "text"));
    for (RowOutcome r : report.rows()) {
      rows.add(
          List.of(
              r.table(),
              String.valueOf(r.line()),
              r.outcome().name(),
              r.entity().orElse(""),
              r.reason().map(Reason::name).orElse(""),
              r.message(),
              format == TableFormat.TSV ? r.text().replace('\t', ' ') : r.text()));
    }
    write(rows, out);
  }

  private static String status(StatusChange change) {
    return change.status().name() + change.date().map(d -> "@" + d).orElse("");
  }

  /** A coordinate as Java prints a double: the shortest text that reads back the same value. */
  private static String number(double value) {
    return Double.toString(value);
  }

  private void write(List<List<String>> rows, OutputStream out) {
    requireNonNull(out, "out");
    String newline = format == TableFormat.TSV ? "\n" : "\r\n";
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      if (byteOrderMark) {
        w.write('\uFEFF');
      }
      for (List<String> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            w.write(format.separator());
          }
          w.write(field(row.get(i)));
        }
        w.write(newline);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the table", e);
    }
  }

  private String field(String value) {
    if (!format.quoted()
        && (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
      throw new IllegalArgumentException(
          "'"
              + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
              + "' has a tab or a line break, which TSV cannot hold: export as CSV");
    }
    return TableReader.quote(value, format);
  }
}
