package org.partneratlas.atlas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.ActorId;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;

/**
 * Random conditions for the query tests, each with its oracle: the plain predicate, written
 * independently of the library's indexes, that the condition is documented to test.
 *
 * <p>Values are drawn mostly from the atlas at hand (its territories, countries, themes, crises),
 * so that conditions match something, and sometimes from outside it, so that unknown keys are tried
 * too.
 */
public final class QueryGenerators {

  private QueryGenerators() {}

  /** A condition on partnerships and its oracle. */
  public static final class Condition {
    final String description;
    final UnaryOperator<PartnershipQuery> apply;
    final Predicate<Partnership> oracle;

    Condition(
        String description, UnaryOperator<PartnershipQuery> apply, Predicate<Partnership> oracle) {
      this.description = description;
      this.apply = apply;
      this.oracle = oracle;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** A condition on actions and its oracle. */
  public static final class ActionCondition {
    final String description;
    final UnaryOperator<ActionQuery> apply;
    final Predicate<Action> oracle;

    ActionCondition(
        String description, UnaryOperator<ActionQuery> apply, Predicate<Action> oracle) {
      this.description = description;
      this.apply = apply;
      this.oracle = oracle;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** The number of kinds of partnership condition {@link #condition(Atlas, Random, int)} makes. */
  public static final int KINDS = 15;

  /**
   * Returns a random condition of a random kind.
   *
   * @param atlas the atlas the condition is drawn for
   * @param r the random source
   * @return the condition
   */
  public static Condition condition(Atlas atlas, Random r) {
    return condition(atlas, r, r.nextInt(KINDS));
  }

  /**
   * Returns a random condition of the given kind, 0 to {@link #KINDS} - 1.
   *
   * @param atlas the atlas the condition is drawn for
   * @param r the random source
   * @param kind which kind of condition
   * @return the condition
   */
  public static Condition condition(Atlas atlas, Random r, int kind) {
    switch (kind) {
      case 0:
        {
          TerritoryId t = territory(atlas, r);
          return new Condition(
              "involving(" + t + ")",
              q -> q.involving(t),
              p -> p.parties().stream().anyMatch(party -> party.territory().equals(t)));
        }
      case 1:
        {
          TerritoryId t = territory(atlas, r);
          return new Condition(
              "involvingWithin(" + t + ")",
              q -> q.involvingWithin(t),
              p ->
                  p.parties().stream()
                      .anyMatch(party -> isSelfOrWithin(atlas, party.territory(), t)));
        }
      case 2:
        {
          CountryCode c = country(atlas, r);
          return new Condition(
              "inCountry(" + c + ")",
              q -> q.inCountry(c),
              p -> p.parties().stream().anyMatch(party -> countryOf(atlas, party).equals(c)));
        }
      case 3:
        {
          M49Region region = region(atlas, r);
          return new Condition(
              "inRegion(" + region + ")",
              q -> q.inRegion(region),
              p ->
                  p.parties().stream()
                      .anyMatch(party -> M49.regionsOf(countryOf(atlas, party)).contains(region)));
        }
      case 4:
        {
          PartnershipKind k1 = pick(r, PartnershipKind.values());
          PartnershipKind k2 = pick(r, PartnershipKind.values());
          boolean two = r.nextBoolean();
          Set<PartnershipKind> kinds = two ? EnumSet.of(k1, k2) : EnumSet.of(k1);
          return new Condition(
              "ofKind(" + kinds + ")",
              q -> two ? q.ofKind(k1, k2) : q.ofKind(k1),
              p -> kinds.contains(p.kind()));
        }
      case 5:
        {
          ThemeId theme = theme(atlas, r);
          return new Condition(
              "onTheme(" + theme + ")",
              q -> q.onTheme(theme),
              p -> p.themes().stream().anyMatch(t -> isSelfOrSubTheme(t.theme(), theme)));
        }
      case 6:
        {
          ThemeId theme = theme(atlas, r);
          DateRange during = AtlasGenerators.dateRange(r);
          return new Condition(
              "onTheme(" + theme + ", " + during + ")",
              q -> q.onTheme(theme, during),
              p ->
                  p.themes().stream()
                      .anyMatch(
                          t ->
                              isSelfOrSubTheme(t.theme(), theme)
                                  && daysOverlap(t.period(), during)));
        }
      case 7:
        {
          PartnershipStatus status = pick(r, PartnershipStatus.values());
          LocalDate day = day(atlas, r);
          return new Condition(
              "withStatus(" + status + ", " + day + ")",
              q -> q.withStatus(status, day),
              p -> p.statusOn(day).equals(Optional.of(status)));
        }
      case 8:
        {
          int year = year(atlas, r);
          return new Condition(
              "activeDuring(" + year + ")",
              q -> q.activeDuring(year),
              p -> p.isActiveDuring(DateRange.ofYear(year)));
        }
      case 9:
        {
          DateRange period = AtlasGenerators.dateRange(r);
          return new Condition(
              "activeDuring(" + period + ")",
              q -> q.activeDuring(period),
              p -> p.isActiveDuring(period));
        }
      case 10:
        {
          if (r.nextBoolean()) {
            ActionKind k = pick(r, ActionKind.values());
            return new Condition(
                "withActionsOfKind(" + k + ")",
                q -> q.withActionsOfKind(k),
                p -> p.actions().stream().anyMatch(a -> a.kind() == k));
          }
          Modality m = pick(r, Modality.values());
          return new Condition(
              "withActionsOfModality(" + m + ")",
              q -> q.withActionsOfModality(m),
              p ->
                  p.actions().stream()
                      .anyMatch(a -> a.modality().isPresent() && a.modality().get() == m));
        }
      case 11:
        {
          CrisisId c = crisis(atlas, r);
          return new Condition(
              "affectedBy(" + c + ")", q -> q.affectedBy(c), p -> affected(atlas, c, p));
        }
      case 12:
        {
          TerritoryId t = territory(atlas, r);
          return new Condition(
              "withPlannedParty(" + t + ")",
              q -> q.withPlannedParty(t),
              p ->
                  p.parties().stream()
                          .anyMatch(
                              x -> x.status() == PartyStatus.PLANNED && x.territory().equals(t))
                      || p.perspectives().stream().anyMatch(x -> x.plannedParties().contains(t)));
        }
      case 13:
        {
          TerritoryId t = territory(atlas, r);
          DateRange during =
              r.nextBoolean() ? DateRange.ofYear(year(atlas, r)) : AtlasGenerators.dateRange(r);
          return new Condition(
              "involving(" + t + ", " + during + ")",
              q -> q.involving(t, during),
              p ->
                  p.parties().stream()
                      .anyMatch(
                          x ->
                              x.territory().equals(t)
                                  && x.status() != PartyStatus.PLANNED
                                  && daysOverlap(x.period(), during)));
        }
      default:
        {
          int n = 1 + r.nextInt(3);
          Predicate<Partnership> own = p -> p.actions().size() + p.parties().size() > n + 1;
          return new Condition("matching(size > " + (n + 1) + ")", q -> q.matching(own), own);
        }
    }
  }

  /**
   * Returns a random condition on actions.
   *
   * @param atlas the atlas
   * @param r the random source
   * @return the condition
   */
  public static ActionCondition actionCondition(Atlas atlas, Random r) {
    switch (r.nextInt(8)) {
      case 0:
        {
          ActionKind k = pick(r, ActionKind.values());
          return new ActionCondition("ofKind(" + k + ")", q -> q.ofKind(k), a -> a.kind() == k);
        }
      case 1:
        {
          Modality m1 = pick(r, Modality.values());
          Modality m2 = pick(r, Modality.values());
          return new ActionCondition(
              "withModality(" + m1 + ", " + m2 + ")",
              q -> q.withModality(m1, m2),
              a ->
                  a.modality().isPresent()
                      && (a.modality().get() == m1 || a.modality().get() == m2));
        }
      case 2:
        {
          ActionStatus s = pick(r, ActionStatus.values());
          return new ActionCondition(
              "withStatus(" + s + ")", q -> q.withStatus(s), a -> a.status() == s);
        }
      case 3:
        {
          int year = year(atlas, r);
          return new ActionCondition(
              "during(" + year + ")",
              q -> q.during(year),
              a -> a.when().isPresent() && daysOverlap(a.when().get(), DateRange.ofYear(year)));
        }
      case 4:
        {
          DateRange period = AtlasGenerators.dateRange(r);
          return new ActionCondition(
              "during(" + period + ")",
              q -> q.during(period),
              a -> a.when().isPresent() && daysOverlap(a.when().get(), period));
        }
      case 5:
        {
          ThemeId theme = theme(atlas, r);
          return new ActionCondition(
              "onTheme(" + theme + ")",
              q -> q.onTheme(theme),
              a -> a.themes().stream().anyMatch(t -> isSelfOrSubTheme(t, theme)));
        }
      case 6:
        {
          if (!atlas.actors().isEmpty() && r.nextBoolean()) {
            ActorId actor =
                pick(r, atlas.actors().toArray(new org.partneratlas.actor.Actor[0])).id();
            return new ActionCondition(
                "withActor(" + actor + ")",
                q -> q.withActor(actor),
                a -> a.actors().contains(actor));
          }
          TerritoryId place = territory(atlas, r);
          return new ActionCondition(
              "at(" + place + ")",
              q -> q.at(place),
              a -> a.place().isPresent() && a.place().get().equals(place));
        }
      default:
        {
          Predicate<Action> own = a -> a.links().isEmpty();
          return new ActionCondition("matching(no links)", q -> q.matching(own), own);
        }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Oracles, written without the library's indexes

  static boolean isSelfOrWithin(Atlas atlas, TerritoryId territory, TerritoryId ancestor) {
    TerritoryId current = territory;
    for (int steps = 0; steps <= atlas.territories().size(); steps++) {
      if (current.equals(ancestor)) {
        return true;
      }
      Optional<TerritoryId> parent = atlas.territory(current).flatMap(Territory::parent);
      if (parent.isEmpty()) {
        return false;
      }
      current = parent.get();
    }
    return false;
  }

  static boolean isSelfOrSubTheme(ThemeId theme, ThemeId ancestor) {
    return theme.value().equals(ancestor.value())
        || theme.value().startsWith(ancestor.value() + ".");
  }

  /** Whether two ranges have a day in common, from their first and last days. */
  static boolean daysOverlap(DateRange a, DateRange b) {
    LocalDate aFrom = a.start().map(d -> d.earliestDay()).orElse(LocalDate.MIN);
    LocalDate aTo = a.end().map(d -> d.latestDay()).orElse(LocalDate.MAX);
    LocalDate bFrom = b.start().map(d -> d.earliestDay()).orElse(LocalDate.MIN);
    LocalDate bTo = b.end().map(d -> d.latestDay()).orElse(LocalDate.MAX);
    return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
  }

  static CountryCode countryOf(Atlas atlas, Party party) {
    return atlas.requireTerritory(party.territory()).country();
  }

  static boolean affected(Atlas atlas, CrisisId crisisId, Partnership p) {
    Optional<Crisis> crisis = atlas.crisis(crisisId);
    if (crisis.isEmpty()) {
      return false;
    }
    DateRange period = crisis.get().period();
    for (CrisisImpact impact : atlas.crisisImpacts()) {
      if (!impact.crisis().equals(crisisId)) {
        continue;
      }
      if (impact.partnerships().contains(p.id())) {
        return true;
      }
      if (!daysOverlap(p.life(), period)) {
        continue;
      }
      for (Party party : p.parties()) {
        if (party.status() == PartyStatus.PLANNED || !daysOverlap(party.period(), period)) {
          continue;
        }
        for (TerritoryId hit : impact.territories()) {
          if (isSelfOrWithin(atlas, party.territory(), hit)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Values drawn from the atlas

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static TerritoryId territory(Atlas atlas, Random r) {
    if (atlas.territories().isEmpty() || r.nextInt(10) == 0) {
      return TerritoryId.of("unknown-territory");
    }
    return atlas.territories().get(r.nextInt(atlas.territories().size())).id();
  }

  static CountryCode country(Atlas atlas, Random r) {
    if (atlas.territories().isEmpty() || r.nextInt(8) == 0) {
      return CountryCode.of(pick(r, new String[] {"IT", "FR", "AQ", "CN"}));
    }
    return atlas.territories().get(r.nextInt(atlas.territories().size())).country();
  }

  static M49Region region(Atlas atlas, Random r) {
    List<M49Region> regions = M49.regionsOf(country(atlas, r));
    if (regions.isEmpty() || r.nextInt(6) == 0) {
      return M49.regions().get(r.nextInt(M49.regions().size()));
    }
    return regions.get(r.nextInt(regions.size()));
  }

  static ThemeId theme(Atlas atlas, Random r) {
    List<ThemeId> used = new ArrayList<>();
    for (Partnership p : atlas.partnerships()) {
      for (ThemePeriod t : p.themes()) {
        used.add(t.theme());
      }
      for (Action a : p.actions()) {
        used.addAll(a.themes());
      }
    }
    if (used.isEmpty() || r.nextInt(6) == 0) {
      List<org.partneratlas.theme.Theme> all = ThemeCatalogue.standard().themes();
      return all.get(r.nextInt(all.size())).id();
    }
    ThemeId theme = used.get(r.nextInt(used.size()));
    while (theme.parent().isPresent() && r.nextBoolean()) {
      theme = theme.parent().get();
    }
    return theme;
  }

  static CrisisId crisis(Atlas atlas, Random r) {
    if (atlas.crises().isEmpty() || r.nextInt(8) == 0) {
      return CrisisId.of("unknown-crisis");
    }
    return atlas.crises().get(r.nextInt(atlas.crises().size())).id();
  }

  static int year(Atlas atlas, Random r) {
    List<Integer> years = new ArrayList<>();
    for (Partnership p : atlas.partnerships()) {
      p.life().start().ifPresent(d -> years.add(d.year()));
      p.life().end().ifPresent(d -> years.add(d.year()));
      for (Party party : p.parties()) {
        party.period().start().ifPresent(d -> years.add(d.year()));
        party.period().end().ifPresent(d -> years.add(d.year()));
      }
    }
    if (years.isEmpty() || r.nextInt(4) == 0) {
      return 1940 + r.nextInt(100);
    }
    return years.get(r.nextInt(years.size())) + r.nextInt(3) - 1;
  }

  /** A day near a status change or a life bound, or any day. */
  static LocalDate day(Atlas atlas, Random r) {
    List<LocalDate> days = new ArrayList<>();
    for (Partnership p : atlas.partnerships()) {
      for (StatusChange change : p.statusHistory()) {
        days.add(change.date().earliestDay());
        days.add(change.date().latestDay());
      }
      p.life().start().ifPresent(d -> days.add(d.earliestDay()));
    }
    if (days.isEmpty() || r.nextInt(4) == 0) {
      return LocalDate.of(1940 + r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }
    return days.get(r.nextInt(days.size())).plusDays(r.nextInt(3) - 1);
  }
}
