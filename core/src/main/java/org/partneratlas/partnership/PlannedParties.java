package org.partneratlas.partnership;

/**
 * Whether a question about who takes part counts the parties of status {@link PartyStatus#PLANNED}
 * (Xalapa, expected to join Brest's cooperation with Veracruz). A planned party takes part at no
 * time, so by default it is {@link #EXCLUDED}; {@link #INCLUDED} counts it over its (planned)
 * period as if it were not planned.
 */
public enum PlannedParties {
  /** Planned parties take part at no time: the default everywhere. */
  EXCLUDED,
  /** Planned parties count over their planned period, as if they were not planned. */
  INCLUDED
}
