package org.partneratlas.io.table;

/** Why a row of an imported table was rejected. */
public enum Reason {
  /** The row has a different number of fields than the header. */
  WRONG_FIELD_COUNT,
  /** The row has no field with any text. */
  EMPTY_ROW,
  /** A required field (a name, a country, an identifier) is empty. */
  MISSING_VALUE,
  /**
   * A name is longer than {@link org.partneratlas.common.LocalizedText#MAX_NAME_LENGTH} characters,
   * as when a missing quote runs a field on.
   */
  TOO_LONG,
  /** The country is neither an accepted code nor a known name (with a "did you mean"). */
  UNKNOWN_COUNTRY,
  /** The country code and the country name of the row name different countries. */
  COUNTRY_CONTRADICTION,
  /** A latitude or longitude is not a number, out of range, or given without the other. */
  BAD_COORDINATES,
  /** The start year is not a year from 1 to 9999. */
  BAD_YEAR,
  /** The kind of partnership is not one Partner Atlas knows. */
  UNKNOWN_KIND,
  /** The node identifier was already used by an earlier row. */
  DUPLICATE_ID,
  /**
   * A link names a node identifier that no row of the nodes table has (or a Wikidata twin that is
   * not among the entities read).
   */
  UNKNOWN_NODE,
  /** A link names a node that was itself rejected. */
  REJECTED_NODE,
  /** Both sides are the same territory (also after spelling variants were merged). */
  SELF_PAIR,
  /** The statement is deprecated on Wikidata: not a current fact. */
  DEPRECATED,
  /**
   * The pair was already imported from another row that says something else about it (another kind,
   * another start year).
   */
  CONTRADICTION
}
