package org.partneratlas.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of {@code partner-atlas}: runs its body and turns what goes wrong into a message and an
 * exit code (see {@link ExitCodes}), so that a person sees "no such file: x.json" rather than a
 * stack trace.
 */
abstract class AtlasCommand implements Callable<Integer> {

  @Spec private @Nullable CommandSpec spec;

  /** Does the work; returns the exit code. */
  abstract int execute() throws IOException;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (picocli.CommandLine.ParameterException e) {
      throw e; // a usage error: picocli prints it with the usage, exit code 2
    } catch (CliException e) {
      return fail(e.exitCode(), e.getMessage());
    } catch (NoSuchFileException e) {
      return fail(ExitCodes.INVALID, "no such file: " + e.getMessage());
    } catch (AccessDeniedException e) {
      return fail(ExitCodes.INVALID, "permission denied: " + e.getMessage());
    } catch (IOException e) {
      return fail(ExitCodes.INVALID, String.valueOf(e.getMessage()));
    } catch (UncheckedIOException e) {
      @Nullable IOException cause = e.getCause();
      String why =
          cause == null
              ? "input or output error"
              : cause instanceof NoSuchFileException
                  ? "no such file: " + cause.getMessage()
                  : cause instanceof AccessDeniedException
                      ? "permission denied: " + cause.getMessage()
                      : String.valueOf(cause.getMessage());
      return fail(ExitCodes.INVALID, e.getMessage() + " (" + why + ")");
    } catch (RuntimeException e) {
      PrintWriter err = err();
      err.println("partner-atlas: internal error, please report it with what follows");
      e.printStackTrace(err);
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  private int fail(int code, @Nullable String message) {
    PrintWriter err = err();
    err.println("partner-atlas: " + message);
    err.flush();
    return code;
  }

  final CommandSpec spec() {
    return requireNonNull(spec, "spec");
  }

  /** Where results go: standard output, or what a test set. */
  final PrintWriter out() {
    return spec().commandLine().getOut();
  }

  /** Where messages and progress go: standard error, or what a test set. */
  final PrintWriter err() {
    return spec().commandLine().getErr();
  }
}
