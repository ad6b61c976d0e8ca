package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.EnumSet;
import org.partneratlas.action.Action;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.time.DateRange;

/**
 * One dated fact of a partnership in a {@link Timeline}: an agreement, a party joining or leaving,
 * a status change, a theme appearing or ending, a crisis, an action or a perspective.
 *
 * <p>An event has a {@linkplain #type() type}, a {@linkplain #when() date} (a single partial date
 * or a period, as precise as the source) and the {@linkplain #partnership() partnership} it belongs
 * to. The fact itself is on the record of its kind, one of seven: {@link AgreementEvent}, {@link
 * StatusEvent}, {@link PartyEvent}, {@link ThemeEvent}, {@link CrisisEvent}, {@link ActionEvent}
 * and {@link PerspectiveEvent}. A kind of fact may give events of several types (a party joins, is
 * planned, leaves or is attested); each record checks that its type is one of its kind's. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * for (TimelineEvent event : timeline.events()) {
 *   if (event instanceof TimelineEvent.PartyEvent) {
 *     Party party = ((TimelineEvent.PartyEvent) event).party();
 *     ...
 *   } else if (event instanceof TimelineEvent.ActionEvent) {
 *     Action action = ((TimelineEvent.ActionEvent) event).action();
 *     ...
 *   }
 * }
 * }</pre>
 */
public sealed interface TimelineEvent
    permits TimelineEvent.AgreementEvent,
        TimelineEvent.StatusEvent,
        TimelineEvent.PartyEvent,
        TimelineEvent.ThemeEvent,
        TimelineEvent.CrisisEvent,
        TimelineEvent.ActionEvent,
        TimelineEvent.PerspectiveEvent {

  /**
   * The chronological order of events: by the {@linkplain DateRange#startEpochDay() earliest day}
   * of their date (an open start first), then by its {@linkplain DateRange#endEpochDay() latest
   * day} (an open end last), then by {@link Type} in declaration order. An imprecise date counts
   * from the first day it may denote: {@code 2020} (from 1 January) comes before {@code 2020-23}
   * (autumn 2020, from 1 September), which comes before {@code 2020-10}, which comes before {@code
   * 2020-10-12}; of dates that start on the same day, the more precise comes first ({@code
   * 2020-01-01} before {@code 2020-01} before {@code 2020}). Not consistent with equals: events of
   * the same days and type compare as equal, and a {@link Timeline} then keeps them in the order of
   * the atlas.
   */
  Comparator<TimelineEvent> CHRONOLOGICAL =
      Comparator.comparingLong((TimelineEvent e) -> e.when().startEpochDay())
          .thenComparingLong(e -> e.when().endEpochDay())
          .thenComparing(TimelineEvent::type);

  /**
   * What kind of fact an event is. The declaration order breaks ties between events of the same
   * dates: what begins a period comes before what happens in it, and what ends it comes last.
   */
  enum Type {
    /** An agreement, dated by its signature or else by its period. */
    AGREEMENT,
    /** A change in the status of the partnership, at its date. */
    STATUS_CHANGE,
    /** A party joining, at the start of its period. */
    PARTY_JOINED,
    /** A planned party, at the planned start of its period. */
    PARTY_PLANNED,
    /** A theme appearing, at the start of its period. */
    THEME_APPEARED,
    /**
     * A party, theme or status that a source shows at a date, with nothing known before or after
     * (coastal management, mentioned in a speech of 12 October 2017; "dormant" according to a
     * register of 2020): at the date of the attestation. It is not a start or an end.
     */
    ATTESTED,
    /** A crisis that affects the partnership, over the crisis period. */
    CRISIS,
    /** An action, at its date. */
    ACTION,
    /** A perspective, at the date it is planned for or was stated. */
    PERSPECTIVE,
    /** A theme ending, at the end of its period. */
    THEME_ENDED,
    /** A party leaving, at the end of its period. */
    PARTY_LEFT
  }

  /**
   * Returns the kind of fact.
   *
   * @return the type
   */
  Type type();

  /**
   * Returns when the fact took place: a single partial date (a status change in "2016", a party
   * joining in "2010") or a period (an action on "2020-10-12/2020-10-16", a crisis in "2020").
   *
   * @return the date
   */
  DateRange when();

  /**
   * Returns the partnership the fact belongs to.
   *
   * @return the partnership's id
   */
  PartnershipId partnership();

  /**
   * An {@link Type#AGREEMENT} event: an agreement, dated by its signature or else by its period.
   *
   * @param when the date
   * @param partnership the partnership's id
   * @param agreement the agreement
   */
  record AgreementEvent(DateRange when, PartnershipId partnership, Agreement agreement)
      implements TimelineEvent {
    /**
     * Checks that no component is null.
     *
     * @param when the when
     * @param partnership the partnership
     * @param agreement the agreement
     */
    public AgreementEvent {
      requireComponents(when, partnership, agreement, "agreement");
    }

    @Override
    public Type type() {
      return Type.AGREEMENT;
    }

    /** Returns the date, type, partnership and kind of the agreement, separated by spaces. */
    @Override
    public String toString() {
      return text(this, agreement.kind().toString());
    }
  }

  /**
   * A {@link Type#STATUS_CHANGE} event, or an {@link Type#ATTESTED} status.
   *
   * @param type {@code STATUS_CHANGE} or {@code ATTESTED}
   * @param when the date
   * @param partnership the partnership's id
   * @param statusChange the entry of the status history
   */
  record StatusEvent(
      Type type, DateRange when, PartnershipId partnership, StatusChange statusChange)
      implements TimelineEvent {
    /**
     * Checks that no component is null and that the type is one of a status.
     *
     * @param type the type
     * @param when the when
     * @param partnership the partnership
     * @param statusChange the statusChange
     * @throws IllegalArgumentException if the type is not one of a status
     */
    public StatusEvent {
      check(type, EnumSet.of(Type.STATUS_CHANGE, Type.ATTESTED));
      requireComponents(when, partnership, statusChange, "statusChange");
    }

    /** Returns the date, type, partnership and status, separated by spaces. */
    @Override
    public String toString() {
      return text(this, statusChange.status().toString());
    }
  }

  /**
   * A {@link Type#PARTY_JOINED}, {@link Type#PARTY_PLANNED} or {@link Type#PARTY_LEFT} event, or an
   * {@link Type#ATTESTED} party.
   *
   * @param type {@code PARTY_JOINED}, {@code PARTY_PLANNED}, {@code PARTY_LEFT} or {@code ATTESTED}
   * @param when the date
   * @param partnership the partnership's id
   * @param party the party
   */
  record PartyEvent(Type type, DateRange when, PartnershipId partnership, Party party)
      implements TimelineEvent {
    /**
     * Checks that no component is null and that the type is one of a party.
     *
     * @param type the type
     * @param when the when
     * @param partnership the partnership
     * @param party the party
     * @throws IllegalArgumentException if the type is not one of a party
     */
    public PartyEvent {
      check(
          type, EnumSet.of(Type.PARTY_JOINED, Type.PARTY_PLANNED, Type.PARTY_LEFT, Type.ATTESTED));
      requireComponents(when, partnership, party, "party");
    }

    /**
     * Returns the date, type, partnership and territory, such as {@code 2016 PARTY_JOINED
     * brest-tierra-del-fuego ar-tierra-del-fuego}.
     */
    @Override
    public String toString() {
      return text(this, party.territory().toString());
    }
  }

  /**
   * A {@link Type#THEME_APPEARED} or {@link Type#THEME_ENDED} event, or an {@link Type#ATTESTED}
   * theme.
   *
   * @param type {@code THEME_APPEARED}, {@code THEME_ENDED} or {@code ATTESTED}
   * @param when the date
   * @param partnership the partnership's id
   * @param theme the theme period
   */
  record ThemeEvent(Type type, DateRange when, PartnershipId partnership, ThemePeriod theme)
      implements TimelineEvent {
    /**
     * Checks that no component is null and that the type is one of a theme.
     *
     * @param type the type
     * @param when the when
     * @param partnership the partnership
     * @param theme the theme
     * @throws IllegalArgumentException if the type is not one of a theme
     */
    public ThemeEvent {
      check(type, EnumSet.of(Type.THEME_APPEARED, Type.THEME_ENDED, Type.ATTESTED));
      requireComponents(when, partnership, theme, "theme");
    }

    /** Returns the date, type, partnership and theme id, separated by spaces. */
    @Override
    public String toString() {
      return text(this, theme.theme().toString());
    }
  }

  /**
   * A {@link Type#CRISIS} event: a crisis that affects the partnership, over the crisis period.
   *
   * @param when the date
   * @param partnership the partnership's id
   * @param crisis the crisis
   */
  record CrisisEvent(DateRange when, PartnershipId partnership, Crisis crisis)
      implements TimelineEvent {
    /**
     * Checks that no component is null.
     *
     * @param when the when
     * @param partnership the partnership
     * @param crisis the crisis
     */
    public CrisisEvent {
      requireComponents(when, partnership, crisis, "crisis");
    }

    @Override
    public Type type() {
      return Type.CRISIS;
    }

    /** Returns the date, type, partnership and crisis id, separated by spaces. */
    @Override
    public String toString() {
      return text(this, crisis.id().toString());
    }
  }

  /**
   * An {@link Type#ACTION} event: an action, at its date.
   *
   * @param when the date
   * @param partnership the partnership's id
   * @param action the action
   */
  record ActionEvent(DateRange when, PartnershipId partnership, Action action)
      implements TimelineEvent {
    /**
     * Checks that no component is null.
     *
     * @param when the when
     * @param partnership the partnership
     * @param action the action
     */
    public ActionEvent {
      requireComponents(when, partnership, action, "action");
    }

    @Override
    public Type type() {
      return Type.ACTION;
    }

    /** Returns the date, type, partnership, action id and kind of action, separated by spaces. */
    @Override
    public String toString() {
      return text(this, action.id() + " " + action.kind());
    }
  }

  /**
   * A {@link Type#PERSPECTIVE} event: a perspective, at the date it is planned for or was stated.
   *
   * @param when the date
   * @param partnership the partnership's id
   * @param perspective the perspective
   */
  record PerspectiveEvent(DateRange when, PartnershipId partnership, Perspective perspective)
      implements TimelineEvent {
    /**
     * Checks that no component is null.
     *
     * @param when the when
     * @param partnership the partnership
     * @param perspective the perspective
     */
    public PerspectiveEvent {
      requireComponents(when, partnership, perspective, "perspective");
    }

    @Override
    public Type type() {
      return Type.PERSPECTIVE;
    }

    /** Returns the date, type and partnership, each followed by a space. */
    @Override
    public String toString() {
      return text(this, "");
    }
  }

  private static void check(Type type, EnumSet<Type> allowed) {
    requireNonNull(type, "type");
    if (!allowed.contains(type)) {
      throw new IllegalArgumentException(
          "An event of type " + type + " is not of this kind: give one of " + allowed);
    }
  }

  /**
   * Checks that the date, the partnership and the fact of an event (its component {@code name}) are
   * given.
   */
  private static void requireComponents(
      DateRange when, PartnershipId partnership, Object fact, String name) {
    requireNonNull(when, "when");
    requireNonNull(partnership, "partnership");
    requireNonNull(fact, name);
  }

  private static String text(TimelineEvent event, String subject) {
    return event.when() + " " + event.type() + " " + event.partnership() + " " + subject;
  }
}
