package org.partneratlas.action;

/** What kind of thing an {@link Action} is. */
public enum ActionKind {
  /** A conference ("Croissance bleue et coopérations outre-Atlantiques", Brest, 2015). */
  CONFERENCE,
  /** A symposium or seminar (Symposium on Bioeconomy in Patagonia, 2016). */
  SYMPOSIUM,
  /** A visit, such as of a company (Sabella during Sea Tech Week). */
  VISIT,
  /** A delegation or official trip. */
  DELEGATION,
  /** A collective or technical mission. */
  MISSION,
  /** A steering committee of the partnership. */
  STEERING_COMMITTEE,
  /** A meeting other than a steering committee. */
  MEETING,
  /** A stand at a fair or exhibition (the "Tierra del Fuego" stand at Sea Tech Week 2020). */
  FAIR_STAND,
  /** A training course or exchange of staff or students. */
  TRAINING,
  /** A study or expertise. */
  STUDY,
  /** A cultural, sports or festive event. */
  CULTURAL_EVENT,
  /** A ship's call (the Cuauhtémoc at Brest's maritime festivals). */
  SHIP_CALL,
  /** A presentation (of Brest to the State of Veracruz). */
  PRESENTATION,
  /** A project carried out together. */
  PROJECT,
  /** Anything else. */
  OTHER
}
