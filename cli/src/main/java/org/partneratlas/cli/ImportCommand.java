package org.partneratlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.table.ImportReport;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.RowOutcome;
import org.partneratlas.io.table.TableExporter;
import org.partneratlas.io.table.TableFormat;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.io.wikidata.WikidataAtlas;
import org.partneratlas.io.wikidata.WikidataDump;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.territory.CountryCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import pairs|tables|wikidata INPUT... -o atlas.json}: real data into an atlas. */
@Command(
    name = "import",
    description = {
      "Make an atlas of twin-town tables or Wikidata dumps, print the import report (what became"
          + " of every row: imported, merged or rejected, and why) and write the atlas as"
          + " Partner Atlas JSON.",
      "Progress is shown on standard error for long inputs: a bar on a terminal, lines otherwise."
    },
    synopsisSubcommandLabel = "(pairs | tables | wikidata)",
    subcommands = {
      ImportCommand.Pairs.class,
      ImportCommand.Tables.class,
      ImportCommand.Wikidata.class
    })
final class ImportCommand implements Runnable {

  /** How many rejected rows the report prints; {@code --report} writes them all. */
  static final int REJECTED_SHOWN = 20;

  @picocli.CommandLine.Spec private picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        java.util.Objects.requireNonNull(spec, "spec").commandLine(),
        "Missing what to import: pairs, tables or wikidata");
  }

  /** The options of every import. */
  abstract static class Base extends AtlasCommand {
    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "ATLAS",
        description =
            "The atlas file to write (Partner Atlas JSON), replaced if it exists; -"
                + " for standard output (the report then goes to standard error).")
    String output = "";

    @Option(
        names = "--report",
        paramLabel = "CSV",
        description = "Also write the outcome of every row as a CSV table.")
    @Nullable Path reportTable;

    @Option(
        names = "--progress",
        completionCandidates = Candidates.Progress.class,
        paramLabel = "MODE",
        description =
            "How to show progress: ${COMPLETION-CANDIDATES} (default: auto, a bar on a"
                + " terminal and lines otherwise).")
    ProgressDisplay.Mode progress = ProgressDisplay.Mode.AUTO;

    /** Checks that an input exists before a long import starts. */
    static void requireFile(Path file) {
      if (!Files.isRegularFile(file)) {
        throw CliException.invalid(
            Files.isDirectory(file) ? file + " is a folder, not a file" : "no such file: " + file);
      }
    }

    /** Prints the report, writes the report table and the atlas; returns the exit code. */
    final int finish(ImportReport report, Atlas atlas) throws IOException {
      // With the atlas on standard output, the report goes to standard error.
      PrintWriter out = output.equals(AtlasFiles.STANDARD_OUTPUT) ? err() : out();
      out.print(report.summary());
      List<RowOutcome> rejected = report.rows(Outcome.REJECTED);
      for (RowOutcome row : rejected.subList(0, Math.min(REJECTED_SHOWN, rejected.size()))) {
        out.println("  " + row);
      }
      if (rejected.size() > REJECTED_SHOWN) {
        out.println(
            "  ... and "
                + (rejected.size() - REJECTED_SHOWN)
                + " more rejected rows"
                + (reportTable == null ? " (--report FILE.csv writes every row)" : ""));
      }
      if (reportTable != null) {
        Path table = reportTable;
        AtlasFiles.write(table.toString(), out(), o -> TableExporter.csv().writeReport(report, o));
        out.println("Wrote the outcome of every row to " + table);
      }
      AtlasFiles.write(output, out(), o -> AtlasJson.standard().write(atlas, o));
      if (!output.equals(AtlasFiles.STANDARD_OUTPUT)) {
        out.println(
            "Wrote "
                + output
                + ": "
                + atlas.territories().size()
                + " territories, "
                + atlas.partnerships().size()
                + " partnerships");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** Options of the table imports. */
  abstract static class TableBase extends Base {
    @Option(
        names = "--table-format",
        completionCandidates = Candidates.TableFormats.class,
        paramLabel = "FORMAT",
        description =
            "${COMPLETION-CANDIDATES}; by default from the extension (.tsv and .tab"
                + " are TSV, others CSV).")
    @Nullable TableFormat tableFormat;

    @Option(
        names = "--kind",
        completionCandidates = Candidates.Kinds.class,
        paramLabel = "KIND",
        description =
            "The kind of the partnerships whose row gives none:"
                + " ${COMPLETION-CANDIDATES} (default: twinning).")
    PartnershipKind kind = PartnershipKind.TWINNING;

    @Option(
        names = "--name-language",
        paramLabel = "TAG",
        description =
            "The language of the names in the table, a BCP 47 tag such as fr"
                + " (default: und, undetermined).")
    @Nullable String nameLanguage;

    @Option(
        names = "--map-country-code",
        paramLabel = "CODE=CODE",
        description =
            "Read a country code of the tables as another one, such as XC=CY (Northern"
                + " Cyprus in Cyprus), rather than reject its rows; may be repeated.")
    java.util.Map<String, String> codeMapping = new java.util.LinkedHashMap<>();

    final TableImporter importer(ProgressDisplay display) {
      TableImporter.Builder builder = TableImporter.builder().kind(kind).progress(display);
      codeMapping.forEach(
          (code, replacement) -> {
            try {
              builder.mapCountryCode(
                  code.trim(), replacement.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new picocli.CommandLine.ParameterException(
                  spec().commandLine(),
                  "Invalid --map-country-code " + code + "=" + replacement + ": " + e.getMessage());
            }
          });
      if (tableFormat != null) {
        builder.format(tableFormat);
      }
      if (nameLanguage != null) {
        try {
          builder.nameLanguage(nameLanguage);
        } catch (IllegalArgumentException e) {
          throw new picocli.CommandLine.ParameterException(
              spec().commandLine(), "Invalid --name-language: " + e.getMessage());
        }
      }
      return builder.build();
    }

    final int run(java.util.function.Function<TableImporter, ImportResult> importing)
        throws IOException {
      ProgressDisplay display = new ProgressDisplay(err(), progress);
      ImportResult result;
      try {
        result = importing.apply(importer(display));
      } catch (ImportException e) {
        throw CliException.invalid("cannot import:\n  " + String.join("\n  ", e.problems()));
      } finally {
        display.finish();
      }
      return finish(result.report(), result.atlas());
    }
  }

  @Command(
      name = "pairs",
      description =
          "Import a pairs table: one partnership per row, with columns city_a,"
              + " country_a, city_b, country_b and optionally lat_a, lon_a, lat_b, lon_b,"
              + " start_year, kind.")
  static final class Pairs extends TableBase {
    @Parameters(paramLabel = "TABLE", description = "The pairs table (CSV or TSV).")
    Path table = Path.of("");

    @Override
    int execute() throws IOException {
      requireFile(table);
      return run(importer -> importer.importPairs(table));
    }
  }

  @Command(
      name = "tables",
      description =
          "Import a nodes table (id, name, and optionally lat, lng, country,"
              + " countrycd) and a links table (source, target, and optionally start_year, kind).")
  static final class Tables extends TableBase {
    @Parameters(index = "0", paramLabel = "NODES", description = "The nodes table.")
    Path nodes = Path.of("");

    @Parameters(index = "1", paramLabel = "LINKS", description = "The links table.")
    Path links = Path.of("");

    @Override
    int execute() throws IOException {
      requireFile(nodes);
      requireFile(links);
      return run(importer -> importer.importNodesAndLinks(nodes, links));
    }
  }

  @Command(
      name = "wikidata",
      description = {
        "Import Wikidata JSON dumps (one entity per line; .gz files are decompressed): every"
            + " item becomes a territory, and P190 statements whose two items were read become"
            + " twinnings.",
        "Also lists the twinnings listed on one side only, whose two sides give different start"
            + " dates, and that may be one partnership at two administrative levels."
      })
  static final class Wikidata extends Base {
    @Parameters(arity = "1..*", paramLabel = "DUMP", description = "Wikidata JSON dumps.")
    List<Path> dumps = new ArrayList<>();

    @Option(
        names = "--twins-only",
        description = "Read only the items with a P190 statement (faster on a full dump).")
    boolean twinsOnly;

    @Option(
        names = "--country",
        paramLabel = "QID=CODE",
        description =
            "Which country a P17 value is when its item is not in the dumps, such as"
                + " Q183=DE; may be repeated.")
    java.util.Map<String, String> countries = new java.util.LinkedHashMap<>();

    @Override
    int execute() throws IOException {
      WikidataAtlas.Builder builder = WikidataAtlas.builder();
      countries.forEach(
          (qid, code) -> {
            String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
            if (!qid.matches("Q[1-9][0-9]*") || !CountryCode.isValid(upper)) {
              throw new picocli.CommandLine.ParameterException(
                  spec().commandLine(),
                  "Invalid --country "
                      + qid
                      + "="
                      + code
                      + ": give a Wikidata item and an ISO 3166-1 code, such as Q183=DE");
            }
            builder.country(qid, CountryCode.of(upper));
          });
      dumps.forEach(Base::requireFile);
      ProgressDisplay display = new ProgressDisplay(err(), progress);
      try {
        for (Path dump : dumps) {
          try {
            if (twinsOnly) {
              long unused = WikidataDump.readItemsWithTwins(dump, display, builder::add);
            } else {
              long unused = WikidataDump.read(dump, display, builder::add);
            }
          } catch (ImportException e) {
            throw CliException.invalid(
                "cannot import " + dump + ":\n  " + String.join("\n  ", e.problems()));
          }
        }
      } finally {
        display.finish();
      }
      WikidataAtlas.Result result = builder.build();
      PrintWriter out = output.equals(AtlasFiles.STANDARD_OUTPUT) ? err() : out();
      list(out, "Listed on one side only", result.notReciprocal());
      list(out, "Start dates that disagree", result.startsDisagree());
      list(out, "Maybe one partnership at two levels", result.twoLevels());
      return finish(result.result().report(), result.result().atlas());
    }

    private static void list(PrintWriter out, String title, List<String> sentences) {
      if (sentences.isEmpty()) {
        return;
      }
      out.println(title + " (" + sentences.size() + "):");
      for (String s : sentences.subList(0, Math.min(REJECTED_SHOWN, sentences.size()))) {
        out.println("  " + s);
      }
      if (sentences.size() > REJECTED_SHOWN) {
        out.println("  ... and " + (sentences.size() - REJECTED_SHOWN) + " more");
      }
    }
  }
}
