package org.partneratlas.cli;

import java.nio.file.Path;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.territory.Territory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report ATLAS --territory ID}: the international action of one territory. */
@Command(
    name = "report",
    description = {
      "Print the report of one territory's international action: its partners by kind, the"
          + " themes of its partnerships and their history, a timeline, what crises did to its"
          + " partnerships, and what is planned.",
      "The report's words are in the chosen language; the data's texts too where the data has"
          + " them, else in English, French or Spanish, else in the language the data has; a"
          + " place's name is in the chosen language, else in the place's own language."
    })
final class ReportCommand extends AtlasCommand {

  @Parameters(paramLabel = "ATLAS", description = "The atlas (Partner Atlas JSON).")
  private Path atlasFile = Path.of("");

  @Option(
      names = "--territory",
      required = true,
      paramLabel = "ID",
      description = "The territory: its id (fr-brest-metropole), or a name it alone has.")
  private String territory = "";

  @Option(
      names = "--include-subdivisions",
      description =
          "Also the partnerships of its subdivisions, at any depth (a metropolis and"
              + " its cities).")
  private boolean includeSubdivisions;

  @Option(
      names = "--lang",
      completionCandidates = Candidates.Languages.class,
      paramLabel = "LANG",
      description = "The language of the report: ${COMPLETION-CANDIDATES} (default: en).")
  private Words.Language language = Words.Language.EN;

  @Override
  int execute() {
    Atlas atlas = AtlasFiles.read(atlasFile);
    Territory home = Lookup.territory(atlas, territory);
    TerritoryReport.print(atlas, home, includeSubdivisions, new Words(language), out());
    return ExitCodes.OK;
  }
}
