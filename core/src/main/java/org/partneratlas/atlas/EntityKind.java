package org.partneratlas.atlas;

import java.util.Locale;

/** The kinds of entity an {@link Atlas} holds, as named in {@link Problem problems}. */
public enum EntityKind {
  /** A {@link org.partneratlas.territory.Territory}. */
  TERRITORY("territories"),
  /** A {@link org.partneratlas.partnership.Partnership}. */
  PARTNERSHIP("partnerships"),
  /** A {@link org.partneratlas.theme.Theme}. */
  THEME("themes"),
  /** An {@link org.partneratlas.actor.Actor}. */
  ACTOR("actors"),
  /** A {@link org.partneratlas.crisis.Crisis}. */
  CRISIS("crises"),
  /** A {@link org.partneratlas.crisis.CrisisImpact}. */
  CRISIS_IMPACT("crisisImpacts"),
  /**
   * An {@link org.partneratlas.action.Action}, held by its partnership: problems with actions are
   * reported on the partnership ({@code partnerships[2].actions[0]}).
   */
  ACTION("actions");

  private final String collection;

  EntityKind(String collection) {
    this.collection = collection;
  }

  /**
   * Returns the name of the collection of such entities in an Atlas ({@code territories}, {@code
   * crisisImpacts}, ...), as used in the JSON format.
   *
   * @return the collection name
   */
  public String collection() {
    return collection;
  }

  /**
   * Returns the singular noun used in messages: {@code territory}, {@code crisis impact}.
   *
   * @return the noun, in lower case
   */
  public String noun() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
