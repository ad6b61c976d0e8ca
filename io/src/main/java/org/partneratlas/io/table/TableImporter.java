package org.partneratlas.io.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.partneratlas.common.LanguageTags;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.ImportProgress;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.CountryNames;

/**
 * Imports twin-town tables into an Atlas, reconciling what they repeat and accounting for every row
 * in an {@link ImportReport}.
 *
 * <h2>Layouts</h2>
 *
 * <ul>
 *   <li>A <b>pairs</b> table ({@link #importPairs}): one partnership per row, with the city,
 *       country and optional coordinates of each side and an optional start year and kind (see
 *       {@link Field} for the columns and their default headers).
 *   <li>A <b>nodes</b> table and a <b>links</b> table ({@link #importNodesAndLinks}): one territory
 *       per node row, with its own identifier (such as a Wikidata QID, kept as the territory's
 *       {@code wikidata} external id), name, coordinates, country name and code; one partnership
 *       per link row, as two node identifiers.
 * </ul>
 *
 * <p>Headers are matched ignoring case and surrounding spaces; columns not mapped to a field are
 * ignored; a missing required column is an {@link ImportException}. Tables are UTF-8, with or
 * without a byte order mark, in a {@link TableFormat} chosen from the file's extension unless one
 * is {@linkplain Builder#format(TableFormat) set}.
 *
 * <h2>What is made, and what is not</h2>
 *
 * <ul>
 *   <li><b>Countries</b>: a field of two ASCII letters that is an accepted {@link CountryCode} is
 *       that code ({@code NA} is Namibia, never "missing"); otherwise the text is resolved as a
 *       name by {@link CountryNames} ("England" is {@code GB}, "Bosnia and Herz." {@code BA}).
 *       Codes can be {@linkplain Builder#mapCountryCode(String, String) mapped} first: by default
 *       {@code CN-TW} is {@code TW}. A code and a name that name different countries reject the
 *       row; an unknown code whose name is unknown too ({@code XC} "N. Cyprus", {@code XS}
 *       "Somaliland") rejects it, with a "did you mean" when there is a near name. Nothing is
 *       guessed.
 *   <li><b>Territories</b> get an id minted from the country and the name ({@code jp-fukaya},
 *       transliterated to the id syntax; {@code us-springfield-2} for the second Springfield), the
 *       name in the {@linkplain Builder#nameLanguage(String) name language} ({@code und},
 *       undetermined, unless set), level {@link org.partneratlas.territory.TerritoryLevel#UNKNOWN},
 *       and the coordinates if given. Nothing else is filled in.
 *   <li><b>Reconciliation</b>: a row whose name (folded: case, accents and punctuation ignored) and
 *       country are those of a territory already imported, within the {@linkplain
 *       Builder#mergeDistanceKm(double) merge distance} (5 km by default; or when either side has
 *       no coordinates), is that territory: the row is {@link Outcome#MERGED} into it and a
 *       different spelling is kept as an alias ("Iaşi" into "Iași"). The same pair in either
 *       direction is one partnership: the second row is merged into the first, or rejected as a
 *       {@link Reason#CONTRADICTION} if it gives another kind or start year. A pair of one
 *       territory with itself is rejected ({@link Reason#SELF_PAIR}).
 *   <li><b>Partnerships</b> have the kind of their row, else the {@linkplain
 *       Builder#kind(PartnershipKind) default kind} (twinning), two parties over the whole life of
 *       the partnership, and a status history only if the row gives a start year (active since that
 *       year). Without one, the partnership's life has an unknown start: no date is invented.
 * </ul>
 *
 * <h2>Progress</h2>
 *
 * <p>A long import tells a {@linkplain Builder#progress(ImportProgress) listener} how far it has
 * gone, every {@value ImportProgress#INTERVAL} rows and at the end of each table: rows read, and
 * bytes read of the file sizes (unknown for streams).
 *
 * <p>Instances are immutable and thread-safe; each import is independent (an importer used from
 * several threads calls its listener from each of them).
 *
 * <pre>{@code
 * ImportResult result = TableImporter.standard().importPairs(Path.of("twin-towns.csv"));
 * System.out.print(result.report().summary());
 * Atlas atlas = result.atlas();
 * }</pre>
 */
@Immutable
public final class TableImporter {

  private static final TableImporter STANDARD = builder().build();

  @SuppressWarnings("Immutable") // Immutable maps of enums and strings.
  private final ImmutableMap<Field, String> headers;

  @SuppressWarnings("Immutable") // An immutable map of strings.
  private final ImmutableMap<String, String> codeMapping;

  private final TableFormat format;

  private final boolean formatByExtension;
  private final double mergeDistanceKm;
  private final PartnershipKind kind;
  private final String nameLanguage;

  @SuppressWarnings("Immutable") // The caller's listener: the importer keeps no state in it.
  private final ImportProgress progress;

  private TableImporter(Builder builder) {
    this.progress = builder.progress;
    this.headers = ImmutableMap.copyOf(builder.headers);
    this.codeMapping = ImmutableMap.copyOf(builder.codeMapping);
    this.format = builder.format;
    this.formatByExtension = builder.formatByExtension;
    this.mergeDistanceKm = builder.mergeDistanceKm;
    this.kind = builder.kind;
    this.nameLanguage = builder.nameLanguage;
  }

  /**
   * Returns the importer with every default: headers of {@link Field}, format by extension, 5 km
   * merge distance, twinnings, names in {@code und}, {@code CN-TW} read as {@code TW}.
   *
   * @return the standard importer
   */
  public static TableImporter standard() {
    return STANDARD;
  }

  /**
   * Returns a builder of importers, with the defaults of {@link #standard()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a pairs table from a file.
   *
   * @param table the file
   * @return the atlas and the report
   * @throws ImportException if the file cannot be read or its header lacks a required column
   * @throws UncheckedIOException if the file cannot be opened
   */
  public ImportResult importPairs(Path table) {
    requireNonNull(table, "table");
    ImportSession session = session(size(table));
    try (InputStream in = Files.newInputStream(table)) {
      session.readPairs(name(table), in, formatOf(table));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + table, e);
    }
    return session.finish();
  }

  /**
   * Imports a pairs table from a stream of UTF-8 bytes.
   *
   * @param name the table's name in the report
   * @param table the bytes, which this method reads to the end but does not close
   * @param format the format of the table
   * @return the atlas and the report
   * @throws ImportException if the table cannot be read or its header lacks a required column
   */
  public ImportResult importPairs(String name, InputStream table, TableFormat format) {
    requireNonNull(name, "name");
    requireNonNull(table, "table");
    requireNonNull(format, "format");
    ImportSession session = session(OptionalLong.empty());
    session.readPairs(name, table, format);
    return session.finish();
  }

  /**
   * Imports a nodes table and a links table from files.
   *
   * @param nodes the nodes table
   * @param links the links table
   * @return the atlas and the report (nodes' rows first)
   * @throws ImportException if a table cannot be read or its header lacks a required column
   * @throws UncheckedIOException if a file cannot be opened
   */
  public ImportResult importNodesAndLinks(Path nodes, Path links) {
    requireNonNull(nodes, "nodes");
    requireNonNull(links, "links");
    OptionalLong nodesSize = size(nodes);
    OptionalLong linksSize = size(links);
    ImportSession session =
        session(
            nodesSize.isPresent() && linksSize.isPresent()
                ? OptionalLong.of(nodesSize.getAsLong() + linksSize.getAsLong())
                : OptionalLong.empty());
    try (InputStream n = Files.newInputStream(nodes);
        InputStream l = Files.newInputStream(links)) {
      session.readNodes(name(nodes), n, formatOf(nodes));
      session.readLinks(name(links), l, formatOf(links));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + nodes + " or " + links, e);
    }
    return session.finish();
  }

  /**
   * Imports a nodes table and a links table from streams of UTF-8 bytes.
   *
   * @param nodesName the nodes table's name in the report
   * @param nodes its bytes, read to the end but not closed
   * @param linksName the links table's name in the report
   * @param links its bytes, read to the end but not closed
   * @param format the format of both tables
   * @return the atlas and the report
   * @throws ImportException if a table cannot be read or its header lacks a required column
   */
  public ImportResult importNodesAndLinks(
      String nodesName,
      InputStream nodes,
      String linksName,
      InputStream links,
      TableFormat format) {
    requireNonNull(format, "format");
    ImportSession session = session(OptionalLong.empty());
    session.readNodes(
        requireNonNull(nodesName, "nodesName"), requireNonNull(nodes, "nodes"), format);
    session.readLinks(
        requireNonNull(linksName, "linksName"), requireNonNull(links, "links"), format);
    return session.finish();
  }

  private ImportSession session(OptionalLong totalBytes) {
    return new ImportSession(
        headers, codeMapping, mergeDistanceKm, kind, nameLanguage, progress, totalBytes);
  }

  /** The size of a file, if it can be known before reading it (not for a pipe). */
  private static OptionalLong size(Path file) {
    try {
      return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty(); // Opening the file reports what is wrong with it.
    }
  }

  private TableFormat formatOf(Path path) {
    return formatByExtension ? TableFormat.of(path) : format;
  }

  private static String name(Path path) {
    Path file = path.getFileName();
    return file == null ? path.toString() : file.toString();
  }

  /** Configures a {@link TableImporter}; not thread-safe. */
  public static final class Builder {
    private final Map<Field, String> headers = new EnumMap<>(Field.class);
    private final Map<String, String> codeMapping = new java.util.TreeMap<>();
    private TableFormat format = TableFormat.CSV;
    private boolean formatByExtension = true;
    private double mergeDistanceKm = 5;
    private PartnershipKind kind = PartnershipKind.TWINNING;
    private String nameLanguage = "und";
    private ImportProgress progress = ImportProgress.NONE;

    private Builder() {
      for (Field field : Field.values()) {
        headers.put(field, field.defaultHeader());
      }
      codeMapping.put("CN-TW", "TW");
    }

    /**
     * Sets the header under which a field is found.
     *
     * @param field the field
     * @param header the header text (compared ignoring case and surrounding spaces)
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder column(Field field, String header) {
      requireNonNull(field, "field");
      requireNonNull(header, "header");
      if (header.isBlank()) {
        throw new IllegalArgumentException("The header of " + field + " is blank");
      }
      headers.put(field, header.trim());
      return this;
    }

    /**
     * Sets the format of every table, instead of choosing it from each file's extension.
     *
     * @param format the format
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder format(TableFormat format) {
      this.format = requireNonNull(format, "format");
      this.formatByExtension = false;
      return this;
    }

    /**
     * Sets the distance within which two rows with the same folded name and country are one
     * territory; 0 merges only rows at the same point, a negative distance never merges rows that
     * both have coordinates.
     *
     * @param kilometres the distance, 5 by default
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder mergeDistanceKm(double kilometres) {
      if (Double.isNaN(kilometres)) {
        throw new IllegalArgumentException("The merge distance is not a number");
      }
      this.mergeDistanceKm = kilometres;
      return this;
    }

    /**
     * Sets the kind of the partnerships whose row gives none.
     *
     * @param kind the kind, {@link PartnershipKind#TWINNING} by default
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder kind(PartnershipKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the language of the names in the tables, if the caller knows it (the twin-cities table
     * has English labels). By default {@code und}: undetermined, since a table does not say.
     *
     * @param language a BCP 47 tag
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder nameLanguage(String language) {
      this.nameLanguage = LanguageTags.canonical(requireNonNull(language, "language"));
      return this;
    }

    /**
     * Reads a country code of the tables as another one before it is checked ({@code CN-TW} as
     * {@code TW} by default). With {@code mapCountryCode("XC", "CY")} the rows of Northern Cyprus
     * are imported in Cyprus; without it they are rejected.
     *
     * @param code the code as the table writes it
     * @param replacement an accepted {@link CountryCode}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder mapCountryCode(String code, String replacement) {
      requireNonNull(code, "code");
      codeMapping.put(code.trim(), CountryCode.of(replacement).code());
      return this;
    }

    /**
     * Sets the listener told how far an import has gone: every {@value ImportProgress#INTERVAL}
     * rows and at the end of each table, with the rows read, the bytes read, and the size of the
     * files (for streams, unknown).
     *
     * @param listener the listener, {@link ImportProgress#NONE} by default
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder progress(ImportProgress listener) {
      this.progress = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Returns the importer.
     *
     * @return a new importer with this configuration
     */
    public TableImporter build() {
      return new TableImporter(this);
    }
  }
}
