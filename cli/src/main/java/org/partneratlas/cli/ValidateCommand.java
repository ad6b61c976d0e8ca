package org.partneratlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.RowOutcome;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.json.AtlasJsonException;
import org.partneratlas.json.JsonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: every problem of atlases and tables, each with its place. */
@Command(
    name = "validate",
    description = {
      "Check atlas files (Partner Atlas JSON) and tables (CSV, TSV) and list every problem,"
          + " each with its file, line, column and, in an atlas, the JSON Pointer of the value at"
          + " fault.",
      "A table is valid when the import would take every row: a row it would reject is a"
          + " problem, located by its line. Exits with 0 when every file is valid, 1 otherwise."
    })
final class ValidateCommand extends AtlasCommand {

  /** How a file is read. */
  enum Layout {
    /** By extension: {@code .csv}, {@code .tsv}, {@code .tab} are pairs tables, others atlases. */
    AUTO,
    /** Partner Atlas JSON. */
    JSON,
    /** A pairs table: one partnership per row. */
    PAIRS,
    /** Nodes and links tables, the files taken two by two: nodes, then links. */
    TABLES
  }

  /** How problems are printed. */
  enum Format {
    /** One line per problem, {@code file:line:column: /pointer: message}, and a summary. */
    TEXT,
    /** A JSON array of problems, for programs. */
    JSON
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Atlas files or tables (with --layout tables: NODES LINKS, two by two).")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--layout",
      completionCandidates = Candidates.Layouts.class,
      paramLabel = "LAYOUT",
      description =
          "How to read the files: ${COMPLETION-CANDIDATES}. auto (the default) reads .csv, .tsv"
              + " and .tab files as pairs tables and the others as atlases; tables takes the"
              + " files two by two, nodes then links.")
  private Layout layout = Layout.AUTO;

  @Option(
      names = "--format",
      completionCandidates = Candidates.ValidateFormats.class,
      paramLabel = "FORMAT",
      description =
          "text (the default) or json: an array of {file, line, column, pointer,"
              + " message}, null where not known.")
  private Format format = Format.TEXT;

  @Override
  int execute() {
    if (layout == Layout.TABLES && files.size() % 2 != 0) {
      throw new ParameterException(
          spec().commandLine(),
          "--layout tables takes the files two by two, NODES LINKS: " + files.size() + " given");
    }
    List<FileProblem> problems = new ArrayList<>();
    Map<String, String> summaries = new LinkedHashMap<>();
    int invalid = 0;
    for (int i = 0; i < files.size(); i++) {
      List<FileProblem> found = new ArrayList<>();
      String summary;
      if (layout == Layout.TABLES) {
        Path nodes = files.get(i);
        Path links = files.get(++i);
        summary = validateTables(nodes, links, found);
        summaries.put(nodes + " " + links, summary);
      } else {
        Path file = files.get(i);
        boolean table =
            layout == Layout.PAIRS || (layout == Layout.AUTO && AtlasFiles.isTable(file));
        summary = table ? validatePairs(file, found) : validateAtlas(file, found);
        summaries.put(file.toString(), summary);
      }
      if (!found.isEmpty()) {
        invalid++;
      }
      problems.addAll(found);
    }
    PrintWriter out = out();
    if (format == Format.JSON) {
      FileProblem.writeJson(problems, out);
      out.println();
    } else {
      problems.forEach(out::println);
      summaries.forEach((file, summary) -> out.println(file + ": " + summary));
      if (summaries.size() > 1) {
        out.println(
            summaries.size()
                + " files: "
                + (summaries.size() - invalid)
                + " valid, "
                + invalid
                + " with problems");
      }
    }
    out.flush();
    return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
  }

  /** Adds the problems of an atlas file; returns the summary line. */
  private static String validateAtlas(Path file, List<FileProblem> problems) {
    String name = file.toString();
    if (unreadable(file, problems)) {
      return "not checked";
    }
    Atlas atlas;
    try {
      atlas = AtlasJson.standard().read(file);
    } catch (AtlasJsonException e) {
      for (JsonProblem p : e.problems()) {
        problems.add(new FileProblem(name, p.line(), p.column(), p.pointer(), p.message()));
      }
      if (e.truncated()) {
        problems.add(
            FileProblem.ofFile(
                name,
                "reading stopped after "
                    + e.problems().size()
                    + " problems: fix these and validate again for the rest"));
      }
      return count(e.problems().size(), e.truncated());
    } catch (IOException | UncheckedIOException e) {
      problems.add(FileProblem.ofFile(name, "cannot be read: " + e.getMessage()));
      return "cannot be read";
    }
    return "valid ("
        + atlas.territories().size()
        + " territories, "
        + atlas.partnerships().size()
        + " partnerships, "
        + atlas.themes().size()
        + " themes)";
  }

  /** Adds the rows a pairs table's import would reject; returns the summary line. */
  private static String validatePairs(Path file, List<FileProblem> problems) {
    if (unreadable(file, problems)) {
      return "not checked";
    }
    Map<String, String> names = Map.of(name(file), file.toString());
    try {
      return tableSummary(TableImporter.standard().importPairs(file), names, problems);
    } catch (ImportException e) {
      e.problems().forEach(p -> problems.add(FileProblem.ofFile(file.toString(), p)));
      return count(e.problems().size(), false);
    } catch (UncheckedIOException e) {
      problems.add(FileProblem.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
      return "cannot be read";
    }
  }

  /** Adds the rows a nodes and links import would reject; returns the summary line. */
  private static String validateTables(Path nodes, Path links, List<FileProblem> problems) {
    boolean bad = unreadable(nodes, problems);
    bad |= unreadable(links, problems);
    if (bad) {
      return "not checked";
    }
    Map<String, String> names = new LinkedHashMap<>();
    names.put(name(nodes), nodes.toString());
    names.put(name(links), links.toString());
    try {
      return tableSummary(
          TableImporter.standard().importNodesAndLinks(nodes, links), names, problems);
    } catch (ImportException e) {
      e.problems().forEach(p -> problems.add(FileProblem.ofFile(nodes + " " + links, p)));
      return count(e.problems().size(), false);
    } catch (UncheckedIOException e) {
      problems.add(FileProblem.ofFile(nodes + " " + links, "cannot be read: " + e.getMessage()));
      return "cannot be read";
    }
  }

  private static String tableSummary(
      ImportResult result, Map<String, String> paths, List<FileProblem> problems) {
    List<RowOutcome> rejected = result.report().rows(Outcome.REJECTED);
    for (RowOutcome row : rejected) {
      String reason =
          row.reason().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("");
      problems.add(
          new FileProblem(
              paths.getOrDefault(row.table(), row.table()),
              row.line(),
              0,
              null,
              reason + ": " + row.message() + " (row: " + row.text() + ")"));
    }
    if (!rejected.isEmpty()) {
      return count(rejected.size(), false) + " (rows the import would reject)";
    }
    int rows = result.report().rows().size();
    return "valid ("
        + rows
        + (rows == 1 ? " row: " : " rows: ")
        + result.atlas().territories().size()
        + " territories, "
        + result.atlas().partnerships().size()
        + " partnerships)";
  }

  /** Adds a problem and returns true if a file does not exist or is not a readable file. */
  private static boolean unreadable(Path file, List<FileProblem> problems) {
    String why = null;
    if (!Files.exists(file)) {
      why = "no such file";
    } else if (Files.isDirectory(file)) {
      why = "is a folder, not a file";
    } else if (!Files.isReadable(file)) {
      why = "cannot be read: permission denied";
    }
    if (why != null) {
      problems.add(FileProblem.ofFile(file.toString(), why));
      return true;
    }
    return false;
  }

  private static String count(int problems, boolean more) {
    return (more ? "more than " : "")
        + problems
        + (problems == 1 && !more ? " problem" : " problems");
  }

  private static String name(Path path) {
    Path file = path.getFileName();
    return file == null ? path.toString() : file.toString();
  }
}
