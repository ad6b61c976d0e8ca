package org.partneratlas.atlas;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value computed on first use, at most once, and then shared between threads. */
final class Lazy<T> {

  private final Supplier<T> factory;
  private volatile @Nullable T value;

  Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = factory.get();
          value = result;
        }
      }
    }
    return result;
  }
}
