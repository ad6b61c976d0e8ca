package org.partneratlas.benchmarks.query;

import java.util.ArrayList;
import java.util.List;
import org.partneratlas.partnership.Partnership;

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

  /** The ids of partnerships, in order, to compare with a database's answer. */
  static List<String> ids(List<Partnership> partnerships) {
    List<String> ids = new ArrayList<>(partnerships.size());
    for (Partnership p : partnerships) {
      ids.add(p.id().value());
    }
    return ids;
  }
}
