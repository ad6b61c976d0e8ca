package org.partneratlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code partner-atlas} command: validates, imports, exports, reports on, counts and queries
 * Partner Atlas files. Run {@code java -jar partner-atlas.jar --help} for the commands and {@code
 * java -jar partner-atlas.jar COMMAND --help} for each one's options.
 *
 * <p>Exit codes: 0 done (for {@code validate}: every file valid), 1 invalid data or a missing file,
 * territory or theme, 2 a usage error, 3 an internal error.
 */
@Command(
    name = "partner-atlas",
    scope = ScopeType.INHERIT,
    modelTransformer = PartnerAtlasCommand.CaseInsensitive.class,
    mixinStandardHelpOptions = true,
    versionProvider = PartnerAtlasCommand.Version.class,
    description = "Validate, import, export, report on, count and query Partner Atlas files.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      StatsCommand.class,
      QueryCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Done (validate: every file is valid).",
      "1:Invalid data, or a missing file: a file that is not a valid atlas or table, or cannot be"
          + " read or written; a territory or theme that is not in the atlas.",
      "2:Usage error: an unknown command or option, a missing argument, a malformed value.",
      "3:Internal error: a bug, to report with the stack trace printed."
    })
public final class PartnerAtlasCommand implements Runnable {

  @Spec private @org.jspecify.annotations.Nullable CommandSpec spec;

  /** Returns the command; {@link #main} runs it. */
  public PartnerAtlasCommand() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PartnerAtlasCommand()).execute(args));
  }

  @Override
  public void run() {
    // No command: show what there is.
    CommandSpec s = java.util.Objects.requireNonNull(spec, "spec");
    throw new CommandLine.ParameterException(s.commandLine(), "Missing a command");
  }

  /**
   * Lets every command read enum values in any case ({@code twinning} for {@code TWINNING}), so
   * that the help shows them as words.
   */
  static final class CaseInsensitive implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec commandSpec) {
      commandSpec.parser().caseInsensitiveEnumValuesAllowed(true);
      for (CommandLine sub : commandSpec.subcommands().values()) {
        CommandSpec unused = transform(sub.getCommandSpec());
      }
      return commandSpec;
    }
  }

  /** The version of the project, from the POM. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "partner-atlas " + properties.getProperty("version", "(version unknown)"),
        "Java ${java.version}, ${java.vendor}"
      };
    }
  }
}
