package org.partneratlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.io.ImportException;
import org.partneratlas.io.graph.GraphMl;
import org.partneratlas.io.table.TableExporter;
import org.partneratlas.io.table.TableFormat;
import org.partneratlas.io.wikidata.QuickStatements;
import org.partneratlas.io.wikidata.WikidataDump;
import org.partneratlas.io.wikidata.WikidataEntity;
import org.partneratlas.json.GeoJson;
import org.partneratlas.svg.TimelineChart;
import org.partneratlas.svg.WorldMap;
import org.partneratlas.territory.TerritoryId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code export FORMAT ATLAS -o OUT}: an atlas in another format. */
@Command(
    name = "export",
    description = {
      "Write an atlas as GeoJSON, CSV tables, QuickStatements, GraphML or an SVG picture.",
      "geojson: territories as points and partnerships as lines (RFC 7946), for maps.",
      "csv: tables a spreadsheet opens: territories, partnerships and parties into the folder"
          + " OUT, or one table (--table) into the file OUT.",
      "quickstatements: the P190 (twinned administrative body) statements that the Wikidata"
          + " items read from --wikidata lack, for the QuickStatements tool.",
      "graphml: the network for Gephi, yEd or Cytoscape: territories as nodes, partnerships as"
          + " edges (a partnership of more than two territories is an edge between each two).",
      "svg-map: a world map of the partners of --territory, legible at --width pixels.",
      "svg-timeline: a timeline of the partnerships of --territory, one row per partnership.",
      "-o - writes to standard output (not for csv without --table)."
    })
final class ExportCommand extends AtlasCommand {

  /** The formats, written on the command line in lower case with hyphens ({@code svg-map}). */
  enum Format {
    GEOJSON,
    CSV,
    QUICKSTATEMENTS,
    GRAPHML,
    SVG_MAP,
    SVG_TIMELINE;

    /** The word for this format on the command line. */
    String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every format's word, comma-separated. */
    static String words() {
      return Stream.of(values()).map(Format::word).collect(Collectors.joining(", "));
    }
  }

  /** Reads a format's word in any case, with hyphens or underscores. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String text) {
      String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Format format : Format.values()) {
        if (format.name().equals(name)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "'" + text + "' is not a format: write one of " + Format.words());
    }
  }

  /** The tables of the csv format. */
  enum Table {
    /** Territories, partnerships and parties, three files in a folder. */
    ALL,
    TERRITORIES,
    PARTNERSHIPS,
    PARTIES,
    /** The pairs layout that {@code import pairs} reads. */
    PAIRS
  }

  @Parameters(
      index = "0",
      completionCandidates = Candidates.ExportFormats.class,
      converter = FormatConverter.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES}")
  private Format format = Format.GEOJSON;

  @Parameters(index = "1", paramLabel = "ATLAS", description = "The atlas (Partner Atlas JSON).")
  private Path atlasFile = Path.of("");

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description =
          "The file (or, for all csv tables, the folder) to write; - for standard output.")
  private String output = "";

  @Option(
      names = "--table",
      completionCandidates = Candidates.Tables.class,
      paramLabel = "TABLE",
      description = "csv: which table, ${COMPLETION-CANDIDATES} (default: all, into a folder).")
  private Table table = Table.ALL;

  @Option(names = "--tsv", description = "csv: tab-separated values instead of commas.")
  private boolean tsv;

  @Option(
      names = "--bom",
      description = "csv: begin with a byte order mark, so that Excel reads the text as UTF-8.")
  private boolean bom;

  @Option(
      names = "--wikidata",
      paramLabel = "DUMP",
      description =
          "quickstatements: the Wikidata JSON dumps of the items to complete (required:"
              + " only the items read are known to lack a statement).")
  private List<Path> wikidata = new ArrayList<>();

  @Option(
      names = "--territory",
      paramLabel = "ID",
      description =
          "svg-map, svg-timeline: the territory whose partners are drawn: its id"
              + " (fr-brest-metropole), or a name it alone has.")
  private String territory = "";

  @Option(
      names = "--include-subdivisions",
      description =
          "svg-map, svg-timeline: also the partnerships of the territories within it, at any"
              + " depth.")
  private boolean includeSubdivisions;

  @Option(
      names = "--width",
      paramLabel = "PIXELS",
      description =
          "svg-map, svg-timeline: the width the picture is shown at, 480 or more (default 880);"
              + " no text is smaller than 10 pixels at that width.")
  private int width = 880;

  @Option(
      names = "--lang",
      completionCandidates = Candidates.Languages.class,
      paramLabel = "LANG",
      description =
          "svg-map, svg-timeline: the language of names and themes where the data has it:"
              + " ${COMPLETION-CANDIDATES} (default: en).")
  private Words.Language language = Words.Language.EN;

  @Override
  int execute() throws IOException {
    checkOptions();
    Atlas atlas = AtlasFiles.read(atlasFile);
    PrintWriter out = out();
    switch (format) {
      case GEOJSON:
        AtlasFiles.write(output, out, o -> GeoJson.write(atlas, o));
        break;
      case GRAPHML:
        AtlasFiles.write(output, out, o -> GraphMl.write(atlas, o));
        break;
      case QUICKSTATEMENTS:
        List<WikidataEntity> items = readItems();
        String statements = QuickStatements.missingTwins(atlas, items);
        AtlasFiles.write(output, out, o -> o.write(statements.getBytes(StandardCharsets.UTF_8)));
        if (!output.equals(AtlasFiles.STANDARD_OUTPUT)) {
          long lines = statements.lines().count();
          out.println(
              "Wrote "
                  + output
                  + ": "
                  + lines
                  + (lines == 1 ? " statement" : " statements")
                  + " missing from the "
                  + items.size()
                  + " Wikidata items read");
        }
        break;
      case CSV:
        csv(atlas, out);
        break;
      case SVG_MAP:
      case SVG_TIMELINE:
        String svg = svg(atlas);
        AtlasFiles.write(output, out, o -> o.write(svg.getBytes(StandardCharsets.UTF_8)));
        break;
    }
    if (format != Format.QUICKSTATEMENTS && !output.equals(AtlasFiles.STANDARD_OUTPUT)) {
      out.println("Wrote " + output);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private boolean isPicture() {
    return format == Format.SVG_MAP || format == Format.SVG_TIMELINE;
  }

  private void checkOptions() {
    boolean pictureOptions =
        !territory.isEmpty()
            || includeSubdivisions
            || width != 880
            || language != Words.Language.EN;
    if (!isPicture() && pictureOptions) {
      throw new ParameterException(
          spec().commandLine(),
          "--territory, --include-subdivisions, --width and --lang are options of the svg-map and"
              + " svg-timeline formats only");
    }
    if (isPicture() && territory.isEmpty()) {
      throw new ParameterException(
          spec().commandLine(),
          format.word() + " needs --territory ID: the territory whose partners to draw");
    }
    if (isPicture() && width < 480) {
      throw new ParameterException(
          spec().commandLine(), "--width must be 480 pixels or more, not " + width);
    }
    if (format != Format.CSV && (table != Table.ALL || tsv || bom)) {
      throw new ParameterException(
          spec().commandLine(), "--table, --tsv and --bom are options of the csv format only");
    }
    if (format != Format.QUICKSTATEMENTS && !wikidata.isEmpty()) {
      throw new ParameterException(
          spec().commandLine(), "--wikidata is an option of the quickstatements format only");
    }
    if (format == Format.QUICKSTATEMENTS && wikidata.isEmpty()) {
      throw new ParameterException(
          spec().commandLine(),
          "quickstatements needs --wikidata DUMP: the Wikidata items whose missing statements to"
              + " write");
    }
    if (format == Format.CSV && table == Table.ALL && output.equals(AtlasFiles.STANDARD_OUTPUT)) {
      throw new ParameterException(
          spec().commandLine(),
          "all csv tables go into a folder: give -o FOLDER, or --table TABLE for one table");
    }
  }

  /** Draws the picture of {@code --territory}; a territory it cannot draw is invalid data. */
  private String svg(Atlas atlas) {
    TerritoryId focal = Lookup.territory(atlas, territory).id();
    List<String> languages = List.of(language.tag());
    try {
      if (format == Format.SVG_MAP) {
        return WorldMap.of(atlas, focal)
            .width(width)
            .languages(languages)
            .includeTerritoriesWithin(includeSubdivisions)
            .render();
      }
      return TimelineChart.of(atlas, focal)
          .width(width)
          .languages(languages)
          .includeTerritoriesWithin(includeSubdivisions)
          .render();
    } catch (IllegalArgumentException e) {
      throw CliException.invalid("cannot draw " + format.word() + ": " + e.getMessage());
    }
  }

  private List<WikidataEntity> readItems() {
    List<WikidataEntity> items = new ArrayList<>();
    for (Path dump : wikidata) {
      if (!Files.isRegularFile(dump)) {
        throw CliException.invalid("no such file: " + dump);
      }
      try {
        long unused = WikidataDump.read(dump, org.partneratlas.io.ImportProgress.NONE, items::add);
      } catch (ImportException e) {
        throw CliException.invalid(
            "cannot read " + dump + ":\n  " + String.join("\n  ", e.problems()));
      }
    }
    return items;
  }

  private void csv(Atlas atlas, PrintWriter out) throws IOException {
    TableExporter exporter = TableExporter.of(tsv ? TableFormat.TSV : TableFormat.CSV);
    TableExporter tables = bom ? exporter.withByteOrderMark() : exporter;
    if (table == Table.ALL) {
      Path folder = Path.of(output);
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw CliException.invalid(
            "cannot write the tables into " + folder + ": it is a file, not a folder");
      }
      tables.writeAll(atlas, folder);
      return;
    }
    AtlasFiles.write(output, out, o -> writeTable(tables, atlas, o));
  }

  private void writeTable(TableExporter tables, Atlas atlas, OutputStream o) {
    switch (table) {
      case TERRITORIES:
        tables.writeTerritories(atlas, o);
        break;
      case PARTNERSHIPS:
        tables.writePartnerships(atlas, o);
        break;
      case PARTIES:
        tables.writeParties(atlas, o);
        break;
      case PAIRS:
        tables.writePairs(atlas, o);
        break;
      case ALL:
        throw new AssertionError("written as a folder");
    }
  }
}
