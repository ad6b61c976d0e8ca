package org.partneratlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.theme.ThemeId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stats ATLAS}: counts of partnerships by kind, status, decade, country, region, theme. */
@Command(
    name = "stats",
    description = {
      "Count the partnerships of an atlas (or of one territory's portfolio) by kind, latest"
          + " recorded status, decade of start, country, UN M49 region and theme.",
      "A partnership counts once under each of its countries, regions and themes, so those"
          + " counts add up to more than the total when partnerships span several."
    })
final class StatsCommand extends AtlasCommand {

  @Parameters(paramLabel = "ATLAS", description = "The atlas (Partner Atlas JSON).")
  private Path atlasFile = Path.of("");

  @Option(
      names = "--territory",
      paramLabel = "ID",
      description = "Count only the partnerships of this territory (an id, or a name).")
  private @Nullable String territory;

  @Option(
      names = "--include-subdivisions",
      description = "With --territory: also the partnerships of its subdivisions.")
  private boolean includeSubdivisions;

  @Override
  int execute() {
    Atlas atlas = AtlasFiles.read(atlasFile);
    List<Partnership> partnerships = atlas.partnerships().list();
    String of = "";
    if (territory != null) {
      Territory t = Lookup.territory(atlas, territory);
      partnerships =
          includeSubdivisions
              ? atlas.query().involvingWithin(t.id()).list()
              : atlas.query().involving(t.id()).list();
      of =
          " of "
              + t.displayName(List.of("en"))
              + " ("
              + t.id()
              + (includeSubdivisions ? ", with its subdivisions" : "")
              + ")";
    } else if (includeSubdivisions) {
      throw new picocli.CommandLine.ParameterException(
          spec().commandLine(), "--include-subdivisions needs --territory");
    }
    PartnershipStatistics stats = PartnershipStatistics.of(atlas, partnerships);
    PrintWriter out = out();
    out.println("Partnerships" + of + ": " + stats.total());

    TextTable kinds = counts();
    for (Map.Entry<PartnershipKind, Integer> e : stats.byKind().entrySet()) {
      kinds.add(words(e.getKey()), count(e.getValue()));
    }
    section(out, "By kind", kinds);

    TextTable statuses = counts();
    for (Map.Entry<PartnershipStatus, Integer> e : stats.byStatus().entrySet()) {
      statuses.add(words(e.getKey()), count(e.getValue()));
    }
    statuses.add("no status recorded", count(stats.withUnknownStatus()));
    section(out, "By latest recorded status", statuses);

    TextTable decades = counts();
    stats.byDecadeOfStart().forEach((decade, n) -> decades.add(decade + "s", count(n)));
    decades.add("start not known", count(stats.withUnknownStart()));
    section(out, "By decade of start", decades);

    TextTable countries = new TextTable("", "", "").right(2);
    for (Map.Entry<CountryCode, Integer> e : stats.byCountry().entrySet()) {
      countries.add(e.getKey().code(), e.getKey().displayName(Locale.ENGLISH), count(e.getValue()));
    }
    section(out, "By country (of any party)", countries);

    TextTable regions = new TextTable("", "", "").right(2);
    for (Map.Entry<M49Region, Integer> e : stats.byContinent().entrySet()) {
      regions.add(e.getKey().code(), e.getKey().name(), count(e.getValue()));
    }
    regions.add("in no region", "", count(stats.withoutContinent()));
    section(out, "By UN M49 region (continent)", regions);

    TextTable themes = new TextTable("", "", "").right(2);
    for (Map.Entry<ThemeId, Integer> e : stats.byTheme().entrySet()) {
      String label =
          atlas.themes().get(e.getKey()).map(t -> t.label(List.of("en", "fr", "es"))).orElse("");
      themes.add(e.getKey().value(), label, count(e.getValue()));
    }
    themes.add("without theme", "", count(stats.withoutTheme()));
    section(out, "By theme (without their broader themes)", themes);
    out.flush();
    return ExitCodes.OK;
  }

  private static TextTable counts() {
    return new TextTable("", "").right(1);
  }

  private static void section(PrintWriter out, String title, TextTable table) {
    out.println();
    out.println(title + ":");
    table.print(out, "  ", false);
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
