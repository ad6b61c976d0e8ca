package org.partneratlas.io.table;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.CountingInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.ImportProgress;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.CountryNames;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.PartialDate;

/** One import: reads tables, reconciles, and records an outcome for every row. Not thread-safe. */
final class ImportSession {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
  private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private static final ImmutableMap<String, PartnershipKind> KINDS =
      ImmutableMap.<String, PartnershipKind>builder()
          .put("twinning", PartnershipKind.TWINNING)
          .put("twin town", PartnershipKind.TWINNING)
          .put("twin towns", PartnershipKind.TWINNING)
          .put("twin city", PartnershipKind.TWINNING)
          .put("twin cities", PartnershipKind.TWINNING)
          .put("sister city", PartnershipKind.TWINNING)
          .put("sister cities", PartnershipKind.TWINNING)
          .put("jumelage", PartnershipKind.TWINNING)
          .put("hermanamiento", PartnershipKind.TWINNING)
          .put("friendship", PartnershipKind.FRIENDSHIP)
          .put("friendship city", PartnershipKind.FRIENDSHIP)
          .put("friendship pact", PartnershipKind.FRIENDSHIP)
          .put("pacte d amitie", PartnershipKind.FRIENDSHIP)
          .put("amitie", PartnershipKind.FRIENDSHIP)
          .put("cooperation", PartnershipKind.DECENTRALISED_COOPERATION)
          .put("decentralised cooperation", PartnershipKind.DECENTRALISED_COOPERATION)
          .put("decentralized cooperation", PartnershipKind.DECENTRALISED_COOPERATION)
          .put("cooperation decentralisee", PartnershipKind.DECENTRALISED_COOPERATION)
          .put("memorandum of understanding", PartnershipKind.MEMORANDUM_OF_UNDERSTANDING)
          .put("mou", PartnershipKind.MEMORANDUM_OF_UNDERSTANDING)
          .buildOrThrow();

  private final ImmutableMap<Field, String> headers;
  private final ImmutableMap<String, String> codeMapping;
  private final double mergeDistanceKm;
  private final PartnershipKind defaultKind;
  private final String nameLanguage;
  private final CountryNames countryNames = CountryNames.standard();
  private final ImportProgress progress;
  private final OptionalLong totalBytes;
  private long bytesOfTablesRead;
  private long rowsRead;

  private final List<RowOutcome> outcomes = new ArrayList<>();
  private final IdMinter territoryIds = new IdMinter();
  private final IdMinter partnershipIds = new IdMinter();
  private final Map<String, List<Draft>> byNameAndCountry = new HashMap<>();
  private final List<Draft> territories = new ArrayList<>();
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, Pair> pairs = new LinkedHashMap<>();

  /** A territory being imported. */
  private static final class Draft {
    final String id;
    final String name;
    final CountryCode country;
    final @Nullable Coordinates coordinates;
    final @Nullable String sourceId;
    final Set<String> aliases = new LinkedHashSet<>();
    final String where;

    Draft(
        String id,
        String name,
        CountryCode country,
        @Nullable Coordinates coordinates,
        @Nullable String sourceId,
        String where) {
      this.id = id;
      this.name = name;
      this.country = country;
      this.coordinates = coordinates;
      this.sourceId = sourceId;
      this.where = where;
    }
  }

  /** A node of a nodes table: the territory it became, or why it was rejected. */
  private record Node(@Nullable Draft territory, String where, String rejection) {}

  /** A partnership being imported. */
  private static final class Pair {
    final String id;
    final Draft a;
    final Draft b;
    final PartnershipKind kind;
    @Nullable Integer startYear;
    final String where;

    Pair(String id, Draft a, Draft b, PartnershipKind kind, @Nullable Integer year, String where) {
      this.id = id;
      this.a = a;
      this.b = b;
      this.kind = kind;
      this.startYear = year;
      this.where = where;
    }
  }

  /** A problem with one row: its reason and sentence. */
  private static final class Rejection extends Exception {
    private static final long serialVersionUID = 1L;
    final Reason reason;

    Rejection(Reason reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }
  }

  /** What a row says of one territory, checked. */
  private record Place(String name, CountryCode country, @Nullable Coordinates coordinates) {}

  ImportSession(
      ImmutableMap<Field, String> headers,
      ImmutableMap<String, String> codeMapping,
      double mergeDistanceKm,
      PartnershipKind defaultKind,
      String nameLanguage,
      ImportProgress progress,
      OptionalLong totalBytes) {
    this.progress = progress;
    this.totalBytes = totalBytes;
    this.headers = headers;
    this.codeMapping = codeMapping;
    this.mergeDistanceKm = mergeDistanceKm;
    this.defaultKind = defaultKind;
    this.nameLanguage = nameLanguage;
  }

  // ---- tables

  /** The columns of a table: field to index. */
  private final class Columns {
    final String table;
    final Map<Field, Integer> index = new EnumMap<>(Field.class);
    final int width;

    Columns(String table, List<String> header, Set<Field> required, Set<Field> optional) {
      this.table = table;
      this.width = header.size();
      Map<String, Integer> positions = new HashMap<>();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1);
        }
        String key = h.trim().toLowerCase(Locale.ROOT);
        if (positions.putIfAbsent(key, i) != null && isMapped(key, required, optional)) {
          problems.add(table + ": line 1: the header has column '" + h.trim() + "' twice");
        }
      }
      for (Set<Field> fields : List.of(required, optional)) {
        for (Field field : fields) {
          String header1 = headers.getOrDefault(field, field.defaultHeader());
          Integer at = positions.get(header1.toLowerCase(Locale.ROOT));
          if (at != null) {
            index.put(field, at);
          } else if (fields == required) {
            problems.add(
                table
                    + ": line 1: no column '"
                    + header1
                    + "' ("
                    + field
                    + "); the header is "
                    + header
                    + ". Rename the column or map it with TableImporter.Builder.column");
          }
        }
      }
      if (problems.isEmpty()) {
        for (Field a : index.keySet()) {
          for (Field b : index.keySet()) {
            if (a.compareTo(b) < 0 && index.get(a).equals(index.get(b))) {
              problems.add(table + ": line 1: " + a + " and " + b + " are mapped to one column");
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new ImportException(problems);
      }
    }

    private boolean isMapped(String key, Set<Field> required, Set<Field> optional) {
      for (Set<Field> fields : List.of(required, optional)) {
        for (Field field : fields) {
          if (headers.getOrDefault(field, field.defaultHeader()).equalsIgnoreCase(key)) {
            return true;
          }
        }
      }
      return false;
    }

    String get(List<String> row, Field field) {
      Integer at = index.get(field);
      return at == null ? "" : row.get(at).trim();
    }
  }

  private interface RowHandler {
    void handle(Columns columns, TableReader.Row row) throws Rejection;
  }

  private void read(
      String table,
      InputStream in,
      TableFormat format,
      Set<Field> required,
      Set<Field> optional,
      RowHandler handler) {
    CountingInputStream counted = new CountingInputStream(in);
    try (TableReader reader = new TableReader(table, counted, format)) {
      TableReader.Row header = reader.next();
      if (header == null) {
        throw new ImportException(
            List.of(table + ": the table is empty: it needs a header line naming its columns"));
      }
      Columns columns = new Columns(table, header.fields(), required, optional);
      for (TableReader.Row row = reader.next(); row != null; row = reader.next()) {
        try {
          if (row.fields().stream().allMatch(String::isBlank)) {
            throw new Rejection(Reason.EMPTY_ROW, "the row is empty");
          }
          if (row.fields().size() != columns.width) {
            throw new Rejection(
                Reason.WRONG_FIELD_COUNT,
                "the row has "
                    + row.fields().size()
                    + " fields and the header "
                    + columns.width
                    + (format.quoted()
                        ? ": check the separators and quotes"
                        : ": check for a tab inside a field"));
          }
          handler.handle(columns, row);
        } catch (Rejection r) {
          reject(table, row, r);
        }
        if (++rowsRead % ImportProgress.INTERVAL == 0) {
          progress.rowsRead(rowsRead, bytesOfTablesRead + counted.getCount(), totalBytes);
        }
      }
    }
    bytesOfTablesRead += counted.getCount();
    progress.rowsRead(rowsRead, bytesOfTablesRead, totalBytes);
  }

  void readPairs(String table, InputStream in, TableFormat format) {
    read(table, in, format, Field.PAIRS_REQUIRED, Field.PAIRS_OPTIONAL, this::pairRow);
  }

  void readNodes(String table, InputStream in, TableFormat format) {
    read(table, in, format, Field.NODES_REQUIRED, Field.NODES_OPTIONAL, this::nodeRow);
  }

  void readLinks(String table, InputStream in, TableFormat format) {
    read(table, in, format, Field.LINKS_REQUIRED, Field.LINKS_OPTIONAL, this::linkRow);
  }

  // ---- rows

  private void pairRow(Columns c, TableReader.Row row) throws Rejection {
    List<String> f = row.fields();
    Place a =
        place(
            c.get(f, Field.CITY_A),
            c.get(f, Field.COUNTRY_A),
            "",
            c.get(f, Field.LATITUDE_A),
            c.get(f, Field.LONGITUDE_A),
            "first side");
    Place b =
        place(
            c.get(f, Field.CITY_B),
            c.get(f, Field.COUNTRY_B),
            "",
            c.get(f, Field.LATITUDE_B),
            c.get(f, Field.LONGITUDE_B),
            "second side");
    Integer year = year(c.get(f, Field.START_YEAR));
    PartnershipKind kind = kind(c.get(f, Field.KIND));
    Draft existingA = match(a);
    Draft existingB = match(b);
    if ((existingA != null && existingA == existingB)
        || (existingA == null && existingB == null && same(a, b))) {
      throw new Rejection(
          Reason.SELF_PAIR,
          "both sides are "
              + a.name()
              + " ("
              + a.country()
              + ")"
              + (existingA != null ? ", territory " + existingA.id : "")
              + ": a territory cannot be its own partner");
    }
    String where = c.table + ":" + row.line();
    List<String> notes = new ArrayList<>();
    Draft ta = existingA != null ? mergeInto(existingA, a, notes) : add(a, null, where);
    Draft tb = existingB != null ? mergeInto(existingB, b, notes) : add(b, null, where);
    pair(c.table, row, ta, tb, kind, year, notes);
  }

  private void nodeRow(Columns c, TableReader.Row row) throws Rejection {
    List<String> f = row.fields();
    String where = c.table + ":" + row.line();
    String sourceId = c.get(f, Field.NODE_ID);
    if (sourceId.isEmpty()) {
      throw new Rejection(Reason.MISSING_VALUE, "the node has no id (" + Field.NODE_ID + ")");
    }
    Node earlier = nodes.get(sourceId);
    if (earlier != null) {
      throw new Rejection(
          Reason.DUPLICATE_ID,
          "node id " + sourceId + " was already used at " + earlier.where() + ": keep one row");
    }
    Place place;
    try {
      place =
          place(
              c.get(f, Field.NAME),
              c.get(f, Field.COUNTRY),
              c.get(f, Field.COUNTRY_CODE),
              c.get(f, Field.LATITUDE),
              c.get(f, Field.LONGITUDE),
              "node");
    } catch (Rejection r) {
      nodes.put(sourceId, new Node(null, where, r.reason + ": " + r.getMessage()));
      throw r;
    }
    Draft existing = match(place);
    if (existing != null) {
      List<String> notes = new ArrayList<>();
      mergeInto(existing, place, notes);
      nodes.put(sourceId, new Node(existing, where, ""));
      record(
          c.table,
          row,
          Outcome.MERGED,
          existing.id,
          "node "
              + sourceId
              + " is territory "
              + existing.id
              + " of "
              + existing.where
              + (existing.sourceId != null ? " (node " + existing.sourceId + ")" : "")
              + ": "
              + String.join("; ", notes));
      return;
    }
    Draft added = add(place, sourceId, where);
    nodes.put(sourceId, new Node(added, where, ""));
    record(c.table, row, Outcome.IMPORTED, added.id, "territory " + added.id);
  }

  private void linkRow(Columns c, TableReader.Row row) throws Rejection {
    List<String> f = row.fields();
    Draft a = node(c.get(f, Field.SOURCE), Field.SOURCE);
    Draft b = node(c.get(f, Field.TARGET), Field.TARGET);
    Integer year = year(c.get(f, Field.START_YEAR));
    PartnershipKind kind = kind(c.get(f, Field.KIND));
    if (a == b) {
      throw new Rejection(
          Reason.SELF_PAIR,
          "both nodes are territory "
              + a.id
              + (c.get(f, Field.SOURCE).equals(c.get(f, Field.TARGET))
                  ? ""
                  : " (merged as the same place)")
              + ": a territory cannot be its own partner");
    }
    pair(c.table, row, a, b, kind, year, new ArrayList<>());
  }

  private Draft node(String id, Field field) throws Rejection {
    if (id.isEmpty()) {
      throw new Rejection(Reason.MISSING_VALUE, "the link has no " + field);
    }
    Node node = nodes.get(id);
    if (node == null) {
      throw new Rejection(
          Reason.UNKNOWN_NODE, "node " + id + " (" + field + ") is not in the nodes table");
    }
    if (node.territory() == null) {
      throw new Rejection(
          Reason.REJECTED_NODE,
          "node " + id + " was rejected at " + node.where() + " (" + node.rejection() + ")");
    }
    return node.territory();
  }

  private void pair(
      String table,
      TableReader.Row row,
      Draft a,
      Draft b,
      PartnershipKind kind,
      @Nullable Integer year,
      List<String> notes)
      throws Rejection {
    String key = a.id.compareTo(b.id) < 0 ? a.id + "\n" + b.id : b.id + "\n" + a.id;
    Pair existing = pairs.get(key);
    if (existing == null) {
      String id = partnershipIds.mintExact(a.id + "--" + b.id);
      Pair pair = new Pair(id, a, b, kind, year, table + ":" + row.line());
      pairs.put(key, pair);
      notes.add(0, "partnership " + id + " of " + a.id + " and " + b.id);
      record(table, row, Outcome.IMPORTED, id, String.join("; ", notes));
      return;
    }
    List<String> differences = new ArrayList<>();
    if (existing.kind != kind) {
      differences.add("kind " + kind + " where it says " + existing.kind);
    }
    if (year != null && existing.startYear != null && !year.equals(existing.startYear)) {
      differences.add("start year " + year + " where it says " + existing.startYear);
    }
    if (!differences.isEmpty()) {
      throw new Rejection(
          Reason.CONTRADICTION,
          "the pair "
              + a.id
              + " and "
              + b.id
              + " is already partnership "
              + existing.id
              + " from "
              + existing.where
              + ", and this row gives "
              + String.join(" and ", differences)
              + ": correct one of the two rows");
    }
    String fill = "";
    if (year != null && existing.startYear == null) {
      existing.startYear = year;
      fill = ", adding its start year " + year;
    }
    notes.add(
        0,
        "the same pair as partnership "
            + existing.id
            + " from "
            + existing.where
            + (existing.a == a ? "" : " (listed from the other side)")
            + fill);
    record(table, row, Outcome.MERGED, existing.id, String.join("; ", notes));
  }

  // ---- fields

  private Place place(String name, String country, String code, String lat, String lon, String side)
      throws Rejection {
    if (name.isEmpty()) {
      throw new Rejection(Reason.MISSING_VALUE, "the " + side + " has no name");
    }
    if (name.length() > LocalizedText.MAX_NAME_LENGTH) {
      throw new Rejection(
          Reason.TOO_LONG,
          "the name of the "
              + side
              + " ('"
              + name.substring(0, 40)
              + "...') has "
              + name.length()
              + " characters, more than the "
              + LocalizedText.MAX_NAME_LENGTH
              + " a name may have: check the column mapping and the quotes, or shorten it");
    }
    CountryCode cc = country(name, country, code, side);
    Coordinates coordinates = coordinates(lat, lon, side);
    return new Place(name, cc, coordinates);
  }

  private CountryCode country(String name, String country, String code, String side)
      throws Rejection {
    if (country.isEmpty() && code.isEmpty()) {
      throw new Rejection(Reason.MISSING_VALUE, "the " + side + " (" + name + ") has no country");
    }
    CountryCode fromCode = code.isEmpty() ? null : code(code);
    CountryCode fromName = null;
    if (!country.isEmpty()) {
      fromName = code(country);
      if (fromName == null) {
        fromName = countryNames.find(country).orElse(null);
      }
    }
    if (fromCode != null && fromName != null && !fromCode.equals(fromName)) {
      throw new Rejection(
          Reason.COUNTRY_CONTRADICTION,
          "the "
              + side
              + " ("
              + name
              + ") has country code "
              + fromCode
              + " but country '"
              + country
              + "', which is "
              + fromName
              + ": correct one of them");
    }
    if (fromCode != null) {
      return fromCode;
    }
    if (fromName != null) {
      return fromName;
    }
    String problem = country.isEmpty() ? "" : countryNames.problem(country);
    throw new Rejection(
        Reason.UNKNOWN_COUNTRY,
        "the "
            + side
            + " ("
            + name
            + ") has "
            + (code.isEmpty() ? "" : "country code '" + code + "', which is not accepted, and ")
            + (country.isEmpty() ? "no country name" : "country " + problem)
            + (code.isEmpty()
                ? ""
                : "; map the code with TableImporter.Builder.mapCountryCode if it is a country"));
  }

  /** A text that is an accepted code (after mapping), else null. */
  private @Nullable CountryCode code(String text) {
    String mapped = codeMapping.getOrDefault(text, text);
    if (mapped.length() == 2
        && isAsciiUpper(mapped.charAt(0))
        && isAsciiUpper(mapped.charAt(1))
        && CountryCode.isValid(mapped)) {
      return CountryCode.of(mapped);
    }
    return null;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static @Nullable Coordinates coordinates(String lat, String lon, String side)
      throws Rejection {
    if (lat.isEmpty() && lon.isEmpty()) {
      return null;
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      throw new Rejection(
          Reason.BAD_COORDINATES,
          "the " + side + " has a " + (lat.isEmpty() ? "longitude" : "latitude") + " only");
    }
    if (!NUMBER.matcher(lat).matches() || !NUMBER.matcher(lon).matches()) {
      throw new Rejection(
          Reason.BAD_COORDINATES,
          "the "
              + side
              + " has latitude '"
              + lat
              + "' and longitude '"
              + lon
              + "': write decimal degrees with a point, such as 48.39 and -4.49");
    }
    try {
      return Coordinates.of(Double.parseDouble(lat), Double.parseDouble(lon));
    } catch (IllegalArgumentException e) {
      throw new Rejection(Reason.BAD_COORDINATES, "the " + side + ": " + e.getMessage());
    }
  }

  private static @Nullable Integer year(String text) throws Rejection {
    if (text.isEmpty()) {
      return null;
    }
    if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < PartialDate.MIN_YEAR) {
      throw new Rejection(
          Reason.BAD_YEAR, "start year '" + text + "' is not a year from 1 to 9999, such as 1986");
    }
    return Integer.parseInt(text);
  }

  private PartnershipKind kind(String text) throws Rejection {
    if (text.isEmpty()) {
      return defaultKind;
    }
    String folded = NameKey.fold(text);
    PartnershipKind kind = KINDS.get(folded);
    if (kind == null) {
      for (PartnershipKind k : PartnershipKind.values()) {
        if (NameKey.fold(k.name()).equals(folded)) {
          kind = k;
        }
      }
    }
    if (kind == null) {
      throw new Rejection(
          Reason.UNKNOWN_KIND,
          "kind '"
              + text
              + "' is not one Partner Atlas knows: write twinning, friendship, decentralised"
              + " cooperation or memorandum of understanding");
    }
    return kind;
  }

  // ---- reconciliation

  private static String key(String name, CountryCode country) {
    return country + "\n" + NameKey.fold(name);
  }

  private @Nullable Draft match(Place place) {
    List<Draft> candidates = byNameAndCountry.get(key(place.name(), place.country()));
    if (candidates == null) {
      return null;
    }
    for (Draft candidate : candidates) {
      if (near(candidate.coordinates, place.coordinates())) {
        return candidate;
      }
    }
    return null;
  }

  private boolean same(Place a, Place b) {
    return key(a.name(), a.country()).equals(key(b.name(), b.country()))
        && near(a.coordinates(), b.coordinates());
  }

  private boolean near(@Nullable Coordinates a, @Nullable Coordinates b) {
    return a == null || b == null || distanceKm(a, b) <= mergeDistanceKm;
  }

  static double distanceKm(Coordinates a, Coordinates b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @com.google.errorprone.annotations.CanIgnoreReturnValue
  private Draft mergeInto(Draft existing, Place place, List<String> notes) {
    String distance =
        existing.coordinates != null && place.coordinates() != null
            ? String.format(
                Locale.ROOT, "%.1f km away", distanceKm(existing.coordinates, place.coordinates()))
            : "without coordinates to compare";
    if (!place.name().equals(existing.name) && existing.aliases.add(place.name())) {
      notes.add(
          place.name()
              + " is territory "
              + existing.id
              + " ("
              + existing.name
              + ", same name and country, "
              + distance
              + "), kept as an alias");
    } else {
      notes.add(
          place.name()
              + " is territory "
              + existing.id
              + " (same name and country, "
              + distance
              + ")");
    }
    return existing;
  }

  private Draft add(Place place, @Nullable String sourceId, String where) {
    String fallback = sourceId == null ? "" : sourceId;
    String id =
        territoryIds.mint(place.country().code().toLowerCase(Locale.ROOT), place.name(), fallback);
    Draft draft =
        new Draft(id, place.name(), place.country(), place.coordinates(), sourceId, where);
    territories.add(draft);
    byNameAndCountry
        .computeIfAbsent(key(place.name(), place.country()), k -> new ArrayList<>(1))
        .add(draft);
    return draft;
  }

  // ---- outcomes

  private void record(
      String table, TableReader.Row row, Outcome outcome, String entity, String message) {
    outcomes.add(
        new RowOutcome(
            table,
            row.line(),
            row.text(),
            outcome,
            Optional.of(entity),
            Optional.empty(),
            message));
  }

  private void reject(String table, TableReader.Row row, Rejection r) {
    outcomes.add(
        new RowOutcome(
            table,
            row.line(),
            row.text(),
            Outcome.REJECTED,
            Optional.empty(),
            Optional.of(r.reason),
            String.valueOf(r.getMessage())));
  }

  ImportResult finish() {
    List<Territory> built = new ArrayList<>(territories.size());
    for (Draft d : territories) {
      TerritoryId id = TerritoryId.of(d.id);
      Territory.Builder b =
          Territory.builder()
              .id(id)
              .level(TerritoryLevel.UNKNOWN)
              .names(LocalizedText.of(nameLanguage, d.name))
              .officialLanguage(nameLanguage)
              .country(d.country)
              .addAllAliases(d.aliases);
      if (d.coordinates != null) {
        b.coordinates(d.coordinates);
      }
      if (d.sourceId != null) {
        b.putExternalIds(QID.matcher(d.sourceId).matches() ? "wikidata" : "source", d.sourceId);
      }
      built.add(b.build());
    }
    List<Partnership> partnerships = new ArrayList<>(pairs.size());
    for (Pair p : pairs.values()) {
      Partnership.Builder b =
          Partnership.builder()
              .id(PartnershipId.of(p.id))
              .kind(p.kind)
              .addParties(Party.of(TerritoryId.of(p.a.id)), Party.of(TerritoryId.of(p.b.id)));
      if (p.startYear != null) {
        b.addStatusHistory(
            StatusChange.of(PartialDate.ofYear(p.startYear), PartnershipStatus.ACTIVE));
      }
      partnerships.add(b.build());
    }
    Atlas atlas = Atlas.builder().addAll(built).addAll(partnerships).build();
    return new ImportResult(atlas, new ImportReport(outcomes));
  }
}
