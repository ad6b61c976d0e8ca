package org.partneratlas.io.wikidata;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.io.CountingInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.partneratlas.common.Source;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.ImportProgress;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.time.PartialDate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Wikidata entities in the canonical Wikibase JSON format: one document ({@link
 * #parseEntity(String)}), or a JSON dump streamed one entity at a time ({@link #read(InputStream,
 * Consumer)}), so that a full dump can be filtered without holding it in memory.
 *
 * <h2>Dump layout</h2>
 *
 * <p>As in the official dumps: a line {@code [}, then one entity per line, each but the last ending
 * with a comma, then a line {@code ]}. Blank lines are skipped. Only items ({@code "type": "item"})
 * are read; properties and lexemes are skipped.
 *
 * <h2>What is read</h2>
 *
 * <p>See {@link WikidataEntity} and {@link WikidataTwin}. Times are read at the precision Wikidata
 * gives (11 day, 10 month, 9 year, 8 decade; {@code +1953-00-00T00:00:00Z} at precision 9 is the
 * year 1953). Times before the year 1 or after 9999, at a coarser precision, "unknown value" snaks,
 * centuries (whose Wikidata and EDTF spans differ), and Julian-calendar times finer than a year are
 * not read: the date stays unknown. Coordinates on another globe than the Earth are not read.
 * Aliases and labels may be an empty array instead of an object, as Wikibase writes an entity with
 * no terms.
 *
 * <p>Thread-safe: every method is static and keeps no state.
 *
 * <pre>{@code
 * try (InputStream dump = new GZIPInputStream(Files.newInputStream(path))) {
 *   WikidataDump.readItemsWithTwins(dump, entity -> atlasBuilder.add(entity));
 * }
 * }</pre>
 */
public final class WikidataDump {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern TIME = Pattern.compile("([+-])(\\d+)-(\\d\\d)-(\\d\\d)T.*");
  private static final String EARTH = "http://www.wikidata.org/entity/Q2";
  private static final String JULIAN = "http://www.wikidata.org/entity/Q1985786";

  private WikidataDump() {}

  /**
   * Reads one entity document, as {@code Special:EntityData} gives for one item without its {@code
   * entities} wrapper, or one line of a dump.
   *
   * @param json the entity's JSON text
   * @return the entity
   * @throws ImportException if the text is not JSON or not an item
   */
  public static WikidataEntity parseEntity(String json) {
    requireNonNull(json, "json");
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new ImportException("Not a Wikidata entity: " + e.getOriginalMessage(), e);
    }
    if (!node.isObject() || !text(node.path("id")).startsWith("Q")) {
      throw new ImportException(
          List.of("Not a Wikidata item: an object with an id such as \"Q2112\" is expected"));
    }
    return entity(node);
  }

  /**
   * Reads a dump, giving each item to a consumer as soon as it is read.
   *
   * @param dump the dump's UTF-8 bytes (decompress first), read to the end but not closed
   * @param sink what to do with each item
   * @return the number of items read
   * @throws ImportException if a line is not an entity (the message gives its line number)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static long read(InputStream dump, Consumer<WikidataEntity> sink) {
    return read(dump, false, sink);
  }

  /**
   * Reads the items of a dump that have a P190 (twinned administrative body) statement, skipping
   * every other line before it is parsed: the fast way to filter a full dump.
   *
   * @param dump the dump's UTF-8 bytes, read to the end but not closed
   * @param sink what to do with each item that has twins
   * @return the number of items given to the sink
   * @throws ImportException if a line is not an entity
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static long readItemsWithTwins(InputStream dump, Consumer<WikidataEntity> sink) {
    return read(dump, true, sink);
  }

  /**
   * Reads a dump, giving each item to a consumer as soon as it is read, and telling a listener how
   * far it has gone: every {@value ImportProgress#INTERVAL} lines and at the end, the lines and
   * bytes read of the stream (whose size is not known).
   *
   * @param dump the dump's UTF-8 bytes (decompress first), read to the end but not closed
   * @param progress the listener
   * @param sink what to do with each item
   * @return the number of items read
   * @throws ImportException if a line is not an entity (the message gives its line number)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static long read(
      InputStream dump, ImportProgress progress, Consumer<WikidataEntity> sink) {
    return read(dump, false, progress, OptionalLong.empty(), sink);
  }

  /**
   * Reads the items of a dump that have a P190 statement (see {@link
   * #readItemsWithTwins(InputStream, Consumer)}), telling a listener how far it has gone: every
   * {@value ImportProgress#INTERVAL} lines and at the end.
   *
   * @param dump the dump's UTF-8 bytes, read to the end but not closed
   * @param progress the listener
   * @param sink what to do with each item that has twins
   * @return the number of items given to the sink
   * @throws ImportException if a line is not an entity
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static long readItemsWithTwins(
      InputStream dump, ImportProgress progress, Consumer<WikidataEntity> sink) {
    return read(dump, true, progress, OptionalLong.empty(), sink);
  }

  /**
   * Reads a dump file, decompressing it if its name ends with {@code .gz} (as the official {@code
   * latest-all.json.gz}), giving each item to a consumer as soon as it is read, and telling a
   * listener how far it has gone: every {@value ImportProgress#INTERVAL} lines and at the end, the
   * lines read and the bytes read of the file as it is on disk (compressed, for a {@code .gz}) of
   * its size.
   *
   * @param dump the dump file
   * @param progress the listener, {@link ImportProgress#NONE} for none
   * @param sink what to do with each item
   * @return the number of items read
   * @throws ImportException if a line is not an entity (the message gives its line number)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static long read(Path dump, ImportProgress progress, Consumer<WikidataEntity> sink) {
    return readFile(dump, false, progress, sink);
  }

  /**
   * Reads the items of a dump file that have a P190 statement (see {@link
   * #readItemsWithTwins(InputStream, Consumer)}), decompressing a {@code .gz} file and telling a
   * listener how far it has gone, as {@link #read(Path, ImportProgress, Consumer)} does.
   *
   * @param dump the dump file
   * @param progress the listener, {@link ImportProgress#NONE} for none
   * @param sink what to do with each item that has twins
   * @return the number of items given to the sink
   * @throws ImportException if a line is not an entity
   * @throws UncheckedIOException if the file cannot be read
   */
  public static long readItemsWithTwins(
      Path dump, ImportProgress progress, Consumer<WikidataEntity> sink) {
    return readFile(dump, true, progress, sink);
  }

  private static long readFile(
      Path dump, boolean twinsOnly, ImportProgress progress, Consumer<WikidataEntity> sink) {
    requireNonNull(dump, "dump");
    try (InputStream file = Files.newInputStream(dump)) {
      long size = Files.size(dump);
      CountingInputStream counted = new CountingInputStream(file);
      Path name = dump.getFileName();
      boolean gzip = name != null && name.toString().endsWith(".gz");
      InputStream in = gzip ? new GZIPInputStream(counted, 1 << 16) : counted;
      return read(
          in,
          twinsOnly,
          (lines, bytes, total) -> progress.rowsRead(lines, counted.getCount(), total),
          OptionalLong.of(size),
          sink);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dump " + dump, e);
    }
  }

  private static long read(InputStream dump, boolean twinsOnly, Consumer<WikidataEntity> sink) {
    return read(dump, twinsOnly, ImportProgress.NONE, OptionalLong.empty(), sink);
  }

  private static long read(
      InputStream dump,
      boolean twinsOnly,
      ImportProgress progress,
      OptionalLong totalBytes,
      Consumer<WikidataEntity> sink) {
    requireNonNull(dump, "dump");
    requireNonNull(progress, "progress");
    requireNonNull(sink, "sink");
    CountingInputStream counted = new CountingInputStream(dump);
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                counted,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    long count = 0;
    long lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (lineNumber % ImportProgress.INTERVAL == 0) {
          progress.rowsRead(lineNumber, counted.getCount(), totalBytes);
        }
        String trimmed = line.strip();
        if (lineNumber == 1 && trimmed.startsWith("\uFEFF")) {
          trimmed = trimmed.substring(1);
        }
        if (trimmed.isEmpty() || trimmed.equals("[") || trimmed.equals("]")) {
          continue;
        }
        if (trimmed.endsWith(",")) {
          trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (twinsOnly && !trimmed.contains("\"P190\"")) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(trimmed);
        } catch (JacksonException e) {
          throw new ImportException(
              "Line "
                  + lineNumber
                  + " of the dump is not one JSON entity: "
                  + e.getOriginalMessage()
                  + ". A dump has one entity per line.",
              e);
        }
        if (!text(node.path("type")).equals("item")) {
          continue;
        }
        WikidataEntity entity = entity(node);
        if (twinsOnly && entity.twins().isEmpty()) {
          continue;
        }
        sink.accept(entity);
        count++;
      }
      progress.rowsRead(lineNumber, counted.getCount(), totalBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dump at line " + (lineNumber + 1), e);
    }
    return count;
  }

  // ---- entity

  private static WikidataEntity entity(JsonNode node) {
    JsonNode claims = node.path("claims");
    JsonNode revision = node.path("lastrevid");
    return new WikidataEntity(
        text(node.path("id")),
        revision.isIntegralNumber() ? OptionalLong.of(revision.longValue()) : OptionalLong.empty(),
        labels(node.path("labels")),
        aliases(node.path("aliases")),
        itemValues(truthy(claims.path("P31"))),
        itemValues(truthy(claims.path("P17"))),
        itemValues(
            truthy(claims.path("P131")).stream()
                .filter(s -> s.path("qualifiers").path("P582").isMissingNode())
                .collect(java.util.stream.Collectors.toList())),
        truthy(claims.path("P297")).stream()
            .map(s -> value(s.path("mainsnak")))
            .filter(JsonNode::isString)
            .map(JsonNode::stringValue)
            .findFirst(),
        truthy(claims.path("P625")).stream()
            .map(s -> coordinates(value(s.path("mainsnak"))))
            .flatMap(Optional::stream)
            .findFirst(),
        twins(claims.path("P190")));
  }

  private static ImmutableSortedMap<String, String> labels(JsonNode labels) {
    Map<String, String> out = new TreeMap<>();
    if (labels.isObject()) {
      for (Map.Entry<String, JsonNode> e : labels.properties()) {
        String value = text(e.getValue().path("value"));
        if (!value.isEmpty()) {
          out.put(e.getKey(), value);
        }
      }
    }
    return ImmutableSortedMap.copyOf(out);
  }

  private static ImmutableSortedMap<String, ImmutableList<String>> aliases(JsonNode aliases) {
    Map<String, ImmutableList<String>> out = new TreeMap<>();
    if (aliases.isObject()) {
      for (Map.Entry<String, JsonNode> e : aliases.properties()) {
        ImmutableList.Builder<String> values = ImmutableList.builder();
        for (JsonNode alias : e.getValue().values()) {
          String value = text(alias.path("value"));
          if (!value.isEmpty()) {
            values.add(value);
          }
        }
        ImmutableList<String> list = values.build();
        if (!list.isEmpty()) {
          out.put(e.getKey(), list);
        }
      }
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /** The statements of the best rank: preferred if any, else normal; never deprecated. */
  private static List<JsonNode> truthy(JsonNode statements) {
    List<JsonNode> preferred = new ArrayList<>();
    List<JsonNode> normal = new ArrayList<>();
    for (JsonNode statement : statements.values()) {
      Rank rank = rank(statement);
      if (rank == Rank.PREFERRED) {
        preferred.add(statement);
      } else if (rank == Rank.NORMAL) {
        normal.add(statement);
      }
    }
    return preferred.isEmpty() ? normal : preferred;
  }

  private static Rank rank(JsonNode statement) {
    switch (text(statement.path("rank"))) {
      case "preferred":
        return Rank.PREFERRED;
      case "deprecated":
        return Rank.DEPRECATED;
      default:
        return Rank.NORMAL;
    }
  }

  /** The value of a snak, or a missing node for "unknown value" and "no value". */
  private static JsonNode value(JsonNode snak) {
    return text(snak.path("snaktype")).equals("value")
        ? snak.path("datavalue").path("value")
        : snak.path("datavalue").path("absent-by-snaktype");
  }

  private static ImmutableList<String> itemValues(List<JsonNode> statements) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (JsonNode statement : statements) {
      String id = text(value(statement.path("mainsnak")).path("id"));
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids.build();
  }

  private static ImmutableList<WikidataTwin> twins(JsonNode statements) {
    ImmutableList.Builder<WikidataTwin> twins = ImmutableList.builder();
    for (JsonNode statement : statements.values()) {
      String target = text(value(statement.path("mainsnak")).path("id"));
      if (target.isEmpty()) {
        continue; // "unknown value" or "no value": no twin to name.
      }
      JsonNode qualifiers = statement.path("qualifiers");
      twins.add(
          new WikidataTwin(
              text(statement.path("id")),
              target,
              rank(statement),
              time(qualifiers.path("P580")),
              time(qualifiers.path("P582")),
              sources(statement.path("references"))));
    }
    return twins.build();
  }

  /** The first qualifier snak's time, if it is one Partner Atlas can hold. */
  private static Optional<PartialDate> time(JsonNode snaks) {
    for (JsonNode snak : snaks.values()) {
      Optional<PartialDate> date = timeValue(value(snak));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  static Optional<PartialDate> timeValue(JsonNode value) {
    Matcher m = TIME.matcher(text(value.path("time")));
    if (!m.matches() || m.group(1).equals("-") || m.group(2).length() > 9) {
      return Optional.empty();
    }
    long year = Long.parseLong(m.group(2));
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    int precision = value.path("precision").asInt(-1);
    boolean julian = text(value.path("calendarmodel")).equals(JULIAN);
    if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
      return Optional.empty();
    }
    int y = (int) year;
    try {
      switch (precision) {
        case 11:
          return julian || month == 0 || day == 0
              ? Optional.empty()
              : Optional.of(PartialDate.ofDay(y, month, day));
        case 10:
          return julian || month == 0
              ? Optional.empty()
              : Optional.of(PartialDate.ofMonth(y, month));
        case 9:
          return Optional.of(PartialDate.ofYear(y));
        case 8:
          return Optional.of(PartialDate.ofDecade(y - y % 10));
        default:
          // Centuries and coarser: Wikidata writes the 20th century as 1901..2000 or as 1900,
          // which EDTF's 19XX (1900..1999) does not match; not read rather than misread.
          return Optional.empty();
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Coordinates> coordinates(JsonNode value) {
    if (!value.path("latitude").isNumber() || !value.path("longitude").isNumber()) {
      return Optional.empty();
    }
    String globe = text(value.path("globe"));
    if (!globe.isEmpty() && !globe.equals(EARTH)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Coordinates.of(
              value.path("latitude").doubleValue(), value.path("longitude").doubleValue()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ImmutableList<Source> sources(JsonNode references) {
    ImmutableList.Builder<Source> sources = ImmutableList.builder();
    for (JsonNode reference : references.values()) {
      JsonNode snaks = reference.path("snaks");
      for (JsonNode snak : snaks.path("P854").values()) {
        JsonNode url = value(snak);
        if (url.isString() && !url.stringValue().isBlank()) {
          sources.add(urlSource(url.stringValue()));
        }
      }
      for (JsonNode snak : snaks.path("P248").values()) {
        String item = text(value(snak).path("id"));
        if (!item.isEmpty()) {
          sources.add(
              Source.builder()
                  .title("Stated in Wikidata item " + item)
                  .publisher("Wikidata")
                  .url("https://www.wikidata.org/wiki/" + item)
                  .build());
        }
      }
    }
    return sources.build();
  }

  private static Source urlSource(String url) {
    try {
      return Source.builder().title(url).url(url).build();
    } catch (IllegalArgumentException e) {
      // Not a URL Partner Atlas accepts: keep the text as the title, with a note.
      return Source.builder().title(url).note("Reference URL as given on Wikidata").build();
    }
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.stringValue() : "";
  }
}
