package org.partneratlas.cli;

/**
 * A reason the command cannot do what was asked, for the person who typed it: a file that cannot be
 * read, an atlas that is not valid, an id the atlas lacks. The message is printed as it is, without
 * a stack trace, and the command exits with the exit code.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad data or a missing file or entity: exit code {@value ExitCodes#INVALID}. */
  static CliException invalid(String message) {
    return new CliException(ExitCodes.INVALID, message);
  }

  int exitCode() {
    return exitCode;
  }
}
