package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.internal.Checks;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * Checks the rules that involve more than one entity and collects every problem found. Rules on a
 * single value (formats, ranges, a period that ends before it starts) are checked when that value
 * is built.
 */
final class Validator {

  private final List<Territory> territories;
  private final List<Partnership> partnerships;
  private final List<Theme> themes;
  private final List<Actor> actors;
  private final List<Crisis> crises;
  private final List<CrisisImpact> crisisImpacts;
  private final Atlas.Builder staged;
  private final Problems problems = new Problems();

  // The position of each id in its list, built once by the identity checks and handed on to the
  // tables of the Atlas (see positions()).
  private final Map<EntityKind, IdPositions<?>> positions = new EnumMap<>(EntityKind.class);
  private IdPositions<TerritoryId> territoryIndex = none();
  private IdPositions<ThemeId> themeIndex = none();
  private IdPositions<ActorId> actorIndex = none();
  private IdPositions<CrisisId> crisisIndex = none();
  private IdPositions<PartnershipId> partnershipIndex = none();
  // All the actions, partnership after partnership, and the positions of their ids.
  private final ArrayList<Action> actions = new ArrayList<>();
  private IdPositions<ActionId> actionIndex = none();
  private int[] actionOwners = new int[0];

  // For the index, found while checking the references: the territory position of every party and
  // the theme position of every theme period, partnership after partnership (-1 when missing).
  private final IntList partyTerritories = new IntList(1024);
  private final IntList periodThemes = new IntList(1024);

  private final Suggestions territorySuggestions;
  private final Suggestions themeSuggestions;
  private final Suggestions actorSuggestions;
  private final Suggestions crisisSuggestions;
  private final Suggestions partnershipSuggestions;
  private final Suggestions actionSuggestions;

  Validator(Atlas.Builder staged) {
    this.territories = staged.staged(EntityType.TERRITORY);
    this.partnerships = staged.staged(EntityType.PARTNERSHIP);
    this.themes = staged.staged(EntityType.THEME);
    this.actors = staged.staged(EntityType.ACTOR);
    this.crises = staged.staged(EntityType.CRISIS);
    this.crisisImpacts = staged.staged(EntityType.CRISIS_IMPACT);
    this.staged = staged;
    this.territorySuggestions =
        new Suggestions(() -> Lists.transform(territories, t -> t.id().value()));
    this.themeSuggestions = new Suggestions(() -> Lists.transform(themes, t -> t.id().toString()));
    this.actorSuggestions = new Suggestions(() -> Lists.transform(actors, a -> a.id().value()));
    this.crisisSuggestions = new Suggestions(() -> Lists.transform(crises, c -> c.id().value()));
    this.partnershipSuggestions =
        new Suggestions(() -> Lists.transform(partnerships, p -> p.id().value()));
    this.actionSuggestions =
        new Suggestions(
            () -> {
              List<String> ids = new ArrayList<>();
              partnerships.forEach(p -> p.actions().forEach(a -> ids.add(a.id().value())));
              return ids;
            });
  }

  private static <K> IdPositions<K> none() {
    return new IdPositions<>(0);
  }

  List<Problem> validate(@Nullable Executor executor) {
    int actionCount = 0;
    for (Partnership partnership : partnerships) {
      actionCount += partnership.actions().size();
    }
    actions.ensureCapacity(actionCount);
    actionIndex = new IdPositions<>(actionCount);
    for (EntityType<?, ?> type : EntityType.STORED) {
      uniqueIds(type);
    }
    territoryIndex = positions(EntityType.TERRITORY);
    themeIndex = positions(EntityType.THEME);
    actorIndex = positions(EntityType.ACTOR);
    crisisIndex = positions(EntityType.CRISIS);
    partnershipIndex = positions(EntityType.PARTNERSHIP);
    // Nothing below reads the actions or their ids before the crisis impacts, which wait for them;
    // their problems go where they would have come had they been checked here.
    int actionProblemsAt = problems.size();
    Problems actionProblems = new Problems();
    Forked<int[]> owners =
        IdentityChecks.actionIdsApart(executor, partnerships, actions, actionIndex, actionProblems);

    AncestryCheck.check(territories, territoryIndex, problems);
    for (int i = 0; i < territories.size(); i++) {
      checkTerritory(i, territories.get(i));
    }
    for (int i = 0; i < themes.size(); i++) {
      checkTheme(i, themes.get(i));
    }
    for (int i = 0; i < partnerships.size(); i++) {
      checkPartnership(i, partnerships.get(i));
    }
    IdentityChecks.samePartnershipTwice(partnerships, partyTerritories.values(), problems);
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      TerritoryId base = actor.base().orElse(null);
      if (base != null && !territoryIndex.contains(base)) {
        missingTerritory(EntityKind.ACTOR, actor.id().value(), i, base, "base");
      }
    }
    actionOwners = owners.join();
    problems.insertAll(actionProblemsAt, actionProblems);
    for (int i = 0; i < crisisImpacts.size(); i++) {
      checkImpact(i, crisisImpacts.get(i));
    }
    return problems.list();
  }

  private <K extends EntityId<K>, E extends Entity<K>> void uniqueIds(EntityType<K, E> type) {
    positions.put(type.kind, IdentityChecks.uniqueIds(type, staged.staged(type), problems));
  }

  /**
   * The position of the first entity with each id among the staged entities of the type, as checked
   * by {@link #validate}; the cast holds because uniqueIds files each type's map under its kind.
   */
  @SuppressWarnings("unchecked")
  <K extends EntityId<K>, E extends Entity<K>> IdPositions<K> positions(EntityType<K, E> type) {
    return (IdPositions<K>) requireNonNull(positions.get(type.kind), "positions");
  }

  /** All the actions, partnership after partnership, after validate(). */
  List<Action> actions() {
    return actions;
  }

  /** The position of the first action with each id among {@link #actions()}, after validate(). */
  IdPositions<ActionId> actionPositions() {
    return actionIndex;
  }

  /**
   * The position of the territory of every party, partnership after partnership, after validate()
   * found no problem.
   */
  int[] partyTerritories() {
    return partyTerritories.values();
  }

  /** The position of the theme of every theme period, likewise. */
  int[] periodThemes() {
    return periodThemes.values();
  }

  /** For each action position, the position of its partnership, after validate(). */
  int[] actionOwners() {
    return actionOwners;
  }

  private void checkTerritory(int index, Territory territory) {
    String id = territory.id().value();
    if (territory.parent().isEmpty()) {
      return;
    }
    TerritoryId parentId = territory.parent().get();
    int parentPosition = territoryIndex.get(parentId);
    if (parentPosition < 0) {
      problems.missing(
          EntityKind.TERRITORY,
          id,
          index,
          List.of("parent"),
          "the parent territory '"
              + parentId
              + "' does not exist"
              + territorySuggestions.hint(parentId.value())
              + ": add it, or correct the id (until then its country cannot be compared with the"
              + " parent's)",
          EntityKind.TERRITORY,
          parentId);
      return;
    }
    Territory parent = territories.get(parentPosition);
    if (!parent.country().equals(territory.country())
        && !parent.level().allowsForeignSubdivisions()) {
      problems.add(
          EntityKind.TERRITORY,
          id,
          index,
          List.of("country"),
          "the territory is in "
              + territory.country()
              + " but its parent '"
              + parentId
              + "' is in "
              + parent.country()
              + ": correct the country or the parent (only an INTERNATIONAL parent may have"
              + " subdivisions in other countries)");
    }
  }

  private void checkTheme(int index, Theme theme) {
    theme
        .parent()
        .ifPresent(
            parent -> {
              if (!themeIndex.contains(parent)) {
                problems.missing(
                    EntityKind.THEME,
                    theme.id().value(),
                    index,
                    List.of("id"),
                    "the broader theme '"
                        + parent
                        + "' does not exist"
                        + themeSuggestions.hint(parent.toString())
                        + ": add it, or move this theme under an existing one",
                    EntityKind.THEME,
                    parent);
              }
            });
  }

  private void checkPartnership(int index, Partnership partnership) {
    String id = partnership.id().value();
    partnership
        .names()
        .asMap()
        .forEach(
            (language, name) -> {
              if (name.length() > LocalizedText.MAX_NAME_LENGTH) {
                problems.add(
                    EntityKind.PARTNERSHIP,
                    id,
                    index,
                    List.of("names", language),
                    Checks.tooLong("the name in '" + language + "'", name));
              }
            });
    int first = partyTerritories.size();
    for (int i = 0; i < partnership.parties().size(); i++) {
      Party party = partnership.parties().get(i);
      int territory = territoryIndex.get(party.territory());
      partyTerritories.add(territory);
      if (territory < 0) {
        missingTerritory(
            EntityKind.PARTNERSHIP, id, index, party.territory(), "parties", i, "territory");
      }
    }
    // Distinct parties from their positions, without making the set of territories.
    int distinct =
        partyTerritories.allFound(first)
            ? partyTerritories.distinct(first)
            : partnership.territories().size();
    if (distinct < 2) {
      problems.add(
          EntityKind.PARTNERSHIP,
          id,
          index,
          List.of("parties"),
          "a partnership needs at least two distinct parties, found "
              + distinct
              + ": add the partner territories");
    }
    List<StatusChange> history = partnership.statusHistory();
    PartialDate previous = null;
    for (int i = 0; i < history.size(); i++) {
      PartialDate date = history.get(i).date().orElse(null);
      if (date == null) {
        continue;
      }
      if (previous != null && date.compareTo(previous) < 0) {
        problems.add(
            EntityKind.PARTNERSHIP,
            id,
            index,
            List.of("statusHistory", Integer.toString(i), "date"),
            "the status change of "
                + date
                + " comes after one of "
                + previous
                + ": list the status history in chronological order");
      }
      previous = date;
    }
    for (int i = 0; i < partnership.themes().size(); i++) {
      ThemePeriod theme = partnership.themes().get(i);
      int position = themeIndex.get(theme.theme());
      periodThemes.add(position);
      if (position < 0) {
        missingTheme(id, index, theme.theme(), "themes", i, "theme");
      }
    }
    DateRange life = partnership.life();
    for (int a = 0; a < partnership.actions().size(); a++) {
      checkAction(id, index, a, partnership.actions().get(a), life);
    }
    for (int p = 0; p < partnership.perspectives().size(); p++) {
      Perspective perspective = partnership.perspectives().get(p);
      for (TerritoryId party : perspective.plannedParties()) {
        if (!territoryIndex.contains(party)) {
          missingTerritory(
              EntityKind.PARTNERSHIP, id, index, party, "perspectives", p, "plannedParties");
        }
      }
      for (ThemeId theme : perspective.plannedThemes()) {
        if (!themeIndex.contains(theme)) {
          missingTheme(id, index, theme, "perspectives", p, "plannedThemes");
        }
      }
    }
    for (int i = 0; i < partnership.parties().size(); i++) {
      Party party = partnership.parties().get(i);
      if (party.status() == PartyStatus.FORMER && party.period().isOpenEnd()) {
        problems.add(
            EntityKind.PARTNERSHIP,
            id,
            index,
            List.of("parties", Integer.toString(i), "period"),
            "the party '"
                + party.territory()
                + "' has left (status FORMER) but its period has no end: give the end of its"
                + " period, or change its status");
      }
    }
  }

  private void checkAction(String id, int index, int position, Action action, DateRange life) {
    TerritoryId place = action.place().orElse(null);
    if (place != null && !territoryIndex.contains(place)) {
      missingTerritory(EntityKind.PARTNERSHIP, id, index, place, "actions", position, "place");
    }
    for (ThemeId theme : action.themes()) {
      if (!themeIndex.contains(theme)) {
        missingTheme(id, index, theme, "actions", position, "themes");
      }
    }
    for (ActorId actor : action.actors()) {
      if (!actorIndex.contains(actor)) {
        problems.missing(
            EntityKind.PARTNERSHIP,
            id,
            index,
            List.of("actions", Integer.toString(position), "actors"),
            "the actor '"
                + actor
                + "' does not exist"
                + actorSuggestions.hint(actor.value())
                + ": add it to the actors, or correct the id",
            EntityKind.ACTOR,
            actor);
      }
    }
    if (action.when().isPresent() && !life.isOpenEnd()) {
      DateRange when = action.when().get();
      if (!when.overlaps(life)) {
        problems.add(
            EntityKind.PARTNERSHIP,
            id,
            index,
            List.of("actions", Integer.toString(position), "when"),
            "the action '"
                + action.id()
                + "' is dated "
                + when
                + ", outside the life of the partnership ("
                + life
                + "): correct its date or the partnership's status history");
      }
    }
  }

  private void checkImpact(int index, CrisisImpact impact) {
    String id = impact.id().value();
    if (!crisisIndex.contains(impact.crisis())) {
      problems.missing(
          EntityKind.CRISIS_IMPACT,
          id,
          index,
          List.of("crisis"),
          "the crisis '"
              + impact.crisis()
              + "' does not exist"
              + crisisSuggestions.hint(impact.crisis().value())
              + ": add it, or correct the id",
          EntityKind.CRISIS,
          impact.crisis());
    }
    for (TerritoryId territory : impact.territories()) {
      if (!territoryIndex.contains(territory)) {
        missingTerritory(EntityKind.CRISIS_IMPACT, id, index, territory, "territories");
      }
    }
    for (PartnershipId partnership : impact.partnerships()) {
      if (!partnershipIndex.contains(partnership)) {
        problems.missing(
            EntityKind.CRISIS_IMPACT,
            id,
            index,
            List.of("partnerships"),
            "the partnership '"
                + partnership
                + "' does not exist"
                + partnershipSuggestions.hint(partnership.value())
                + ": add it, or correct the id",
            EntityKind.PARTNERSHIP,
            partnership);
      }
    }
    ImmutableList<Adaptation> adaptations = impact.adaptations();
    for (int i = 0; i < adaptations.size(); i++) {
      for (ActionId action : adaptations.get(i).actions()) {
        if (!actionIndex.contains(action)) {
          problems.missing(
              EntityKind.CRISIS_IMPACT,
              id,
              index,
              List.of("adaptations", Integer.toString(i), "actions"),
              "the action '"
                  + action
                  + "' does not exist in any partnership"
                  + actionSuggestions.hint(action.value())
                  + ": add it, or correct the id",
              EntityKind.ACTION,
              action);
        }
      }
    }
  }

  /** Reports a reference to a territory that does not exist; path segments as in Problems. */
  private void missingTerritory(
      EntityKind kind, String id, int index, TerritoryId territory, Object... path) {
    problems.missing(
        kind,
        id,
        index,
        path,
        "the territory '"
            + territory
            + "' does not exist"
            + territorySuggestions.hint(territory.value())
            + ": add it, or correct the id",
        EntityKind.TERRITORY,
        territory);
  }

  /** Reports a reference to a theme that does not exist; path segments as in Problems. */
  private void missingTheme(String id, int index, ThemeId theme, Object... path) {
    problems.missing(
        EntityKind.PARTNERSHIP,
        id,
        index,
        path,
        "the theme '"
            + theme
            + "' does not exist"
            + themeSuggestions.hint(theme.toString())
            + ": add it (or the standard catalogue), or correct the id",
        EntityKind.THEME,
        theme);
  }
}
