package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.PartnershipQuery;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.DateRange;

/**
 * The chronology of one or more partnerships: every dated fact as a {@link TimelineEvent}, in
 * chronological order.
 *
 * <h2>What is in a timeline</h2>
 *
 * <ul>
 *   <li>{@link TimelineEvent.Type#AGREEMENT}: each agreement, at its signature, or else over its
 *       period;
 *   <li>{@link TimelineEvent.Type#STATUS_CHANGE}: each dated entry of the status history, at its
 *       date;
 *   <li>{@link TimelineEvent.Type#PARTY_JOINED} and {@link TimelineEvent.Type#PARTY_LEFT}: the
 *       start and end of each non-planned party's period, when known — an unknown end ({@code
 *       2010/}) is no departure, and an unknown start no arrival; {@link
 *       TimelineEvent.Type#PARTY_PLANNED}: the start of a planned party's period, when known;
 *   <li>{@link TimelineEvent.Type#THEME_APPEARED} and {@link TimelineEvent.Type#THEME_ENDED}: the
 *       start and end of each theme period, when known;
 *   <li>{@link TimelineEvent.Type#ATTESTED}: each non-planned party, theme and undated status
 *       change that a source shows at a date, at that date ("attested 2017"), neither a start nor
 *       an end;
 *   <li>{@link TimelineEvent.Type#CRISIS}: each crisis that is known to {@linkplain
 *       PartnershipQuery#affectedBy affect} the partnership, over the crisis period (as the sources
 *       give it: {@code 2020/} for a crisis of unknown end);
 *   <li>{@link TimelineEvent.Type#ACTION}: each dated action;
 *   <li>{@link TimelineEvent.Type#PERSPECTIVE}: each dated perspective.
 * </ul>
 *
 * <p>Facts without a date (an undated action, a party or theme over the whole life of the
 * partnership, an agreement with neither signature nor period, a status change that no source dates
 * or attests) have no place in a chronology and are not events; they remain on the partnership. No
 * date is made up: an unknown bound gives no event.
 *
 * <h2>Order</h2>
 *
 * <p>Events are sorted by {@link TimelineEvent#CHRONOLOGICAL}: by the earliest day their date may
 * denote (an open start first), then by its latest day (an open end last), then by type. Events
 * that still tie keep the order of the atlas: partnerships in the order of {@link
 * Atlas#partnerships()}, and within a partnership agreements, status changes, parties, themes,
 * crises, actions and perspectives, each in the order of the partnership.
 *
 * <p>A timeline is immutable and thread-safe. Building one costs O(e log e) for e events, plus that
 * of finding the partnerships.
 *
 * <pre>{@code
 * Timeline veracruz = Timeline.ofPartnership(atlas, VERACRUZ_COOPERATION);
 * Timeline brest = Timeline.ofTerritoryAndSubdivisions(atlas, BREST_METROPOLE);
 * brest.during(2020).forEach(System.out::println);
 * }</pre>
 */
public final class Timeline {

  private final ImmutableList<TimelineEvent> events;

  private Timeline(ImmutableList<TimelineEvent> events) {
    this.events = events;
  }

  /**
   * Returns the timeline of a partnership.
   *
   * @param atlas the atlas
   * @param partnership the partnership's id
   * @return its timeline
   * @throws IllegalArgumentException naming the id, if the partnership is not in the atlas
   */
  public static Timeline ofPartnership(Atlas atlas, PartnershipId partnership) {
    return of(atlas, List.of(atlas.partnerships().require(partnership)));
  }

  /**
   * Returns the timeline of the partnerships in which a territory is a party. Equivalent to {@code
   * of(atlas, atlas.partnershipsOf(territory))}.
   *
   * @param atlas the atlas
   * @param territory the territory's id
   * @return the timeline
   * @throws IllegalArgumentException naming the id, if the territory is not in the atlas
   */
  public static Timeline ofTerritory(Atlas atlas, TerritoryId territory) {
    return of(atlas, atlas.partnershipsOf(atlas.territories().require(territory).id()));
  }

  /**
   * Returns the timeline of the partnerships of a territory and of all the territories within it
   * (Brest Métropole with the city of Brest). Equivalent to {@code of(atlas,
   * atlas.partnershipsWithin(territory))}.
   *
   * @param atlas the atlas
   * @param territory the territory's id
   * @return the timeline
   * @throws IllegalArgumentException naming the id, if the territory is not in the atlas
   */
  public static Timeline ofTerritoryAndSubdivisions(Atlas atlas, TerritoryId territory) {
    return of(atlas, atlas.partnershipsWithin(atlas.territories().require(territory).id()));
  }

  /**
   * Returns the timeline of some partnerships of an atlas, such as the result of a query. Each
   * partnership counts once, whatever the order and repetitions of the argument.
   *
   * @param atlas the atlas
   * @param partnerships partnerships of the atlas
   * @return the timeline
   * @throws IllegalArgumentException naming the id, if a partnership is not in the atlas
   */
  public static Timeline of(Atlas atlas, Iterable<Partnership> partnerships) {
    requireNonNull(atlas, "atlas");
    Map<PartnershipId, Partnership> distinct = new LinkedHashMap<>();
    for (Partnership partnership : partnerships) {
      Partnership known = atlas.partnerships().require(partnership.id());
      distinct.put(known.id(), known);
    }
    List<PartnershipQuery> crises = new ArrayList<>();
    for (Crisis crisis : atlas.crises()) {
      crises.add(atlas.query().affectedBy(crisis.id()));
    }
    List<TimelineEvent> events = new ArrayList<>();
    // In atlas order, so that the stable sort keeps ties in atlas order.
    for (Partnership partnership : atlas.partnerships()) {
      if (distinct.containsKey(partnership.id())) {
        addEvents(atlas, partnership, crises, events);
      }
    }
    events.sort(TimelineEvent.CHRONOLOGICAL);
    return new Timeline(ImmutableList.copyOf(events));
  }

  private static void addEvents(
      Atlas atlas,
      Partnership partnership,
      List<PartnershipQuery> crisisQueries,
      List<TimelineEvent> events) {
    PartnershipId id = partnership.id();
    for (Agreement agreement : partnership.agreements()) {
      DateRange when =
          agreement.signed().map(DateRange::of).orElse(agreement.period().orElse(null));
      add(events, when, w -> new TimelineEvent.AgreementEvent(w, id, agreement));
    }
    for (StatusChange change : partnership.statusHistory()) {
      if (change.date().isPresent()) {
        add(
            events,
            DateRange.of(change.date().get()),
            w -> new TimelineEvent.StatusEvent(TimelineEvent.Type.STATUS_CHANGE, w, id, change));
      } else {
        add(
            events,
            change.attested().map(DateRange::of).orElse(null),
            w -> new TimelineEvent.StatusEvent(TimelineEvent.Type.ATTESTED, w, id, change));
      }
    }
    for (Party party : partnership.parties()) {
      DateRange start = party.period().start().map(DateRange::of).orElse(null);
      if (party.status() == PartyStatus.PLANNED) {
        add(
            events,
            start,
            w -> new TimelineEvent.PartyEvent(TimelineEvent.Type.PARTY_PLANNED, w, id, party));
      } else {
        add(
            events,
            start,
            w -> new TimelineEvent.PartyEvent(TimelineEvent.Type.PARTY_JOINED, w, id, party));
        DateRange end = party.period().end().map(DateRange::of).orElse(null);
        add(
            events,
            end,
            w -> new TimelineEvent.PartyEvent(TimelineEvent.Type.PARTY_LEFT, w, id, party));
        add(
            events,
            party.attested().map(DateRange::of).orElse(null),
            w -> new TimelineEvent.PartyEvent(TimelineEvent.Type.ATTESTED, w, id, party));
      }
    }
    for (ThemePeriod theme : partnership.themes()) {
      add(
          events,
          theme.period().start().map(DateRange::of).orElse(null),
          w -> new TimelineEvent.ThemeEvent(TimelineEvent.Type.THEME_APPEARED, w, id, theme));
      add(
          events,
          theme.period().end().map(DateRange::of).orElse(null),
          w -> new TimelineEvent.ThemeEvent(TimelineEvent.Type.THEME_ENDED, w, id, theme));
      add(
          events,
          theme.attested().map(DateRange::of).orElse(null),
          w -> new TimelineEvent.ThemeEvent(TimelineEvent.Type.ATTESTED, w, id, theme));
    }
    for (int i = 0; i < crisisQueries.size(); i++) {
      if (crisisQueries.get(i).matches(partnership)) {
        Crisis crisis = atlas.crises().list().get(i);
        add(events, crisis.period(), w -> new TimelineEvent.CrisisEvent(w, id, crisis));
      }
    }
    for (Action action : partnership.actions()) {
      add(events, action.when().orElse(null), w -> new TimelineEvent.ActionEvent(w, id, action));
    }
    for (Perspective perspective : partnership.perspectives()) {
      add(
          events,
          perspective.when().orElse(null),
          w -> new TimelineEvent.PerspectiveEvent(w, id, perspective));
    }
  }

  /** Adds the event made for a date, if the date is known. */
  private static void add(
      List<TimelineEvent> events,
      @Nullable DateRange when,
      Function<DateRange, TimelineEvent> event) {
    if (when != null) {
      events.add(event.apply(when));
    }
  }

  /**
   * Returns the events in chronological order (see the class documentation).
   *
   * @return the events
   */
  public ImmutableList<TimelineEvent> events() {
    return events;
  }

  /**
   * Returns the events whose date overlaps a period, in chronological order. Equivalent to
   * filtering {@link #events()} on {@code e.when().overlaps(period)}; O(e).
   *
   * @param period the period
   * @return the events of that period
   */
  public ImmutableList<TimelineEvent> during(DateRange period) {
    requireNonNull(period, "period");
    return events.stream()
        .filter(e -> e.when().overlaps(period))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the events whose date overlaps a year. Equivalent to {@code
   * during(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return the events of that year
   */
  public ImmutableList<TimelineEvent> during(int year) {
    return during(DateRange.ofYear(year));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Timeline other && other.events.equals(events);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(events);
  }

  /**
   * Returns the events, one per line.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (TimelineEvent event : events) {
      sb.append(event).append('\n');
    }
    return sb.toString();
  }
}
