package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;

/**
 * A composable query over the partnerships of an {@link Atlas}: start from {@link Atlas#query()},
 * add conditions, then {@linkplain #list() list}, {@linkplain #stream() stream} or {@linkplain
 * #count() count} the partnerships that meet them all.
 *
 * <p>Each condition method returns a new query with one more condition; a partnership matches when
 * it meets every condition (conditions are combined with "and"; a condition given several values,
 * such as {@link #ofKind}, accepts any of them). A query is immutable and thread-safe; it can be
 * kept, extended in several directions, and run any number of times.
 *
 * <p><b>Order.</b> Results are always in the order of {@link Atlas#partnerships()}, the order in
 * which partnerships were added to the atlas.
 *
 * <p><b>Equivalence.</b> Each condition states the predicate it tests. A query is equivalent to
 * filtering {@code atlas.partnerships().stream()} with all its predicates; the library's tests
 * check this on thousands of generated atlases.
 *
 * <p><b>Cost.</b> Conditions on a territory, a subdivision tree, a country, a region, a theme, a
 * planned party, a crisis and activity in a period are answered from indexes built with the atlas.
 * A query takes the indexed condition with the fewest candidates (each index knows its size, or an
 * upper bound of it, in O(1) or O(log n)) and tests the other conditions on those candidates only:
 * O(c × f) for c candidates and conditions costing f each. A query with no indexed condition tests
 * all n partnerships. Unknown ids are not errors: a condition on a territory, theme or crisis that
 * is not in the atlas matches nothing.
 *
 * <pre>{@code
 * List<Partnership> marine = atlas.query()
 *     .onTheme(ThemeId.of("energy.marine"))        // or a broader theme, such as "energy"
 *     .activeDuring(2020)
 *     .list();
 * long inLatinAmerica = atlas.query()
 *     .involvingWithin(BREST_METROPOLE)            // Brest Métropole and its communes
 *     .inRegion(M49.requireRegion("Latin America and the Caribbean"))
 *     .count();
 * }</pre>
 */
public final class PartnershipQuery {

  private final Atlas atlas;
  private final AtlasIndex index;
  private final ImmutableList<Condition> conditions;

  PartnershipQuery(Atlas atlas, AtlasIndex index) {
    this(atlas, index, ImmutableList.of());
  }

  private PartnershipQuery(Atlas atlas, AtlasIndex index, ImmutableList<Condition> conditions) {
    this.atlas = atlas;
    this.index = index;
    this.conditions = conditions;
  }

  private PartnershipQuery with(Condition condition) {
    return new PartnershipQuery(
        atlas, index, ImmutableList.<Condition>builder().addAll(conditions).add(condition).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions

  /**
   * Keeps the partnerships in which a territory is a party, planned parties included. Tests {@code
   * p.territories().contains(territory)}; answered from the territory index.
   *
   * @param territory the territory
   * @return a new query with this condition added
   */
  public PartnershipQuery involving(TerritoryId territory) {
    requireNonNull(territory, "territory");
    int[] positions = index.partnershipsWith(territory);
    return with(
        Condition.indexed(
            "involving(" + territory + ")",
            p -> p.territories().contains(territory),
            positions.length,
            () -> positions,
            true));
  }

  /**
   * Keeps the partnerships in which a territory takes part during (some day of) a period: it is a
   * party, not {@linkplain PartyStatus#PLANNED planned}, whose period overlaps the given one. So
   * {@code involving(CHUBUT, DateRange.ofYear(2012))} finds the Patagonia cooperation and {@code
   * involving(CHUBUT, DateRange.ofYear(2018))} does not, Chubut having left in 2016. For a year,
   * equivalent to testing {@link Partnership#partiesDuring(int)}. Candidates come from the
   * territory index.
   *
   * @param territory the territory
   * @param during the period
   * @return a new query with this condition added
   */
  public PartnershipQuery involving(TerritoryId territory, DateRange during) {
    requireNonNull(territory, "territory");
    requireNonNull(during, "during");
    int[] positions = index.partnershipsWith(territory);
    return with(
        Condition.indexed(
            "involving(" + territory + ", " + during + ")",
            p -> {
              for (Party party : p.parties()) {
                if (party.territory().equals(territory)
                    && party.status() != PartyStatus.PLANNED
                    && party.period().overlaps(during)) {
                  return true;
                }
              }
              return false;
            },
            positions.length,
            () -> positions,
            false));
  }

  /**
   * Keeps the partnerships in which the territory or one of its subdivisions, at any depth, is a
   * party, planned parties included: Brest Métropole's portfolio with that of the city of Brest.
   * Tests {@code p.territories()} against the territory and {@link Atlas#descendantsOf}; answered
   * by merging the territory index entries of the territory and of its d subdivisions, O(d + k log
   * k) for k partnerships, once per query run.
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
            p -> !Sets.intersection(p.territories(), within).isEmpty(),
            estimate,
            () -> index.partnershipsWithin(territory),
            true));
  }

  /**
   * Keeps the partnerships with a party, planned parties included, in a country. Tests whether the
   * {@link org.partneratlas.territory.Territory#country() country} of one of {@code
   * p.territories()} is the given one; answered from the country index.
   *
   * @param country the country
   * @return a new query with this condition added
   */
  public PartnershipQuery inCountry(CountryCode country) {
    requireNonNull(country, "country");
    int[] positions = index.partnershipsInCountry(country);
    return with(
        Condition.indexed(
            "inCountry(" + country + ")",
            p -> p.territories().stream().anyMatch(t -> countryOf(t).equals(country)),
            positions.length,
            () -> positions,
            true));
  }

  /**
   * Keeps the partnerships with a party, planned parties included, in a UN M49 region at any level:
   * a continent ({@link M49Region#EUROPE}), a sub-region or an intermediate region. Tests whether
   * {@link M49#contains M49.contains(region, country)} for the country of one of {@code
   * p.territories()}; answered from the region index.
   *
   * @param region the region, such as {@code M49.requireRegion("South America")}
   * @return a new query with this condition added
   */
  public PartnershipQuery inRegion(M49Region region) {
    requireNonNull(region, "region");
    int[] positions = index.partnershipsInRegion(region);
    return with(
        Condition.indexed(
            "inRegion(" + region + ")",
            p -> p.territories().stream().anyMatch(t -> M49.contains(region, countryOf(t))),
            positions.length,
            () -> positions,
            true));
  }

  /**
   * Keeps the partnerships of one of the given kinds. Tests {@code kinds.contains(p.kind())}; not
   * indexed (a kind is rarely selective).
   *
   * @param kind a kind
   * @param more other kinds accepted
   * @return a new query with this condition added
   */
  public PartnershipQuery ofKind(PartnershipKind kind, PartnershipKind... more) {
    Set<PartnershipKind> kinds = EnumSet.of(kind, more);
    return with(Condition.tested("ofKind(" + kinds + ")", p -> kinds.contains(p.kind())));
  }

  /**
   * Keeps the partnerships that work, at any time, on a theme or one of its sub-themes: {@code
   * onTheme(ThemeId.of("maritime"))} finds a partnership on {@code maritime.aquaculture}. Tests
   * whether {@code t.theme().isWithin(theme)} for one of {@code p.themes()}; answered from the
   * theme index, where each partnership is filed under its themes and all their broader themes.
   *
   * @param theme the theme
   * @return a new query with this condition added
   */
  public PartnershipQuery onTheme(ThemeId theme) {
    requireNonNull(theme, "theme");
    int[] positions = index.partnershipsOnTheme(theme);
    return with(
        Condition.indexed(
            "onTheme(" + theme + ")",
            p -> p.themes().stream().anyMatch(t -> t.theme().isWithin(theme)),
            positions.length,
            () -> positions,
            true));
  }

  /**
   * Keeps the partnerships that work on a theme or one of its sub-themes during (some day of) a
   * period. Tests whether, for one of {@code p.themes()}, {@code t.theme().isWithin(theme) &&
   * t.period().overlaps(during)}; candidates come from the theme index.
   *
   * @param theme the theme
   * @param during the period
   * @return a new query with this condition added
   */
  public PartnershipQuery onTheme(ThemeId theme, DateRange during) {
    requireNonNull(theme, "theme");
    requireNonNull(during, "during");
    int[] positions = index.partnershipsOnTheme(theme);
    return with(
        Condition.indexed(
            "onTheme(" + theme + ", " + during + ")",
            p -> {
              for (ThemePeriod t : p.themes()) {
                if (t.theme().isWithin(theme) && t.period().overlaps(during)) {
                  return true;
                }
              }
              return false;
            },
            positions.length,
            () -> positions,
            false));
  }

  /**
   * Keeps the partnerships in the given status on a day. Tests {@code
   * p.statusOn(day).equals(Optional.of(status))}; not indexed.
   *
   * @param status the status
   * @param day the day
   * @return a new query with this condition added
   */
  public PartnershipQuery withStatus(PartnershipStatus status, LocalDate day) {
    requireNonNull(status, "status");
    requireNonNull(day, "day");
    Optional<PartnershipStatus> expected = Optional.of(status);
    return with(
        Condition.tested(
            "withStatus(" + status + ", " + day + ")", p -> p.statusOn(day).equals(expected)));
  }

  /**
   * Keeps the partnerships active during a year. Tests {@link Partnership#isActiveDuring(int)
   * p.isActiveDuring(year)}; equivalent to {@code activeDuring(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return a new query with this condition added
   */
  public PartnershipQuery activeDuring(int year) {
    return activeDuring(DateRange.ofYear(year));
  }

  /**
   * Keeps the partnerships active during (some day of) a period. Tests {@link
   * Partnership#isActiveDuring(DateRange) p.isActiveDuring(period)}. Candidates are the
   * partnerships whose life overlaps the period (a partnership is never active outside its life),
   * from an interval index of lives in which open-ended lives ("since 2009") are intervals like any
   * other: O(log n + k log k) for k lives overlapping the period.
   *
   * @param period the period
   * @return a new query with this condition added
   */
  public PartnershipQuery activeDuring(DateRange period) {
    requireNonNull(period, "period");
    long from = period.startEpochDay();
    long to = period.endEpochDay();
    return with(
        Condition.indexed(
            "activeDuring(" + period + ")",
            p -> p.activeDuring(period).isYes(),
            index.lives.estimate(from, to),
            () -> index.lives.overlapping(from, to),
            false));
  }

  /**
   * Keeps the partnerships with at least one action of a kind, whatever its status. Tests {@code
   * p.actions().stream().anyMatch(a -> a.kind() == kind)}; not indexed.
   *
   * @param kind the kind of action
   * @return a new query with this condition added
   */
  public PartnershipQuery withActionsOfKind(ActionKind kind) {
    requireNonNull(kind, "kind");
    return with(
        Condition.tested(
            "withActionsOfKind(" + kind + ")",
            p -> p.actions().stream().anyMatch(a -> a.kind() == kind)));
  }

  /**
   * Keeps the partnerships with at least one action of a modality, whatever its status. Tests
   * {@code p.actions().stream().anyMatch(a -> a.modality().equals(Optional.of(modality)))}; not
   * indexed.
   *
   * @param modality the modality
   * @return a new query with this condition added
   */
  public PartnershipQuery withActionsOfModality(Modality modality) {
    requireNonNull(modality, "modality");
    Optional<Modality> expected = Optional.of(modality);
    return with(
        Condition.tested(
            "withActionsOfModality(" + modality + ")",
            p -> p.actions().stream().anyMatch(a -> a.modality().equals(expected))));
  }

  /**
   * Keeps the partnerships a crisis affects: those listed in the {@link
   * org.partneratlas.crisis.CrisisImpact#partnerships() partnerships} of one of its impacts, and
   * those hit through a party: the partnership's life overlaps the crisis period and it has a
   * non-planned party whose period overlaps the crisis period and whose territory is one of an
   * impact's {@link org.partneratlas.crisis.CrisisImpact#territories() territories} or a
   * subdivision of one. Answered from an index built with the atlas.
   *
   * @param crisis the crisis
   * @return a new query with this condition added
   */
  public PartnershipQuery affectedBy(CrisisId crisis) {
    requireNonNull(crisis, "crisis");
    int[] positions = index.partnershipsAffectedBy(crisis);
    return with(
        Condition.indexed(
            "affectedBy(" + crisis + ")",
            p -> {
              Integer position = index.partnershipPosition.get(p.id());
              return position != null && Arrays.binarySearch(positions, position) >= 0;
            },
            positions.length,
            () -> positions,
            true));
  }

  /**
   * Keeps the partnerships a territory is planned to join: it is a party with status {@link
   * PartyStatus#PLANNED}, or one of the {@link Perspective#plannedParties() planned parties} of a
   * perspective. Answered from the planned-party index.
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
            p -> plans(p, territory),
            positions.length,
            () -> positions,
            true));
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
   * do not say. Not indexed: add it after indexed conditions, which then give the candidates it is
   * tested on.
   *
   * @param predicate the predicate; it must be thread-safe if the query is run on several threads
   * @return a new query with this condition added
   */
  public PartnershipQuery matching(Predicate<? super Partnership> predicate) {
    requireNonNull(predicate, "predicate");
    return with(Condition.tested("matching(predicate)", predicate));
  }

  private CountryCode countryOf(TerritoryId territory) {
    return atlas.requireTerritory(territory).country();
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  /**
   * Returns the actions of the matching partnerships, as a query that can be narrowed further.
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
    if (conditions.isEmpty()) {
      return atlas.partnerships();
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
    ImmutableList<Partnership> all = atlas.partnerships();
    Condition driver = null;
    for (Condition condition : conditions) {
      if (condition.candidates != null
          && (driver == null || condition.estimate < driver.estimate)) {
        driver = condition;
      }
    }
    ImmutableList<Predicate<? super Partnership>> tests = testsBesides(driver);
    Stream<Partnership> candidates =
        driver == null
            ? all.stream()
            : IntStream.of(requireNonNull(driver.candidates).get()).mapToObj(all::get);
    if (tests.isEmpty()) {
      return candidates;
    }
    return candidates.filter(
        p -> {
          for (Predicate<? super Partnership> test : tests) {
            if (!test.test(p)) {
              return false;
            }
          }
          return true;
        });
  }

  private ImmutableList<Predicate<? super Partnership>> testsBesides(@Nullable Condition driver) {
    ImmutableList.Builder<Predicate<? super Partnership>> tests = ImmutableList.builder();
    for (Condition condition : conditions) {
      if (condition != driver || !condition.exact) {
        tests.add(condition.test);
      }
    }
    return tests.build();
  }

  /**
   * Returns the number of matching partnerships. Equivalent to {@code list().size()}; with no
   * condition, or with a single condition answered exactly by its index, it is the size of the
   * candidate list and nothing is tested.
   *
   * @return the number of partnerships
   */
  public int count() {
    if (conditions.isEmpty()) {
      return atlas.partnerships().size();
    }
    if (conditions.size() == 1 && conditions.get(0).exact) {
      return requireNonNull(conditions.get(0).candidates).get().length;
    }
    return (int) stream().count();
  }

  /**
   * Returns whether the given partnership meets every condition of this query, by testing them all
   * (no index is used).
   *
   * @param partnership a partnership of the atlas
   * @return whether it matches
   */
  public boolean matches(Partnership partnership) {
    requireNonNull(partnership, "partnership");
    for (Condition condition : conditions) {
      if (!condition.test.test(partnership)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the conditions of this query, such as {@code PartnershipQuery[involving(fr-brest),
   * activeDuring(2020)]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return conditions.stream()
        .map(c -> c.description)
        .collect(Collectors.joining(", ", "PartnershipQuery[", "]"));
  }

  /** One condition: its predicate and, when indexed, its candidates. */
  private static final class Condition {
    final String description;
    final Predicate<? super Partnership> test;
    final int estimate;
    final @Nullable Supplier<int[]> candidates;
    final boolean exact;

    private Condition(
        String description,
        Predicate<? super Partnership> test,
        int estimate,
        @Nullable Supplier<int[]> candidates,
        boolean exact) {
      this.description = description;
      this.test = test;
      this.estimate = estimate;
      this.candidates = candidates;
      this.exact = exact;
    }

    /**
     * An indexed condition: {@code candidates} gives ascending positions, at most {@code estimate}
     * of them, among which are all matches; when {@code exact}, they are exactly the matches.
     */
    static Condition indexed(
        String description,
        Predicate<? super Partnership> test,
        int estimate,
        Supplier<int[]> candidates,
        boolean exact) {
      return new Condition(description, test, estimate, candidates, exact);
    }

    static Condition tested(String description, Predicate<? super Partnership> test) {
      return new Condition(description, test, Integer.MAX_VALUE, null, false);
    }
  }
}
