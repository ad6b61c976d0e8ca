package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
 * or a period, as precise as the source), the {@linkplain #partnership() partnership} it belongs
 * to, and the fact itself: exactly one of {@link #agreement()}, {@link #party()}, {@link
 * #statusChange()}, {@link #theme()}, {@link #crisis()}, {@link #action()} and {@link
 * #perspective()} is present, as told by the type. Immutable and thread-safe.
 */
public final class TimelineEvent {

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
  public static final Comparator<TimelineEvent> CHRONOLOGICAL =
      Comparator.comparingLong((TimelineEvent e) -> e.when.startEpochDay())
          .thenComparingLong(e -> e.when.endEpochDay())
          .thenComparing(TimelineEvent::type);

  /**
   * What kind of fact an event is. The declaration order breaks ties between events of the same
   * dates: what begins a period comes before what happens in it, and what ends it comes last.
   */
  public enum Type {
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

  private final Type type;
  private final DateRange when;
  private final PartnershipId partnership;
  private final Object fact;

  private TimelineEvent(Type type, DateRange when, PartnershipId partnership, Object fact) {
    this.type = requireNonNull(type, "type");
    this.when = requireNonNull(when, "when");
    this.partnership = requireNonNull(partnership, "partnership");
    this.fact = requireNonNull(fact, "fact");
  }

  static TimelineEvent of(Type type, DateRange when, PartnershipId partnership, Object fact) {
    return new TimelineEvent(type, when, partnership, fact);
  }

  /**
   * Returns the kind of fact.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Returns when the fact took place: a single partial date (a status change in "2016", a party
   * joining in "2010") or a period (an action on "2020-10-12/2020-10-16", a crisis in "2020").
   *
   * @return the date
   */
  public DateRange when() {
    return when;
  }

  /**
   * Returns the partnership the fact belongs to.
   *
   * @return the partnership's id
   */
  public PartnershipId partnership() {
    return partnership;
  }

  private <T> Optional<T> fact(Class<T> type) {
    return type.isInstance(fact) ? Optional.of(type.cast(fact)) : Optional.empty();
  }

  /**
   * Returns the agreement, for an {@link Type#AGREEMENT} event.
   *
   * @return the agreement, or empty for another type
   */
  public Optional<Agreement> agreement() {
    return fact(Agreement.class);
  }

  /**
   * Returns the party, for a {@link Type#PARTY_JOINED}, {@link Type#PARTY_PLANNED} or {@link
   * Type#PARTY_LEFT} event, or an {@link Type#ATTESTED} party.
   *
   * @return the party, or empty for another type
   */
  public Optional<Party> party() {
    return fact(Party.class);
  }

  /**
   * Returns the status change, for a {@link Type#STATUS_CHANGE} event or an {@link Type#ATTESTED}
   * status.
   *
   * @return the change, or empty for another type
   */
  public Optional<StatusChange> statusChange() {
    return fact(StatusChange.class);
  }

  /**
   * Returns the theme period, for a {@link Type#THEME_APPEARED} or {@link Type#THEME_ENDED} event,
   * or an {@link Type#ATTESTED} theme.
   *
   * @return the theme period, or empty for another type
   */
  public Optional<ThemePeriod> theme() {
    return fact(ThemePeriod.class);
  }

  /**
   * Returns the crisis, for a {@link Type#CRISIS} event.
   *
   * @return the crisis, or empty for another type
   */
  public Optional<Crisis> crisis() {
    return fact(Crisis.class);
  }

  /**
   * Returns the action, for an {@link Type#ACTION} event.
   *
   * @return the action, or empty for another type
   */
  public Optional<Action> action() {
    return fact(Action.class);
  }

  /**
   * Returns the perspective, for a {@link Type#PERSPECTIVE} event.
   *
   * @return the perspective, or empty for another type
   */
  public Optional<Perspective> perspective() {
    return fact(Perspective.class);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof TimelineEvent)) {
      return false;
    }
    TimelineEvent other = (TimelineEvent) obj;
    return type == other.type
        && when.equals(other.when)
        && partnership.equals(other.partnership)
        && fact.equals(other.fact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, when, partnership, fact);
  }

  /**
   * Returns the date, type, partnership and a short form of the fact, such as {@code 2016
   * PARTY_JOINED brest-tierra-del-fuego ar-tierra-del-fuego}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return when + " " + type + " " + partnership + " " + subject();
  }

  private String subject() {
    if (fact instanceof Party) {
      return ((Party) fact).territory().toString();
    } else if (fact instanceof StatusChange) {
      return ((StatusChange) fact).status().toString();
    } else if (fact instanceof ThemePeriod) {
      return ((ThemePeriod) fact).theme().toString();
    } else if (fact instanceof Crisis) {
      return ((Crisis) fact).id().toString();
    } else if (fact instanceof Action) {
      return ((Action) fact).id() + " " + ((Action) fact).kind();
    } else if (fact instanceof Agreement) {
      return ((Agreement) fact).kind().toString();
    }
    return "";
  }
}
