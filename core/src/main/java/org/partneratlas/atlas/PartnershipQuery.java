package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
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
 * <p>How conditions answer yes, no or unknown (definitely or possibly), why a question has one
 * moment, when "any party" differs from "the partner's side", and the order, equivalences and cost
 * of results are explained in the {@linkplain org.partneratlas.atlas package documentation}.
 *
 * <pre>{@code
 * List<Partnership> marine = atlas.query()       // a broader theme includes its sub-themes
 *     .onTheme(ThemeId.of("energy.marine")).activeDuring(2020).list();
 * long inSpain2015 = atlas.query().during(2015).inCountry(CountryCode.of("ES")).count();
 * long maybe = atlas.query().possibly().during(2015).inCountry(CountryCode.of("ES")).count();
 * List<Partnership> twinsInEurope = atlas.query() // the partner in Europe, not only Brest
 *     .involving(BREST).withPartnerIn(BREST, M49Region.EUROPE).list();
 * }</pre>
 */
public final class PartnershipQuery {

  private final Atlas atlas;
  private final AtlasIndex index;
  private final QueryPlan plan;

  PartnershipQuery(Atlas atlas, AtlasIndex index) {
    this(atlas, index, QueryPlan.EVERY);
  }

  private PartnershipQuery(Atlas atlas, AtlasIndex index, QueryPlan plan) {
    this.atlas = atlas;
    this.index = index;
    this.plan = plan;
  }

  private Conditions factory() {
    return new Conditions(atlas, index);
  }

  private PartnershipQuery with(Condition condition) {
    return new PartnershipQuery(atlas, index, plan.with(condition));
  }

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
    return new PartnershipQuery(atlas, index, plan.withCertainty(certainty));
  }

  /**
   * Returns the certainty of this query: {@link Certainty#DEFINITELY} unless changed.
   *
   * @return the certainty
   */
  public Certainty certainty() {
    return plan.certainty;
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
    return new PartnershipQuery(atlas, index, plan.includingPlanned());
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
    return new PartnershipQuery(atlas, index, plan.during(period));
  }

  /**
   * Returns the period this query is scoped to.
   *
   * @return the moment, or empty if the query asks "at some time"
   */
  public Optional<DateRange> moment() {
    return Optional.ofNullable(plan.moment);
  }

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
    return with(factory().involving(Conditions.set(territory, more)));
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
    return with(factory().involvingWithin(territory));
  }

  /**
   * Keeps the partnerships in which a party in one of the countries takes part, at the moment of
   * the query or at some time: <em>any</em> party, the focal territory of a question included (for
   * the partner's side, see {@link #withPartnerIn(TerritoryId, CountryCode, CountryCode...)}).
   * Tests {@link #involving} over the parties whose territory's {@link
   * org.partneratlas.territory.Territory#country() country} is one of them; candidates come from
   * the country index.
   *
   * @param country a country
   * @param more other countries accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery inCountry(CountryCode country, CountryCode... more) {
    return with(factory().inCountry(Conditions.set(country, more)));
  }

  /**
   * Keeps the partnerships in which a party in one of the UN M49 regions (at any level: a continent
   * such as {@link M49Region#EUROPE}, a sub-region or an intermediate region) takes part, at the
   * moment of the query or at some time: <em>any</em> party, the focal territory of a question
   * included (for the partner's side, see {@link #withPartnerIn(TerritoryId, M49Region,
   * M49Region...)}). Tests {@link #involving} over the parties whose country is {@linkplain
   * M49#contains in} one of them; candidates come from the region index.
   *
   * @param region a region, such as {@code M49.requireRegion("South America")}
   * @param more other regions accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery inRegion(M49Region region, M49Region... more) {
    return with(factory().inRegion(Conditions.set(region, more)));
  }

  /**
   * Keeps the partnerships in which a focal territory has a <em>partner</em> in one of the
   * countries: the focal territory and another territory of one of those countries were parties at
   * the same time, within the moment of the query (or at some time); how "at the same time" is
   * answered is in the {@linkplain org.partneratlas.atlas package documentation}. Candidates come
   * from the territory index of the focal territory.
   *
   * @param focal the territory whose partners are asked about
   * @param country a country
   * @param more other countries accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery withPartnerIn(
      TerritoryId focal, CountryCode country, CountryCode... more) {
    return with(factory().withPartnerInCountries(focal, Conditions.set(country, more)));
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
    return with(factory().withPartnerInRegions(focal, Conditions.set(region, more)));
  }

  /**
   * Keeps the partnerships of one of the given kinds. Tests {@code kinds.contains(p.kind())}, yes
   * or no; not indexed (a kind is rarely selective) and not dependent on the moment.
   *
   * @param kind a kind
   * @param more other kinds accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery ofKind(PartnershipKind kind, PartnershipKind... more) {
    return with(Conditions.ofKind(EnumSet.of(kind, more)));
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
    return with(factory().onTheme(Conditions.set(theme, more)));
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
    return with(Conditions.withStatus(EnumSet.of(status, more)));
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
    return with(factory().active());
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
    return with(Conditions.withActionsOfKind(EnumSet.of(kind, more)));
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
    return with(Conditions.withActionsOfModality(EnumSet.of(modality, more)));
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
    return with(factory().affectedBy(crisis));
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
    return with(factory().withPlannedParty(territory));
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
    return with(Conditions.matching(predicate));
  }

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

  /**
   * Returns the matching partnerships, in the order of {@link Atlas#partnerships()}.
   *
   * @return the partnerships
   */
  public ImmutableList<Partnership> list() {
    if (plan.isEvery()) {
      return atlas.partnerships().list();
    }
    return plan.list(atlas.partnerships().list(), factory());
  }

  /**
   * Returns the matching partnerships as a sequential stream, in the order of {@link
   * Atlas#partnerships()}. The candidates are chosen when the stream is made; the other conditions
   * are tested lazily as the stream is consumed.
   *
   * @return the partnerships
   */
  public Stream<Partnership> stream() {
    return plan.stream(atlas.partnerships().list(), factory());
  }

  /**
   * Returns the number of matching partnerships. Equivalent to {@code list().size()}; with no
   * condition, or with a single condition answered exactly by its index, it is the size of the
   * candidate list and nothing is tested.
   *
   * @return the number of partnerships
   */
  public int count() {
    return plan.count(atlas.partnerships().list(), factory());
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
    return plan.answer(partnership, factory());
  }

  /**
   * Returns whether the given partnership meets every condition of this query, under its certainty.
   * Equivalent to {@code certainty().accepts(answer(partnership))}.
   *
   * @param partnership a partnership of the atlas
   * @return whether it matches
   */
  public boolean matches(Partnership partnership) {
    return plan.certainty.accepts(answer(partnership));
  }

  /**
   * Runs this query and tells how, for debugging and for tuning a query: which indexes gave the
   * candidates and how many each, how the remaining conditions were decided on them, and how many
   * matched, in five lines for people (described, with an example, in the {@linkplain
   * org.partneratlas.atlas package documentation}; do not parse them).
   *
   * @return the plan of this query and what it did, on several lines
   */
  public String explain() {
    return plan.explain(atlas.partnerships().list(), factory());
  }

  /**
   * Returns the certainty, moment and conditions of this query, such as {@code
   * PartnershipQuery[DEFINITELY, during(2020), involving([fr-brest]), active]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return plan.toString();
  }
}
