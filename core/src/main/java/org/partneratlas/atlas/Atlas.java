package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;

/**
 * One immutable, validated snapshot of territories, partnerships, themes, actors, crises and crisis
 * impacts, with indexes for the query API.
 *
 * <p>An Atlas is made with a {@link Builder}: {@link Builder#build()} checks every rule of the
 * model (unique ids, also ignoring case; references to existing entities, with a suggestion when a
 * close id exists; no territory its own ancestor, none with more than {@link
 * Territory#MAX_ANCESTORS} ancestors; at least two distinct parties per partnership; not the same
 * partnership twice; status histories in order; children in their parent's country; actions within
 * the life of an ended partnership) and throws one {@link AtlasValidationException} listing every
 * problem, in time linear in the size of the atlas. A new Atlas is derived from an old one with
 * {@link #toBuilder()}.
 *
 * <p>Each kind of entity is an {@link EntityTable}, with one policy for lookups: {@code get} and
 * {@code findNamed} return an {@link Optional}; {@code require} and {@code requireNamed} throw an
 * {@link IllegalArgumentException} naming what is missing. The methods below that take a
 * territory's id ask about a territory that must exist, and throw the same way when it does not.
 * Results are immutable and in the order of the atlas; two atlases are equal when they hold equal
 * entities in the same order. An Atlas is immutable and thread-safe.
 *
 * <ul>
 *   <li>Tables: {@link #territories()}, {@link #partnerships()}, {@link #themes()}, {@link
 *       #actors()}, {@link #crises()}, {@link #crisisImpacts()}, {@link #actions()}.
 *   <li>Portfolio: {@link #partnershipsOf}, {@link #partnershipsWithin} (with the subdivisions),
 *       {@link #partnersOf}, {@link #subdivisionsOf}, {@link #descendantsOf}, {@link #ancestorsOf}.
 *   <li>Composable filters: {@link #query()}, a {@link PartnershipQuery} evaluated at one moment,
 *       definitely or possibly; its {@link PartnershipQuery#actions()} narrows to actions.
 *   <li>Views of a whole atlas (timelines, theme history, crisis report, network, statistics,
 *       distances) are in {@link org.partneratlas.report}.
 * </ul>
 *
 * <pre>{@code
 * Atlas atlas = Atlas.builder()
 *     .addAll(ThemeCatalogue.standard().themes())
 *     .add(brest, kiel, brestKiel)
 *     .build();
 * atlas.partnershipsOf(brest.id());                            // [brestKiel]
 * atlas.territories().requireNamed("cadiz");                   // Cádiz
 * atlas.query().onTheme(StandardThemes.ENERGY_MARINE).list();  // who works on marine energies
 * atlas.query().actions().withModality(Modality.REMOTE).during(2020).list();
 * }</pre>
 */
public final class Atlas {

  private final EntityTable<TerritoryId, Territory> territories;
  private final EntityTable<PartnershipId, Partnership> partnerships;
  private final EntityTable<ThemeId, Theme> themes;
  private final EntityTable<ActorId, Actor> actors;
  private final EntityTable<CrisisId, Crisis> crises;
  private final EntityTable<CrisisImpactId, CrisisImpact> crisisImpacts;
  private final EntityTable<ActionId, Action> actions;
  // For each action, by its position in actions, the position of its partnership: with the id
  // positions of the actions table, no second map from millions of action ids.
  private final int[] partnershipOfAction;
  private final AtlasIndex index;
  private final Portfolio portfolio;

  private Atlas(Builder builder, Validator validated) {
    this.territories = builder.table(EntityType.TERRITORY, validated);
    this.partnerships = builder.table(EntityType.PARTNERSHIP, validated);
    this.themes = builder.table(EntityType.THEME, validated);
    this.actors = builder.table(EntityType.ACTOR, validated);
    this.crises = builder.table(EntityType.CRISIS, validated);
    this.crisisImpacts = builder.table(EntityType.CRISIS_IMPACT, validated);
    int[] owners = validated.actionOwners();
    this.actions =
        EntityTable.of(EntityType.ACTION, validated.actions(), validated.actionPositions());
    this.partnershipOfAction = owners;
    this.index =
        new AtlasIndex(
            territories,
            partnerships,
            themes,
            crises,
            crisisImpacts,
            validated.partyTerritories(),
            validated.periodThemes(),
            builder.executor);
    this.portfolio = new Portfolio(territories, partnerships, index);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an Atlas with nothing in it.
   *
   * @return the empty atlas
   */
  public static Atlas empty() {
    return builder().build();
  }

  /**
   * Returns a builder holding everything in this Atlas, to derive a new Atlas from it with {@link
   * Builder#replace}, {@link Builder#remove} and {@link Builder#add}.
   *
   * @return a builder initialised from this atlas
   */
  public Builder toBuilder() {
    return new Builder()
        .addAll(territories)
        .addAll(partnerships)
        .addAll(themes)
        .addAll(actors)
        .addAll(crises)
        .addAll(crisisImpacts);
  }

  /**
   * Returns the territories.
   *
   * @return the table of territories, in the order they were added
   */
  public EntityTable<TerritoryId, Territory> territories() {
    return territories;
  }

  /**
   * Returns the partnerships.
   *
   * @return the table of partnerships, in the order they were added
   */
  public EntityTable<PartnershipId, Partnership> partnerships() {
    return partnerships;
  }

  /**
   * Returns the themes.
   *
   * @return the table of themes, in the order they were added
   */
  public EntityTable<ThemeId, Theme> themes() {
    return themes;
  }

  /**
   * Returns the actors.
   *
   * @return the table of actors, in the order they were added
   */
  public EntityTable<ActorId, Actor> actors() {
    return actors;
  }

  /**
   * Returns the crises.
   *
   * @return the table of crises, in the order they were added
   */
  public EntityTable<CrisisId, Crisis> crises() {
    return crises;
  }

  /**
   * Returns the crisis impacts.
   *
   * @return the table of crisis impacts, in the order they were added
   */
  public EntityTable<CrisisImpactId, CrisisImpact> crisisImpacts() {
    return crisisImpacts;
  }

  /**
   * Returns the actions of every partnership, in the order of the partnerships and then of each
   * partnership's actions. Actions are added to an atlas with their partnership.
   *
   * @return the table of actions
   */
  public EntityTable<ActionId, Action> actions() {
    return actions;
  }

  /**
   * Returns the partnership an action belongs to. Constant time.
   *
   * @param id the action's id
   * @return the partnership, or empty if there is no action with that id
   */
  public Optional<Partnership> partnershipOfAction(ActionId id) {
    int position = actions.positionOf(requireNonNull(id, "id"));
    return position < 0
        ? Optional.empty()
        : Optional.of(partnerships.list().get(partnershipOfAction[position]));
  }

  /**
   * Returns the partnerships in which a territory is a party (planned parties included), in the
   * order of {@link #partnerships()}. Equivalent to filtering {@link #partnerships()} on {@code
   * p.territories().contains(id)}, but answered in constant time from a list kept for each
   * territory when the atlas was built: the territory is a party, whatever its period and status.
   * The query {@code query().involving(id)} asks more: that it takes part at some time, which
   * leaves out the partnerships in which it is only planned.
   *
   * @param id the territory's id
   * @return the partnerships, empty if the territory has none
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Partnership> partnershipsOf(TerritoryId id) {
    return portfolio.partnershipsOf(id);
  }

  /**
   * Returns the partnerships of a territory and of all the territories within it, at any depth:
   * Brest Métropole's portfolio including the twinnings of the city of Brest. In the order of
   * {@link #partnerships()}, each once, planned parties included, whatever their periods.
   * Equivalent to filtering {@link #partnerships()} on a party that is the territory or one of
   * {@link #descendantsOf(TerritoryId)}; answered from the territory index in O(d + k log k) for d
   * subdivisions and k partnerships.
   *
   * @param id the territory's id
   * @return the partnerships, empty if there are none
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Partnership> partnershipsWithin(TerritoryId id) {
    return portfolio.partnershipsWithin(id);
  }

  /**
   * Returns the territories whose parent is the given one, in the order of {@link #territories()}.
   * Answered from an index.
   *
   * @param id the territory's id
   * @return the direct subdivisions
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Territory> subdivisionsOf(TerritoryId id) {
    territories.checkContains(id);
    return index.childrenByTerritory.get(id);
  }

  /**
   * Returns the territories within a territory at every depth: its subdivisions, theirs, and so on
   * (Brest Métropole contains Brest). In the order of {@link #territories()}. O(d log d) for d
   * subdivisions, from the parent index.
   *
   * @param id the territory's id
   * @return the subdivisions at any depth, empty if there are none
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Territory> descendantsOf(TerritoryId id) {
    return portfolio.descendantsOf(id);
  }

  /**
   * Returns the territories a territory is part of, nearest first (for Xalapa: Veracruz, then
   * Mexico). Equivalent to following {@link Territory#parent()} to the top. O(depth).
   *
   * @param id the territory's id
   * @return the ancestors, empty for a top-level territory
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Territory> ancestorsOf(TerritoryId id) {
    return portfolio.ancestorsOf(id);
  }

  /**
   * Returns the territories known to have been partners of a territory: those that were parties to
   * one of its partnerships at the same time as it, planned parties left out. Equivalent to {@code
   * partnersOf(id, Certainty.DEFINITELY, PlannedParties.EXCLUDED)}.
   *
   * @param id the territory's id
   * @return the partners, empty if there are none
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Territory> partnersOf(TerritoryId id) {
    return partnersOf(id, Certainty.DEFINITELY, PlannedParties.EXCLUDED);
  }

  /**
   * Returns the partner territories of a territory: every other territory that was (definitely), or
   * may have been (possibly), a party to one of its partnerships at the same time as it — on a
   * common day of their participation extents ({@link Party#extentWithin}; see {@link
   * Partnership#partiesTogether}). So Chubut (from 2010, end unknown) and Tierra del Fuego (from
   * 2016, ongoing) are possibly, not definitely, partners. Planned parties take part at no time
   * unless {@link PlannedParties#INCLUDED}, when they count over their planned period.
   *
   * <p>Each partner once, in the order of {@link #territories()}. The relation is symmetric: {@code
   * b} is a partner of {@code a} exactly when {@code a} is a partner of {@code b}, for each
   * certainty and option. O(k × q²) for k partnerships of the territory with q parties each.
   *
   * @param id the territory's id
   * @param certainty whether partners that only may have been count
   * @param planned whether planned parties count
   * @return the partners, empty if there are none
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public ImmutableList<Territory> partnersOf(
      TerritoryId id, Certainty certainty, PlannedParties planned) {
    return portfolio.partnersOf(id, certainty, planned);
  }

  /**
   * Returns a query over all the partnerships of this atlas, to narrow with conditions (party,
   * country, region, kind, theme, status, activity in a period, actions, crisis, planned party).
   * See {@link PartnershipQuery} for the order of results, the equivalences and the costs.
   *
   * <pre>{@code
   * atlas.query().involving(VERACRUZ).during(2021).list();
   * atlas.query().onTheme(StandardThemes.ENERGY_MARINE).count();
   * }</pre>
   *
   * @return a query matching every partnership
   */
  public PartnershipQuery query() {
    return new PartnershipQuery(this, index);
  }

  /** Returns the indexes of this atlas, for the query classes of this package. */
  AtlasIndex index() {
    return index;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Atlas)) {
      return false;
    }
    Atlas other = (Atlas) obj;
    return tables().equals(other.tables());
  }

  @Override
  public int hashCode() {
    return tables().hashCode();
  }

  private List<EntityTable<?, ?>> tables() {
    return List.of(territories, partnerships, themes, actors, crises, crisisImpacts);
  }

  /**
   * Returns a summary such as {@code Atlas{territories=20, partnerships=15, themes=64, actors=6,
   * crises=1, crisisImpacts=1}}.
   *
   * @return the counts of each kind of entity
   */
  @Override
  public String toString() {
    return tables().stream()
        .map(t -> t.toString().replace('[', '=').replace("]", ""))
        .collect(Collectors.joining(", ", "Atlas{", "}"));
  }

  /**
   * Collects the entities of an {@link Atlas} and checks them all at once in {@link #build()}.
   *
   * <p>One surface for every kind: {@link #add} and {@link #addAll} take territories, partnerships,
   * themes, actors, crises and crisis impacts in any mix (actions come with their partnership);
   * {@link #replace} and {@link #remove} derive a new Atlas from an old one. Entities of each kind
   * keep the order in which they are added. Adding an entity whose id is already present is not an
   * error until {@link #build()}, which reports every duplicate along with all other problems. A
   * builder is not thread-safe; it can be reused after {@code build()}.
   */
  public static final class Builder {
    private final Staging staged = new Staging();
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * Lets {@link #build()} hand independent parts of its work to an executor, such as {@link
     * java.util.concurrent.ForkJoinPool#commonPool()}, and wait for them: the action ids are
     * checked beside the other rules, the index of lives computed beside the other indexes. The
     * atlas, or the problems reported, are the same. Worth it for large atlases with a core to
     * spare; by default everything runs on the calling thread.
     *
     * @param executor where to run the parts done apart; each part is one task that does not block
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder parallelOn(Executor executor) {
      this.executor = requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Adds entities of any kind: territories, partnerships, themes, actors, crises, crisis impacts.
     *
     * @param values the entities
     * @return this builder
     * @throws IllegalArgumentException if a value is not an entity an atlas holds (such as an
     *     action, which belongs to its partnership)
     */
    @CanIgnoreReturnValue
    public Builder add(Entity<?>... values) {
      return addAll(Arrays.asList(requireNonNull(values, "values")));
    }

    /**
     * Adds entities of any kind, such as the themes of {@link
     * org.partneratlas.theme.ThemeCatalogue#standard()}. Adds every value, or none if one is null
     * (the message names its position) or is not an entity an atlas holds.
     *
     * @param values the entities
     * @return this builder
     * @throws IllegalArgumentException if a value is not an entity an atlas holds
     */
    @CanIgnoreReturnValue
    public Builder addAll(Iterable<? extends Entity<?>> values) {
      staged.addAll(values);
      return this;
    }

    /**
     * Replaces the entities of the same kind that have the id of the given one by it, at the
     * position of the first; adds it at the end if there is none.
     *
     * @param value the new entity
     * @return this builder
     * @throws IllegalArgumentException if the value is not an entity an atlas holds
     */
    @CanIgnoreReturnValue
    public Builder replace(Entity<?> value) {
      staged.replace(value);
      return this;
    }

    /**
     * Removes the entities with the given id: the territories with a territory's id, and so on.
     *
     * @param id the id
     * @return this builder
     * @throws IllegalArgumentException if it is not the id of an entity an atlas holds
     */
    @CanIgnoreReturnValue
    public Builder remove(EntityId<?> id) {
      staged.remove(id);
      return this;
    }

    /** The staged entities of one kind. */
    <K extends EntityId<K>, E extends Entity<K>> List<E> staged(EntityType<K, E> type) {
      return staged.list(type);
    }

    private <K extends EntityId<K>, E extends Entity<K>> EntityTable<K, E> table(
        EntityType<K, E> type, Validator validated) {
      return EntityTable.of(type, staged(type), validated.positions(type));
    }

    /**
     * Checks every rule of the model and returns the Atlas.
     *
     * @return the validated, indexed atlas
     * @throws AtlasValidationException listing every problem found, if any rule is broken
     */
    public Atlas build() {
      Validator validator = new Validator(this);
      List<Problem> problems = validator.validate(executor);
      if (!problems.isEmpty()) {
        problems.sort(Comparator.comparing(Problem::kind).thenComparingInt(Problem::index));
        throw new AtlasValidationException(problems);
      }
      return new Atlas(this, validator);
    }
  }
}
