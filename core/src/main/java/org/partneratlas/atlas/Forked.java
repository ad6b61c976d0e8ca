package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A part of {@link Atlas.Builder#build()} handed to the executor of {@link
 * Atlas.Builder#parallelOn}, or done at once on the calling thread when there is none; {@link
 * #join()} gives its result, with the happens-before edge of {@link CompletableFuture#join()}, or
 * throws what the part threw.
 *
 * @param <T> the result
 */
final class Forked<T> {

  private final CompletableFuture<T> future;

  private Forked(CompletableFuture<T> future) {
    this.future = future;
  }

  /** Starts a part: on the executor if there is one, else now, on this thread. */
  static <T> Forked<T> start(@Nullable Executor executor, Supplier<T> part) {
    requireNonNull(part, "part");
    if (executor == null) {
      return new Forked<>(CompletableFuture.completedFuture(part.get()));
    }
    return new Forked<>(CompletableFuture.supplyAsync(part, executor));
  }

  /**
   * Waits for the part and returns its result; rethrows the part's unchecked exception or error as
   * it was thrown.
   */
  T join() {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }
}
