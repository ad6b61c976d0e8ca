package org.partneratlas.io.table;

import static java.util.Objects.requireNonNull;

import org.partneratlas.atlas.Atlas;

/**
 * What an import gives: the {@link Atlas} of the rows that were imported or merged, and the {@link
 * ImportReport} that accounts for every row. Immutable and thread-safe.
 *
 * @param atlas the imported atlas, validated
 * @param report what became of every row
 */
public record ImportResult(Atlas atlas, ImportReport report) {

  /**
   * Checks that both parts are given.
   *
   * @param atlas the imported atlas, validated
   * @param report what became of every row
   */
  public ImportResult {
    requireNonNull(atlas, "atlas");
    requireNonNull(report, "report");
  }
}
