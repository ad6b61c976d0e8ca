package org.partneratlas.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.OptionalLong;
import org.partneratlas.io.ImportProgress;

/**
 * Shows how far an import has gone, on standard error: a bar redrawn in place on a terminal, plain
 * lines otherwise (a log, a pipe), or nothing. Only long inputs show progress: the importers call
 * every {@value ImportProgress#INTERVAL} rows and at the end, and a first call that is already the
 * end of the file (a short table) shows nothing.
 */
final class ProgressDisplay implements ImportProgress {

  /** How progress is shown. */
  enum Mode {
    /** A bar on a terminal (standard input and output not redirected), else lines. */
    AUTO,
    /** A bar redrawn in place with carriage returns. */
    BAR,
    /** A line every tenth of the input (or every {@value #LINE_ROWS} rows of a stream). */
    LINES,
    /** Nothing. */
    NONE
  }

  static final int BAR_WIDTH = 30;
  static final long LINE_ROWS = 100_000;

  private final PrintWriter err;
  private final Mode mode;
  private boolean shown;
  private boolean barOpen;
  private long lastTenth = -1;
  private long lastRows;

  ProgressDisplay(PrintWriter err, Mode mode) {
    this.err = err;
    this.mode = mode == Mode.AUTO ? (onTerminal() ? Mode.BAR : Mode.LINES) : mode;
  }

  /**
   * Whether standard input and output are a terminal: {@code System.console()} is not null and, on
   * a JDK that has it (22 and later, where a console may stand for a redirected output), {@code
   * Console.isTerminal()}.
   */
  @SuppressWarnings("SystemConsoleNull") // JDK 22 and later: isTerminal() is asked below
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17 to 21: a console is a terminal.
    }
  }

  @Override
  public void rowsRead(long rows, long bytesRead, OptionalLong totalBytes) {
    if (mode == Mode.NONE) {
      return;
    }
    boolean done = totalBytes.isPresent() && bytesRead >= totalBytes.getAsLong();
    if (!shown && done) {
      return; // a short input: done before the first report
    }
    shown = true;
    if (mode == Mode.BAR) {
      err.print('\r' + bar(rows, bytesRead, totalBytes));
      barOpen = true;
      if (done) {
        err.println();
        barOpen = false;
      }
      err.flush();
      return;
    }
    if (totalBytes.isPresent() && totalBytes.getAsLong() > 0) {
      long tenth = 10 * bytesRead / totalBytes.getAsLong();
      if (tenth == lastTenth) {
        return;
      }
      lastTenth = tenth;
    } else if (rows - lastRows < LINE_ROWS && lastRows > 0) {
      return;
    }
    lastRows = rows;
    err.println(line(rows, bytesRead, totalBytes));
    err.flush();
  }

  /** Ends a bar left open (an input whose size was not known). */
  void finish() {
    if (barOpen) {
      err.println();
      err.flush();
      barOpen = false;
    }
  }

  static String bar(long rows, long bytesRead, OptionalLong totalBytes) {
    if (totalBytes.isEmpty() || totalBytes.getAsLong() <= 0) {
      return String.format(Locale.ROOT, "%,d rows read (%s)", rows, size(bytesRead));
    }
    long total = totalBytes.getAsLong();
    int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * bytesRead / total);
    return String.format(
        Locale.ROOT,
        "[%s%s] %3d%% %,d rows",
        "#".repeat(filled),
        " ".repeat(BAR_WIDTH - filled),
        Math.min(100, 100 * bytesRead / total),
        rows);
  }

  static String line(long rows, long bytesRead, OptionalLong totalBytes) {
    if (totalBytes.isEmpty() || totalBytes.getAsLong() <= 0) {
      return String.format(Locale.ROOT, "progress: %,d rows read (%s)", rows, size(bytesRead));
    }
    return String.format(
        Locale.ROOT,
        "progress: %,d rows read, %d%% of %s",
        rows,
        Math.min(100, 100 * bytesRead / totalBytes.getAsLong()),
        size(totalBytes.getAsLong()));
  }

  private static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%,d kB", (bytes + 1023) / 1024);
    }
    return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
  }
}
