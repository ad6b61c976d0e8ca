package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Condition.Lookup;
import org.partneratlas.atlas.Condition.Scope;
import org.partneratlas.atlas.Condition.Verdict;
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
import org.partneratlas.time.Certainty;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * The conditions of {@link PartnershipQuery}, each with its three-valued predicate and its index
 * lookup; {@code PartnershipQuery} documents what each one tests.
 */
final class Conditions {

  private final Atlas atlas;
  private final AtlasIndex index;

  Conditions(Atlas atlas, AtlasIndex index) {
    this.atlas = atlas;
    this.index = index;
  }

  Condition involving(Set<TerritoryId> territories) {
    return Condition.indexed(
            "involving(" + joined(territories) + ")",
            (p, scope) -> anyParty(p, scope, party -> territories.contains(party.territory())),
            postings(territories, index::partnershipsWith),
            Condition.PARTIES)
        .withShortcut(this::partiesAt);
  }

  Condition involvingWithin(TerritoryId territory) {
    requireNonNull(territory, "territory");
    Set<TerritoryId> within = Sets.newHashSet(index.descendants(territory));
    within.add(territory);
    int estimate = 0;
    for (TerritoryId id : within) {
      estimate += index.partnershipsWith(id).length;
    }
    return Condition.indexed(
            "involvingWithin(" + territory + ")",
            (p, scope) -> anyParty(p, scope, party -> within.contains(party.territory())),
            estimate,
            () -> index.partnershipsWithin(territory),
            scope -> false,
            Condition.PARTIES)
        .withShortcut(this::partiesAt);
  }

  Condition inCountry(Set<CountryCode> countries) {
    return Condition.indexedByBitmaps(
            "inCountry(" + joined(countries) + ")",
            (p, scope) ->
                anyParty(p, scope, party -> countries.contains(countryOf(party.territory()))),
            postings(countries, index::partnershipsInCountry),
            Condition.PARTIES)
        .withShortcut(this::partiesAt);
  }

  Condition inRegion(Set<M49Region> regions) {
    return Condition.indexedByBitmaps(
            "inRegion(" + joined(regions) + ")",
            (p, scope) -> anyParty(p, scope, party -> inAny(regions, party.territory())),
            postings(regions, index::partnershipsInRegion),
            Condition.PARTIES)
        .withShortcut(this::partiesAt);
  }

  Condition withPartnerInCountries(TerritoryId focal, Set<CountryCode> countries) {
    requireNonNull(focal, "focal");
    return withPartner(
        "withPartnerIn(" + focal + ", " + joined(countries) + ")",
        focal,
        t -> countries.contains(countryOf(t)));
  }

  Condition withPartnerInRegions(TerritoryId focal, Set<M49Region> regions) {
    requireNonNull(focal, "focal");
    return withPartner(
        "withPartnerIn(" + focal + ", " + joined(regions) + ")", focal, t -> inAny(regions, t));
  }

  private Condition withPartner(
      String description, TerritoryId focal, Predicate<TerritoryId> where) {
    int[] positions = index.partnershipsWith(focal);
    return Condition.indexed(
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
        scope -> false,
        Condition.PARTIES);
  }

  /** See {@link Lives#partiesAt}. */
  private Verdict partiesAt(int position, Scope scope) {
    return verdict(index.lives.partiesAt(position, scope.from, scope.to), scope);
  }

  private static Verdict verdict(@Nullable Truth truth, Scope scope) {
    if (truth == null) {
      return Verdict.TEST;
    }
    return scope.certainty.accepts(truth) ? Verdict.ACCEPT : Verdict.REJECT;
  }

  private static <T, P> List<P> postings(Set<T> keys, Function<T, P> list) {
    List<P> postings = new ArrayList<>(keys.size());
    for (T key : keys) {
      postings.add(list.apply(key));
    }
    return postings;
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

  private CountryCode countryOf(TerritoryId territory) {
    return atlas.territories().require(territory).country();
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

  static Condition ofKind(Set<PartnershipKind> kinds) {
    return Condition.tested(
        "ofKind(" + joined(kinds) + ")",
        (p, scope) -> Truth.of(kinds.contains(p.kind())),
        Condition.CHEAP);
  }

  Condition onTheme(Set<ThemeId> themes) {
    return Condition.indexedByBitmaps(
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
            postings(themes, index::partnershipsOnTheme),
            Condition.THEMES)
        .withShortcut(themesAt(themes));
  }

  /**
   * Decides a condition on themes from the index: by the life where every theme period follows it
   * ({@link Lives#themesAt}), else from the theme periods' times ({@link ThemeTimes#at}); exact in
   * both cases, so the predicate is never tested.
   */
  private Condition.Shortcut themesAt(Set<ThemeId> themes) {
    boolean[] matching = index.themesWithin(themes);
    return (position, scope) -> {
      Truth truth = index.lives.themesAt(position, scope.from, scope.to);
      if (truth == null) {
        truth = index.themeTimes.at(position, matching, scope.from, scope.to);
      }
      return scope.certainty.accepts(truth) ? Verdict.ACCEPT : Verdict.REJECT;
    };
  }

  private static boolean within(ThemeId theme, Set<ThemeId> themes) {
    for (ThemeId t : themes) {
      if (theme.isWithin(t)) {
        return true;
      }
    }
    return false;
  }

  static Condition withStatus(Set<PartnershipStatus> statuses) {
    return Condition.tested(
        "withStatus(" + joined(statuses) + ")",
        (p, scope) -> {
          Truth answer = Truth.NO;
          for (PartnershipStatus s : statuses) {
            answer = answer.or(p.statusDuring(s, scope.period()));
          }
          return answer;
        },
        Condition.STATUS);
  }

  /**
   * Active at the moment: {@code p.activeDuring(period)}, which is the conjunction of the life
   * existing then with the parties and the status. So the life index decides it wherever the life
   * did not exist then (no), or, definitely, is not known to have (not yes); definitely, the
   * activity bounds of {@link Lives} decide it too where they are certain; the predicate is tested
   * on the rest.
   */
  Condition active() {
    return new Condition(
        "active",
        (p, scope) -> p.activeDuring(scope.period()),
        this::lives,
        (position, scope) -> {
          Truth life = index.lives.existed(position, scope.from, scope.to);
          if (life == Truth.NO) {
            return Verdict.REJECT;
          }
          if (scope.certainty == Certainty.POSSIBLY) {
            return Verdict.TEST;
          }
          if (life == Truth.UNKNOWN) {
            return Verdict.REJECT;
          }
          Boolean known = index.lives.knownActive(position, scope.from, scope.to);
          return known == null ? Verdict.TEST : known ? Verdict.ACCEPT : Verdict.REJECT;
        },
        Condition.ACTIVITY);
  }

  /**
   * The condition a moment adds: the partnership existed then. Decided exactly by the life index
   * ({@link Lives#existed}).
   */
  Condition existed() {
    return new Condition(
        "existed",
        (p, scope) -> p.lifeExtent().holdsDuring(scope.from, scope.to),
        this::lives,
        (position, scope) ->
            scope.certainty.accepts(index.lives.existed(position, scope.from, scope.to))
                ? Verdict.ACCEPT
                : Verdict.REJECT,
        Condition.CHEAP);
  }

  private Lookup lives(Scope scope) {
    LifeIndex lives =
        scope.certainty == Certainty.DEFINITELY ? index.lives.certain : index.lives.possible;
    return Lookup.ofInterval(
        lives.estimate(scope.from, scope.to), () -> lives.overlapping(scope.from, scope.to));
  }

  static Condition withActionsOfKind(Set<ActionKind> kinds) {
    return Condition.tested(
        "withActionsOfKind(" + joined(kinds) + ")",
        (p, scope) -> {
          for (Action a : p.actions()) {
            if (kinds.contains(a.kind())) {
              return Truth.YES;
            }
          }
          return Truth.NO;
        },
        Condition.ACTIONS);
  }

  static Condition withActionsOfModality(Set<Modality> modalities) {
    return Condition.tested(
        "withActionsOfModality(" + joined(modalities) + ")",
        (p, scope) -> {
          for (Action a : p.actions()) {
            if (a.modality().isPresent() && modalities.contains(a.modality().get())) {
              return Truth.YES;
            }
          }
          return Truth.NO;
        },
        Condition.ACTIONS);
  }

  Condition affectedBy(CrisisId crisis) {
    requireNonNull(crisis, "crisis");
    int[] possible = index.partnershipsAffectedBy(crisis, Certainty.POSSIBLY);
    int[] definite = index.partnershipsAffectedBy(crisis, Certainty.DEFINITELY);
    return new Condition(
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
          return Lookup.ofPositions(positions.length, () -> positions, true);
        },
        (position, scope) -> {
          int[] positions = scope.certainty == Certainty.DEFINITELY ? definite : possible;
          return Arrays.binarySearch(positions, position) >= 0 ? Verdict.ACCEPT : Verdict.REJECT;
        },
        Condition.CHEAP);
  }

  Condition withPlannedParty(TerritoryId territory) {
    requireNonNull(territory, "territory");
    int[] positions = index.partnershipsPlanning(territory);
    return Condition.indexed(
        "withPlannedParty(" + territory + ")",
        (p, scope) -> Truth.of(plans(p, territory)),
        positions.length,
        () -> positions,
        scope -> true,
        Condition.CHEAP);
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

  static Condition matching(Predicate<? super Partnership> predicate) {
    requireNonNull(predicate, "predicate");
    return Condition.tested(
        "matching(predicate)", (p, scope) -> Truth.of(predicate.test(p)), Condition.CALLER);
  }

  /** The values of a condition, in the order given, each once; none may be null. */
  @SafeVarargs
  static <T> Set<T> set(T first, T... more) {
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
}
