package org.partneratlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerAtlasCommandTest {

  private static final List<String> COMMANDS =
      List.of("validate", "import", "export", "report", "stats", "query", "generate-completion");

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Cli.Run run = Cli.run("--help");
    assertEquals(0, run.exitCode(), run::toString);
    for (String command : COMMANDS) {
      assertTrue(run.out().contains("  " + command + " "), command + "\n" + run.out());
    }
    assertTrue(run.out().contains("Exit codes:\n  0   Done"), run::toString);
  }

  @Test
  void everyCommandHasHelpWithTheExitCodes() {
    for (String command : COMMANDS) {
      Cli.Run run = Cli.run(command, "--help");
      assertEquals(0, run.exitCode(), command + "\n" + run);
      assertTrue(run.out().startsWith("Usage: partner-atlas " + command), run::toString);
      assertTrue(run.out().contains("Exit codes:"), command + "\n" + run.out());
    }
    Cli.Run pairs = Cli.run("import", "pairs", "--help");
    assertTrue(pairs.out().contains("--kind=KIND"), pairs::toString);
    assertTrue(pairs.out().contains("twinning, friendship"), pairs::toString);
  }

  @Test
  void theVersionIsThePomsVersion() {
    Cli.Run run = Cli.run("--version");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(
        run.out().matches("(?s)partner-atlas [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\n.*"),
        run::toString);
    assertEquals(run.out(), Cli.run("stats", "--version").out(), "the same in every command");
  }

  @Test
  void noCommandAndAnUnknownCommandAreUsageErrors() {
    Cli.Run none = Cli.run();
    assertEquals(2, none.exitCode(), none::toString);
    assertTrue(none.err().contains("Missing a command"), none::toString);
    Cli.Run unknown = Cli.run("frobnicate");
    assertEquals(2, unknown.exitCode(), unknown::toString);
  }

  @Test
  void bashCompletionCoversTheCommandsAndTheirValues() {
    Cli.Run run = Cli.run("generate-completion");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("complete -F _complete_partner-atlas"), run::toString);
    assertTrue(run.out().contains("validate"), run::toString);
    assertTrue(run.out().contains("decentralised_cooperation"), "kinds are offered\n");
    assertFalse(run.out().contains("DECENTRALISED_COOPERATION"));
  }
}
