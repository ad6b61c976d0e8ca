package org.partneratlas.atlas;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final List<Problem> problems = new ArrayList<>();

  private static final int NO_PARENT = -1;
  private static final int IN_CYCLE = -2;
  private static final byte NEW = 0;
  private static final byte ON_CHAIN = 1;
  private static final byte DONE = 2;

  /**
   * How many earlier partnerships with the same kind and parties each partnership is compared with
   * when looking for the same partnership twice: bounds the work on a file with thousands of
   * partnerships between the same two territories.
   */
  static final int SAME_PARTNERSHIP_COMPARISONS = 64;

  private Map<TerritoryId, Integer> territoryIndex = Map.of();
  private final Map<TerritoryId, Territory> territoryById = new HashMap<>();
  private final Set<ThemeId> themeIds = new HashSet<>();
  private final Set<ActorId> actorIds = new HashSet<>();
  private final Set<CrisisId> crisisIds = new HashSet<>();
  private final Set<PartnershipId> partnershipIds = new HashSet<>();
  private final Map<ActionId, String> actionOwners = new HashMap<>();

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

  List<Problem> validate() {
    territoryIndex = uniqueIds(EntityType.TERRITORY);
    EntityType.STORED.stream().filter(t -> t != EntityType.TERRITORY).forEach(this::uniqueIds);
    territoryIndex.forEach((id, i) -> territoryById.put(id, territories.get(i)));
    themes.forEach(t -> themeIds.add(t.id()));
    actors.forEach(a -> actorIds.add(a.id()));
    crises.forEach(c -> crisisIds.add(c.id()));
    partnerships.forEach(p -> partnershipIds.add(p.id()));
    uniqueActionIds();

    checkAncestry();
    for (int i = 0; i < territories.size(); i++) {
      checkTerritory(i, territories.get(i));
    }
    for (int i = 0; i < themes.size(); i++) {
      checkTheme(i, themes.get(i));
    }
    for (int i = 0; i < partnerships.size(); i++) {
      checkPartnership(i, partnerships.get(i));
    }
    checkSamePartnershipTwice();
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

  /**
   * Reports ids used twice, and ids that differ only by case from an earlier one; returns the
   * position of the first entity with each id.
   */
  @CanIgnoreReturnValue
  private <K extends EntityId<K>, E extends Entity<K>> Map<K, Integer> uniqueIds(
      EntityType<K, E> type) {
    EntityKind kind = type.kind;
    List<E> entities = staged.staged(type);
    Map<K, Integer> first = new HashMap<>();
    Map<String, Integer> firstFolded = new HashMap<>();
    String noun = noun(kind);
    for (int i = 0; i < entities.size(); i++) {
      K key = entities.get(i).id();
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
                + noun
                + " at position "
                + earlier
                + ": give each one its own id, or merge them");
        continue;
      }
      Integer sameButCase = firstFolded.putIfAbsent(Suggestions.fold(key.toString()), i);
      if (sameButCase != null) {
        add(
            kind,
            key.toString(),
            i,
            List.of("id"),
            "the id '"
                + key
                + "' differs only by case from the id '"
                + entities.get(sameButCase).id()
                + "' of the "
                + noun
                + " at position "
                + sameButCase
                + ": ids must differ by more than case; give each one its own id, or merge them");
      }
    }
    return first;
  }

  private static String noun(EntityKind kind) {
    return kind.noun();
  }

  private void uniqueActionIds() {
    Map<ActionId, String> owner = actionOwners;
    Map<String, ActionId> folded = new HashMap<>();
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
          continue;
        }
        ActionId sameButCase = folded.putIfAbsent(Suggestions.fold(id.value()), id);
        if (sameButCase != null) {
          add(
              EntityKind.PARTNERSHIP,
              partnership.id().value(),
              i,
              List.of("actions", Integer.toString(a), "id"),
              "the action id '"
                  + id
                  + "' differs only by case from the action id '"
                  + sameButCase
                  + "' of partnership '"
                  + owner.get(sameButCase)
                  + "': ids must differ by more than case; give each action its own id");
        }
      }
    }
  }

  /**
   * Finds, in one pass over the parent links, the territories that are their own ancestor and those
   * with more than {@link Territory#MAX_ANCESTORS} ancestors. Each territory is visited once: its
   * number of ancestors is memoised, and a territory met again on the chain being walked closes a
   * cycle. O(n) for n territories.
   */
  private void checkAncestry() {
    int n = territories.size();
    int[] parentOf = new int[n];
    for (int i = 0; i < n; i++) {
      Integer parent = territories.get(i).parent().map(territoryIndex::get).orElse(null);
      parentOf[i] = parent == null ? NO_PARENT : parent;
    }
    int[] ancestors = new int[n];
    int[] top = new int[n];
    byte[] state = new byte[n];
    int[] chain = new int[Math.min(n, 16)];
    for (int start = 0; start < n; start++) {
      int length = 0;
      int at = start;
      while (at != NO_PARENT && state[at] == NEW) {
        state[at] = ON_CHAIN;
        if (length == chain.length) {
          chain = Arrays.copyOf(chain, Math.min(n, length * 2));
        }
        chain[length++] = at;
        at = parentOf[at];
      }
      int above;
      int topmost;
      if (at == NO_PARENT) {
        above = -1;
        topmost = length == 0 ? start : chain[length - 1];
      } else if (state[at] == DONE) {
        above = ancestors[at];
        topmost = top[at];
      } else {
        // The chain came back to a territory on it: every territory from there on is in a cycle.
        int first = length - 1;
        while (chain[first] != at) {
          first--;
        }
        for (int k = first; k < length; k++) {
          int member = chain[k];
          ancestors[member] = IN_CYCLE;
          state[member] = DONE;
          add(
              EntityKind.TERRITORY,
              territories.get(member).id().value(),
              member,
              List.of("parent"),
              "the territory is its own ancestor (through '"
                  + territories.get(member).parent().orElseThrow()
                  + "'): break the cycle of parents");
        }
        length = first;
        above = IN_CYCLE;
        topmost = at;
      }
      for (int k = length - 1; k >= 0; k--) {
        int territory = chain[k];
        int count = above == IN_CYCLE ? IN_CYCLE : above + 1;
        ancestors[territory] = count;
        top[territory] = topmost;
        state[territory] = DONE;
        if (count == Territory.MAX_ANCESTORS + 1) {
          add(
              EntityKind.TERRITORY,
              territories.get(territory).id().value(),
              territory,
              List.of("parent"),
              "the territory has more than "
                  + Territory.MAX_ANCESTORS
                  + " ancestors (its chain of parents goes up to '"
                  + territories.get(topmost).id()
                  + "'): at most "
                  + Territory.MAX_ANCESTORS
                  + " are allowed; attach it higher up, or check the parents for a mistake"
                  + " (territories below it are not reported again)");
        }
        above = count;
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
          "the parent territory '"
              + parentId
              + "' does not exist"
              + territorySuggestions.hint(parentId.value())
              + ": add it, or correct the id (until then its country cannot be compared with the"
              + " parent's)");
      return;
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
                        + "' does not exist"
                        + themeSuggestions.hint(parent.toString())
                        + ": add it, or move this theme under an existing one");
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
                add(
                    EntityKind.PARTNERSHIP,
                    id,
                    index,
                    List.of("names", language),
                    Checks.tooLong("the name in '" + language + "'", name));
              }
            });
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
            "the actor '"
                + actor
                + "' does not exist"
                + actorSuggestions.hint(actor.value())
                + ": add it to the actors, or correct the id");
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
          "the crisis '"
              + impact.crisis()
              + "' does not exist"
              + crisisSuggestions.hint(impact.crisis().value())
              + ": add it, or correct the id");
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
            "the partnership '"
                + partnership
                + "' does not exist"
                + partnershipSuggestions.hint(partnership.value())
                + ": add it, or correct the id");
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
                  + "' does not exist in any partnership"
                  + actionSuggestions.hint(action.value())
                  + ": add it, or correct the id");
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
          "the territory '"
              + territory
              + "' does not exist"
              + territorySuggestions.hint(territory.value())
              + ": add it, or correct the id");
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
              + "' does not exist"
              + themeSuggestions.hint(theme.toString())
              + ": add it (or the standard catalogue), or correct the id");
    }
  }

  /**
   * Reports a partnership that has the same kind and the same parties as an earlier one, with party
   * periods that may overlap (as {@link DateRange#overlaps(DateRange)} says): the same partnership
   * given twice. Each partnership is compared with at most {@link #SAME_PARTNERSHIP_COMPARISONS}
   * earlier ones with its kind and parties, so the check is linear in the number of partnerships.
   */
  private void checkSamePartnershipTwice() {
    Map<List<Object>, List<Integer>> byKindAndParties = new HashMap<>();
    for (int i = 0; i < partnerships.size(); i++) {
      Partnership partnership = partnerships.get(i);
      Set<TerritoryId> parties = partnership.territories();
      if (parties.size() < 2) {
        continue;
      }
      List<Integer> earlier =
          byKindAndParties.computeIfAbsent(
              List.of(partnership.kind(), parties), k -> new ArrayList<>());
      int compared = 0;
      for (int k = earlier.size() - 1; k >= 0 && compared < SAME_PARTNERSHIP_COMPARISONS; k--) {
        compared++;
        Partnership other = partnerships.get(earlier.get(k));
        if (!other.id().equals(partnership.id()) && periodsMayOverlap(partnership, other)) {
          add(
              EntityKind.PARTNERSHIP,
              partnership.id().value(),
              i,
              List.of("parties"),
              "the partnership '"
                  + other.id()
                  + "' has the same kind ("
                  + partnership.kind()
                  + "), the same parties ("
                  + Joiner.on(", ").join(parties)
                  + ") and party periods that overlap: it is the same partnership twice; merge"
                  + " them, or correct the kind, the parties or their periods");
          break;
        }
      }
      earlier.add(i);
    }
  }

  /** Whether, for every territory, a party period in one may overlap one in the other. */
  private static boolean periodsMayOverlap(Partnership a, Partnership b) {
    for (TerritoryId territory : a.territories()) {
      boolean overlap = false;
      for (Party x : a.parties()) {
        if (!x.territory().equals(territory)) {
          continue;
        }
        for (Party y : b.parties()) {
          if (y.territory().equals(territory) && x.period().overlaps(y.period())) {
            overlap = true;
            break;
          }
        }
        if (overlap) {
          break;
        }
      }
      if (!overlap) {
        return false;
      }
    }
    return true;
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
