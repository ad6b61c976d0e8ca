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
import org.jspecify.annotations.Nullable;
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
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.Truth;

/**
 * Random conditions for the query tests, each with its oracle: the plain three-valued predicate,
 * written here independently of the library's indexes and of its query code, that the condition is
 * documented to test, at the moment of the query, with its treatment of planned parties.
 *
 * <p>Values are drawn mostly from the atlas at hand (its territories, countries, themes, crises),
 * so that conditions match something, and sometimes from outside it, so that unknown keys are tried
 * too.
 */
public final class QueryGenerators {

  private QueryGenerators() {}

  /** What the oracle of a condition is evaluated with: the query's moment and planned parties. */
  public static final class Scope {
    final @Nullable DateRange moment;
    final boolean planned;
    final long from;
    final long to;

    Scope(@Nullable DateRange moment, boolean planned) {
      this.moment = moment;
      this.planned = planned;
      this.from = moment == null ? Long.MIN_VALUE : moment.startEpochDay();
      this.to = moment == null ? Long.MAX_VALUE : moment.endEpochDay();
    }

    DateRange period() {
      return moment == null ? DateRange.unbounded() : moment;
    }

    @Override
    public String toString() {
      return (moment == null ? "at any time" : "during " + moment)
          + (planned ? ", planned included" : "");
    }
  }

  /** The three-valued oracle of a condition. */
  @FunctionalInterface
  public interface Oracle {
    Truth answer(Partnership p, Scope scope);
  }

  /** A condition on partnerships and its oracle. */
  public static final class Condition {
    final String description;
    final UnaryOperator<PartnershipQuery> apply;
    final Oracle oracle;

    Condition(String description, UnaryOperator<PartnershipQuery> apply, Oracle oracle) {
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
    final java.util.function.BiPredicate<Action, Certainty> oracle;

    ActionCondition(
        String description,
        UnaryOperator<ActionQuery> apply,
        java.util.function.BiPredicate<Action, Certainty> oracle) {
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
  public static final int KINDS = 17;

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
   * Returns a random moment for a query: none (at any time), a year or a generated period.
   *
   * @param atlas the atlas
   * @param r the random source
   * @return the moment, or null
   */
  public static @Nullable DateRange moment(Atlas atlas, Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return null;
      case 1:
        return DateRange.ofYear(year(atlas, r));
      default:
        return AtlasGenerators.dateRange(r);
    }
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
          if (r.nextBoolean()) {
            return new Condition(
                "involving(" + t + ")",
                q -> q.involving(t),
                (p, sc) -> anyParty(p, sc, party -> party.territory().equals(t)));
          }
          TerritoryId u = territory(atlas, r);
          return new Condition(
              "involving(" + t + ", " + u + ")",
              q -> q.involving(t, u),
              (p, sc) ->
                  anyParty(
                      p, sc, party -> party.territory().equals(t) || party.territory().equals(u)));
        }
      case 1:
        {
          TerritoryId t = territory(atlas, r);
          return new Condition(
              "involvingWithin(" + t + ")",
              q -> q.involvingWithin(t),
              (p, sc) -> anyParty(p, sc, party -> isSelfOrWithin(atlas, party.territory(), t)));
        }
      case 2:
        {
          CountryCode c = country(atlas, r);
          CountryCode d = country(atlas, r);
          boolean two = r.nextBoolean();
          return new Condition(
              "inCountry(" + c + (two ? ", " + d : "") + ")",
              q -> two ? q.inCountry(c, d) : q.inCountry(c),
              (p, sc) ->
                  anyParty(
                      p,
                      sc,
                      party ->
                          countryOf(atlas, party).equals(c)
                              || (two && countryOf(atlas, party).equals(d))));
        }
      case 3:
        {
          M49Region region = region(atlas, r);
          return new Condition(
              "inRegion(" + region + ")",
              q -> q.inRegion(region),
              (p, sc) ->
                  anyParty(
                      p, sc, party -> M49.regionsOf(countryOf(atlas, party)).contains(region)));
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
              (p, sc) -> Truth.of(kinds.contains(p.kind())));
        }
      case 5:
        {
          ThemeId theme = theme(atlas, r);
          ThemeId other = theme(atlas, r);
          boolean two = r.nextInt(3) == 0;
          return new Condition(
              "onTheme(" + theme + (two ? ", " + other : "") + ")",
              q -> two ? q.onTheme(theme, other) : q.onTheme(theme),
              (p, sc) -> {
                Truth answer = Truth.NO;
                for (ThemePeriod t : p.themes()) {
                  if (isSelfOrSubTheme(t.theme(), theme)
                      || (two && isSelfOrSubTheme(t.theme(), other))) {
                    answer = answer.or(t.extentWithin(p.lifeExtent()).holdsDuring(sc.from, sc.to));
                  }
                }
                return answer;
              });
        }
      case 6:
        {
          TerritoryId focal = territory(atlas, r);
          M49Region region = region(atlas, r);
          return new Condition(
              "withPartnerIn(" + focal + ", " + region + ")",
              q -> q.withPartnerIn(focal, region),
              (p, sc) ->
                  partner(
                      p,
                      sc,
                      focal,
                      t ->
                          M49.regionsOf(atlas.territories().require(t).country())
                              .contains(region)));
        }
      case 7:
        {
          PartnershipStatus status = pick(r, PartnershipStatus.values());
          return new Condition(
              "withStatus(" + status + ")",
              q -> q.withStatus(status),
              (p, sc) -> p.statusDuring(status, sc.period()));
        }
      case 8:
        return new Condition(
            "active", PartnershipQuery::active, (p, sc) -> p.activeDuring(sc.period()));
      case 9:
        {
          TerritoryId focal = territory(atlas, r);
          CountryCode c = country(atlas, r);
          return new Condition(
              "withPartnerIn(" + focal + ", " + c + ")",
              q -> q.withPartnerIn(focal, c),
              (p, sc) ->
                  partner(p, sc, focal, t -> atlas.territories().require(t).country().equals(c)));
        }
      case 10:
        {
          if (r.nextBoolean()) {
            ActionKind k = pick(r, ActionKind.values());
            return new Condition(
                "withActionsOfKind(" + k + ")",
                q -> q.withActionsOfKind(k),
                (p, sc) -> Truth.of(p.actions().stream().anyMatch(a -> a.kind() == k)));
          }
          Modality m = pick(r, Modality.values());
          return new Condition(
              "withActionsOfModality(" + m + ")",
              q -> q.withActionsOfModality(m),
              (p, sc) ->
                  Truth.of(
                      p.actions().stream()
                          .anyMatch(a -> a.modality().isPresent() && a.modality().get() == m)));
        }
      case 11:
        {
          CrisisId c = crisis(atlas, r);
          return new Condition(
              "affectedBy(" + c + ")", q -> q.affectedBy(c), (p, sc) -> affected(atlas, c, p));
        }
      case 12:
        {
          TerritoryId t = territory(atlas, r);
          return new Condition(
              "withPlannedParty(" + t + ")",
              q -> q.withPlannedParty(t),
              (p, sc) ->
                  Truth.of(
                      p.parties().stream()
                              .anyMatch(
                                  x -> x.status() == PartyStatus.PLANNED && x.territory().equals(t))
                          || p.perspectives().stream()
                              .anyMatch(x -> x.plannedParties().contains(t))));
        }
      case 13:
        {
          PartnershipStatus a = pick(r, PartnershipStatus.values());
          PartnershipStatus b = pick(r, PartnershipStatus.values());
          return new Condition(
              "withStatus(" + a + ", " + b + ")",
              q -> q.withStatus(a, b),
              (p, sc) -> p.statusDuring(a, sc.period()).or(p.statusDuring(b, sc.period())));
        }
      case 14:
        {
          M49Region a = region(atlas, r);
          M49Region b = region(atlas, r);
          return new Condition(
              "inRegion(" + a + ", " + b + ")",
              q -> q.inRegion(a, b),
              (p, sc) ->
                  anyParty(
                      p,
                      sc,
                      party ->
                          M49.regionsOf(countryOf(atlas, party)).contains(a)
                              || M49.regionsOf(countryOf(atlas, party)).contains(b)));
        }
      case 15:
        {
          ThemeId theme = theme(atlas, r);
          return new Condition(
              "onTheme(" + theme + ")",
              q -> q.onTheme(theme),
              (p, sc) -> {
                Truth answer = Truth.NO;
                for (ThemePeriod t : p.themes()) {
                  if (isSelfOrSubTheme(t.theme(), theme)) {
                    answer = answer.or(t.extentWithin(p.lifeExtent()).holdsDuring(sc.from, sc.to));
                  }
                }
                return answer;
              });
        }
      default:
        {
          int n = 1 + r.nextInt(3);
          Predicate<Partnership> own = p -> p.actions().size() + p.parties().size() > n + 1;
          return new Condition(
              "matching(size > " + (n + 1) + ")",
              q -> q.matching(own),
              (p, sc) -> Truth.of(own.test(p)));
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
          return new ActionCondition(
              "ofKind(" + k + ")", q -> q.ofKind(k), (a, c) -> a.kind() == k);
        }
      case 1:
        {
          Modality m1 = pick(r, Modality.values());
          Modality m2 = pick(r, Modality.values());
          return new ActionCondition(
              "withModality(" + m1 + ", " + m2 + ")",
              q -> q.withModality(m1, m2),
              (a, c) ->
                  a.modality().isPresent()
                      && (a.modality().get() == m1 || a.modality().get() == m2));
        }
      case 2:
        {
          ActionStatus s = pick(r, ActionStatus.values());
          return new ActionCondition(
              "withStatus(" + s + ")", q -> q.withStatus(s), (a, c) -> a.status() == s);
        }
      case 3:
        {
          int year = year(atlas, r);
          return new ActionCondition(
              "during(" + year + ")",
              q -> q.during(year),
              (a, c) ->
                  a.when().isPresent() && heldDuring(a.when().get(), DateRange.ofYear(year), c));
        }
      case 4:
        {
          DateRange period = AtlasGenerators.dateRange(r);
          return new ActionCondition(
              "during(" + period + ")",
              q -> q.during(period),
              (a, c) -> a.when().isPresent() && heldDuring(a.when().get(), period, c));
        }
      case 5:
        {
          ThemeId theme = theme(atlas, r);
          return new ActionCondition(
              "onTheme(" + theme + ")",
              q -> q.onTheme(theme),
              (a, c) -> a.themes().stream().anyMatch(t -> isSelfOrSubTheme(t, theme)));
        }
      case 6:
        {
          if (!atlas.actors().isEmpty() && r.nextBoolean()) {
            ActorId actor =
                pick(r, atlas.actors().list().toArray(new org.partneratlas.actor.Actor[0])).id();
            return new ActionCondition(
                "withActor(" + actor + ")",
                q -> q.withActor(actor),
                (a, c) -> a.actors().contains(actor));
          }
          TerritoryId place = territory(atlas, r);
          return new ActionCondition(
              "at(" + place + ")",
              q -> q.at(place),
              (a, c) -> a.place().isPresent() && a.place().get().equals(place));
        }
      default:
        {
          Predicate<Action> own = a -> a.links().isEmpty();
          return new ActionCondition(
              "matching(no links)", q -> q.matching(own), (a, c) -> own.test(a));
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
      Optional<TerritoryId> parent = atlas.territories().get(current).flatMap(Territory::parent);
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

  /**
   * Whether an action dated {@code when} took place during a period, under a certainty: YES when
   * its date certainly covers a day of the period, NO when no day it may denote is in it.
   */
  static boolean heldDuring(DateRange when, DateRange period, Certainty certainty) {
    Extent e = when.extent();
    long from = period.startEpochDay();
    long to = period.endEpochDay();
    Truth truth;
    if (e.earliestStart() > to || e.latestEnd() < from) {
      truth = Truth.NO;
    } else if (Math.min(e.latestStart(), e.latestEnd()) <= to
        && Math.max(e.earliestStart(), e.earliestEnd()) >= from) {
      truth = Truth.YES;
    } else {
      truth = Truth.UNKNOWN;
    }
    return certainty.accepts(truth);
  }

  static CountryCode countryOf(Atlas atlas, Party party) {
    return atlas.territories().require(party.territory()).country();
  }

  /** When a party took part: never if planned (unless counted), else its period in the life. */
  public static Extent participation(Party party, Partnership p, boolean planned) {
    Extent life = p.lifeExtent();
    if (party.status() == PartyStatus.PLANNED && !planned) {
      return NEVER;
    }
    Extent e = party.period().extentWithin(life);
    if (party.attested().isPresent()) {
      e = e.attestedAt(party.attested().get());
    }
    return e;
  }

  private static final Extent NEVER =
      new Extent(Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE);

  /** Whether an extent held on a day of [from, to]: the one rule of {@code Extent}, restated. */
  public static Truth holds(Extent e, long from, long to) {
    if (e.earliestStart() > e.latestEnd() || e.earliestStart() > to || e.latestEnd() < from) {
      return Truth.NO;
    }
    if (Math.min(e.latestStart(), e.latestEnd()) <= to
        && Math.max(e.earliestStart(), e.earliestEnd()) >= from) {
      return Truth.YES;
    }
    return Truth.UNKNOWN;
  }

  /**
   * Whether two facts shared a day of [from, to]: no when no start and end they may have let them
   * share one; yes when one certainly held throughout a stretch of the window in which the other
   * certainly held on some day.
   */
  public static Truth together(Extent a, Extent b, long from, long to) {
    if (a.earliestStart() > a.latestEnd() || b.earliestStart() > b.latestEnd()) {
      return Truth.NO;
    }
    long lo = Math.max(from, Math.max(a.earliestStart(), b.earliestStart()));
    long hi = Math.min(to, Math.min(a.latestEnd(), b.latestEnd()));
    if (lo > hi) {
      return Truth.NO;
    }
    for (Extent[] pair : new Extent[][] {{a, b}, {b, a}}) {
      long coreFrom = Math.max(from, pair[0].latestStart());
      long coreTo = Math.min(to, pair[0].earliestEnd());
      if (coreFrom <= coreTo && holds(pair[1], coreFrom, coreTo) == Truth.YES) {
        return Truth.YES;
      }
    }
    return Truth.UNKNOWN;
  }

  static Truth anyParty(Partnership p, Scope sc, Predicate<Party> which) {
    Truth answer = Truth.NO;
    for (Party party : p.parties()) {
      if (which.test(party)) {
        answer = answer.or(holds(participation(party, p, sc.planned), sc.from, sc.to));
      }
    }
    return answer;
  }

  static Truth partner(Partnership p, Scope sc, TerritoryId focal, Predicate<TerritoryId> where) {
    Truth answer = Truth.NO;
    for (Party f : p.parties()) {
      for (Party q : p.parties()) {
        if (f.territory().equals(focal)
            && !q.territory().equals(focal)
            && where.test(q.territory())) {
          answer =
              answer.or(
                  together(
                      participation(f, p, sc.planned),
                      participation(q, p, sc.planned),
                      sc.from,
                      sc.to));
        }
      }
    }
    return answer;
  }

  /** Whether two territories were linked in a partnership: parties on a common day. */
  public static Truth linked(Partnership p, TerritoryId a, TerritoryId b, boolean planned) {
    Truth answer = Truth.NO;
    if (a.equals(b)) {
      return answer;
    }
    for (Party x : p.parties()) {
      for (Party y : p.parties()) {
        if (x.territory().equals(a) && y.territory().equals(b)) {
          answer =
              answer.or(
                  together(
                      participation(x, p, planned),
                      participation(y, p, planned),
                      Long.MIN_VALUE,
                      Long.MAX_VALUE));
        }
      }
    }
    return answer;
  }

  static Truth affected(Atlas atlas, CrisisId crisisId, Partnership p) {
    Optional<Crisis> crisis = atlas.crises().get(crisisId);
    if (crisis.isEmpty()) {
      return Truth.NO;
    }
    Extent period = crisis.get().period().extent();
    Truth answer = Truth.NO;
    for (CrisisImpact impact : atlas.crisisImpacts().list()) {
      if (!impact.crisis().equals(crisisId)) {
        continue;
      }
      if (impact.partnerships().contains(p.id())) {
        return Truth.YES;
      }
      for (Party party : p.parties()) {
        for (TerritoryId hit : impact.territories()) {
          if (isSelfOrWithin(atlas, party.territory(), hit)) {
            answer =
                answer.or(
                    together(
                        participation(party, p, false), period, Long.MIN_VALUE, Long.MAX_VALUE));
          }
        }
      }
    }
    return answer;
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
    return atlas.territories().list().get(r.nextInt(atlas.territories().size())).id();
  }

  static CountryCode country(Atlas atlas, Random r) {
    if (atlas.territories().isEmpty() || r.nextInt(8) == 0) {
      return CountryCode.of(pick(r, new String[] {"IT", "FR", "AQ", "CN"}));
    }
    return atlas.territories().list().get(r.nextInt(atlas.territories().size())).country();
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
    for (Partnership p : atlas.partnerships().list()) {
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
    return atlas.crises().list().get(r.nextInt(atlas.crises().size())).id();
  }

  static int year(Atlas atlas, Random r) {
    List<Integer> years = new ArrayList<>();
    for (Partnership p : atlas.partnerships().list()) {
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
    for (Partnership p : atlas.partnerships().list()) {
      for (StatusChange change : p.statusHistory()) {
        change.date().ifPresent(d -> days.add(d.earliestDay()));
        change.date().ifPresent(d -> days.add(d.latestDay()));
      }
      p.life().start().ifPresent(d -> days.add(d.earliestDay()));
    }
    if (days.isEmpty() || r.nextInt(4) == 0) {
      return LocalDate.of(1940 + r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }
    return days.get(r.nextInt(days.size())).plusDays(r.nextInt(3) - 1);
  }
}
