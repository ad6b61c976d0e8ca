package org.partneratlas.partnership;

/** The role of a {@link Party} in a partnership. */
public enum PartyRole {
  /** A full partner of the relationship. */
  PARTNER,
  /** The party that leads or coordinates the partnership. */
  LEAD,
  /** A party associated with the partnership without being a full partner. */
  ASSOCIATE,
  /** A party that follows the partnership without taking part. */
  OBSERVER
}
