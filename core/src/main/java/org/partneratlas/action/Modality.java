package org.partneratlas.action;

/** How an {@link Action} takes place. */
public enum Modality {
  /** With people in the same place. */
  IN_PERSON,
  /** At a distance, by digital means (an online conference, a remote steering committee). */
  REMOTE,
  /** Partly in person and partly at a distance. */
  HYBRID
}
