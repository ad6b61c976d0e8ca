package org.partneratlas.partnership;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.action.Action;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

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
 * <p>Every question about time answers {@link Truth#YES}, {@link Truth#NO} or {@link
 * Truth#UNKNOWN}, never a guess. The {@linkplain #life() life} of a partnership starts at the
 * earliest known start among its non-planned parties' periods, its agreements and its first dated
 * status change, and is of unknown start if none is dated; it ends at the date of its last status
 * change if that change is {@link PartnershipStatus#ENDED}, and is open (ongoing) otherwise. Its
 * {@linkplain #lifeExtent() extent} is narrowed by every attested fact. The {@linkplain
 * #statusStretches() status stretches} follow the history: before a first change that is neither
 * {@code PLANNED} nor {@code ACTIVE} (or with no history at all) a partnership is {@code ACTIVE}
 * within its life; an undated change lies between its neighbours; after a last change that is only
 * attested, the status is unknown. A partnership is {@linkplain #activeDuring(DateRange) active
 * during a period} when it is {@code ACTIVE} on some day of the period and at least two distinct
 * territories take part in that period; parties and themes hold within the life of the partnership,
 * an open side of their period being the life's side.
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
public abstract class Partnership implements Entity<PartnershipId> {

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
   * Returns a builder holding the values of this {@code Partnership}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code parties(Iterable)}, replaces its
   * elements; {@code addParties} and {@code addAllParties} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns a copy of this partnership that ended on a date: its status history with a change to
   * {@link PartnershipStatus#ENDED} at that date appended, everything else unchanged. Equivalent to
   * {@code toBuilder().addStatusHistory(StatusChange.of(date, PartnershipStatus.ENDED)).build()}.
   * The copy is checked as any partnership is; that its history stays in chronological order (the
   * date is not before the last dated change) is checked by the Atlas builder, with the other rules
   * across entities.
   *
   * @param date when the partnership ended
   * @return the ended partnership
   */
  public Partnership endedOn(PartialDate date) {
    requireNonNull(date, "date");
    return toBuilder().addStatusHistory(StatusChange.of(date, PartnershipStatus.ENDED)).build();
  }

  /**
   * Returns the identifier, unique in the Atlas.
   *
   * @return the id
   */
  @Override
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
  // Computed at each call, not memoised: cheap, and a retained set costs about 90 bytes.
  public ImmutableSet<TerritoryId> territories() {
    ImmutableSet.Builder<TerritoryId> ids = ImmutableSet.builder();
    for (Party party : parties()) {
      ids.add(party.territory());
    }
    return ids.build();
  }

  /**
   * Returns the life of the partnership as its sources date it (see the class documentation): from
   * the earliest known start among its non-planned parties' periods, its agreements and its first
   * dated status change — or an {@linkplain DateRange#isUnknownStart() unknown start} if none is
   * dated — to the date of its last status change if that change is {@link PartnershipStatus#ENDED}
   * (an unknown end if that change is undated), open otherwise.
   *
   * @return the life
   */
  @Value.Lazy
  public DateRange life() {
    return PartnershipLife.life(this);
  }

  /**
   * Returns what is known of when the partnership existed: the {@link Extent} of its {@linkplain
   * #life() life}, narrowed by every date at which a source shows it existing (attested parties,
   * themes and statuses, dated status changes, known ends of party periods).
   *
   * @return the extent of the life
   */
  @Value.Lazy
  public Extent lifeExtent() {
    return PartnershipLife.extent(this);
  }

  /**
   * Returns the stretches of the status history: for each status the partnership was in, what is
   * known of when that stretch started and ended. Before a first change that is neither {@code
   * PLANNED} nor {@code ACTIVE}, the partnership is implicitly {@code ACTIVE} from the start of its
   * life; with no history at all it is {@code ACTIVE} over its whole life. A stretch ends the day
   * before the next change; the last one lasts without limit, except after a change that is only
   * {@linkplain StatusChange#attested() attested}, whose end is unknown.
   *
   * @return the stretches, in chronological order
   */
  // Computed at each call, not memoised: a retained list costs about 100 bytes (stretches,
  // extents).
  public ImmutableList<StatusStretch> statusStretches() {
    return PartnershipLife.stretches(this);
  }

  /**
   * Answers whether the partnership was in a status on at least one day of a period.
   *
   * <p>{@code YES} if a stretch of that status certainly has a day in the period; {@code NO} if no
   * stretch of it can, and the status is known throughout the period; {@code UNKNOWN} otherwise (an
   * undated change, an imprecise date, or the unknown time after an attested status).
   *
   * @param status the status
   * @param period the period asked about
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth statusDuring(PartnershipStatus status, DateRange period) {
    return PartnershipLife.statusDuring(this, status, period);
  }

  /**
   * Returns the statuses in which the partnership was (definitely, or possibly) on at least one day
   * of a period.
   *
   * @param period the period
   * @param certainty whether to count statuses that only may have held
   * @return the statuses, in declaration order
   */
  public ImmutableSortedSet<PartnershipStatus> statusesDuring(
      DateRange period, Certainty certainty) {
    ImmutableSortedSet.Builder<PartnershipStatus> statuses = ImmutableSortedSet.naturalOrder();
    for (PartnershipStatus status : PartnershipStatus.values()) {
      if (certainty.accepts(statusDuring(status, period))) {
        statuses.add(status);
      }
    }
    return statuses.build();
  }

  /**
   * Returns the status known to hold on a day.
   *
   * @param day the day
   * @return the status if one status {@linkplain Truth#YES certainly} held that day, or empty if
   *     the partnership did not exist then or its status then is not known
   */
  public Optional<PartnershipStatus> statusOn(LocalDate day) {
    requireNonNull(day, "day");
    DateRange range = DateRange.of(PartialDate.of(day));
    for (PartnershipStatus status : PartnershipStatus.values()) {
      if (statusDuring(status, range) == Truth.YES) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * Answers whether a territory took part in the partnership on at least one day of a period: some
   * non-planned party of that territory did.
   *
   * @param territory the territory
   * @param period the period asked about
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth takesPartDuring(TerritoryId territory, DateRange period) {
    requireNonNull(territory, "territory");
    Truth answer = Truth.NO;
    for (Party party : parties()) {
      if (party.territory().equals(territory)) {
        answer = answer.or(party.takesPartDuring(period, lifeExtent()));
      }
    }
    return answer;
  }

  /**
   * Answers whether two distinct territories were parties to this partnership at the same time, on
   * a day of the window [from, to] of epoch days: the disjunction, over their pairs of parties, of
   * {@link Extent#together} of their participation extents ({@link Party#extentWithin(Extent,
   * PlannedParties)}). Chubut ({@code 2010/}, end unknown) and Tierra del Fuego ({@code 2016/..})
   * are {@code UNKNOWN}.
   *
   * @param a a territory
   * @param b another territory
   * @param planned whether planned parties count over their planned period
   * @param from the first epoch day of the window
   * @param to the last epoch day of the window
   * @return the three-valued answer; {@code NO} if {@code a} equals {@code b} or either is no party
   */
  public Truth partiesTogether(
      TerritoryId a, TerritoryId b, PlannedParties planned, long from, long to) {
    if (a.equals(b)) {
      return Truth.NO;
    }
    Extent life = lifeExtent();
    Truth answer = Truth.NO;
    for (Party x : parties()) {
      if (x.territory().equals(a)) {
        Extent ex = x.extentWithin(life, planned);
        for (Party y : parties()) {
          if (y.territory().equals(b)) {
            answer = answer.or(ex.together(y.extentWithin(life, planned), from, to));
            if (answer == Truth.YES) {
              return answer;
            }
          }
        }
      }
    }
    return answer;
  }

  /**
   * Answers whether the partnership was active during a period: {@link PartnershipStatus#ACTIVE} on
   * at least one of its days, with at least two distinct territories taking part in it.
   *
   * @param period the period
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth activeDuring(DateRange period) {
    requireNonNull(period, "period");
    Truth life = lifeExtent().holdsDuring(period);
    if (life == Truth.NO) {
      return Truth.NO;
    }
    Truth parties = PartnershipLife.twoPartiesDuring(this, period);
    if (parties == Truth.NO) {
      return Truth.NO;
    }
    return life.and(parties).and(statusDuring(PartnershipStatus.ACTIVE, period));
  }

  /**
   * Answers whether the partnership was active during a year. Equivalent to {@code
   * activeDuring(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth activeDuring(int year) {
    return activeDuring(DateRange.ofYear(year));
  }

  /**
   * Answers whether a theme was worked on during at least one day of a period: some theme period of
   * it was.
   *
   * @param theme the theme
   * @param period the period asked about
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth themeDuring(ThemeId theme, DateRange period) {
    requireNonNull(theme, "theme");
    Truth answer = Truth.NO;
    for (ThemePeriod themePeriod : themes()) {
      if (themePeriod.theme().equals(theme)) {
        answer = answer.or(themePeriod.heldDuring(period, lifeExtent()));
      }
    }
    return answer;
  }

  /**
   * Returns the themes worked on during a period, definitely or possibly.
   *
   * @param period the period
   * @param certainty whether to count themes that only may have been worked on then
   * @return the themes' ids, in alphabetical order
   */
  public ImmutableSortedSet<ThemeId> themesDuring(DateRange period, Certainty certainty) {
    ImmutableSortedSet.Builder<ThemeId> themes = ImmutableSortedSet.naturalOrder();
    for (ThemePeriod theme : themes()) {
      if (certainty.accepts(theme.heldDuring(period, lifeExtent()))) {
        themes.add(theme.theme());
      }
    }
    return themes.build();
  }

  /**
   * Returns the themes known to be worked on during a year. Equivalent to {@code
   * themesDuring(DateRange.ofYear(year), Certainty.DEFINITELY)}.
   *
   * @param year the year
   * @return the themes' ids, in alphabetical order
   */
  public ImmutableSortedSet<ThemeId> themesDuring(int year) {
    return themesDuring(DateRange.ofYear(year), Certainty.DEFINITELY);
  }

  /**
   * Returns the parties that took part during a period, definitely or possibly; planned parties
   * never do.
   *
   * @param period the period
   * @param certainty whether to count parties that only may have taken part then
   * @return the parties, in declaration order
   */
  public ImmutableList<Party> partiesDuring(DateRange period, Certainty certainty) {
    ImmutableList.Builder<Party> result = ImmutableList.builder();
    for (Party party : parties()) {
      if (certainty.accepts(party.takesPartDuring(period, lifeExtent()))) {
        result.add(party);
      }
    }
    return result.build();
  }

  /**
   * Returns the parties known to take part during a year. Equivalent to {@code
   * partiesDuring(DateRange.ofYear(year), Certainty.DEFINITELY)}.
   *
   * @param year the year
   * @return the parties, in declaration order
   */
  public ImmutableList<Party> partiesDuring(int year) {
    return partiesDuring(DateRange.ofYear(year), Certainty.DEFINITELY);
  }

  @Value.Check
  void check() {
    Checks.Collector problems = new Checks.Collector("Partnership " + id());
    for (int i = 0; i < aims().size(); i++) {
      if (aims().get(i).isEmpty()) {
        problems.add(
            "Partnership "
                + id()
                + " has an empty aim (aims["
                + i
                + "]): write it or leave it out");
      }
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds a {@link Partnership}; not thread-safe. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }
}
