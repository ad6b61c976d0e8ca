package org.partneratlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.PartnershipQuery;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.PartialDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/** {@code query ATLAS [conditions]}: the partnerships that meet every condition, as a table. */
@Command(
    name = "query",
    description = {
      "List the partnerships that meet every condition given (all of them when none is): one"
          + " row each with its id, kind, latest recorded status, start and territories.",
      "An option given several times accepts any of its values. Time-dependent conditions"
          + " (territory, country, region, theme, status) hold within the --during period when"
          + " one is given, at some time otherwise. What the sources do not date is counted only"
          + " with --possibly."
    })
final class QueryCommand extends AtlasCommand {

  /** How the rows are printed. */
  enum Format {
    /** Aligned columns, for a person. */
    TEXT,
    /** Tab-separated values with a header line, for a spreadsheet or a script. */
    TSV,
    /** A JSON array of partnerships, for programs. */
    JSON
  }

  @Parameters(paramLabel = "ATLAS", description = "The atlas (Partner Atlas JSON).")
  private Path atlasFile = Path.of("");

  @Option(
      names = "--territory",
      paramLabel = "ID",
      description = "A territory that takes part (an id, or a name).")
  private List<String> territories = new ArrayList<>();

  @Option(
      names = "--include-subdivisions",
      description = "With --territory: also the partnerships of its subdivisions.")
  private boolean includeSubdivisions;

  @Option(
      names = "--country",
      paramLabel = "COUNTRY",
      description = "A country of a party (any party): an ISO code (FR) or a name (France).")
  private List<String> countries = new ArrayList<>();

  @Option(
      names = "--region",
      paramLabel = "M49",
      description = "A UN M49 region of a party: a code (150) or a name (Western Europe).")
  private List<String> regions = new ArrayList<>();

  @Option(
      names = "--kind",
      completionCandidates = Candidates.Kinds.class,
      paramLabel = "KIND",
      description = "${COMPLETION-CANDIDATES}")
  private List<PartnershipKind> kinds = new ArrayList<>();

  @Option(
      names = "--theme",
      paramLabel = "THEME",
      description =
          "A theme, or a broader one (maritime finds maritime.aquaculture): an id or a" + " label.")
  private List<String> themes = new ArrayList<>();

  @Option(
      names = "--status",
      completionCandidates = Candidates.Statuses.class,
      paramLabel = "STATUS",
      description = "A status held within the period (or at some time): ${COMPLETION-CANDIDATES}")
  private List<PartnershipStatus> statuses = new ArrayList<>();

  @Option(
      names = "--during",
      paramLabel = "YEAR|EDTF",
      description = "The period: a year (2020) or an EDTF date or period (2020-10, 2016/2020).")
  private @Nullable String during;

  @Option(
      names = "--possibly",
      description = "Also the partnerships that may meet the conditions (dates not known).")
  private boolean possibly;

  @Option(
      names = "--format",
      completionCandidates = Candidates.QueryFormats.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: text)")
  private Format format = Format.TEXT;

  @Override
  int execute() {
    CommandLine commandLine = spec().commandLine();
    // Malformed arguments first (exit 2), then what the atlas lacks (exit 1).
    List<CountryCode> countryCodes = new ArrayList<>();
    countries.forEach(c -> countryCodes.add(Lookup.country(commandLine, c)));
    List<M49Region> m49 = new ArrayList<>();
    regions.forEach(r -> m49.add(Lookup.region(commandLine, r)));
    if (includeSubdivisions && territories.size() != 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--include-subdivisions needs exactly one --territory");
    }
    PartnershipQuery query;
    Atlas atlas;
    {
      var period = during == null ? null : Lookup.period(commandLine, "--during", during);
      atlas = AtlasFiles.read(atlasFile);
      query = atlas.query();
      if (possibly) {
        query = query.possibly();
      }
      if (period != null) {
        query = query.during(period);
      }
    }
    List<TerritoryId> ids = new ArrayList<>();
    territories.forEach(t -> ids.add(Lookup.territory(atlas, t).id()));
    if (!ids.isEmpty()) {
      query =
          includeSubdivisions
              ? query.involvingWithin(ids.get(0))
              : query.involving(ids.get(0), ids.subList(1, ids.size()).toArray(TerritoryId[]::new));
    }
    if (!countryCodes.isEmpty()) {
      query =
          query.inCountry(
              countryCodes.get(0),
              countryCodes.subList(1, countryCodes.size()).toArray(CountryCode[]::new));
    }
    if (!m49.isEmpty()) {
      query = query.inRegion(m49.get(0), m49.subList(1, m49.size()).toArray(M49Region[]::new));
    }
    if (!kinds.isEmpty()) {
      query =
          query.ofKind(
              kinds.get(0), kinds.subList(1, kinds.size()).toArray(PartnershipKind[]::new));
    }
    List<ThemeId> themeIds = new ArrayList<>();
    themes.forEach(t -> themeIds.add(Lookup.theme(atlas, t)));
    if (!themeIds.isEmpty()) {
      query =
          query.onTheme(
              themeIds.get(0), themeIds.subList(1, themeIds.size()).toArray(ThemeId[]::new));
    }
    if (!statuses.isEmpty()) {
      query =
          query.withStatus(
              statuses.get(0),
              statuses.subList(1, statuses.size()).toArray(PartnershipStatus[]::new));
    }
    List<Partnership> found = query.list();
    PrintWriter out = out();
    if (format == Format.JSON) {
      writeJson(atlas, found, out);
    } else {
      TextTable table = new TextTable("id", "kind", "status", "start", "territories");
      for (Partnership p : found) {
        table.add(
            p.id().value(),
            StatsCommand.words(p.kind()),
            PartnershipStatistics.latestStatus(p).map(StatsCommand::words).orElse(""),
            p.life().start().map(PartialDate::toString).orElse(""),
            p.territories().stream().map(t -> name(atlas, t)).collect(Collectors.joining(" / ")));
      }
      if (format == Format.TSV) {
        table.printTsv(out);
      } else {
        table.print(out, "", true);
        out.println(found.size() + (found.size() == 1 ? " partnership" : " partnerships"));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String name(Atlas atlas, TerritoryId id) {
    Optional<Territory> t = atlas.territories().get(id);
    return t.map(x -> x.displayName(List.of("en")) + " (" + x.country().code() + ")")
        .orElse(id.value());
  }

  private static void writeJson(Atlas atlas, List<Partnership> found, PrintWriter out) {
    try (JsonGenerator g = JsonOutput.to(out)) {
      g.writeStartArray();
      for (Partnership p : found) {
        g.writeStartObject();
        g.writeStringProperty("id", p.id().value());
        g.writeStringProperty("kind", p.kind().name());
        Optional<PartnershipStatus> status = PartnershipStatistics.latestStatus(p);
        if (status.isPresent()) {
          g.writeStringProperty("status", status.get().name());
        } else {
          g.writeNullProperty("status");
        }
        g.writeStringProperty("life", p.life().toString());
        g.writeName("territories");
        g.writeStartArray();
        for (TerritoryId id : p.territories()) {
          g.writeStartObject();
          g.writeStringProperty("id", id.value());
          Optional<Territory> t = atlas.territories().get(id);
          if (t.isPresent()) {
            g.writeStringProperty("name", t.get().displayName(List.of("en")));
            g.writeStringProperty("country", t.get().country().code());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.println();
  }
}
