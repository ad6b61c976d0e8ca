package org.partneratlas.territory;

/**
 * The level of government of a {@link Territory}, from the widest to the narrowest, and {@link
 * #UNKNOWN} when the source does not say.
 */
public enum TerritoryLevel {
  /**
   * A grouping of territories of several countries, such as a cross-border grouping or a network;
   * the only level whose subdivisions may lie in other countries.
   */
  INTERNATIONAL,
  /** A sovereign state, such as France. */
  COUNTRY,
  /** A first-level subdivision: a state, province or French région (Veracruz, Brittany). */
  REGION,
  /** A second-level subdivision: a department or county (Finistère). */
  DEPARTMENT,
  /** A metropolis or intercommunal body (Brest Métropole). */
  METROPOLIS,
  /** A municipality: a city, town or commune (Brest, Xalapa). */
  MUNICIPALITY,
  /** A district or borough within a municipality. */
  DISTRICT,
  /**
   * Not known: the source does not say (an imported table of "cities" that also lists metropolises
   * and municipalities). Not a rank between the others.
   */
  UNKNOWN;

  /**
   * Returns whether a territory of this level may have subdivisions in another country than its
   * own: only {@link #INTERNATIONAL} does.
   *
   * @return whether children may lie in other countries
   */
  public boolean allowsForeignSubdivisions() {
    return this == INTERNATIONAL;
  }
}
