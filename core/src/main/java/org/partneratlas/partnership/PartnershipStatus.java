package org.partneratlas.partnership;

/** The state of a partnership as a whole, recorded in its {@link StatusChange status history}. */
public enum PartnershipStatus {
  /** Being prepared; not yet in force. */
  PLANNED,
  /** In force and alive. */
  ACTIVE,
  /** In force on paper but without activity (fr. en sommeil). */
  DORMANT,
  /** Suspended, for instance by a crisis or a political decision. */
  SUSPENDED,
  /** Ended. */
  ENDED
}
