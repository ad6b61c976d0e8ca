package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * A relationship between two or more territories: a twinning, a friendship pact, a decentralised
 * cooperation, a memorandum of understanding or a project partnership.
 *
 * <p>A partnership has a {@linkplain #kind() kind}; {@linkplain #parties() parties}, each with its
 * own role, period and status; {@linkplain #agreements() agreements}; a {@linkplain
 * #statusHistory() status history}; {@linkplain #themes() themes}, each with its own period;
 * {@linkplain #aims() aims}; {@linkplain #actions() actions}; {@linkplain #perspectives()
 * perspectives}; and {@linkplain #sources() sources}.
 *
 * <h2>Life and status</h2>
 *
 * <p>The {@linkplain #life() life} of a partnership starts at the earliest known start among its
 * non-planned parties' periods, its agreements and its first status change; it ends at the date of
 * its last status change if that change is {@link PartnershipStatus#ENDED}, and is open otherwise.
 * The status on a day is given by the last change whose earliest day is on or before that day;
 * before the first change (or with no history at all) a partnership is {@link
 * PartnershipStatus#ACTIVE} within its life, unless its first change is {@code PLANNED} or {@code
 * ACTIVE}, in which case it did not exist before. A partnership is {@linkplain
 * #isActiveDuring(DateRange) active during a period} when it is {@code ACTIVE} on some day of the
 * period and at least two distinct territories take part in that period.
 *
 * <p>Rules involving other entities (parties, themes and actors exist; at least two distinct
 * parties; history in order; actions within the life) are checked by the Atlas builder, which
 * reports them all at once. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Partnership veracruz = Partnership.builder()
 *     .id(PartnershipId.of("brest-veracruz"))
 *     .kind(PartnershipKind.DECENTRALISED_COOPERATION)
 *     .addParties(Party.of(TerritoryId.of("fr-brest-metropole")))
 *     .addParties(Party.builder()
 *         .territory(TerritoryId.of("mx-veracruz"))
 *         .period(DateRange.parse("2009/.."))
 *         .build())
 *     .addThemes(ThemePeriod.of(ThemeId.of("maritime.safety"), DateRange.parse("2009/..")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Partnership {

  private static final Set<PartnershipStatus> FOUNDING =
      EnumSet.of(PartnershipStatus.PLANNED, PartnershipStatus.ACTIVE);

  Partnership() {}

  /**
   * Returns a builder of partnerships.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier, unique in the Atlas.
   *
   * @return the id
   */
  public abstract PartnershipId id();

  /**
   * Returns the kind of relationship.
   *
   * @return the kind
   */
  public abstract PartnershipKind kind();

  /**
   * Returns the name of the partnership, by language ("Coopération avec la Province de Terre de
   * Feu").
   *
   * @return the name, possibly empty
   */
  @Value.Default
  public LocalizedText names() {
    return LocalizedText.empty();
  }

  /**
   * Returns the territories taking part, with their roles, periods and statuses.
   *
   * @return the parties
   */
  public abstract ImmutableList<Party> parties();

  /**
   * Returns the formal agreements: charters, conventions, renewals, phases.
   *
   * @return the agreements
   */
  public abstract ImmutableList<Agreement> agreements();

  /**
   * Returns the status history, in chronological order.
   *
   * @return the status changes
   */
  public abstract ImmutableList<StatusChange> statusHistory();

  /**
   * Returns the themes worked on, each with its period.
   *
   * @return the theme periods
   */
  public abstract ImmutableList<ThemePeriod> themes();

  /**
   * Returns the aims of the partnership, each by language.
   *
   * @return the aims
   */
  public abstract ImmutableList<LocalizedText> aims();

  /**
   * Returns the actions carried out within the partnership.
   *
   * @return the actions
   */
  public abstract ImmutableList<Action> actions();

  /**
   * Returns the planned developments: parties, themes and kinds of action.
   *
   * @return the perspectives
   */
  public abstract ImmutableList<Perspective> perspectives();

  /**
   * Returns where the facts on this partnership come from.
   *
   * @return the sources
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Returns the distinct territories among the parties, planned ones included, in the order of the
   * parties.
   *
   * @return the territories' ids
   */
  @Value.Lazy
  public ImmutableSet<TerritoryId> territories() {
    ImmutableSet.Builder<TerritoryId> ids = ImmutableSet.builder();
    for (Party party : parties()) {
      ids.add(party.territory());
    }
    return ids.build();
  }

  /**
   * Returns the life of the partnership (see the class documentation).
   *
   * @return from the earliest known start to the end, if ended
   */
  @Value.Lazy
  public DateRange life() {
    PartialDate start = null;
    for (Party party : parties()) {
      if (party.status() != PartyStatus.PLANNED) {
        start = earlier(start, party.period().start().orElse(null));
      }
    }
    for (Agreement agreement : agreements()) {
      start = earlier(start, agreement.date().orElse(null));
    }
    if (!statusHistory().isEmpty()) {
      start = earlier(start, statusHistory().get(0).date());
    }
    PartialDate end = null;
    if (!statusHistory().isEmpty()) {
      StatusChange last = statusHistory().get(statusHistory().size() - 1);
      if (last.status() == PartnershipStatus.ENDED) {
        end = last.date();
      }
    }
    if (start != null && end != null && end.latestDay().isBefore(start.earliestDay())) {
      // An inconsistent history; the Atlas builder reports it. Keep the end alone.
      return DateRange.until(end);
    }
    return DateRange.of(start, end);
  }

  private static @Nullable PartialDate earlier(
      @Nullable PartialDate current, @Nullable PartialDate candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.compareTo(current) < 0 ? candidate : current;
  }

  /**
   * Returns the status on a day (see the class documentation).
   *
   * @param day the day
   * @return the status, or empty if the partnership did not exist then
   */
  public Optional<PartnershipStatus> statusOn(LocalDate day) {
    long epochDay = day.toEpochDay();
    PartnershipStatus status = null;
    for (StatusChange change : statusHistory()) {
      if (change.date().earliestDay().toEpochDay() <= epochDay) {
        status = change.status();
      }
    }
    if (status != null) {
      return Optional.of(status);
    }
    return implicitlyActive(epochDay) ? Optional.of(PartnershipStatus.ACTIVE) : Optional.empty();
  }

  private boolean implicitlyActive(long epochDay) {
    if (!statusHistory().isEmpty() && FOUNDING.contains(statusHistory().get(0).status())) {
      return false;
    }
    return life().startEpochDay() <= epochDay && epochDay <= life().endEpochDay();
  }

  /**
   * Returns the statuses that hold on at least one day of a period: the status at its start and
   * those of the changes within it.
   *
   * @param period the period
   * @return the statuses, in declaration order
   */
  public ImmutableSortedSet<PartnershipStatus> statusesDuring(DateRange period) {
    long from = period.startEpochDay();
    long to = period.endEpochDay();
    ImmutableSortedSet.Builder<PartnershipStatus> statuses = ImmutableSortedSet.naturalOrder();
    PartnershipStatus atStart = null;
    boolean anyBefore = false;
    for (StatusChange change : statusHistory()) {
      long day = change.date().earliestDay().toEpochDay();
      if (day <= from) {
        atStart = change.status();
        anyBefore = true;
      } else if (day <= to) {
        statuses.add(change.status());
      }
    }
    if (atStart != null) {
      statuses.add(atStart);
    }
    if (!anyBefore) {
      // Before the first change: implicitly active within the life, unless the history founds it.
      boolean founding =
          !statusHistory().isEmpty() && FOUNDING.contains(statusHistory().get(0).status());
      long lifeFrom = Math.max(from, life().startEpochDay());
      long firstChange =
          statusHistory().isEmpty()
              ? Long.MAX_VALUE
              : statusHistory().get(0).date().earliestDay().toEpochDay();
      long lifeTo = Math.min(Math.min(to, life().endEpochDay()), firstChange - 1);
      if (!founding && lifeFrom <= lifeTo) {
        statuses.add(PartnershipStatus.ACTIVE);
      }
    }
    return statuses.build();
  }

  /**
   * Returns whether the partnership is active during a period: {@link PartnershipStatus#ACTIVE} on
   * at least one of its days, with at least two distinct non-planned parties whose periods overlap
   * it.
   *
   * @param period the period
   * @return whether the partnership is active then
   */
  public boolean isActiveDuring(DateRange period) {
    if (!period.overlaps(life())) {
      return false;
    }
    TerritoryId first = null;
    boolean two = false;
    for (Party party : parties()) {
      if (party.status() != PartyStatus.PLANNED && party.period().overlaps(period)) {
        if (first == null) {
          first = party.territory();
        } else if (!first.equals(party.territory())) {
          two = true;
          break;
        }
      }
    }
    return two && statusesDuring(period).contains(PartnershipStatus.ACTIVE);
  }

  /**
   * Returns whether the partnership is active during a year. Equivalent to {@code
   * isActiveDuring(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return whether the partnership is active in that year
   */
  public boolean isActiveDuring(int year) {
    return isActiveDuring(DateRange.ofYear(year));
  }

  /**
   * Returns the themes worked on during a year: those whose period is active during it.
   *
   * @param year the year
   * @return the themes' ids, in alphabetical order
   */
  public ImmutableSortedSet<ThemeId> themesDuring(int year) {
    DateRange range = DateRange.ofYear(year);
    ImmutableSortedSet.Builder<ThemeId> themes = ImmutableSortedSet.naturalOrder();
    for (ThemePeriod theme : themes()) {
      if (theme.period().overlaps(range)) {
        themes.add(theme.theme());
      }
    }
    return themes.build();
  }

  /**
   * Returns the non-planned parties whose period is active during a year.
   *
   * @param year the year
   * @return the parties, in declaration order
   */
  public ImmutableList<Party> partiesDuring(int year) {
    ImmutableList.Builder<Party> result = ImmutableList.builder();
    for (Party party : parties()) {
      if (party.isActiveDuring(year)) {
        result.add(party);
      }
    }
    return result.build();
  }

  @Value.Check
  void check() {
    for (LocalizedText aim : aims()) {
      if (aim.isEmpty()) {
        throw new IllegalArgumentException(
            "Partnership " + id() + " has an empty aim: write it or leave it out");
      }
    }
    Checks.attributes(attributes());
  }

  /** Builds a {@link Partnership}; not thread-safe. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }
}
