package org.partneratlas.testing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Season;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the domain, shared by the tests of every module (core's tests
 * compile this class with their own sources; the other modules depend on this module in test
 * scope).
 *
 * <p>Complex values (atlases, partnerships) are generated from a seed drawn by QuickTheories and a
 * {@link Random} seeded with it, so that every failure is reproducible from the seed printed in its
 * description ({@code atlas#<seed>}); shrinking then shrinks the seed only. Every field of every
 * type is exercised: host attributes, sources, localised text in several languages with accents,
 * imprecise, qualified ({@code ?}, {@code ~}, {@code %}) and decade ({@code 196X}) dates, ranges
 * with known, open and unknown bounds, planned and former parties, attested parties, themes and
 * statuses, status histories with undated changes, perspectives, crises with impacts and
 * adaptations.
 */
public final class AtlasGenerators {

  private static final List<String> LANGUAGES = List.of("fr", "en", "es", "de", "es-AR", "br");
  private static final List<String> WORDS =
      List.of(
          "Brest",
          "Cádiz",
          "Kiel",
          "Dún Laoghaire",
          "Constanța",
          "Hải Phòng",
          "Xalapa",
          "Tierra del Fuego",
          "Terre de Feu",
          "Yokosuka",
          "Œuvre",
          "Straße",
          "Saponé",
          "Mer d'Iroise",
          "\"quoted\"",
          "tab\there",
          "line\nbreak",
          "emoji 🌊",
          "back\\slash",
          "océan",
          "coopération",
          "port",
          "North",
          "São Tomé");
  private static final List<String> COUNTRIES =
      List.of("FR", "AR", "MX", "DE", "ES", "JP", "US", "GB", "BF", "VN", "XK", "NZ", "FJ");

  private AtlasGenerators() {}

  /**
   * Returns valid atlases of modest size (up to about a dozen territories and partnerships).
   *
   * @return a generator of atlases that build without problems
   */
  public static Gen<Atlas> atlases() {
    return seeded(AtlasGenerators::atlas, "atlas");
  }

  /**
   * Returns valid atlases of up to {@code maxPartnerships} partnerships.
   *
   * @param maxPartnerships the largest number of partnerships
   * @return a generator of atlases
   */
  public static Gen<Atlas> atlases(int maxPartnerships) {
    return seeded(r -> atlas(r, maxPartnerships), "atlas");
  }

  /**
   * Returns partial dates of every precision, years 1 to 9999 with a bias toward 1900 to 2030.
   *
   * @return a generator of partial dates
   */
  public static Gen<PartialDate> partialDates() {
    return seeded(AtlasGenerators::partialDate, "date");
  }

  /**
   * Returns date ranges: single dates, closed, open-start, open-end and unbounded intervals.
   *
   * @return a generator of date ranges
   */
  public static Gen<DateRange> dateRanges() {
    return seeded(AtlasGenerators::dateRange, "range");
  }

  /**
   * Returns a generator that draws a seed and builds a value from a {@link Random} with it.
   *
   * @param factory builds a value from the random source
   * @param name a name for the description of failing values
   * @param <T> the type of values
   * @return the generator
   */
  public static <T> Gen<T> seeded(java.util.function.Function<Random, T> factory, String name) {
    return Generate.longRange(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2)
        .map(seed -> factory.apply(new Random(seed)))
        .describedAs(value -> name + " " + value);
  }

  /**
   * Returns the seeds from which {@link #atlas(long)} builds atlases; use with {@code
   * checkAssert(seed -> ...)} so that a failure prints the seed that reproduces it.
   *
   * @return a generator of seeds
   */
  public static Gen<Long> seeds() {
    return Generate.longRange(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
  }

  /**
   * Returns the atlas built from a seed: the same seed always gives the same atlas.
   *
   * @param seed the seed
   * @return a valid atlas
   */
  public static Atlas atlas(long seed) {
    return atlas(new Random(seed));
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * Returns a random partial date.
   *
   * @param r the random source
   * @return the date
   */
  public static PartialDate partialDate(Random r) {
    int year = r.nextInt(10) == 0 ? 1 + r.nextInt(9999) : 1900 + r.nextInt(131);
    return partialDate(r, year);
  }

  static PartialDate partialDate(Random r, int year) {
    PartialDate date = plainDate(r, year);
    if (year >= 20 && year <= 9980) {
      switch (r.nextInt(12)) {
        case 0:
          return date.uncertain();
        case 1:
          return date.approximate();
        case 2:
          return date.uncertain().approximate();
        case 3:
          return PartialDate.ofDecade(year / 10 * 10);
        default:
          break;
      }
    }
    return date;
  }

  /** A date of any precision, without qualifier or unspecified digit, in the given year. */
  static PartialDate plainDate(Random r, int year) {
    switch (r.nextInt(4)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofSeason(
            year, List.of(Season.values()).get(r.nextInt(Season.values().length)));
      case 2:
        return PartialDate.ofMonth(year, 1 + r.nextInt(12));
      default:
        int month = 1 + r.nextInt(12);
        return PartialDate.ofDay(year, month, 1 + r.nextInt(28));
    }
  }

  /**
   * Returns a random date range.
   *
   * @param r the random source
   * @return the range
   */
  public static DateRange dateRange(Random r) {
    PartialDate a = partialDate(r);
    PartialDate b = partialDate(r);
    if (b.latestDay().isBefore(a.earliestDay())) {
      PartialDate t = a;
      a = b;
      b = t;
    }
    if (b.latestDay().isBefore(a.earliestDay())) {
      b = a;
    }
    switch (r.nextInt(10)) {
      case 0:
        return DateRange.of(a);
      case 1:
        return DateRange.since(a);
      case 2:
        return DateRange.until(b);
      case 3:
        return DateRange.unbounded();
      case 4:
        return DateRange.began(a);
      case 5:
        return DateRange.ended(b);
      case 6:
        return r.nextBoolean()
            ? DateRange.unknown()
            : DateRange.parse(r.nextBoolean() ? "../" : "/..");
      default:
        return DateRange.of(a, b);
    }
  }

  /** A range within the years [from, to], possibly open at either side. */
  static DateRange rangeWithin(Random r, int from, int to, boolean allowOpen) {
    int y1 = from + r.nextInt(to - from + 1);
    int y2 = y1 + r.nextInt(to - y1 + 1);
    PartialDate a = partialDate(r, y1);
    PartialDate b = partialDate(r, y2);
    if (b.latestDay().isBefore(a.earliestDay())) {
      b = a;
    }
    if (allowOpen) {
      switch (r.nextInt(9)) {
        case 0:
          return DateRange.since(a);
        case 1:
          return DateRange.unbounded();
        case 2:
          return DateRange.began(a);
        case 3:
          return DateRange.ended(b);
        case 4:
          return r.nextBoolean() ? DateRange.unknown() : DateRange.parse("/..");
        default:
          break;
      }
    }
    return r.nextInt(4) == 0 ? DateRange.of(a) : DateRange.of(a, b);
  }

  static String word(Random r) {
    return WORDS.get(r.nextInt(WORDS.size()));
  }

  static String phrase(Random r) {
    StringBuilder sb = new StringBuilder(word(r));
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(word(r));
    }
    return sb.toString();
  }

  /**
   * Returns a random non-empty localised text.
   *
   * @param r the random source
   * @return the text
   */
  public static LocalizedText text(Random r) {
    LocalizedText.Builder b = LocalizedText.builder();
    List<String> languages = new ArrayList<>(LANGUAGES);
    java.util.Collections.shuffle(languages, r);
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.put(languages.get(i), phrase(r));
    }
    return b.build();
  }

  static LocalizedText maybeText(Random r) {
    return r.nextBoolean() ? text(r) : LocalizedText.empty();
  }

  static java.util.Map<String, String> attributes(Random r) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    int n = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    for (int i = 0; i < n; i++) {
      map.put("host.key-" + r.nextInt(100), phrase(r));
    }
    return map;
  }

  /**
   * Returns a random source.
   *
   * @param r the random source
   * @return the source
   */
  public static Source source(Random r) {
    Source.Builder b = Source.builder().title(phrase(r));
    if (r.nextBoolean()) {
      b.publisher(word(r));
    }
    if (r.nextBoolean()) {
      b.date(partialDate(r));
    }
    if (r.nextBoolean()) {
      b.url("https://example.org/" + r.nextInt(1000) + "?q=é");
    }
    if (r.nextInt(3) == 0) {
      b.page("slide " + (1 + r.nextInt(9)));
    }
    if (r.nextInt(4) == 0) {
      b.note("confidence " + (r.nextBoolean() ? "H" : "M"));
    }
    return b.build();
  }

  static List<Source> sources(Random r) {
    List<Source> list = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      list.add(source(r));
    }
    return list;
  }

  static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  // ---------------------------------------------------------------------------------------------
  // Atlas

  /**
   * Returns a random valid atlas.
   *
   * @param r the random source
   * @return the atlas
   */
  public static Atlas atlas(Random r) {
    return atlas(r, 8);
  }

  static Atlas atlas(Random r, int maxPartnerships) {
    Atlas.Builder atlas = Atlas.builder();
    List<Territory> territories = territories(r, 2 + r.nextInt(8));
    atlas.addAll(territories);
    List<Theme> themes = themes(r);
    atlas.addAll(themes);
    List<Actor> actors = new ArrayList<>();
    int actorCount = r.nextInt(4);
    for (int i = 0; i < actorCount; i++) {
      actors.add(actor(r, "actor-" + i, territories));
    }
    atlas.addAll(actors);
    List<Partnership> partnerships = new ArrayList<>();
    int partnershipCount = r.nextInt(maxPartnerships + 1);
    for (int i = 0; i < partnershipCount; i++) {
      // The same partnership twice (same kind and parties, overlapping periods) is invalid: draw
      // again, a few times, and leave it out if the territories allow no other.
      for (int attempt = 0; attempt < 10; attempt++) {
        Partnership candidate = partnership(r, "p-" + i, territories, themes, actors);
        if (partnerships.stream().noneMatch(p -> sameTwice(candidate, p))) {
          partnerships.add(candidate);
          break;
        }
      }
    }
    atlas.addAll(partnerships);
    List<Crisis> crises = new ArrayList<>();
    int crisisCount = r.nextInt(3);
    for (int i = 0; i < crisisCount; i++) {
      crises.add(crisis(r, "crisis-" + i));
    }
    atlas.addAll(crises);
    if (!crises.isEmpty()) {
      int impacts = r.nextInt(3);
      for (int i = 0; i < impacts; i++) {
        atlas.add(impact(r, "impact-" + i, crises, territories, partnerships));
      }
    }
    return atlas.build();
  }

  static List<Territory> territories(Random r, int count) {
    List<Territory> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TerritoryLevel level = pick(r, TerritoryLevel.class);
      Territory parent = null;
      if (!list.isEmpty() && r.nextInt(3) > 0) {
        parent = pick(r, list);
      }
      String country;
      if (parent == null || (parent.level().allowsForeignSubdivisions() && r.nextBoolean())) {
        country = pick(r, COUNTRIES);
      } else {
        country = parent.country().code();
      }
      LocalizedText names = text(r);
      String official = pick(r, ImmutableList.copyOf(names.asMap().keySet()));
      Territory.Builder b =
          Territory.builder()
              .id(TerritoryId.of("t-" + i))
              .level(level)
              .names(names)
              .officialLanguage(official)
              .country(CountryCode.of(country));
      if (r.nextBoolean()) {
        b.addAliases("alias " + i, word(r) + " " + i);
      }
      if (r.nextInt(3) == 0) {
        b.subdivision(SubdivisionCode.of(country + "-" + (10 + r.nextInt(80))));
      }
      if (parent != null) {
        b.parent(parent.id());
      }
      if (r.nextInt(4) > 0) {
        double lat = Math.round((r.nextDouble() * 180 - 90) * 1e4) / 1e4;
        double lon = Math.round((r.nextDouble() * 360 - 180) * 1e4) / 1e4;
        b.coordinates(Coordinates.of(lat, lon));
      }
      if (r.nextBoolean()) {
        b.population(Population.of(r.nextInt(10_000_000), 1990 + r.nextInt(35)));
      }
      if (r.nextBoolean()) {
        b.putExternalIds("wikidata", "Q" + (1 + r.nextInt(1_000_000)));
      }
      if (r.nextInt(3) == 0) {
        b.putExternalIds("insee", Integer.toString(10000 + r.nextInt(90000)));
      }
      b.addAllSources(sources(r)).putAllAttributes(attributes(r));
      list.add(b.build());
    }
    return list;
  }

  static List<Theme> themes(Random r) {
    List<Theme> list = new ArrayList<>(ThemeCatalogue.standard().themes());
    if (r.nextBoolean()) {
      Theme host =
          Theme.builder()
              .id(ThemeId.of("host"))
              .labels(text(r))
              .addSdgs(1 + r.nextInt(17))
              .putAllAttributes(attributes(r))
              .build();
      list.add(host);
      list.add(
          Theme.builder()
              .id(ThemeId.of("host.sub-" + r.nextInt(9)))
              .labels(LocalizedText.of("en", "Host sub-theme"))
              .build());
    }
    if (r.nextInt(3) == 0) {
      list.add(
          Theme.builder().id(ThemeId.of("maritime.host-" + r.nextInt(9))).labels(text(r)).build());
    }
    return list;
  }

  static Actor actor(Random r, String id, List<Territory> territories) {
    Actor.Builder b =
        Actor.builder()
            .id(ActorId.of(id))
            .kind(pick(r, ActorKind.class))
            .names(text(r))
            .description(maybeText(r));
    if (r.nextBoolean()) {
      b.base(pick(r, territories).id());
    }
    if (r.nextBoolean()) {
      b.founded(partialDate(r));
    }
    if (r.nextBoolean()) {
      b.addLinks("https://example.org/actor/" + id);
    }
    return b.addAllSources(sources(r)).putAllAttributes(attributes(r)).build();
  }

  /**
   * Returns whether two partnerships are the same one twice, as the Atlas builder defines it: the
   * same kind, the same territories, and for each territory party periods that may overlap.
   *
   * @param a a partnership
   * @param b another one
   * @return whether an atlas may not hold both
   */
  public static boolean sameTwice(Partnership a, Partnership b) {
    if (a.kind() != b.kind() || !a.territories().equals(b.territories())) {
      return false;
    }
    return a.territories().stream()
        .allMatch(
            t ->
                a.parties().stream()
                    .filter(x -> x.territory().equals(t))
                    .anyMatch(
                        x ->
                            b.parties().stream()
                                .anyMatch(
                                    y ->
                                        y.territory().equals(t)
                                            && x.period().overlaps(y.period()))));
  }

  static Partnership partnership(
      Random r, String id, List<Territory> territories, List<Theme> themes, List<Actor> actors) {
    Partnership.Builder b =
        Partnership.builder()
            .id(PartnershipId.of(id))
            .kind(pick(r, PartnershipKind.class))
            .names(maybeText(r));
    List<Territory> shuffled = new ArrayList<>(territories);
    java.util.Collections.shuffle(shuffled, r);
    int partyCount = 2 + r.nextInt(Math.min(3, shuffled.size() - 1));
    for (int i = 0; i < partyCount; i++) {
      Party.Builder party =
          Party.builder().territory(shuffled.get(i).id()).role(pick(r, PartyRole.class));
      PartyStatus status = i < 2 ? PartyStatus.ACTIVE : pick(r, PartyStatus.class);
      if (r.nextBoolean() || status == PartyStatus.FORMER) {
        DateRange period = rangeWithin(r, 1948, 2030, status != PartyStatus.FORMER);
        if (status == PartyStatus.FORMER && period.isOpenEnd()) {
          period = DateRange.of(period.start().orElseThrow());
        }
        party.period(period);
      }
      if (r.nextInt(5) == 0) {
        party.attested(partialDate(r, 1948 + r.nextInt(80)));
      }
      b.addParties(party.status(status).putAllAttributes(attributes(r)).build());
    }
    int agreements = r.nextInt(3);
    for (int i = 0; i < agreements; i++) {
      Agreement.Builder a =
          Agreement.builder().kind(pick(r, AgreementKind.class)).title(maybeText(r));
      if (r.nextBoolean()) {
        a.signed(partialDate(r, 1948 + r.nextInt(80)));
      }
      if (r.nextBoolean()) {
        a.period(rangeWithin(r, 1948, 2030, true));
      }
      b.addAgreements(a.addAllSources(sources(r)).putAllAttributes(attributes(r)).build());
    }
    int changes = r.nextInt(4);
    int year = 1950 + r.nextInt(40);
    for (int i = 0; i < changes; i++) {
      year += r.nextInt(12);
      StatusChange.Builder c =
          StatusChange.builder().status(pick(r, PartnershipStatus.class)).cause(maybeText(r));
      boolean approximate = r.nextInt(6) == 0;
      if (approximate) {
        year++; // an approximate year may be the year before: keep it after the previous change
      }
      PartialDate date = plainDate(r, year);
      if (r.nextInt(5) > 0) {
        c.date(approximate ? date.approximate() : date);
        if (r.nextInt(6) == 0) {
          c.attested(PartialDate.ofYear(year + 1 + r.nextInt(3)));
        }
      } else if (r.nextBoolean()) {
        c.attested(date); // undated, shown at a date
      } // else undated, and not attested
      b.addStatusHistory(c.addAllSources(sources(r)).putAllAttributes(attributes(r)).build());
      year++;
    }
    int themeCount = r.nextInt(4);
    for (int i = 0; i < themeCount; i++) {
      ThemePeriod.Builder t = ThemePeriod.builder().theme(pick(r, themes).id());
      if (r.nextBoolean()) {
        t.period(rangeWithin(r, 1948, 2030, true));
      }
      if (r.nextInt(5) == 0) {
        t.attested(partialDate(r, 1948 + r.nextInt(80)));
      }
      b.addThemes(t.putAllAttributes(attributes(r)).build());
    }
    int aims = r.nextInt(3);
    for (int i = 0; i < aims; i++) {
      b.addAims(text(r));
    }
    int perspectives = r.nextInt(3);
    for (int i = 0; i < perspectives; i++) {
      Perspective.Builder p = Perspective.builder().description(text(r));
      if (r.nextBoolean()) {
        p.when(rangeWithin(r, 2015, 2030, true));
      }
      if (r.nextBoolean()) {
        p.addPlannedParties(pick(r, territories).id());
      }
      if (r.nextBoolean()) {
        p.addPlannedThemes(pick(r, themes).id());
      }
      if (r.nextBoolean()) {
        p.addPlannedActionKinds(pick(r, ActionKind.class));
      }
      if (r.nextBoolean()) {
        p.addPlannedModalities(pick(r, Modality.class));
      }
      b.addPerspectives(p.addAllSources(sources(r)).putAllAttributes(attributes(r)).build());
    }
    b.addAllSources(sources(r)).putAllAttributes(attributes(r));
    // Actions last: they must fall within the life of an ended partnership.
    DateRange life = b.build().life();
    int actions = r.nextInt(4);
    for (int i = 0; i < actions; i++) {
      b.addActions(action(r, id + ".a" + i, life, territories, themes, actors));
    }
    return b.build();
  }

  static Action action(
      Random r,
      String id,
      DateRange life,
      List<Territory> territories,
      List<Theme> themes,
      List<Actor> actors) {
    Action.Builder a =
        Action.builder()
            .id(ActionId.of(id))
            .kind(pick(r, ActionKind.class))
            .title(maybeText(r))
            .status(pick(r, ActionStatus.class));
    if (r.nextInt(4) > 0) {
      int from = life.start().map(PartialDate::year).orElse(1948);
      int to = life.end().map(PartialDate::year).orElse(2030);
      if (life.isOpenEnd() || r.nextBoolean()) {
        DateRange when = rangeWithin(r, Math.min(from, to), Math.max(from, to), false);
        if (when.overlaps(life)) {
          a.when(when);
        }
      }
    }
    if (r.nextBoolean()) {
      a.place(pick(r, territories).id());
    }
    if (r.nextInt(3) > 0) {
      a.modality(pick(r, Modality.class));
    }
    if (r.nextBoolean()) {
      a.addThemes(pick(r, themes).id());
    }
    if (!actors.isEmpty() && r.nextBoolean()) {
      a.addActors(pick(r, actors).id());
    }
    if (r.nextInt(3) == 0) {
      a.addLinks("https://www.seatechweek.eu/" + id);
    }
    return a.addAllSources(sources(r)).putAllAttributes(attributes(r)).build();
  }

  static Crisis crisis(Random r, String id) {
    Crisis.Builder c =
        Crisis.builder()
            .id(CrisisId.of(id))
            .kind(pick(r, CrisisKind.class))
            .names(text(r))
            .period(rangeWithin(r, 2000, 2025, true));
    if (r.nextBoolean()) {
      c.externalCode("EP-2020-000012-" + r.nextInt(99));
    }
    return c.addAllSources(sources(r)).putAllAttributes(attributes(r)).build();
  }

  static CrisisImpact impact(
      Random r,
      String id,
      List<Crisis> crises,
      List<Territory> territories,
      List<Partnership> partnerships) {
    CrisisImpact.Builder i =
        CrisisImpact.builder()
            .id(CrisisImpactId.of(id))
            .crisis(pick(r, crises).id())
            .summary(maybeText(r));
    if (r.nextBoolean()) {
      i.addTerritories(pick(r, territories).id());
    }
    if (!partnerships.isEmpty() && r.nextBoolean()) {
      Partnership p = pick(r, partnerships);
      i.addPartnerships(p.id());
      if (!p.actions().isEmpty() && r.nextBoolean()) {
        i.addAdaptations(
            Adaptation.builder()
                .description(text(r))
                .addActions(pick(r, p.actions()).id())
                .putAllAttributes(attributes(r))
                .build());
      }
    }
    if (r.nextBoolean()) {
      i.addSuspendedActionKinds(pick(r, ActionKind.class));
    }
    if (r.nextBoolean()) {
      i.addAdaptations(Adaptation.builder().description(text(r)).build());
    }
    if (r.nextBoolean()) {
      i.addLessons(text(r));
    }
    return i.addAllSources(sources(r)).putAllAttributes(attributes(r)).build();
  }
}
