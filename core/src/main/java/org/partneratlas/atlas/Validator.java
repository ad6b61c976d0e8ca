package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
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
  private final List<Problem> problems = new ArrayList<>();

  private final Map<TerritoryId, Territory> territoryById = new HashMap<>();
  private final Set<ThemeId> themeIds = new HashSet<>();
  private final Set<ActorId> actorIds = new HashSet<>();
  private final Set<CrisisId> crisisIds = new HashSet<>();
  private final Set<PartnershipId> partnershipIds = new HashSet<>();
  private final Map<ActionId, String> actionOwners = new HashMap<>();

  Validator(
      List<Territory> territories,
      List<Partnership> partnerships,
      List<Theme> themes,
      List<Actor> actors,
      List<Crisis> crises,
      List<CrisisImpact> crisisImpacts) {
    this.territories = territories;
    this.partnerships = partnerships;
    this.themes = themes;
    this.actors = actors;
    this.crises = crises;
    this.crisisImpacts = crisisImpacts;
  }

  List<Problem> validate() {
    uniqueIds(EntityKind.TERRITORY, territories, Territory::id, territoryById);
    uniqueIds(EntityKind.PARTNERSHIP, partnerships, Partnership::id, null);
    uniqueIds(EntityKind.THEME, themes, Theme::id, null);
    uniqueIds(EntityKind.ACTOR, actors, Actor::id, null);
    uniqueIds(EntityKind.CRISIS, crises, Crisis::id, null);
    uniqueIds(EntityKind.CRISIS_IMPACT, crisisImpacts, CrisisImpact::id, null);
    themes.forEach(t -> themeIds.add(t.id()));
    actors.forEach(a -> actorIds.add(a.id()));
    crises.forEach(c -> crisisIds.add(c.id()));
    partnerships.forEach(p -> partnershipIds.add(p.id()));
    uniqueActionIds();

    for (int i = 0; i < territories.size(); i++) {
      checkTerritory(i, territories.get(i));
    }
    for (int i = 0; i < themes.size(); i++) {
      checkTheme(i, themes.get(i));
    }
    for (int i = 0; i < partnerships.size(); i++) {
      checkPartnership(i, partnerships.get(i));
    }
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      int index = i;
      actor
          .base()
          .ifPresent(
              base -> territoryRef(EntityKind.ACTOR, actor.id().value(), index, base, "base"));
    }
    for (int i = 0; i < crisisImpacts.size(); i++) {
      checkImpact(i, crisisImpacts.get(i));
    }
    return problems;
  }

  private <T, K> void uniqueIds(
      EntityKind kind, List<T> entities, Function<T, K> id, @Nullable Map<K, T> firstById) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      K key = id.apply(entity);
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        add(
            kind,
            key.toString(),
            i,
            List.of("id"),
            "the id '"
                + key
                + "' is already used by the "
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " at position "
                + earlier
                + ": give each one its own id, or merge them");
      } else if (firstById != null) {
        firstById.put(key, entity);
      }
    }
  }

  private void uniqueActionIds() {
    Map<ActionId, String> owner = actionOwners;
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      for (int a = 0; a < partnership.actions().size(); a++) {
        ActionId id = partnership.actions().get(a).id();
        String earlier = owner.putIfAbsent(id, partnership.id().value());
        if (earlier != null) {
          add(
              EntityKind.PARTNERSHIP,
              partnership.id().value(),
              i,
              List.of("actions", Integer.toString(a), "id"),
              "the action id '"
                  + id
                  + "' is already used by an action of partnership '"
                  + earlier
                  + "': action ids must be unique in the whole atlas");
        }
      }
    }
  }

  private void checkTerritory(int index, Territory territory) {
    String id = territory.id().value();
    if (territory.parent().isEmpty()) {
      return;
    }
    TerritoryId parentId = territory.parent().get();
    Territory parent = territoryById.get(parentId);
    if (parent == null) {
      add(
          EntityKind.TERRITORY,
          id,
          index,
          List.of("parent"),
          "the parent territory '" + parentId + "' does not exist: add it, or correct the id");
      return;
    }
    // Cycle: walk up at most territories.size() steps.
    Set<TerritoryId> seen = new HashSet<>();
    seen.add(territory.id());
    Territory current = parent;
    while (current != null) {
      if (!seen.add(current.id())) {
        if (current.id().equals(territory.id())) {
          add(
              EntityKind.TERRITORY,
              id,
              index,
              List.of("parent"),
              "the territory is its own ancestor (through '"
                  + parentId
                  + "'): break the cycle of parents");
        }
        break;
      }
      current = current.parent().map(territoryById::get).orElse(null);
    }
    if (!parent.country().equals(territory.country())
        && !parent.level().allowsForeignSubdivisions()) {
      add(
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
              if (!themeIds.contains(parent)) {
                add(
                    EntityKind.THEME,
                    theme.id().value(),
                    index,
                    List.of("id"),
                    "the broader theme '"
                        + parent
                        + "' does not exist: add it, or move this theme under an existing one");
              }
            });
  }

  private void checkPartnership(int index, Partnership partnership) {
    String id = partnership.id().value();
    for (int i = 0; i < partnership.parties().size(); i++) {
      Party party = partnership.parties().get(i);
      territoryRef(EntityKind.PARTNERSHIP, id, index, party.territory(), "parties", i, "territory");
    }
    int distinct = partnership.territories().size();
    if (distinct < 2) {
      add(
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
        add(
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
      themeRef(id, index, theme.theme(), "themes", i, "theme");
    }
    DateRange life = partnership.life();
    for (int a = 0; a < partnership.actions().size(); a++) {
      checkAction(id, index, a, partnership.actions().get(a), life);
    }
    for (int p = 0; p < partnership.perspectives().size(); p++) {
      Perspective perspective = partnership.perspectives().get(p);
      String at = Integer.toString(p);
      for (TerritoryId party : perspective.plannedParties()) {
        territoryRef(
            EntityKind.PARTNERSHIP, id, index, party, "perspectives", at, "plannedParties");
      }
      for (ThemeId theme : perspective.plannedThemes()) {
        themeRef(id, index, theme, "perspectives", at, "plannedThemes");
      }
    }
    for (int i = 0; i < partnership.parties().size(); i++) {
      Party party = partnership.parties().get(i);
      if (party.status() == PartyStatus.FORMER && party.period().isOpenEnd()) {
        add(
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
    String at = Integer.toString(position);
    action
        .place()
        .ifPresent(
            place ->
                territoryRef(EntityKind.PARTNERSHIP, id, index, place, "actions", at, "place"));
    for (ThemeId theme : action.themes()) {
      themeRef(id, index, theme, "actions", at, "themes");
    }
    for (ActorId actor : action.actors()) {
      if (!actorIds.contains(actor)) {
        add(
            EntityKind.PARTNERSHIP,
            id,
            index,
            List.of("actions", at, "actors"),
            "the actor '" + actor + "' does not exist: add it to the actors, or correct the id");
      }
    }
    if (action.when().isPresent() && !life.isOpenEnd()) {
      DateRange when = action.when().get();
      if (!when.overlaps(life)) {
        add(
            EntityKind.PARTNERSHIP,
            id,
            index,
            List.of("actions", at, "when"),
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
    if (!crisisIds.contains(impact.crisis())) {
      add(
          EntityKind.CRISIS_IMPACT,
          id,
          index,
          List.of("crisis"),
          "the crisis '" + impact.crisis() + "' does not exist: add it, or correct the id");
    }
    for (TerritoryId territory : impact.territories()) {
      territoryRef(EntityKind.CRISIS_IMPACT, id, index, territory, "territories");
    }
    for (PartnershipId partnership : impact.partnerships()) {
      if (!partnershipIds.contains(partnership)) {
        add(
            EntityKind.CRISIS_IMPACT,
            id,
            index,
            List.of("partnerships"),
            "the partnership '" + partnership + "' does not exist: add it, or correct the id");
      }
    }
    ImmutableList<Adaptation> adaptations = impact.adaptations();
    for (int i = 0; i < adaptations.size(); i++) {
      for (ActionId action : adaptations.get(i).actions()) {
        if (!actionOwners.containsKey(action)) {
          add(
              EntityKind.CRISIS_IMPACT,
              id,
              index,
              List.of("adaptations", Integer.toString(i), "actions"),
              "the action '"
                  + action
                  + "' does not exist in any partnership: add it, or correct the id");
        }
      }
    }
  }

  private void territoryRef(
      EntityKind kind, String id, int index, TerritoryId territory, Object... path) {
    if (!territoryById.containsKey(territory)) {
      add(
          kind,
          id,
          index,
          path,
          "the territory '" + territory + "' does not exist: add it, or correct the id");
    }
  }

  private void themeRef(String id, int index, ThemeId theme, Object... path) {
    if (!themeIds.contains(theme)) {
      add(
          EntityKind.PARTNERSHIP,
          id,
          index,
          path,
          "the theme '"
              + theme
              + "' does not exist: add it (or the standard catalogue), or correct the id");
    }
  }

  private void add(EntityKind kind, String id, int index, List<String> path, String message) {
    problems.add(Problem.of(kind, id, index, path, message));
  }

  /** Adds a problem whose path segments are given as objects, turned into text only now. */
  private void add(EntityKind kind, String id, int index, Object[] path, String message) {
    List<String> segments = new ArrayList<>(path.length);
    for (Object segment : path) {
      segments.add(String.valueOf(segment));
    }
    add(kind, id, index, segments, message);
  }
}
