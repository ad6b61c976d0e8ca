package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * A composable query over the partnerships of an {@link Atlas}: start from {@link Atlas#query()},
 * add conditions, then {@linkplain #list() list}, {@linkplain #stream() stream} or {@linkplain
 * #count() count} the partnerships that meet them all.
 *
 * <p>Each condition method returns a new query with one more condition; a partnership matches when
 * it meets every condition (conditions are combined with "and"; a condition given several values,
 * such as {@link #ofKind} or {@link #inCountry}, accepts any of them). A query is immutable and
 * thread-safe; it can be kept, extended in several directions, and run any number of times.
 *
 * <h2>Yes, no or unknown: definitely or possibly</h2>
 *
 * <p>Every condition answers a {@link Truth} for each partnership, and the answers of the
 * conditions are combined with {@link Truth#and} (Kleene). A query is {@linkplain
 * Certainty#DEFINITELY definite} by default: it keeps the partnerships whose answer is {@code YES}.
 * {@link #possibly()} switches the whole query to keep also those whose answer is {@code UNKNOWN}:
 * {@code atlas.query().activeDuring(1900)} lists the partnerships known to be active in 1900, and
 * {@code atlas.query().possibly().activeDuring(1900)} adds those that may have been (imported
 * partnerships without any date among them). For every query, the definite result is contained in
 * the possible one. {@link #answer(Partnership)} gives the three-valued answer itself.
 *
 * <h2>One moment per question</h2>
 *
 * <p>{@link #during(DateRange)} (or {@link #during(int)}) scopes the whole query to a period: the
 * partnership existed then, and every condition that depends on time is evaluated for that same
 * period — which parties took part, their countries and regions, the partners' side, the themes,
 * the status, activity. So {@code during(2015).inCountry(ES)} does not find a partnership whose
 * only Spanish party joined in 2016, whatever the order of the calls. Without a moment, these
 * conditions ask "at some time". {@link #activeDuring(DateRange)} is {@code
 * during(period).active()}. A query has at most one moment: scoping it again to another period is
 * an error. The kind, the planned parties, the actions, the crises and the caller's own predicate
 * do not depend on the moment.
 *
 * <p>Planned parties ({@link PartyStatus#PLANNED}) take part at no time: conditions on parties
 * leave them out, unless the query is {@linkplain #includingPlanned() including planned parties},
 * when a planned party counts over its (planned) period as if it were not planned.
 *
 * <h2>Any party, or the partner's side</h2>
 *
 * <p>{@link #inCountry} and {@link #inRegion} keep a partnership when <em>any</em> of its parties,
 * the focal territory included, is in the place: every partnership of Brest is "in Europe", since
 * Brest is. {@link #withPartnerIn(TerritoryId, M49Region...)} and {@link
 * #withPartnerIn(TerritoryId, CountryCode...)} ask about the <em>partners</em> of a focal
 * territory: the partnership has the focal territory as a party and, at the same time, another
 * party in the place. "Brest's twinnings in Europe" is {@code involving(BREST).ofKind(TWINNING)
 * .withPartnerIn(BREST, EUROPE)}: Kiel, not Denver.
 *
 * <h2>Order, equivalence, cost</h2>
 *
 * <p>Results are always in the order of {@link Atlas#partnerships()}. Each condition states the
 * three-valued predicate it tests; a query is equivalent to filtering {@code
 * atlas.partnerships().stream()} with {@code certainty.accepts(answer(p))}, which the library's
 * tests check on generated atlases against an oracle written apart.
 *
 * <p>Conditions on territories, subdivision trees, countries, regions, themes, planned parties,
 * crises, a moment and activity are answered from indexes built with the atlas: postings lists that
 * file each partnership at any time and with its planned parties (sound prefilters for every moment
 * and certainty), and two interval indexes of lives (the span in which each may have existed, for
 * "possibly"; the stretch in which each certainly did, for "definitely"). A query takes the indexed
 * condition with the fewest candidates and tests the exact three-valued predicates on those
 * candidates only: O(c × f) for c candidates and conditions costing f each. A query with no indexed
 * condition tests all n partnerships. Unknown ids are not errors: a condition on a territory, theme
 * or crisis that is not in the atlas matches nothing.
 *
 * <pre>{@code
 * List<Partnership> marine = atlas.query()
 *     .onTheme(ThemeId.of("energy.marine"))        // or a broader theme, such as "energy"
 *     .activeDuring(2020)
 *     .list();
 * long inSpain2015 = atlas.query().during(2015).inCountry(CountryCode.of("ES")).count();
 * long maybe = atlas.query().possibly().during(2015).inCountry(CountryCode.of("ES")).count();
 * List<Partnership> twinsInEurope = atlas.query()
 *     .involving(BREST)
 *     .withPartnerIn(BREST, M49Region.EUROPE)      // the partner is in Europe, not only Brest
 *     .list();
 * }</pre>
 */
public final class PartnershipQuery {

  private final Atlas atlas;
  private final AtlasIndex index;
  private final Certainty certainty;
  private final @Nullable DateRange moment;
  private final boolean includePlanned;
  private final ImmutableList<Condition> conditions;

  PartnershipQuery(Atlas atlas, AtlasIndex index) {
    this(atlas, index, Certainty.DEFINITELY, null, false, ImmutableList.of());
  }

  private PartnershipQuery(
      Atlas atlas,
      AtlasIndex index,
      Certainty certainty,
      @Nullable DateRange moment,
      boolean includePlanned,
      ImmutableList<Condition> conditions) {
    this.atlas = atlas;
    this.index = index;
    this.certainty = certainty;
    this.moment = moment;
    this.includePlanned = includePlanned;
    this.conditions = conditions;
  }

  private PartnershipQuery with(Condition condition) {
    return new PartnershipQuery(
        atlas,
        index,
        certainty,
        moment,
        includePlanned,
        ImmutableList.<Condition>builder().addAll(conditions).add(condition).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Certainty, moment, planned parties

  /**
   * Returns this query keeping also the partnerships whose answer is {@link Truth#UNKNOWN}: those
   * that may meet every condition. Equivalent to {@code certainty(Certainty.POSSIBLY)}.
   *
   * @return a new query, possibly
   */
  public PartnershipQuery possibly() {
    return certainty(Certainty.POSSIBLY);
  }

  /**
   * Returns this query keeping only the partnerships whose answer is {@link Truth#YES}, the
   * default. Equivalent to {@code certainty(Certainty.DEFINITELY)}.
   *
   * @return a new query, definitely
   */
  public PartnershipQuery definitely() {
    return certainty(Certainty.DEFINITELY);
  }

  /**
   * Returns this query with the given certainty, for all its conditions, those added before and
   * after.
   *
   * @param certainty which answers count
   * @return a new query
   */
  public PartnershipQuery certainty(Certainty certainty) {
    requireNonNull(certainty, "certainty");
    return new PartnershipQuery(atlas, index, certainty, moment, includePlanned, conditions);
  }

  /**
   * Returns the certainty of this query: {@link Certainty#DEFINITELY} unless changed.
   *
   * @return the certainty
   */
  public Certainty certainty() {
    return certainty;
  }

  /**
   * Returns this query with planned parties counted by the conditions on parties ({@link
   * #involving}, {@link #involvingWithin}, {@link #inCountry}, {@link #inRegion}, {@link
   * #withPartnerIn}): a planned party then counts over its period as if it were not planned. By
   * default they take part at no time and are left out.
   *
   * @return a new query
   */
  public PartnershipQuery includingPlanned() {
    return new PartnershipQuery(atlas, index, certainty, moment, true, conditions);
  }

  /**
   * Scopes the query to a year. Equivalent to {@code during(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return a new query scoped to that year
   * @throws IllegalStateException if the query is already scoped to another period
   */
  public PartnershipQuery during(int year) {
    return during(DateRange.ofYear(year));
  }

  /**
   * Scopes the query to a period: keeps the partnerships that existed on some day of it ({@code
   * p.lifeExtent().holdsDuring(period)}), and evaluates every time-dependent condition, before or
   * after this call, for that period (see the class documentation). An imprecise or open side of
   * the period counts all the days it may denote. Candidates come from the interval indexes of
   * lives.
   *
   * @param period the period
   * @return a new query scoped to the period
   * @throws IllegalStateException if the query is already scoped to another period: a question has
   *     one moment
   */
  public PartnershipQuery during(DateRange period) {
    requireNonNull(period, "period");
    if (moment != null && !moment.equals(period)) {
      throw new IllegalStateException(
          "This query is already scoped to "
              + moment
              + ": a question has one moment; start another query for "
              + period);
    }
    return new PartnershipQuery(atlas, index, certainty, period, includePlanned, conditions);
  }

  /**
   * Returns the period this query is scoped to.
   *
   * @return the moment, or empty if the query asks "at some time"
   */
  public Optional<DateRange> moment() {
    return Optional.ofNullable(moment);
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions on parties

  /**
   * Keeps the partnerships in which one of the territories takes part: at the moment of the query,
   * or at some time. Tests, over the parties of those territories, the disjunction of {@code
   * party.extentWithin(p.lifeExtent()).holdsDuring(moment)} (planned parties: {@code NO}, unless
   * {@linkplain #includingPlanned() included}). Candidates come from the territory index.
   *
   * @param territory a territory
   * @param more other territories accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery involving(TerritoryId territory, TerritoryId... more) {
    Set<TerritoryId> territories = set(territory, more);
    List<int[]> lists = new ArrayList<>();
    for (TerritoryId t : territories) {
      lists.add(index.partnershipsWith(t));
    }
    return with(
        Condition.indexed(
            "involving(" + joined(territories) + ")",
            (p, scope) -> anyParty(p, scope, party -> territories.contains(party.territory())),
            lists,
            scope -> false));
  }

  /**
   * Keeps the partnerships in which the territory or one of its subdivisions, at any depth, takes
   * part, at the moment of the query or at some time: Brest Métropole's portfolio with that of the
   * city of Brest. Tests {@link #involving} for the territory and {@link Atlas#descendantsOf};
   * answered by merging the territory index entries of the territory and of its d subdivisions, O(d
   * + k log k) for k partnerships, once per query run.
   *
   * @param territory the territory
   * @return a new query with this condition added
   */
  public PartnershipQuery involvingWithin(TerritoryId territory) {
    requireNonNull(territory, "territory");
    Set<TerritoryId> within = Sets.newHashSet(index.descendants(territory));
    within.add(territory);
    int estimate = 0;
    for (TerritoryId id : within) {
      estimate += index.partnershipsWith(id).length;
    }
    return with(
        Condition.indexed(
            "involvingWithin(" + territory + ")",
            (p, scope) -> anyParty(p, scope, party -> within.contains(party.territory())),
            estimate,
            () -> index.partnershipsWithin(territory),
            scope -> false));
  }

  /**
   * Keeps the partnerships in which a party in one of the countries takes part, at the moment of
   * the query or at some time: <em>any</em> party, the focal territory of a question included (for
   * the partner's side, see {@link #withPartnerIn(TerritoryId, CountryCode...)}). Tests {@link
   * #involving} over the parties whose territory's {@link
   * org.partneratlas.territory.Territory#country() country} is one of them; candidates come from
   * the country index.
   *
   * @param country a country
   * @param more other countries accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery inCountry(CountryCode country, CountryCode... more) {
    Set<CountryCode> countries = set(country, more);
    List<int[]> lists = new ArrayList<>();
    for (CountryCode c : countries) {
      lists.add(index.partnershipsInCountry(c));
    }
    return with(
        Condition.indexed(
            "inCountry(" + joined(countries) + ")",
            (p, scope) ->
                anyParty(p, scope, party -> countries.contains(countryOf(party.territory()))),
            lists,
            scope -> false));
  }

  /**
   * Keeps the partnerships in which a party in one of the UN M49 regions (at any level: a continent
   * such as {@link M49Region#EUROPE}, a sub-region or an intermediate region) takes part, at the
   * moment of the query or at some time: <em>any</em> party, the focal territory of a question
   * included — every partnership of Brest is in Europe (for the partner's side, see {@link
   * #withPartnerIn(TerritoryId, M49Region...)}). Tests {@link #involving} over the parties whose
   * country {@link M49#contains} is in one of them; candidates come from the region index.
   *
   * @param region a region, such as {@code M49.requireRegion("South America")}
   * @param more other regions accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery inRegion(M49Region region, M49Region... more) {
    Set<M49Region> regions = set(region, more);
    List<int[]> lists = new ArrayList<>();
    for (M49Region r : regions) {
      lists.add(index.partnershipsInRegion(r));
    }
    return with(
        Condition.indexed(
            "inRegion(" + joined(regions) + ")",
            (p, scope) -> anyParty(p, scope, party -> inAny(regions, party.territory())),
            lists,
            scope -> false));
  }

  /**
   * Keeps the partnerships in which a focal territory has a <em>partner</em> in one of the
   * countries: the focal territory and another territory of one of those countries were parties at
   * the same time, within the moment of the query (or at some time). Tests, over the pairs of a
   * party of the focal territory and a party of another territory in the countries, the disjunction
   * of their taking part on a common day: {@code NO} when no possible start and end of the two lets
   * them share a day of the moment (each may have started before the other may have ended), {@code
   * YES} when one certainly held throughout a stretch of days in which the other certainly held on
   * some day, {@code UNKNOWN} otherwise. Candidates come from the territory index of the focal
   * territory.
   *
   * @param focal the territory whose partners are asked about
   * @param country a country
   * @param more other countries accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery withPartnerIn(
      TerritoryId focal, CountryCode country, CountryCode... more) {
    requireNonNull(focal, "focal");
    Set<CountryCode> countries = set(country, more);
    return withPartner(
        "withPartnerIn(" + focal + ", " + joined(countries) + ")",
        focal,
        t -> countries.contains(countryOf(t)));
  }

  /**
   * Keeps the partnerships in which a focal territory has a <em>partner</em> in one of the UN M49
   * regions: for Brest, "twinnings in Europe" are those with Kiel or Plymouth, not Denver or
   * Yokosuka, although Brest itself is in Europe. The rule of {@link #withPartnerIn(TerritoryId,
   * CountryCode, CountryCode...)}, with the partner's country {@link M49#contains in} one of the
   * regions.
   *
   * @param focal the territory whose partners are asked about
   * @param region a region
   * @param more other regions accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery withPartnerIn(TerritoryId focal, M49Region region, M49Region... more) {
    requireNonNull(focal, "focal");
    Set<M49Region> regions = set(region, more);
    return withPartner(
        "withPartnerIn(" + focal + ", " + joined(regions) + ")", focal, t -> inAny(regions, t));
  }

  private PartnershipQuery withPartner(
      String description, TerritoryId focal, Predicate<TerritoryId> where) {
    int[] positions = index.partnershipsWith(focal);
    return with(
        Condition.indexed(
            description,
            (p, scope) -> {
              Extent life = p.lifeExtent();
              Truth answer = Truth.NO;
              for (Party f : p.parties()) {
                if (!f.territory().equals(focal)) {
                  continue;
                }
                Extent focalExtent = f.extentWithin(life, scope.planned);
                for (Party q : p.parties()) {
                  if (q.territory().equals(focal) || !where.test(q.territory())) {
                    continue;
                  }
                  answer =
                      answer.or(
                          focalExtent.together(
                              q.extentWithin(life, scope.planned), scope.from, scope.to));
                  if (answer == Truth.YES) {
                    return answer;
                  }
                }
              }
              return answer;
            },
            positions.length,
            () -> positions,
            scope -> false));
  }

  private boolean inAny(Set<M49Region> regions, TerritoryId territory) {
    CountryCode country = countryOf(territory);
    for (M49Region region : regions) {
      if (M49.contains(region, country)) {
        return true;
      }
    }
    return false;
  }

  private static Truth anyParty(Partnership p, Scope scope, Predicate<Party> which) {
    Extent life = p.lifeExtent();
    Truth answer = Truth.NO;
    for (Party party : p.parties()) {
      if (which.test(party)) {
        answer =
            answer.or(party.extentWithin(life, scope.planned).holdsDuring(scope.from, scope.to));
        if (answer == Truth.YES) {
          return answer;
        }
      }
    }
    return answer;
  }

  // ---------------------------------------------------------------------------------------------
  // Other conditions

  /**
   * Keeps the partnerships of one of the given kinds. Tests {@code kinds.contains(p.kind())}, yes
   * or no; not indexed (a kind is rarely selective) and not dependent on the moment.
   *
   * @param kind a kind
   * @param more other kinds accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery ofKind(PartnershipKind kind, PartnershipKind... more) {
    Set<PartnershipKind> kinds = EnumSet.of(kind, more);
    return with(
        Condition.tested(
            "ofKind(" + joined(kinds) + ")", (p, scope) -> Truth.of(kinds.contains(p.kind()))));
  }

  /**
   * Keeps the partnerships that work on one of the themes or one of their sub-themes, at the moment
   * of the query or at some time: {@code onTheme(ThemeId.of("maritime"))} finds a partnership on
   * {@code maritime.aquaculture}. Tests, over the theme periods whose theme {@link ThemeId#isWithin
   * is within} one of them, the disjunction of {@code
   * t.extentWithin(p.lifeExtent()).holdsDuring(moment)}: a theme only attested in 2016 is not
   * definitely worked on in 2011. Candidates come from the theme index, where each partnership is
   * filed under its themes and all their broader themes.
   *
   * @param theme a theme
   * @param more other themes accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery onTheme(ThemeId theme, ThemeId... more) {
    Set<ThemeId> themes = set(theme, more);
    List<int[]> lists = new ArrayList<>();
    for (ThemeId t : themes) {
      lists.add(index.partnershipsOnTheme(t));
    }
    return with(
        Condition.indexed(
            "onTheme(" + joined(themes) + ")",
            (p, scope) -> {
              Extent life = p.lifeExtent();
              Truth answer = Truth.NO;
              for (ThemePeriod t : p.themes()) {
                if (within(t.theme(), themes)) {
                  answer = answer.or(t.extentWithin(life).holdsDuring(scope.from, scope.to));
                  if (answer == Truth.YES) {
                    return answer;
                  }
                }
              }
              return answer;
            },
            lists,
            scope -> false));
  }

  private static boolean within(ThemeId theme, Set<ThemeId> themes) {
    for (ThemeId t : themes) {
      if (theme.isWithin(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the partnerships in one of the given statuses on some day of the moment of the query, or
   * at some time. Tests the disjunction of {@link Partnership#statusDuring p.statusDuring(status,
   * moment)} (the moment {@link DateRange#unbounded()} when there is none): an undated change or
   * the time after a status that is only attested answers {@code UNKNOWN}. Not indexed.
   *
   * @param status a status
   * @param more other statuses accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery withStatus(PartnershipStatus status, PartnershipStatus... more) {
    Set<PartnershipStatus> statuses = EnumSet.of(status, more);
    return with(
        Condition.tested(
            "withStatus(" + joined(statuses) + ")",
            (p, scope) -> {
              Truth answer = Truth.NO;
              for (PartnershipStatus s : statuses) {
                answer = answer.or(p.statusDuring(s, scope.period()));
              }
              return answer;
            }));
  }

  /**
   * Keeps the partnerships active at the moment of the query, or at some time. Tests {@link
   * Partnership#activeDuring(DateRange) p.activeDuring(moment)} (the moment {@link
   * DateRange#unbounded()} when there is none): {@code ACTIVE} on some day, with two distinct
   * territories taking part. Candidates come from the interval index of the lives that certainly
   * existed then (definitely) or may have (possibly).
   *
   * @return a new query with this condition added
   */
  public PartnershipQuery active() {
    return with(
        new Condition("active", (p, scope) -> p.activeDuring(scope.period()), this::livesLookup));
  }

  /**
   * Keeps the partnerships active during a year. Equivalent to {@code
   * activeDuring(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return a new query scoped to that year, with this condition added
   * @throws IllegalStateException if the query is already scoped to another period
   */
  public PartnershipQuery activeDuring(int year) {
    return activeDuring(DateRange.ofYear(year));
  }

  /**
   * Keeps the partnerships active during (some day of) a period, and scopes the query to it.
   * Equivalent to {@code during(period).active()}: definitely, those known to be active then;
   * possibly, also those that may have been. A partnership without any date is never definitely
   * active: {@code atlas.query().activeDuring(1900).count()} does not count it, {@code
   * atlas.query().possibly().activeDuring(1900).count()} does.
   *
   * @param period the period
   * @return a new query scoped to the period, with this condition added
   * @throws IllegalStateException if the query is already scoped to another period
   */
  public PartnershipQuery activeDuring(DateRange period) {
    return during(period).active();
  }

  /**
   * Keeps the partnerships with at least one action of one of the kinds, whatever its status and
   * date (for when, see {@link #actions()} and {@link ActionQuery#during}). Tests {@code
   * p.actions().stream().anyMatch(a -> kinds.contains(a.kind()))}, yes or no; not indexed.
   *
   * @param kind a kind of action
   * @param more other kinds accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery withActionsOfKind(ActionKind kind, ActionKind... more) {
    Set<ActionKind> kinds = EnumSet.of(kind, more);
    return with(
        Condition.tested(
            "withActionsOfKind(" + joined(kinds) + ")",
            (p, scope) -> Truth.of(p.actions().stream().anyMatch(a -> kinds.contains(a.kind())))));
  }

  /**
   * Keeps the partnerships with at least one action of one of the modalities, whatever its status
   * and date. Tests {@code p.actions().stream().anyMatch(a -> a.modality().isPresent() &&
   * modalities.contains(a.modality().get()))}, yes or no; not indexed.
   *
   * @param modality a modality
   * @param more other modalities accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery withActionsOfModality(Modality modality, Modality... more) {
    Set<Modality> modalities = EnumSet.of(modality, more);
    return with(
        Condition.tested(
            "withActionsOfModality(" + joined(modalities) + ")",
            (p, scope) ->
                Truth.of(
                    p.actions().stream()
                        .anyMatch(
                            a ->
                                a.modality().isPresent()
                                    && modalities.contains(a.modality().get())))));
  }

  /**
   * Keeps the partnerships a crisis affects: {@code YES} for those listed in the {@link
   * org.partneratlas.crisis.CrisisImpact#partnerships() partnerships} of one of its impacts; for
   * the others, hit through a party: the disjunction, over the non-planned parties whose territory
   * is one of an impact's {@link org.partneratlas.crisis.CrisisImpact#territories() territories} or
   * a subdivision of one, of the party taking part at a time the crisis held (the rule of {@link
   * #withPartnerIn(TerritoryId, CountryCode, CountryCode...)} for two facts, over all time). The
   * crisis has its own period: this condition does not depend on the moment of the query. Answered
   * exactly from two indexes built with the atlas (affected definitely, and possibly).
   *
   * @param crisis the crisis
   * @return a new query with this condition added
   */
  public PartnershipQuery affectedBy(CrisisId crisis) {
    requireNonNull(crisis, "crisis");
    int[] possible = index.partnershipsAffectedBy(crisis, Certainty.POSSIBLY);
    int[] definite = index.partnershipsAffectedBy(crisis, Certainty.DEFINITELY);
    return with(
        new Condition(
            "affectedBy(" + crisis + ")",
            (p, scope) -> {
              int position = index.partnershipTable.positionOrMinusOne(p.id());
              if (position < 0 || Arrays.binarySearch(possible, position) < 0) {
                return Truth.NO;
              }
              return Arrays.binarySearch(definite, position) >= 0 ? Truth.YES : Truth.UNKNOWN;
            },
            scope -> {
              int[] positions = scope.certainty == Certainty.DEFINITELY ? definite : possible;
              return new Lookup(positions.length, () -> positions, true);
            }));
  }

  /**
   * Keeps the partnerships a territory is planned to join: it is a party with status {@link
   * PartyStatus#PLANNED}, or one of the {@link Perspective#plannedParties() planned parties} of a
   * perspective. Yes or no, whatever the moment; answered exactly from the planned-party index.
   *
   * @param territory the territory
   * @return a new query with this condition added
   */
  public PartnershipQuery withPlannedParty(TerritoryId territory) {
    requireNonNull(territory, "territory");
    int[] positions = index.partnershipsPlanning(territory);
    return with(
        Condition.indexed(
            "withPlannedParty(" + territory + ")",
            (p, scope) -> Truth.of(plans(p, territory)),
            positions.length,
            () -> positions,
            scope -> true));
  }

  static boolean plans(Partnership p, TerritoryId territory) {
    for (Party party : p.parties()) {
      if (party.status() == PartyStatus.PLANNED && party.territory().equals(territory)) {
        return true;
      }
    }
    for (Perspective perspective : p.perspectives()) {
      if (perspective.plannedParties().contains(territory)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the partnerships that meet a predicate of the caller's own, for what the other conditions
   * do not say; its answer is yes or no. Not indexed: add it after indexed conditions, which then
   * give the candidates it is tested on.
   *
   * @param predicate the predicate; it must be thread-safe if the query is run on several threads
   * @return a new query with this condition added
   */
  public PartnershipQuery matching(Predicate<? super Partnership> predicate) {
    requireNonNull(predicate, "predicate");
    return with(Condition.tested("matching(predicate)", (p, scope) -> Truth.of(predicate.test(p))));
  }

  private CountryCode countryOf(TerritoryId territory) {
    return atlas.territories().require(territory).country();
  }

  @SafeVarargs
  private static <T> Set<T> set(T first, T... more) {
    requireNonNull(first, "first value");
    Set<T> set = new LinkedHashSet<>();
    set.add(first);
    for (T t : more) {
      set.add(requireNonNull(t, "value"));
    }
    return Collections.unmodifiableSet(set);
  }

  private static String joined(Set<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private @Nullable Lookup livesLookup(Scope scope) {
    if (scope.certainty == Certainty.DEFINITELY) {
      AtlasIndex.Subset certain = index.certainLives;
      return new Lookup(
          certain.estimate(scope.from, scope.to),
          () -> certain.overlapping(scope.from, scope.to),
          false);
    }
    return new Lookup(
        index.lives.estimate(scope.from, scope.to),
        () -> index.lives.overlapping(scope.from, scope.to),
        false);
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  /**
   * Returns the actions of the matching partnerships, as a query that can be narrowed further; it
   * has the certainty of this query.
   *
   * @return a query on the actions of the partnerships this query matches
   */
  public ActionQuery actions() {
    return new ActionQuery(this);
  }

  private Scope scope() {
    return new Scope(
        certainty, moment, includePlanned ? PlannedParties.INCLUDED : PlannedParties.EXCLUDED);
  }

  private List<Condition> allConditions() {
    if (moment == null) {
      return conditions;
    }
    List<Condition> all = new ArrayList<>(conditions.size() + 1);
    all.add(
        new Condition(
            "existed",
            (p, scope) -> p.lifeExtent().holdsDuring(scope.from, scope.to),
            this::livesLookup));
    all.addAll(conditions);
    return all;
  }

  /**
   * Returns the matching partnerships, in the order of {@link Atlas#partnerships()}.
   *
   * @return the partnerships
   */
  public ImmutableList<Partnership> list() {
    if (conditions.isEmpty() && moment == null) {
      return atlas.partnerships().list();
    }
    return stream().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the matching partnerships as a sequential stream, in the order of {@link
   * Atlas#partnerships()}. The candidates are chosen when the stream is made; the other conditions
   * are tested lazily as the stream is consumed.
   *
   * @return the partnerships
   */
  public Stream<Partnership> stream() {
    ImmutableList<Partnership> all = atlas.partnerships().list();
    Scope scope = scope();
    List<Condition> every = allConditions();
    Condition driver = null;
    Lookup best = null;
    for (Condition condition : every) {
      Lookup lookup = condition.lookup.apply(scope);
      if (lookup != null && (best == null || lookup.estimate < best.estimate)) {
        driver = condition;
        best = lookup;
      }
    }
    List<Condition> tests = new ArrayList<>();
    for (Condition condition : every) {
      if (condition != driver || best == null || !best.exact) {
        tests.add(condition);
      }
    }
    Stream<Partnership> candidates =
        best == null ? all.stream() : IntStream.of(best.positions.get()).mapToObj(all::get);
    if (tests.isEmpty()) {
      return candidates;
    }
    return candidates.filter(
        p -> {
          for (Condition test : tests) {
            if (!certainty.accepts(test.test.answer(p, scope))) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * Returns the number of matching partnerships. Equivalent to {@code list().size()}; with no
   * condition, or with a single condition answered exactly by its index, it is the size of the
   * candidate list and nothing is tested.
   *
   * @return the number of partnerships
   */
  public int count() {
    if (conditions.isEmpty() && moment == null) {
      return atlas.partnerships().size();
    }
    List<Condition> every = allConditions();
    if (every.size() == 1) {
      Lookup lookup = every.get(0).lookup.apply(scope());
      if (lookup != null && lookup.exact) {
        return lookup.positions.get().length;
      }
    }
    return (int) stream().count();
  }

  /**
   * Returns the three-valued answer of this query for a partnership: the conjunction ({@link
   * Truth#and}) of the answers of its conditions at its moment, by testing them all (no index is
   * used). {@code YES} for a query without conditions.
   *
   * @param partnership a partnership of the atlas
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth answer(Partnership partnership) {
    requireNonNull(partnership, "partnership");
    Scope scope = scope();
    Truth answer = Truth.YES;
    for (Condition condition : allConditions()) {
      answer = answer.and(condition.test.answer(partnership, scope));
      if (answer == Truth.NO) {
        return answer;
      }
    }
    return answer;
  }

  /**
   * Returns whether the given partnership meets every condition of this query, under its certainty.
   * Equivalent to {@code certainty().accepts(answer(partnership))}.
   *
   * @param partnership a partnership of the atlas
   * @return whether it matches
   */
  public boolean matches(Partnership partnership) {
    return certainty.accepts(answer(partnership));
  }

  /**
   * Returns the certainty, moment and conditions of this query, such as {@code
   * PartnershipQuery[DEFINITELY, during(2020), involving([fr-brest]), active]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(certainty.toString());
    if (moment != null) {
      parts.add("during(" + moment + ")");
    }
    if (includePlanned) {
      parts.add("includingPlanned");
    }
    conditions.forEach(c -> parts.add(c.description));
    return parts.stream().collect(Collectors.joining(", ", "PartnershipQuery[", "]"));
  }

  /** What a query is evaluated with: its certainty, moment and treatment of planned parties. */
  private static final class Scope {
    final Certainty certainty;
    final @Nullable DateRange moment;
    final PlannedParties planned;
    final long from;
    final long to;

    Scope(Certainty certainty, @Nullable DateRange moment, PlannedParties planned) {
      this.certainty = certainty;
      this.moment = moment;
      this.planned = planned;
      this.from = moment == null ? Long.MIN_VALUE : moment.startEpochDay();
      this.to = moment == null ? Long.MAX_VALUE : moment.endEpochDay();
    }

    DateRange period() {
      return moment == null ? DateRange.unbounded() : moment;
    }
  }

  /** The three-valued predicate of a condition. */
  @FunctionalInterface
  private interface Test {
    Truth answer(Partnership p, Scope scope);
  }

  /** The candidates an index gives for a condition: ascending positions, at most estimate. */
  private static final class Lookup {
    final int estimate;
    final Supplier<int[]> positions;

    /** Whether the candidates are exactly the matches. */
    final boolean exact;

    Lookup(int estimate, Supplier<int[]> positions, boolean exact) {
      this.estimate = estimate;
      this.positions = positions;
      this.exact = exact;
    }
  }

  /** One condition: its predicate and, when indexed, how to find its candidates for a scope. */
  private static final class Condition {
    final String description;
    final Test test;
    final Function<Scope, @Nullable Lookup> lookup;

    Condition(String description, Test test, Function<Scope, @Nullable Lookup> lookup) {
      this.description = description;
      this.test = test;
      this.lookup = lookup;
    }

    /**
     * An indexed condition: {@code candidates} gives ascending positions, at most {@code estimate}
     * of them, among which are all matches in every scope; in a scope where {@code exact} holds,
     * they are exactly the matches.
     */
    static Condition indexed(
        String description,
        Test test,
        int estimate,
        Supplier<int[]> candidates,
        Predicate<Scope> exact) {
      return new Condition(
          description, test, scope -> new Lookup(estimate, candidates, exact.test(scope)));
    }

    /** An indexed condition whose candidates are the union of postings lists. */
    static Condition indexed(
        String description, Test test, List<int[]> postings, Predicate<Scope> exact) {
      int estimate = 0;
      for (int[] list : postings) {
        estimate += list.length;
      }
      int total = estimate;
      return indexed(description, test, total, () -> union(postings, total), exact);
    }

    static Condition tested(String description, Test test) {
      return new Condition(description, test, scope -> null);
    }

    private static int[] union(List<int[]> postings, int total) {
      if (postings.size() == 1) {
        return postings.get(0);
      }
      int[] merged = new int[total];
      int at = 0;
      for (int[] list : postings) {
        System.arraycopy(list, 0, merged, at, list.length);
        at += list.length;
      }
      Arrays.sort(merged);
      int distinct = 0;
      for (int i = 0; i < merged.length; i++) {
        if (i == 0 || merged[i] != merged[i - 1]) {
          merged[distinct++] = merged[i];
        }
      }
      return Arrays.copyOf(merged, distinct);
    }
  }
}
