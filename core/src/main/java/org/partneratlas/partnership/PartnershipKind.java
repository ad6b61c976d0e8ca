package org.partneratlas.partnership;

/** The kind of relationship a {@link Partnership} is. */
public enum PartnershipKind {
  /** A twinning (fr. jumelage): a lasting bond between two towns and their peoples. */
  TWINNING,
  /** A friendship pact (fr. ville amie, pacte d'amitié), lighter than a twinning. */
  FRIENDSHIP,
  /** Decentralised cooperation (fr. coopération décentralisée) on agreed themes and projects. */
  DECENTRALISED_COOPERATION,
  /** A memorandum of understanding or letter of intent, before or instead of a cooperation. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A partnership around one project, often funded for a fixed term. */
  PROJECT_PARTNERSHIP
}
