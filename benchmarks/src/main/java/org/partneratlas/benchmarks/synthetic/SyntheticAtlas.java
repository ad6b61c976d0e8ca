package org.partneratlas.benchmarks.synthetic;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
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

/**
 * A deterministic, realistic synthetic atlas of a given number of partnerships, for benchmarks.
 *
 * <p>The same size and seed always give equal entities in the same order. The profile:
 *
 * <ul>
 *   <li>Territories: {@value #COUNTRY_COUNT} countries, each a hierarchy of regions (with ISO
 *       3166-2-like codes), departments, municipalities (about one for every four partnerships in
 *       all), a few metropolises and districts, plus a handful of international groupings. Names in
 *       the country's language, with accents; some with a second language and aliases; most with
 *       coordinates, many with a population and a Wikidata-like external id.
 *   <li>Partnerships: 80% with two parties and 20% with three, mostly in different countries, drawn
 *       with a heavy-tailed preference for some territories (a big city has hundreds of
 *       partnerships, most places a few); 15% of parties with their own period (former or planned
 *       parties); one to four themes of the {@linkplain ThemeCatalogue#standard() standard
 *       catalogue}, 40% with their own period; zero to five actions dated within the life of the
 *       partnership; a status history (none, active since, dormant, suspended during the pandemic,
 *       ended); a charter and sometimes a renewal; a name for 30%, an aim for 20%.
 *   <li>Actors: one for every 500 partnerships; crises: five, with one impact for every thousand
 *       partnerships, each naming a partnership, its territories and adaptations of its actions.
 * </ul>
 *
 * <p>With {@link References#FRESH} (the default) every reference is a new identifier object read
 * from a new string, as a loader reading a file or a database would make; with {@link
 * References#SHARED} references reuse the referenced entity's identifier.
 */
public final class SyntheticAtlas {

  /** How references to other entities are made. */
  public enum References {
    /** A new identifier (and a new string) for every reference, as a naive loader makes. */
    FRESH,
    /** The referenced entity's own identifier object. */
    SHARED
  }

  static final int COUNTRY_COUNT = 60;

  /** Country codes and the language of their official names. */
  private static final String[][] COUNTRIES = {
    {"FR", "fr"}, {"DE", "de"}, {"ES", "es"}, {"IT", "it"}, {"GB", "en"}, {"US", "en"},
    {"MX", "es"}, {"AR", "es"}, {"BR", "pt"}, {"PT", "pt"}, {"JP", "ja"}, {"CN", "zh"},
    {"VN", "vi"}, {"PL", "pl"}, {"RO", "ro"}, {"IE", "en"}, {"BF", "fr"}, {"SN", "fr"},
    {"MA", "fr"}, {"TN", "fr"}, {"CA", "en"}, {"CL", "es"}, {"CO", "es"}, {"PE", "es"},
    {"BE", "nl"}, {"NL", "nl"}, {"AT", "de"}, {"CH", "de"}, {"SE", "sv"}, {"NO", "nb"},
    {"DK", "da"}, {"FI", "fi"}, {"CZ", "cs"}, {"SK", "sk"}, {"HU", "hu"}, {"HR", "hr"},
    {"GR", "el"}, {"TR", "tr"}, {"UA", "uk"}, {"LT", "lt"}, {"LV", "lv"}, {"EE", "et"},
    {"KR", "ko"}, {"IN", "hi"}, {"ID", "id"}, {"PH", "en"}, {"AU", "en"}, {"NZ", "en"},
    {"ZA", "en"}, {"KE", "en"}, {"ML", "fr"}, {"NE", "fr"}, {"CM", "fr"}, {"CI", "fr"},
    {"BJ", "fr"}, {"TG", "fr"}, {"MG", "fr"}, {"HT", "fr"}, {"CU", "es"}, {"UY", "es"},
  };

  private static final String[] SYLLABLES = {
    "ba", "bré", "ca", "cá", "da", "dún", "el", "fé", "ga", "hải", "ja", "ke", "la", "lé", "ma",
    "mö", "na", "ña", "o", "pa", "qui", "ra", "sa", "sé", "ta", "tê", "u", "va", "xa", "ya", "za",
    "ça", "œu", "ber", "gen", "stra", "ßen", "vik", "borg", "ville", "ton", "ham", "ro", "ri", "lo",
    "mi", "no", "po", "ki", "ku", "zo", "dor", "mar", "sol", "val", "mont", "río", "ía", "ão", "ŝa"
  };
  private static final String[] PREFIXES = {"Saint-", "San ", "Bad ", "Nova ", "Santa ", "Le "};
  private static final String[] SUFFIXES = {"-sur-Mer", " del Río", " am See", "-les-Bains"};
  private static final String[] OTHER_LANGUAGES = {"fr", "en", "es", "de"};

  private static final PartnershipKind[] KINDS = {
    PartnershipKind.TWINNING,
    PartnershipKind.TWINNING,
    PartnershipKind.TWINNING,
    PartnershipKind.TWINNING,
    PartnershipKind.TWINNING,
    PartnershipKind.FRIENDSHIP,
    PartnershipKind.FRIENDSHIP,
    PartnershipKind.DECENTRALISED_COOPERATION,
    PartnershipKind.DECENTRALISED_COOPERATION,
    PartnershipKind.MEMORANDUM_OF_UNDERSTANDING
  };

  private static final int FIRST_YEAR = 1950;
  private static final int LAST_YEAR = 2025;

  private final ImmutableList<Theme> themes;
  private final List<Territory> territories;
  private final List<Partnership> partnerships;
  private final List<Actor> actors;
  private final List<Crisis> crises;
  private final List<CrisisImpact> crisisImpacts;

  private SyntheticAtlas(
      List<Theme> themes,
      List<Territory> territories,
      List<Partnership> partnerships,
      List<Actor> actors,
      List<Crisis> crises,
      List<CrisisImpact> crisisImpacts) {
    this.themes = ImmutableList.copyOf(themes);
    this.territories = territories;
    this.partnerships = partnerships;
    this.actors = actors;
    this.crises = crises;
    this.crisisImpacts = crisisImpacts;
  }

  /**
   * Returns the entities of an atlas (the same objects), to build it again.
   *
   * @param atlas the atlas
   * @return its entities
   */
  public static SyntheticAtlas of(Atlas atlas) {
    return new SyntheticAtlas(
        atlas.themes().list(),
        atlas.territories().list(),
        atlas.partnerships().list(),
        atlas.actors().list(),
        atlas.crises().list(),
        atlas.crisisImpacts().list());
  }

  /**
   * Generates the synthetic entities of an atlas with fresh references.
   *
   * @param partnershipCount the number of partnerships, at least 10
   * @param seed the seed
   * @return the entities
   */
  public static SyntheticAtlas generate(int partnershipCount, long seed) {
    return generate(partnershipCount, seed, References.FRESH);
  }

  /**
   * Generates the synthetic entities of an atlas.
   *
   * @param partnershipCount the number of partnerships, at least 10
   * @param seed the seed
   * @param references how references are made
   * @return the entities
   */
  public static SyntheticAtlas generate(int partnershipCount, long seed, References references) {
    if (partnershipCount < 10) {
      throw new IllegalArgumentException("Generate at least 10 partnerships");
    }
    Generator generator = new Generator(partnershipCount, seed, references);
    generator.run();
    return new SyntheticAtlas(
        ThemeCatalogue.standard().themes(),
        generator.territories,
        generator.partnerships,
        generator.actors,
        generator.crises,
        generator.crisisImpacts);
  }

  /**
   * Returns the themes: the standard catalogue.
   *
   * @return the themes
   */
  public List<Theme> themes() {
    return themes;
  }

  /**
   * Returns the territories, parents before children.
   *
   * @return the territories
   */
  public List<Territory> territories() {
    return territories;
  }

  /**
   * Returns the partnerships.
   *
   * @return the partnerships
   */
  public List<Partnership> partnerships() {
    return partnerships;
  }

  /**
   * Returns the actors.
   *
   * @return the actors
   */
  public List<Actor> actors() {
    return actors;
  }

  /**
   * Returns the crises.
   *
   * @return the crises
   */
  public List<Crisis> crises() {
    return crises;
  }

  /**
   * Returns the crisis impacts.
   *
   * @return the crisis impacts
   */
  public List<CrisisImpact> crisisImpacts() {
    return crisisImpacts;
  }

  /**
   * Returns a builder holding every entity, ready to build.
   *
   * @return the builder
   */
  public Atlas.Builder toBuilder() {
    return Atlas.builder()
        .addAll(themes)
        .addAll(territories)
        .addAll(actors)
        .addAll(partnerships)
        .addAll(crises)
        .addAll(crisisImpacts);
  }

  /**
   * Builds (validates and indexes) the atlas of these entities.
   *
   * @return the atlas
   */
  public Atlas build() {
    return toBuilder().build();
  }

  /** One run of generation; not thread-safe. */
  private static final class Generator {
    private final int partnershipCount;
    private final SplittableRandom random;
    private final References references;

    final List<Territory> territories = new ArrayList<>();
    final List<Partnership> partnerships;
    final List<Actor> actors = new ArrayList<>();
    final List<Crisis> crises = new ArrayList<>();
    final List<CrisisImpact> crisisImpacts = new ArrayList<>();

    // Territories by level, for drawing parties; entries of the same country are contiguous.
    private final List<Territory> municipalities = new ArrayList<>();
    private final List<Territory> upper = new ArrayList<>();
    private final List<Territory> districts = new ArrayList<>();
    private final List<ThemeId> leafThemes = new ArrayList<>();

    // Kinds and sets of territories already drawn, which the Atlas accepts only once.
    private final java.util.Set<Long> usedPairs = new java.util.HashSet<>();

    Generator(int partnershipCount, long seed, References references) {
      this.partnershipCount = partnershipCount;
      this.random = new SplittableRandom(seed);
      this.references = references;
      this.partnerships = new ArrayList<>(partnershipCount);
      for (Theme theme : ThemeCatalogue.standard().themes()) {
        if (theme.id().depth() >= 2) {
          leafThemes.add(theme.id());
        }
      }
    }

    void run() {
      territories();
      actors();
      for (int i = 0; i < partnershipCount; i++) {
        partnerships.add(partnership(i));
      }
      crises();
    }

    // ---- territories

    private void territories() {
      int municipalityTarget = Math.max(40, partnershipCount / 4);
      int perCountry = Math.max(1, municipalityTarget / COUNTRY_COUNT);
      for (int i = 0; i < 4; i++) {
        territories.add(
            Territory.builder()
                .id(TerritoryId.of("int-network-" + i))
                .level(TerritoryLevel.INTERNATIONAL)
                .names(LocalizedText.of("en", "Network of " + name() + " cities"))
                .officialLanguage("en")
                .country(CountryCode.of("FR"))
                .build());
      }
      for (int c = 0; c < COUNTRY_COUNT; c++) {
        country(COUNTRIES[c][0], COUNTRIES[c][1], perCountry);
      }
    }

    private void country(String code, String language, int municipalityCount) {
      CountryCode country = CountryCode.of(code);
      String prefix = code.toLowerCase(Locale.ROOT);
      Locale locale = Locale.forLanguageTag(language);
      String countryName = new Locale("", code).getDisplayCountry(locale);
      Territory countryTerritory =
          Territory.builder()
              .id(TerritoryId.of(prefix))
              .level(TerritoryLevel.COUNTRY)
              .names(names(language, countryName.isBlank() ? code : countryName))
              .officialLanguage(language)
              .country(country)
              .putExternalIds("wikidata", "Q" + (100 + random.nextInt(1_000_000)))
              .build();
      territories.add(countryTerritory);
      upper.add(countryTerritory);
      int regionCount = 3 + random.nextInt(13);
      int departmentsPerRegion = 2 + random.nextInt(5);
      int perDepartment = Math.max(1, municipalityCount / (regionCount * departmentsPerRegion));
      int made = 0;
      for (int r = 0; r < regionCount; r++) {
        Territory region =
            territory(
                prefix + "-r" + r,
                TerritoryLevel.REGION,
                language,
                country,
                countryTerritory.id(),
                SubdivisionCode.of(code + "-R" + r));
        upper.add(region);
        for (int d = 0; d < departmentsPerRegion; d++) {
          Territory department =
              territory(
                  prefix + "-r" + r + "-d" + d,
                  TerritoryLevel.DEPARTMENT,
                  language,
                  country,
                  region.id(),
                  null);
          upper.add(department);
          boolean last = r == regionCount - 1 && d == departmentsPerRegion - 1;
          int count = last ? Math.max(1, municipalityCount - made) : perDepartment;
          TerritoryId metropolis = null;
          for (int m = 0; m < count; m++) {
            TerritoryId parent = department.id();
            if (m % 100 == 0) {
              // A metropolis grouping the next municipalities of the department.
              Territory metro =
                  territory(
                      prefix + "-met" + made,
                      TerritoryLevel.METROPOLIS,
                      language,
                      country,
                      department.id(),
                      null);
              upper.add(metro);
              metropolis = metro.id();
            }
            if (metropolis != null && m % 100 < 8) {
              parent = metropolis;
            }
            Territory municipality =
                territory(
                    prefix + "-m" + made,
                    TerritoryLevel.MUNICIPALITY,
                    language,
                    country,
                    parent,
                    null);
            municipalities.add(municipality);
            if (random.nextInt(50) == 0) {
              for (int k = 0; k < 2 + random.nextInt(3); k++) {
                districts.add(
                    territory(
                        prefix + "-m" + made + "-q" + k,
                        TerritoryLevel.DISTRICT,
                        language,
                        country,
                        municipality.id(),
                        null));
              }
            }
            made++;
          }
        }
      }
    }

    private Territory territory(
        String id,
        TerritoryLevel level,
        String language,
        CountryCode country,
        TerritoryId parent,
        @Nullable SubdivisionCode subdivision) {
      String name = name();
      Territory.Builder builder =
          Territory.builder()
              .id(TerritoryId.of(id))
              .level(level)
              .officialLanguage(language)
              .country(country)
              .parent(reference(parent));
      if (random.nextInt(5) == 0) {
        String other = OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
        builder.names(
            other.equals(language)
                ? names(language, name)
                : LocalizedText.builder().put(language, name).put(other, name()).build());
      } else {
        builder.names(names(language, name));
      }
      if (random.nextInt(10) == 0) {
        builder.addAliases(name() + " " + name());
      }
      if (subdivision != null) {
        builder.subdivision(subdivision);
      }
      if (random.nextInt(10) < 9) {
        builder.coordinates(
            Coordinates.of(
                Math.round((random.nextDouble() * 160 - 80) * 1e4) / 1e4,
                Math.round((random.nextDouble() * 340 - 170) * 1e4) / 1e4));
      }
      if (random.nextBoolean()) {
        builder.population(
            Population.of(500 + random.nextInt(3_000_000), 2015 + random.nextInt(8)));
      }
      if (random.nextInt(10) < 3) {
        builder.putExternalIds("wikidata", "Q" + (1000 + random.nextInt(100_000_000)));
      }
      Territory territory = builder.build();
      territories.add(territory);
      return territory;
    }

    private static LocalizedText names(String language, String name) {
      return LocalizedText.of(language, name);
    }

    /** A place name of two to four syllables, sometimes with a prefix or suffix. */
    private String name() {
      StringBuilder name = new StringBuilder(24);
      int roll = random.nextInt(20);
      if (roll == 0) {
        name.append(PREFIXES[random.nextInt(PREFIXES.length)]);
      }
      int start = name.length();
      int syllables = 2 + random.nextInt(3);
      for (int i = 0; i < syllables; i++) {
        name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      name.setCharAt(start, Character.toUpperCase(name.charAt(start)));
      if (roll == 1) {
        name.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
      }
      return name.toString();
    }

    // ---- actors

    private void actors() {
      int count = Math.max(20, partnershipCount / 500);
      ActorKind[] kinds = ActorKind.values();
      for (int i = 0; i < count; i++) {
        Territory base = municipalities.get(random.nextInt(municipalities.size()));
        actors.add(
            Actor.builder()
                .id(ActorId.of("actor-" + i))
                .kind(kinds[random.nextInt(kinds.length)])
                .names(LocalizedText.of(base.officialLanguage(), "Association " + name()))
                .base(reference(base.id()))
                .build());
      }
    }

    // ---- partnerships

    private Partnership partnership(int index) {
      String id = "p" + index;
      int start = startYear();
      PartnershipKind kind = KINDS[random.nextInt(KINDS.length)];
      Partnership.Builder builder = Partnership.builder().id(PartnershipId.of(id)).kind(kind);

      // Status history, which fixes the life.
      int end = LAST_YEAR; // last year in which the partnership may be active
      int history = random.nextInt(20);
      if (history < 2) {
        // no history: implicitly active within its life
      } else if (history < 13) {
        builder.addStatusHistory(StatusChange.of(date(start), PartnershipStatus.ACTIVE));
      } else if (history < 15) {
        int dormant = Math.min(LAST_YEAR, start + 1 + random.nextInt(15));
        builder.addStatusHistory(
            StatusChange.of(date(start), PartnershipStatus.ACTIVE),
            StatusChange.of(PartialDate.ofYear(dormant), PartnershipStatus.DORMANT));
      } else if (history < 17) {
        end = Math.min(LAST_YEAR, start + 1 + random.nextInt(20));
        builder.addStatusHistory(
            StatusChange.of(date(start), PartnershipStatus.ACTIVE),
            StatusChange.of(PartialDate.ofYear(end), PartnershipStatus.ENDED));
      } else if (history < 18) {
        builder.addStatusHistory(
            StatusChange.of(PartialDate.ofYear(start - 1), PartnershipStatus.PLANNED),
            StatusChange.of(date(start), PartnershipStatus.ACTIVE));
      } else {
        builder.addStatusHistory(StatusChange.of(date(start), PartnershipStatus.ACTIVE));
        if (start < 2020) {
          builder.addStatusHistory(
              StatusChange.builder()
                  .date(PartialDate.ofMonth(2020, 3))
                  .status(PartnershipStatus.SUSPENDED)
                  .cause(LocalizedText.of("en", "COVID-19"))
                  .build(),
              StatusChange.of(PartialDate.ofYear(2022), PartnershipStatus.ACTIVE));
        }
      }

      // Parties.
      int partyCount = random.nextInt(5) == 0 ? 3 : 2;
      Territory[] chosen = new Territory[partyCount];
      do {
        // The Atlas rejects the same kind between the same territories twice: draw anew.
        Territory first = pickTerritory();
        chosen[0] = first;
        for (int p = 1; p < partyCount; p++) {
          Territory candidate;
          do {
            candidate = pickTerritory();
            if (random.nextInt(10) == 0) {
              // Some partnerships within one country.
              candidate = sameCountry(first);
            }
          } while (contains(chosen, p, candidate));
          chosen[p] = candidate;
        }
      } while (!usedPairs.add(pairKey(kind, chosen)));
      for (int p = 0; p < partyCount; p++) {
        TerritoryId territory = reference(chosen[p].id());
        int roll = random.nextInt(20);
        if (p < 2 || roll >= 3) {
          if (roll == 0 && p == 0 && partyCount == 2) {
            builder.addParties(
                Party.builder()
                    .territory(territory)
                    .role(PartyRole.LEAD)
                    .period(DateRange.since(PartialDate.ofYear(start)))
                    .build());
          } else {
            builder.addParties(Party.of(territory));
          }
        } else if (roll == 0) {
          int left = Math.min(LAST_YEAR, start + 1 + random.nextInt(10));
          builder.addParties(
              Party.builder()
                  .territory(territory)
                  .period(DateRange.between(PartialDate.ofYear(start), PartialDate.ofYear(left)))
                  .status(PartyStatus.FORMER)
                  .build());
        } else if (roll == 1) {
          builder.addParties(
              Party.builder()
                  .territory(territory)
                  .period(DateRange.since(PartialDate.ofYear(LAST_YEAR + 1)))
                  .status(PartyStatus.PLANNED)
                  .build());
        } else {
          builder.addParties(
              Party.builder()
                  .territory(territory)
                  .role(PartyRole.ASSOCIATE)
                  .period(DateRange.since(PartialDate.ofYear(Math.min(end, start + 3))))
                  .build());
        }
      }

      // Agreements.
      if (random.nextInt(10) < 7) {
        builder.addAgreements(
            Agreement.builder().kind(AgreementKind.CHARTER).signed(date(start)).build());
        if (start + 10 <= end && random.nextInt(6) == 0) {
          builder.addAgreements(
              Agreement.builder()
                  .kind(AgreementKind.RENEWAL)
                  .signed(PartialDate.ofYear(start + 10))
                  .build());
        }
      }

      // Themes.
      int themeCount = 1 + random.nextInt(4);
      ThemeId[] themeIds = new ThemeId[themeCount];
      for (int t = 0; t < themeCount; t++) {
        ThemeId theme;
        do {
          theme = leafThemes.get(skewed(leafThemes.size(), 1.5));
        } while (contains(themeIds, t, theme));
        themeIds[t] = theme;
        if (random.nextInt(10) < 6) {
          builder.addThemes(ThemePeriod.of(reference(theme), DateRange.unbounded()));
        } else {
          int from = start + random.nextInt(Math.max(1, end - start + 1));
          DateRange period =
              random.nextBoolean() || from >= end
                  ? DateRange.since(PartialDate.ofYear(from))
                  : DateRange.between(
                      PartialDate.ofYear(from),
                      PartialDate.ofYear(from + 1 + random.nextInt(end - from)));
          builder.addThemes(ThemePeriod.of(reference(theme), period));
        }
      }

      // Actions within the life.
      int actionCount = random.nextInt(6);
      ActionKind[] actionKinds = ActionKind.values();
      for (int a = 0; a < actionCount; a++) {
        int year = start + random.nextInt(Math.max(1, end - start + 1));
        Action.Builder action =
            Action.builder()
                .id(ActionId.of(id + ".a" + a))
                .kind(actionKinds[random.nextInt(actionKinds.length)])
                .when(
                    random.nextBoolean()
                        ? DateRange.of(PartialDate.ofYear(year))
                        : DateRange.between(
                            PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(20)),
                            PartialDate.ofDay(year, 12, 28)));
        if (random.nextInt(10) < 6) {
          action.title(LocalizedText.of("en", "Visit " + (a + 1) + " of " + name()));
        }
        if (random.nextBoolean()) {
          action.place(reference(chosen[random.nextInt(2)].id()));
        }
        if (random.nextBoolean()) {
          action.modality(
              year >= 2020 && random.nextBoolean() ? Modality.REMOTE : Modality.IN_PERSON);
        }
        if (random.nextBoolean()) {
          action.addThemes(reference(themeIds[random.nextInt(themeCount)]));
        }
        if (random.nextInt(7) == 0) {
          action.addActors(reference(actors.get(random.nextInt(actors.size())).id()));
        }
        if (year >= LAST_YEAR && random.nextBoolean()) {
          action.status(ActionStatus.PLANNED);
        }
        builder.addActions(action.build());
      }

      if (random.nextInt(10) < 3) {
        builder.names(
            LocalizedText.of(
                "en",
                "Partnership " + chosen[0].officialName() + " – " + chosen[1].officialName()));
      }
      if (random.nextInt(5) == 0) {
        builder.addAims(LocalizedText.of("en", "Exchanges between young people and schools"));
      }
      return builder.build();
    }

    private Territory pickTerritory() {
      int roll = random.nextInt(20);
      if (roll < 15) {
        return municipalities.get(skewed(municipalities.size(), 1.5));
      }
      if (roll < 19 || districts.isEmpty()) {
        return upper.get(skewed(upper.size(), 1.2));
      }
      return districts.get(random.nextInt(districts.size()));
    }

    private Territory sameCountry(Territory territory) {
      CountryCode country = territory.country();
      for (int i = 0; i < 20; i++) {
        Territory candidate = municipalities.get(random.nextInt(municipalities.size()));
        if (candidate.country().equals(country)) {
          return candidate;
        }
      }
      return pickTerritory();
    }

    /** An index in [0, size), heavy-tailed toward 0 (but shuffled by a fixed permutation). */
    private int skewed(int size, double exponent) {
      int index = (int) (size * Math.pow(random.nextDouble(), exponent));
      // Spread the popular entries over the list (a multiplicative permutation).
      return (int) (((long) index * 40_503L) % size);
    }

    // A 64-bit fingerprint of the kind and the set of territories (a collision only costs one
    // more draw); longs rather than strings keep the set small at a million partnerships.
    private static Long pairKey(PartnershipKind kind, Territory[] chosen) {
      String[] ids = new String[chosen.length];
      for (int i = 0; i < chosen.length; i++) {
        ids[i] = chosen[i].id().toString();
      }
      java.util.Arrays.sort(ids);
      return com.google.common.hash.Hashing.murmur3_128()
          .hashUnencodedChars(kind + " " + String.join(" ", ids))
          .asLong();
    }

    private static <T> boolean contains(T[] values, int count, T value) {
      for (int i = 0; i < count; i++) {
        if (values[i].equals(value)) {
          return true;
        }
      }
      return false;
    }

    private int startYear() {
      // More recent partnerships are more numerous.
      return LAST_YEAR
          - 1
          - (int) ((LAST_YEAR - 1 - FIRST_YEAR) * Math.pow(random.nextDouble(), 1.6));
    }

    private PartialDate date(int year) {
      int roll = random.nextInt(4);
      if (roll == 0) {
        return PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      }
      if (roll == 1) {
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      }
      return PartialDate.ofYear(year);
    }

    // ---- crises

    private void crises() {
      crises.add(
          Crisis.builder()
              .id(CrisisId.of("covid-19"))
              .kind(CrisisKind.PANDEMIC)
              .names(LocalizedText.builder().put("en", "COVID-19").put("fr", "Covid-19").build())
              .period(DateRange.between(PartialDate.ofMonth(2020, 3), PartialDate.ofYear(2022)))
              .addSources(Source.builder().title("World Health Organization").build())
              .build());
      CrisisKind[] kinds = {
        CrisisKind.NATURAL_DISASTER,
        CrisisKind.CONFLICT,
        CrisisKind.ECONOMIC,
        CrisisKind.NATURAL_DISASTER
      };
      int[] years = {2004, 2014, 2008, 2010};
      for (int i = 0; i < kinds.length; i++) {
        crises.add(
            Crisis.builder()
                .id(CrisisId.of("crisis-" + i))
                .kind(kinds[i])
                .names(LocalizedText.of("en", "Crisis " + name()))
                .period(DateRange.of(PartialDate.ofYear(years[i])))
                .build());
      }
      int impacts = Math.max(1, partnershipCount / 1000);
      for (int i = 0; i < impacts; i++) {
        Partnership partnership = partnerships.get(random.nextInt(partnerships.size()));
        Crisis crisis = crises.get(random.nextInt(crises.size()));
        CrisisImpact.Builder impact =
            CrisisImpact.builder()
                .id(CrisisImpactId.of("impact-" + i))
                .crisis(reference(crisis.id()))
                .summary(LocalizedText.of("en", "Exchanges suspended"))
                .addPartnerships(reference(partnership.id()))
                .addSuspendedActionKinds(ActionKind.VISIT);
        for (TerritoryId territory : partnership.territories()) {
          impact.addTerritories(reference(territory));
        }
        if (!partnership.actions().isEmpty()) {
          impact.addAdaptations(
              Adaptation.builder()
                  .description(LocalizedText.of("en", "Meetings held online"))
                  .addActions(reference(partnership.actions().get(0).id()))
                  .build());
        }
        crisisImpacts.add(impact.build());
      }
    }

    // ---- references

    private TerritoryId reference(TerritoryId id) {
      return references == References.SHARED ? id : TerritoryId.of(copy(id.value()));
    }

    private ThemeId reference(ThemeId id) {
      return references == References.SHARED ? id : ThemeId.of(copy(id.value()));
    }

    private ActorId reference(ActorId id) {
      return references == References.SHARED ? id : ActorId.of(copy(id.value()));
    }

    private CrisisId reference(CrisisId id) {
      return references == References.SHARED ? id : CrisisId.of(copy(id.value()));
    }

    private PartnershipId reference(PartnershipId id) {
      return references == References.SHARED ? id : PartnershipId.of(copy(id.value()));
    }

    private ActionId reference(ActionId id) {
      return references == References.SHARED ? id : ActionId.of(copy(id.value()));
    }

    /** A new string with its own characters, as a parser makes. */
    private static String copy(String value) {
      return new String(value.toCharArray());
    }
  }
}
