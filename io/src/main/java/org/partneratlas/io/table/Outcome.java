package org.partneratlas.io.table;

/** What became of one row of an imported table. */
public enum Outcome {
  /** The row made a new territory or partnership. */
  IMPORTED,
  /**
   * The row is the same territory or partnership as one already imported (a spelling variant, the
   * same pair listed from the other side) and was merged into it.
   */
  MERGED,
  /** The row was not imported, for the {@linkplain Reason reason} the report gives. */
  REJECTED
}
