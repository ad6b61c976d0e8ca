package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.internal.Participation;
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
 * partnership twice, that is the same kind and parties with party periods that overlap; status
 * histories in order; children in their parent's country; partnership names of at most {@link
 * org.partneratlas.common.LocalizedText#MAX_NAME_LENGTH} characters; actions within the life of an
 * ended partnership) and throws one {@link AtlasValidationException} listing every problem. The
 * checks take time linear in the size of the atlas. A new Atlas is derived from an old one with
 * {@link #toBuilder()}.
 *
 * <p>Collections keep the order in which entities were added. Two atlases are equal when they hold
 * equal entities in the same order. An Atlas is immutable and thread-safe: share it freely between
 * threads and requests.
 *
 * <h2>Query API</h2>
 *
 * <ul>
 *   <li>Lookup by id: {@link #territory}, {@link #partnership}, {@link #theme}, {@link #actor},
 *       {@link #crisis} (empty when absent) and their {@code require} variants (an {@link
 *       IllegalArgumentException} naming the id); by name in any language, ignoring case, accents
 *       and punctuation: {@link #territoriesNamed}, {@link #territoryNamed}, {@link
 *       #requireTerritoryNamed} and the same for partnerships, themes, actors and crises.
 *   <li>Portfolio: {@link #partnershipsOf}, {@link #partnershipsWithin} (with the subdivisions),
 *       {@link #partnersOf}, {@link #subdivisionsOf}, {@link #descendantsOf}, {@link #ancestorsOf}.
 *   <li>Composable filters: {@link #query()}, a {@link PartnershipQuery} by party, country, UN M49
 *       region (of any party, or of the partners of a focal territory), kind, theme with
 *       sub-themes, status, activity, actions, crisis and planned party, all evaluated at one
 *       moment ({@link PartnershipQuery#during}), definitely or {@linkplain
 *       PartnershipQuery#possibly() possibly}; its {@link PartnershipQuery#actions()} narrows to
 *       actions ({@link ActionQuery}).
 *   <li>Elsewhere, one call away: {@link org.partneratlas.timeline.Timeline} and {@link
 *       org.partneratlas.timeline.ThemeHistory}; {@link org.partneratlas.crisis.CrisisReport};
 *       {@link org.partneratlas.perspective.PlannedDevelopments}; {@link
 *       org.partneratlas.network.PartnershipNetwork}; {@link
 *       org.partneratlas.statistics.PartnershipStatistics}; {@link
 *       org.partneratlas.geography.Geography} and {@link org.partneratlas.geography.M49}.
 * </ul>
 *
 * <p>Every query documents what it is equivalent to (a plain filter of {@link #partnerships()},
 * which the library's tests check it against) and its cost. Results are immutable and in a
 * documented order, most often that of the atlas.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.builder()
 *     .addAllThemes(ThemeCatalogue.standard().themes())
 *     .addTerritories(brest, kiel)
 *     .addPartnerships(brestKiel)
 *     .build();
 * atlas.partnershipsOf(brest.id());                          // [brestKiel]
 * atlas.requireTerritoryNamed("cadiz");                        // Cádiz
 * atlas.query().onTheme(ThemeId.of("energy.marine")).list();   // who works on marine energies
 * atlas.query().actions().withModality(Modality.REMOTE).during(2020).list();
 * }</pre>
 */
public final class Atlas {

  private final ImmutableList<Territory> territories;
  private final ImmutableList<Partnership> partnerships;
  private final ImmutableList<Theme> themes;
  private final ImmutableList<Actor> actors;
  private final ImmutableList<Crisis> crises;
  private final ImmutableList<CrisisImpact> crisisImpacts;

  private final ImmutableMap<TerritoryId, Territory> territoryById;
  private final ImmutableMap<PartnershipId, Partnership> partnershipById;
  private final ImmutableMap<ThemeId, Theme> themeById;
  private final ImmutableMap<ActorId, Actor> actorById;
  private final ImmutableMap<CrisisId, Crisis> crisisById;
  private final ImmutableMap<CrisisImpactId, CrisisImpact> crisisImpactById;
  // A plain HashMap, never modified after construction: with millions of actions Guava's
  // ImmutableMap falls back to a JDK map after a failed first attempt, at twice the cost.
  private final Map<ActionId, Partnership> partnershipByAction;
  private final AtlasIndex index;

  private Atlas(Builder builder) {
    this.territories = ImmutableList.copyOf(builder.territories);
    this.partnerships = ImmutableList.copyOf(builder.partnerships);
    this.themes = ImmutableList.copyOf(builder.themes);
    this.actors = ImmutableList.copyOf(builder.actors);
    this.crises = ImmutableList.copyOf(builder.crises);
    this.crisisImpacts = ImmutableList.copyOf(builder.crisisImpacts);
    this.territoryById = byId(territories, Territory::id);
    this.partnershipById = byId(partnerships, Partnership::id);
    this.themeById = byId(themes, Theme::id);
    this.actorById = byId(actors, Actor::id);
    this.crisisById = byId(crises, Crisis::id);
    this.crisisImpactById = byId(crisisImpacts, CrisisImpact::id);
    Map<ActionId, Partnership> byAction = new HashMap<>();
    for (Partnership partnership : partnerships) {
      for (Action action : partnership.actions()) {
        byAction.putIfAbsent(action.id(), partnership);
      }
    }
    this.partnershipByAction = Collections.unmodifiableMap(byAction);
    this.index = new AtlasIndex(this);
  }

  private static <K, V> ImmutableMap<K, V> byId(List<V> values, Function<V, K> id) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(values.size());
    for (V value : values) {
      map.put(id.apply(value), value);
    }
    return map.buildOrThrow();
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
   * Returns a builder holding everything in this Atlas, to derive a new Atlas from it.
   *
   * @return a builder initialised from this atlas
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.territories.addAll(territories);
    builder.partnerships.addAll(partnerships);
    builder.themes.addAll(themes);
    builder.actors.addAll(actors);
    builder.crises.addAll(crises);
    builder.crisisImpacts.addAll(crisisImpacts);
    return builder;
  }

  /**
   * Returns the territories, in the order they were added.
   *
   * @return the territories
   */
  public ImmutableList<Territory> territories() {
    return territories;
  }

  /**
   * Returns the partnerships, in the order they were added.
   *
   * @return the partnerships
   */
  public ImmutableList<Partnership> partnerships() {
    return partnerships;
  }

  /**
   * Returns the themes, in the order they were added.
   *
   * @return the themes
   */
  public ImmutableList<Theme> themes() {
    return themes;
  }

  /**
   * Returns the actors, in the order they were added.
   *
   * @return the actors
   */
  public ImmutableList<Actor> actors() {
    return actors;
  }

  /**
   * Returns the crises, in the order they were added.
   *
   * @return the crises
   */
  public ImmutableList<Crisis> crises() {
    return crises;
  }

  /**
   * Returns the crisis impacts, in the order they were added.
   *
   * @return the crisis impacts
   */
  public ImmutableList<CrisisImpact> crisisImpacts() {
    return crisisImpacts;
  }

  /**
   * Returns the territory with the given id. Constant time.
   *
   * @param id the id
   * @return the territory, or empty if there is none with that id
   */
  public Optional<Territory> territory(TerritoryId id) {
    return Optional.ofNullable(territoryById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the territory with the given id, which must exist. Constant time.
   *
   * @param id the id
   * @return the territory
   * @throws IllegalArgumentException naming the id, if there is no such territory
   */
  public Territory requireTerritory(TerritoryId id) {
    return require(territoryById, id, "territory");
  }

  /**
   * Returns the partnership with the given id. Constant time.
   *
   * @param id the id
   * @return the partnership, or empty if there is none with that id
   */
  public Optional<Partnership> partnership(PartnershipId id) {
    return Optional.ofNullable(partnershipById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the partnership with the given id, which must exist. Constant time.
   *
   * @param id the id
   * @return the partnership
   * @throws IllegalArgumentException naming the id, if there is no such partnership
   */
  public Partnership requirePartnership(PartnershipId id) {
    return require(partnershipById, id, "partnership");
  }

  /**
   * Returns the theme with the given id. Constant time.
   *
   * @param id the id
   * @return the theme, or empty if there is none with that id
   */
  public Optional<Theme> theme(ThemeId id) {
    return Optional.ofNullable(themeById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the theme with the given id, which must exist. Constant time.
   *
   * @param id the id
   * @return the theme
   * @throws IllegalArgumentException naming the id, if there is no such theme
   */
  public Theme requireTheme(ThemeId id) {
    return require(themeById, id, "theme");
  }

  /**
   * Returns the actor with the given id. Constant time.
   *
   * @param id the id
   * @return the actor, or empty if there is none with that id
   */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actorById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the actor with the given id, which must exist. Constant time.
   *
   * @param id the id
   * @return the actor
   * @throws IllegalArgumentException naming the id, if there is no such actor
   */
  public Actor requireActor(ActorId id) {
    return require(actorById, id, "actor");
  }

  /**
   * Returns the crisis with the given id. Constant time.
   *
   * @param id the id
   * @return the crisis, or empty if there is none with that id
   */
  public Optional<Crisis> crisis(CrisisId id) {
    return Optional.ofNullable(crisisById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the crisis with the given id, which must exist. Constant time.
   *
   * @param id the id
   * @return the crisis
   * @throws IllegalArgumentException naming the id, if there is no such crisis
   */
  public Crisis requireCrisis(CrisisId id) {
    return require(crisisById, id, "crisis");
  }

  /**
   * Returns the crisis impact with the given id. Constant time.
   *
   * @param id the id
   * @return the crisis impact, or empty if there is none with that id
   */
  public Optional<CrisisImpact> crisisImpact(CrisisImpactId id) {
    return Optional.ofNullable(crisisImpactById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the action with the given id, in whichever partnership it is. Constant time.
   *
   * @param id the id
   * @return the action, or empty if there is none with that id
   */
  public Optional<Action> action(ActionId id) {
    Partnership partnership = partnershipByAction.get(requireNonNull(id, "id"));
    if (partnership != null) {
      for (Action action : partnership.actions()) {
        if (action.id().equals(id)) {
          return Optional.of(action);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the partnership an action belongs to. Constant time.
   *
   * @param id the action's id
   * @return the partnership, or empty if there is no action with that id
   */
  public Optional<Partnership> partnershipOfAction(ActionId id) {
    return Optional.ofNullable(partnershipByAction.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the partnerships in which a territory is a party (planned parties included), in the
   * order of {@link #partnerships()}. Equivalent to filtering {@link #partnerships()} on {@code
   * p.territories().contains(id)}, but answered from an index in time proportional to the result:
   * the territory is a party, whatever its period and status. The query {@code
   * query().involving(id)} asks more: that it takes part at some time, which leaves out the
   * partnerships in which it is only planned; {@code query().includingPlanned().possibly()
   * .involving(id)} is within this list.
   *
   * @param id the territory's id
   * @return the partnerships, empty if the territory has none or does not exist
   */
  public ImmutableList<Partnership> partnershipsOf(TerritoryId id) {
    int[] positions = index.partnershipsWith(requireNonNull(id, "id"));
    ImmutableList.Builder<Partnership> result =
        ImmutableList.builderWithExpectedSize(positions.length);
    for (int position : positions) {
      result.add(partnerships.get(position));
    }
    return result.build();
  }

  /**
   * Returns the territories whose parent is the given one, in the order of {@link #territories()}.
   * Answered from an index.
   *
   * @param id the territory's id
   * @return the direct subdivisions
   */
  public ImmutableList<Territory> subdivisionsOf(TerritoryId id) {
    return index.childrenByTerritory.get(requireNonNull(id, "id"));
  }

  /**
   * Returns the territories within a territory at every depth: its subdivisions, theirs, and so on
   * (Brest Métropole contains Brest). In the order of {@link #territories()}. O(d log d) for d
   * subdivisions, from the parent index.
   *
   * @param id the territory's id
   * @return the subdivisions at any depth, empty if there are none or the territory does not exist
   */
  public ImmutableList<Territory> descendantsOf(TerritoryId id) {
    requireNonNull(id, "id");
    return index.descendants(id).stream()
        .map(territoryById::get)
        .sorted(java.util.Comparator.comparingInt(t -> index.territoryPosition.get(t.id())))
        .collect(ImmutableList.toImmutableList());
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
    ImmutableList.Builder<Territory> ancestors = ImmutableList.builder();
    Territory current = requireTerritory(id);
    while (current.parent().isPresent()) {
      current = requireTerritory(current.parent().get());
      ancestors.add(current);
    }
    return ancestors.build();
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
   * @return the partnerships, empty if there are none or the territory does not exist
   */
  public ImmutableList<Partnership> partnershipsWithin(TerritoryId id) {
    requireNonNull(id, "id");
    int[] positions = index.partnershipsWithin(id);
    ImmutableList.Builder<Partnership> result =
        ImmutableList.builderWithExpectedSize(positions.length);
    for (int position : positions) {
      result.add(partnerships.get(position));
    }
    return result.build();
  }

  /**
   * Returns the territories known to have been partners of a territory: those that were parties to
   * one of its partnerships at the same time as it, planned parties left out. Equivalent to {@code
   * partnersOf(id, Certainty.DEFINITELY, PlannedParties.EXCLUDED)}.
   *
   * @param id the territory's id
   * @return the partners, empty if there are none or the territory does not exist
   */
  public ImmutableSet<TerritoryId> partnersOf(TerritoryId id) {
    return partnersOf(id, Certainty.DEFINITELY, PlannedParties.EXCLUDED);
  }

  /**
   * Returns the partner territories of a territory: every other territory that was (definitely), or
   * may have been (possibly), a party to one of its partnerships at the same time as it — on a
   * common day of their participation extents ({@link Party#extentWithin}): two parties may have
   * overlapped when each may have started before the other may have ended, and certainly did when
   * both certainly took part on some common day. So Chubut (from 2010, end unknown) and Tierra del
   * Fuego (from 2016, ongoing) are possibly, not definitely, partners. Planned parties take part at
   * no time unless {@link PlannedParties#INCLUDED}, when they count over their planned period.
   *
   * <p>Each partner once, in the order of {@link #territories()}. The relation is symmetric: {@code
   * b} is a partner of {@code a} exactly when {@code a} is a partner of {@code b}, for each
   * certainty and option. O(k × q²) for k partnerships of the territory with q parties each.
   *
   * @param id the territory's id
   * @param certainty whether partners that only may have been count
   * @param planned whether planned parties count
   * @return the partners, empty if there are none or the territory does not exist
   */
  public ImmutableSet<TerritoryId> partnersOf(
      TerritoryId id, Certainty certainty, PlannedParties planned) {
    requireNonNull(id, "id");
    requireNonNull(certainty, "certainty");
    requireNonNull(planned, "planned");
    boolean includePlanned = planned == PlannedParties.INCLUDED;
    java.util.Set<TerritoryId> partners = new java.util.HashSet<>();
    for (Partnership partnership : partnershipsOf(id)) {
      for (TerritoryId other : partnership.territories()) {
        if (!partners.contains(other)
            && certainty.accepts(
                Participation.linked(
                    partnership, id, other, includePlanned, Long.MIN_VALUE, Long.MAX_VALUE))) {
          partners.add(other);
        }
      }
    }
    partners.remove(id);
    return partners.stream()
        .sorted(java.util.Comparator.comparingInt(index.territoryPosition::get))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns a query over all the partnerships of this atlas, to narrow with conditions (party,
   * country, region, kind, theme, status, activity in a period, actions, crisis, planned party).
   * See {@link PartnershipQuery} for the order of results, the equivalences and the costs.
   *
   * <pre>{@code
   * atlas.query().involving(VERACRUZ).activeDuring(2021).list();
   * atlas.query().onTheme(ThemeId.of("energy.marine")).count();
   * }</pre>
   *
   * @return a query matching every partnership
   */
  public PartnershipQuery query() {
    return new PartnershipQuery(this, index);
  }

  // ---------------------------------------------------------------------------------------------
  // Lookup by name

  /**
   * Returns the territories known by a name: one of their {@linkplain Territory#names() names} in
   * any language or one of their {@linkplain Territory#aliases() aliases}, compared ignoring case,
   * accents and punctuation ("cadiz" finds Cádiz, "terre de feu" finds Tierra del Fuego through its
   * French name). The whole name must match, not a part of it. In the order of {@link
   * #territories()}. Equivalent to filtering {@link #territories()} on a name whose folded form
   * equals that of the given one (compatibility decomposition, {@link
   * java.text.Normalizer.Form#NFKD}, with its non-spacing marks removed, so accents do not count
   * but Indic vowel signs do; case folded; œ as oe, æ as ae, ß as ss; any run of spaces and
   * punctuation as one space); answered from a name index built on first use, in time proportional
   * to the length of the name and of the result. For ranked search by words and word beginnings,
   * see {@link org.partneratlas.search.AtlasSearch}.
   *
   * @param name the name, in any language
   * @return the territories with that name, possibly several (Veracruz the state and the port)
   */
  public ImmutableList<Territory> territoriesNamed(String name) {
    return named(index.territoryNames.get(), name);
  }

  /**
   * Returns the one territory known by a name (see {@link #territoriesNamed(String)}).
   *
   * @param name the name, in any language
   * @return the territory, or empty if none has that name
   * @throws IllegalArgumentException naming the territories, if several have that name
   */
  public Optional<Territory> territoryNamed(String name) {
    return onlyNamed(territoriesNamed(name), name, "territories", Territory::id);
  }

  /**
   * Returns the one territory known by a name, which must exist (see {@link
   * #territoriesNamed(String)}).
   *
   * @param name the name, in any language
   * @return the territory
   * @throws IllegalArgumentException naming the name, if no territory or several have it
   */
  public Territory requireTerritoryNamed(String name) {
    return requireNamed(territoryNamed(name), name, "territory");
  }

  /**
   * Returns the partnerships with a {@linkplain Partnership#names() name} in any language that
   * matches, ignoring case, accents and punctuation as for {@link #territoriesNamed(String)}. In
   * the order of {@link #partnerships()}; from a name index built on first use.
   *
   * @param name the name, in any language
   * @return the partnerships with that name
   */
  public ImmutableList<Partnership> partnershipsNamed(String name) {
    return named(index.partnershipNames.get(), name);
  }

  /**
   * Returns the one partnership with a name (see {@link #partnershipsNamed(String)}).
   *
   * @param name the name, in any language
   * @return the partnership, or empty if none has that name
   * @throws IllegalArgumentException naming the partnerships, if several have that name
   */
  public Optional<Partnership> partnershipNamed(String name) {
    return onlyNamed(partnershipsNamed(name), name, "partnerships", Partnership::id);
  }

  /**
   * Returns the one partnership with a name, which must exist (see {@link
   * #partnershipsNamed(String)}).
   *
   * @param name the name, in any language
   * @return the partnership
   * @throws IllegalArgumentException naming the name, if no partnership or several have it
   */
  public Partnership requirePartnershipNamed(String name) {
    return requireNamed(partnershipNamed(name), name, "partnership");
  }

  /**
   * Returns the themes with a {@linkplain Theme#labels() label} in any language that matches,
   * ignoring case, accents and punctuation as for {@link #territoriesNamed(String)} ("energies
   * marines renouvelables", "aquaculture"). In the order of {@link #themes()}; from a name index
   * built on first use.
   *
   * @param label the label, in any language
   * @return the themes with that label
   */
  public ImmutableList<Theme> themesNamed(String label) {
    return named(index.themeNames.get(), label);
  }

  /**
   * Returns the one theme with a label (see {@link #themesNamed(String)}).
   *
   * @param label the label, in any language
   * @return the theme, or empty if none has that label
   * @throws IllegalArgumentException naming the themes, if several have that label
   */
  public Optional<Theme> themeNamed(String label) {
    return onlyNamed(themesNamed(label), label, "themes", Theme::id);
  }

  /**
   * Returns the one theme with a label, which must exist (see {@link #themesNamed(String)}).
   *
   * @param label the label, in any language
   * @return the theme
   * @throws IllegalArgumentException naming the label, if no theme or several have it
   */
  public Theme requireThemeNamed(String label) {
    return requireNamed(themeNamed(label), label, "theme");
  }

  /**
   * Returns the actors with a {@linkplain Actor#names() name} in any language that matches,
   * ignoring case, accents and punctuation as for {@link #territoriesNamed(String)} ("cuauhtemoc"
   * finds Cuauhtémoc). In the order of {@link #actors()}; from a name index built on first use.
   *
   * @param name the name, in any language
   * @return the actors with that name
   */
  public ImmutableList<Actor> actorsNamed(String name) {
    return named(index.actorNames.get(), name);
  }

  /**
   * Returns the one actor with a name (see {@link #actorsNamed(String)}).
   *
   * @param name the name, in any language
   * @return the actor, or empty if none has that name
   * @throws IllegalArgumentException naming the actors, if several have that name
   */
  public Optional<Actor> actorNamed(String name) {
    return onlyNamed(actorsNamed(name), name, "actors", Actor::id);
  }

  /**
   * Returns the one actor with a name, which must exist (see {@link #actorsNamed(String)}).
   *
   * @param name the name, in any language
   * @return the actor
   * @throws IllegalArgumentException naming the name, if no actor or several have it
   */
  public Actor requireActorNamed(String name) {
    return requireNamed(actorNamed(name), name, "actor");
  }

  /**
   * Returns the crises with a {@linkplain Crisis#names() name} in any language that matches,
   * ignoring case, accents and punctuation as for {@link #territoriesNamed(String)} ("covid 19"
   * finds COVID-19). In the order of {@link #crises()}; from a name index built on first use.
   *
   * @param name the name, in any language
   * @return the crises with that name
   */
  public ImmutableList<Crisis> crisesNamed(String name) {
    return named(index.crisisNames.get(), name);
  }

  /**
   * Returns the one crisis with a name (see {@link #crisesNamed(String)}).
   *
   * @param name the name, in any language
   * @return the crisis, or empty if none has that name
   * @throws IllegalArgumentException naming the crises, if several have that name
   */
  public Optional<Crisis> crisisNamed(String name) {
    return onlyNamed(crisesNamed(name), name, "crises", Crisis::id);
  }

  /**
   * Returns the one crisis with a name, which must exist (see {@link #crisesNamed(String)}).
   *
   * @param name the name, in any language
   * @return the crisis
   * @throws IllegalArgumentException naming the name, if no crisis or several have it
   */
  public Crisis requireCrisisNamed(String name) {
    return requireNamed(crisisNamed(name), name, "crisis");
  }

  private static <T> ImmutableList<T> named(
      com.google.common.collect.ImmutableSetMultimap<String, T> names, String name) {
    requireNonNull(name, "name");
    return names.get(org.partneratlas.internal.NameFolding.fold(name)).asList();
  }

  private static <T> Optional<T> onlyNamed(
      ImmutableList<T> found, String name, String kinds, Function<T, ?> id) {
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' names several "
              + kinds
              + ": "
              + found.stream()
                  .map(t -> String.valueOf(id.apply(t)))
                  .collect(java.util.stream.Collectors.joining(", "))
              + "; use the list variant or an id");
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static <T> T requireNamed(Optional<T> found, String name, String kind) {
    return found.orElseThrow(
        () -> new IllegalArgumentException("No " + kind + " named '" + name + "' in this atlas"));
  }

  /** Returns the indexes of this atlas, for the query classes of this package. */
  AtlasIndex index() {
    return index;
  }

  private static <K, V> V require(ImmutableMap<K, V> map, K id, String kind) {
    V value = map.get(requireNonNull(id, "id"));
    if (value == null) {
      throw new IllegalArgumentException("No " + kind + " with id '" + id + "' in this atlas");
    }
    return value;
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
    return territories.equals(other.territories)
        && partnerships.equals(other.partnerships)
        && themes.equals(other.themes)
        && actors.equals(other.actors)
        && crises.equals(other.crises)
        && crisisImpacts.equals(other.crisisImpacts);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(territories, partnerships, themes, actors, crises, crisisImpacts);
  }

  /**
   * Returns a summary such as {@code Atlas{territories=20, partnerships=15, themes=64, actors=6,
   * crises=1, crisisImpacts=1}}.
   *
   * @return the counts of each kind of entity
   */
  @Override
  public String toString() {
    return "Atlas{territories="
        + territories.size()
        + ", partnerships="
        + partnerships.size()
        + ", themes="
        + themes.size()
        + ", actors="
        + actors.size()
        + ", crises="
        + crises.size()
        + ", crisisImpacts="
        + crisisImpacts.size()
        + "}";
  }

  /**
   * Collects the entities of an {@link Atlas} and checks them all at once in {@link #build()}.
   *
   * <p>Entities keep the order in which they are added. Adding an entity whose id is already
   * present is not an error until {@link #build()}, which reports every duplicate along with all
   * other problems. The {@code replace} and {@code remove} methods derive a new Atlas from an old
   * one. A builder is not thread-safe; it can be reused after {@code build()}.
   */
  public static final class Builder {
    private final List<Territory> territories = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Crisis> crises = new ArrayList<>();
    private final List<CrisisImpact> crisisImpacts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds territories.
     *
     * @param values the territories
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addTerritories(Territory... values) {
      return addAllTerritories(Arrays.asList(requireNonNull(values, "territories")));
    }

    /**
     * Adds territories.
     *
     * @param values the territories
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllTerritories(Iterable<? extends Territory> values) {
      addAll(territories, values, "territories");
      return this;
    }

    /**
     * Adds partnerships.
     *
     * @param values the partnerships
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPartnerships(Partnership... values) {
      return addAllPartnerships(Arrays.asList(requireNonNull(values, "partnerships")));
    }

    /**
     * Adds partnerships.
     *
     * @param values the partnerships
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllPartnerships(Iterable<? extends Partnership> values) {
      addAll(partnerships, values, "partnerships");
      return this;
    }

    /**
     * Adds themes.
     *
     * @param values the themes
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addThemes(Theme... values) {
      return addAllThemes(Arrays.asList(requireNonNull(values, "themes")));
    }

    /**
     * Adds themes, such as those of {@link org.partneratlas.theme.ThemeCatalogue#standard()}.
     *
     * @param values the themes
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllThemes(Iterable<? extends Theme> values) {
      addAll(themes, values, "themes");
      return this;
    }

    /**
     * Adds actors.
     *
     * @param values the actors
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addActors(Actor... values) {
      return addAllActors(Arrays.asList(requireNonNull(values, "actors")));
    }

    /**
     * Adds actors.
     *
     * @param values the actors
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllActors(Iterable<? extends Actor> values) {
      addAll(actors, values, "actors");
      return this;
    }

    /**
     * Adds crises.
     *
     * @param values the crises
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addCrises(Crisis... values) {
      return addAllCrises(Arrays.asList(requireNonNull(values, "crises")));
    }

    /**
     * Adds crises.
     *
     * @param values the crises
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllCrises(Iterable<? extends Crisis> values) {
      addAll(crises, values, "crises");
      return this;
    }

    /**
     * Adds crisis impacts.
     *
     * @param values the crisis impacts
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addCrisisImpacts(CrisisImpact... values) {
      return addAllCrisisImpacts(Arrays.asList(requireNonNull(values, "crisisImpacts")));
    }

    /**
     * Adds crisis impacts.
     *
     * @param values the crisis impacts
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAllCrisisImpacts(Iterable<? extends CrisisImpact> values) {
      addAll(crisisImpacts, values, "crisisImpacts");
      return this;
    }

    /**
     * Replaces the territories that have the id of the given one by it, at the position of the
     * first; adds it at the end if there is none.
     *
     * @param value the new territory
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder replaceTerritory(Territory value) {
      requireNonNull(value, "territory");
      replace(territories, value, Territory::id);
      return this;
    }

    /**
     * Replaces the partnerships that have the id of the given one by it, at the position of the
     * first; adds it at the end if there is none.
     *
     * @param value the new partnership
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder replacePartnership(Partnership value) {
      requireNonNull(value, "partnership");
      replace(partnerships, value, Partnership::id);
      return this;
    }

    /**
     * Removes the territories with the given id.
     *
     * @param id the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeTerritory(TerritoryId id) {
      requireNonNull(id, "id");
      territories.removeIf(t -> t.id().equals(id));
      return this;
    }

    /**
     * Removes the partnerships with the given id.
     *
     * @param id the id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removePartnership(PartnershipId id) {
      requireNonNull(id, "id");
      partnerships.removeIf(p -> p.id().equals(id));
      return this;
    }

    /**
     * Adds every value, or none if one is null: the message names its position in the collection,
     * as a {@link Problem} would ({@code territories[3] is null}).
     */
    private static <T> void addAll(List<T> list, Iterable<? extends T> values, String collection) {
      requireNonNull(values, collection);
      List<T> checked = new ArrayList<>();
      for (T value : values) {
        if (value == null) {
          throw new NullPointerException(
              collection
                  + "["
                  + (list.size() + checked.size())
                  + "] is null: give a value, or leave it out");
        }
        checked.add(value);
      }
      list.addAll(checked);
    }

    private static <K, V> void replace(List<V> list, V value, Function<V, K> id) {
      K key = id.apply(value);
      int first = -1;
      for (int i = list.size() - 1; i >= 0; i--) {
        if (id.apply(list.get(i)).equals(key)) {
          list.remove(i);
          first = i;
        }
      }
      if (first < 0) {
        list.add(value);
      } else {
        list.add(first, value);
      }
    }

    /**
     * Checks every rule of the model and returns the Atlas.
     *
     * @return the validated, indexed atlas
     * @throws AtlasValidationException listing every problem found, if any rule is broken
     */
    public Atlas build() {
      List<Problem> problems =
          new Validator(territories, partnerships, themes, actors, crises, crisisImpacts)
              .validate();
      if (!problems.isEmpty()) {
        problems.sort(
            java.util.Comparator.comparing(Problem::kind).thenComparingInt(Problem::index));
        throw new AtlasValidationException(problems);
      }
      return new Atlas(this);
    }
  }
}
