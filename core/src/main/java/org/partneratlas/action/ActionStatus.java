package org.partneratlas.action;

/** Where an {@link Action} stands. */
public enum ActionStatus {
  /** Foreseen, not yet held. */
  PLANNED,
  /** Held as foreseen. */
  HELD,
  /** Cancelled. */
  CANCELLED,
  /** Postponed to a later date. */
  POSTPONED,
  /** Held, but moved online from an in-person plan. */
  MOVED_ONLINE
}
