package org.partneratlas.io.wikidata;

/** The rank of a Wikidata statement. */
public enum Rank {
  /** Preferred: the best value when a property has several. */
  PREFERRED,
  /** Normal: the usual rank. */
  NORMAL,
  /** Deprecated: known to be wrong or no longer valid; not a current fact. */
  DEPRECATED
}
