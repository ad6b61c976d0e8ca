package org.partneratlas.actor;

/** What kind of participant an {@link Actor} is. */
public enum ActorKind {
  /** A company (Sabella, a tidal-turbine maker). */
  COMPANY,
  /** A cluster or competitiveness pole (Pôle Mer Bretagne Atlantique). */
  CLUSTER,
  /** A technopole (Technopôle Brest-Iroise). */
  TECHNOPOLE,
  /** A university or school. */
  UNIVERSITY,
  /** A research body or laboratory. */
  RESEARCH_BODY,
  /** A recurring event (Sea Tech Week, Safer Seas). */
  EVENT_SERIES,
  /** A ship (the Mexican Navy's Cuauhtémoc). */
  VESSEL,
  /** An association or NGO. */
  ASSOCIATION,
  /** A government agency or ministry. */
  GOVERNMENT_AGENCY,
  /** A network of local governments or organisations. */
  NETWORK,
  /** Any other participant. */
  OTHER
}
