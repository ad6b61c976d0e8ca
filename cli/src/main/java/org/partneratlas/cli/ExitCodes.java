package org.partneratlas.cli;

/** The exit codes of every command, as the help's footer lists them. */
final class ExitCodes {

  /** Done; for {@code validate}, every file is valid. */
  static final int OK = 0;

  /**
   * The data is not valid or lacks what was asked: a file that is not a valid atlas or table, a
   * file that does not exist or cannot be read or written, a territory or theme that is not in the
   * atlas.
   */
  static final int INVALID = 1;

  /** The command line is wrong: an unknown option, a missing argument, a malformed value. */
  static final int USAGE = 2;

  /** An unexpected error, with its stack trace: a bug to report. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
