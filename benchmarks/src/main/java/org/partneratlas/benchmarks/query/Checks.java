package org.partneratlas.benchmarks.query;

import java.util.List;

/** Checks, before measuring, that a library answer and its baseline agree. */
final class Checks {

  private Checks() {}

  static void same(String what, List<?> baseline, List<?> library) {
    if (!baseline.equals(library)) {
      throw new IllegalStateException(
          "The library and the baseline disagree on "
              + what
              + ": "
              + library.size()
              + " vs "
              + baseline.size()
              + " results");
    }
  }
}
