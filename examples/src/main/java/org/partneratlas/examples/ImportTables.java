package org.partneratlas.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.ImportProgress;
import org.partneratlas.io.table.ImportReport;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.RowOutcome;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.report.PartnershipNetwork;
import org.partneratlas.search.AtlasSearch;
import org.partneratlas.search.SearchHit;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/**
 * Imports a nodes table and a links table (the layout of the "Twinned Cities" tables: QIDs, names,
 * coordinates, country names and codes; links as pairs of QIDs), printing plain progress lines, the
 * import report (counts by outcome and reason, the first rejected rows), a few answers (the most
 * connected territories, searches for names) and writing the atlas as JSON, read back to check it.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=ImportTables
 * "-Dexec.args=../shared/data/twin-cities target/twin-cities.json"}. The arguments are a folder
 * holding {@code nodes.tsv} and {@code links.tsv} (or the two files), the JSON file to write, and
 * optionally the names to search for ({@code Brest}, {@code Brest (BY)} and {@code brest, france}
 * unless given). Paths are relative to the directory the command is run in. Exit status 2 when the
 * arguments are wrong or a file cannot be read.
 */
public final class ImportTables {

  /** Exit status when the tables were imported and the JSON written. */
  static final int OK = 0;

  /** Exit status when the arguments are wrong or a table cannot be read. */
  static final int UNREADABLE = 2;

  /** How many rejected rows are shown. */
  static final int REJECTS_SHOWN = 5;

  private static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private ImportTables() {}

  /**
   * Runs the example.
   *
   * @param args the folder of the tables (or the nodes and links files), the JSON file to write,
   *     and optionally names to search for
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Imports the tables named by the arguments and reports on them.
   *
   * @return the exit status: {@link #OK} or {@link #UNREADABLE}
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    Path nodes;
    Path links;
    if (!rest.isEmpty() && Files.isDirectory(Path.of(rest.get(0)))) {
      Path folder = Path.of(rest.remove(0));
      nodes = folder.resolve("nodes.tsv");
      links = folder.resolve("links.tsv");
    } else if (rest.size() >= 3) {
      nodes = Path.of(rest.remove(0));
      links = Path.of(rest.remove(0));
    } else {
      return usage(err);
    }
    if (rest.isEmpty()) {
      return usage(err);
    }
    Path json = Path.of(rest.remove(0));
    List<String> searches = rest.isEmpty() ? List.of("Brest", "Brest (BY)", "brest, france") : rest;
    for (Path table : List.of(nodes, links)) {
      if (!Files.isRegularFile(table)) {
        err.println("There is no table " + table.toAbsolutePath().normalize() + ".");
        return UNREADABLE;
      }
    }

    out.println("Importing");
    out.println("  nodes: " + nodes);
    out.println("  links: " + links);
    TableImporter importer = TableImporter.builder().progress(printer(out)).build();
    ImportResult result;
    long start = System.nanoTime();
    try {
      result = importer.importNodesAndLinks(nodes, links);
    } catch (ImportException e) {
      err.println("The tables cannot be imported:");
      e.problems().forEach(p -> err.println("  " + p));
      return UNREADABLE;
    } catch (UncheckedIOException e) {
      err.println("Could not read the tables: " + e.getMessage());
      return UNREADABLE;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Atlas atlas = result.atlas();
    out.printf(
        Locale.ROOT,
        "Imported in %,d ms: %,d territories, %,d partnerships.%n%n",
        millis,
        atlas.territories().size(),
        atlas.partnerships().size());

    report(result.report(), out);
    mostConnected(atlas, out);
    search(atlas, searches, out);

    try {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtlasJson.standard().write(atlas, json);
      boolean equal = AtlasJson.standard().read(json).equals(atlas);
      out.printf(
          Locale.ROOT,
          "%nWrote the atlas to %s (%,d bytes); read back %s.%n",
          json,
          Files.size(json),
          equal ? "equal" : "DIFFERENT");
    } catch (IOException e) {
      err.println("Could not write " + json + ": " + e.getMessage());
      return UNREADABLE;
    }
    return OK;
  }

  private static int usage(PrintStream err) {
    err.println("Give the tables and the JSON file to write, for example:");
    err.println(
        "  ./mvnw -q -pl examples -am compile exec:java -Dexample=ImportTables"
            + " \"-Dexec.args=../shared/data/twin-cities target/twin-cities.json\"");
    err.println("or: nodes.tsv links.tsv atlas.json [names to search for...]");
    return UNREADABLE;
  }

  /** A listener printing one plain line per call: rows read and the share of the bytes. */
  static ImportProgress printer(PrintStream out) {
    return (rows, bytes, total) ->
        out.printf(
            Locale.ROOT,
            "  %,d rows read%s%n",
            rows,
            percent(bytes, total).map(p -> ", " + p + "% of the bytes").orElse(""));
  }

  private static java.util.Optional<Long> percent(long bytes, OptionalLong total) {
    return total.isPresent() && total.getAsLong() > 0
        ? java.util.Optional.of(100 * bytes / total.getAsLong())
        : java.util.Optional.empty();
  }

  private static void report(ImportReport report, PrintStream out) {
    out.println("IMPORT REPORT");
    out.print(report.summary());
    List<RowOutcome> rejected = report.rows(Outcome.REJECTED);
    if (!rejected.isEmpty()) {
      out.println(
          "First rejected rows"
              + (rejected.size() > REJECTS_SHOWN
                  ? " (" + REJECTS_SHOWN + " of " + rejected.size() + ")"
                  : "")
              + ":");
      rejected.stream()
          .limit(REJECTS_SHOWN)
          .forEach(r -> out.println(Text.wrap("  ", r.toString(), 100)));
    }
  }

  private static void mostConnected(Atlas atlas, PrintStream out) {
    Map<TerritoryId, Territory> byId =
        atlas.territories().stream().collect(Collectors.toMap(Territory::id, Function.identity()));
    PartnershipNetwork network = PartnershipNetwork.of(atlas);
    out.println();
    out.println("MOST CONNECTED TERRITORIES (distinct partners)");
    for (TerritoryId id : network.mostConnected(5)) {
      Territory t = byId.get(id);
      out.printf(
          Locale.ROOT,
          "  %3d  %s (%s)%n",
          network.degree(id),
          t == null ? id.value() : t.displayName(LANGUAGES),
          t == null ? "?" : t.country().displayName(Locale.ENGLISH));
    }
  }

  private static void search(Atlas atlas, List<String> queries, PrintStream out) {
    Map<String, Territory> byId =
        atlas.territories().stream().collect(Collectors.toMap(t -> t.id().value(), t -> t));
    AtlasSearch search = AtlasSearch.of(atlas);
    out.println();
    out.println("SEARCH");
    for (String query : queries) {
      List<SearchHit> hits = search.search(query, 5);
      out.println("  \"" + query + "\": " + (hits.isEmpty() ? "nothing found" : ""));
      for (SearchHit hit : hits) {
        Territory t = byId.get(hit.id());
        out.printf(
            Locale.ROOT,
            "    %-10s %4d  %s%s%n",
            hit.match(),
            hit.score(),
            hit.id(),
            t == null
                ? " " + hit.text()
                : " "
                    + t.displayName(LANGUAGES)
                    + " ("
                    + t.country().displayName(Locale.ENGLISH)
                    + ")");
      }
    }
  }
}
