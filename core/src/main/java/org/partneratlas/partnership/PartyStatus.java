package org.partneratlas.partnership;

/** Where a {@link Party} stands in a partnership. */
public enum PartyStatus {
  /**
   * The party is expected to join; it has not yet (Xalapa in Brest's cooperation with Veracruz).
   */
  PLANNED,
  /** The party takes part, from the start of its period. */
  ACTIVE,
  /** The party has left the partnership, at the end of its period (Chubut after 2016). */
  FORMER
}
