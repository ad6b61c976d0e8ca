package org.partneratlas.examples;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
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
import org.partneratlas.theme.ThemeCatalogue;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The Brest Métropole dataset built in code: the three slides of the founding document (Brest
 * Métropole, 2020) and the sourced facts of the project's facts file (twin towns of Brest, other
 * partnerships, named entities, territories).
 *
 * <p>This is the source of the bundled document {@code brest-metropole.json}: {@link
 * BundledDatasetTest} checks that the document is exactly this atlas as {@code AtlasJson} writes
 * it, and rewrites it when run with {@code -Dpartneratlas.regenerate=true}. Edit the facts here,
 * with the compiler and the Atlas builder checking them, then regenerate the document.
 *
 * <p>Every entity carries its sources. Where a fact is not known (an exact date, a modality, a
 * place) the field stays empty. Texts of the seed are kept in French as written, with the English
 * of the project's structured summary ({@code shared/design/domain.md}) beside them.
 */
final class BrestDatasetSource {

  private static final TerritoryId BREST = BrestMetropole.BREST;
  private static final TerritoryId BREST_METROPOLE = BrestMetropole.BREST_METROPOLE;
  private static final TerritoryId CHUBUT = BrestMetropole.CHUBUT;
  private static final TerritoryId TIERRA_DEL_FUEGO = BrestMetropole.TIERRA_DEL_FUEGO;
  private static final TerritoryId VERACRUZ = BrestMetropole.VERACRUZ;
  private static final TerritoryId XALAPA = BrestMetropole.XALAPA;
  private static final PartnershipId PATAGONIA = BrestMetropole.PATAGONIA;
  private static final PartnershipId VERACRUZ_COOPERATION = BrestMetropole.VERACRUZ_COOPERATION;
  private static final CrisisId COVID_19 = BrestMetropole.COVID_19;
  private static final ActionId REMOTE_STEERING_COMMITTEE =
      BrestMetropole.REMOTE_STEERING_COMMITTEE;
  private static final ActionId SEA_TECH_WEEK_STAND = BrestMetropole.SEA_TECH_WEEK_STAND;

  private static final String SEED_TITLE =
      "Villes jumelles de Brest et villes partenaires de Brest Métropole";

  private BrestDatasetSource() {}

  // ---------------------------------------------------------------------------------------------
  // Sources

  /** The founding document, at a slide: 1 Tierra del Fuego, 2 Veracruz, 3 COVID-19. */
  static Source seed(int slide, String section) {
    return Source.builder()
        .title(SEED_TITLE)
        .publisher("Brest Métropole")
        .date(PartialDate.ofYear(2020))
        .page("slide " + slide + " (" + section + ")")
        .note("Founding document of Partner Atlas (slides in French); primary source")
        .build();
  }

  private static final Source BREST_FR_INTERNATIONAL =
      Source.builder()
          .title("La maison de l'international")
          .publisher("Ville de Brest (brest.fr)")
          .url(
              "https://brest.fr/developper-le-territoire/ouvrir-le-territoire-a-linternational/"
                  + "la-maison-de-l-international-1774.html")
          .note(
              "Lists the 8 twin towns and 1 friendly town of Brest with their years; confidence"
                  + " H (official)")
          .build();

  private static Source brestFr(String note) {
    return Source.builder().from(BREST_FR_INTERNATIONAL).note(note).build();
  }

  private static final Source DENVER_SISTER_CITIES =
      Source.builder()
          .title("Denver Sister Cities International: Brest, France")
          .publisher("Denver Sister Cities International")
          .url("https://denversistercities.org/brest-france")
          .note("Confirms 1948; confidence H (title paraphrased from the page address)")
          .build();

  private static final Source KIEL_DE =
      Source.builder()
          .title("Kiel international: Brest")
          .publisher("Landeshauptstadt Kiel (kiel.de)")
          .note("Charter signed on 1 August 1964; confidence H")
          .build();

  private static final Source WIKI_BREST_YOKOSUKA =
      Source.builder()
          .title("Yokosuka")
          .publisher("Wiki-Brest (wiki-brest.net)")
          .note("Twinning signed on 26 November 1970; confidence H")
          .build();

  private static final Source BREST_FR_TIERRA_DEL_FUEGO =
      Source.builder()
          .title("Province de Terre de Feu (Argentine)")
          .publisher("Ville de Brest (brest.fr)")
          .page("page province-de-terre-de-feu-argentine-4042")
          .note(
              "Blue growth: aquaculture, ports, tourism, sustainable shipping, coastal and marine"
                  + " protection; first convention signed in 2016; phases 2017–2018 and 2019–2021;"
                  + " confidence H")
          .build();

  private static final Source CNCD_TIERRA_DEL_FUEGO =
      Source.builder()
          .title("Atlas français de la coopération décentralisée: projects 14927 and 15473")
          .publisher("Commission nationale de la coopération décentralisée (CNCD)")
          .note("Phases of the cooperation with Tierra del Fuego; confidence H")
          .build();

  private static final Source AMBAFRANCE_MX_2017 =
      Source.builder()
          .title("Ambassade de France au Mexique (mx.ambafrance.org): speech of 12 October 2017")
          .publisher("Ambassade de France au Mexique")
          .date(PartialDate.ofDay(2017, 10, 12))
          .note(
              "Mentions coastal management ('gestion du littoral') for Brest and Veracruz; says"
                  + " nothing of when that work began or ended; confidence H")
          .build();

  private static final Source HASTACUANDO_2019 =
      Source.builder()
          .title("hastacuando.com.mx")
          .publisher("Hasta Cuándo")
          .date(PartialDate.ofDay(2019, 9, 3))
          .note(
              "2019 work with Veracruz's environment ministry on the ecological land-use plan of"
                  + " the Río Bobos basin; confidence M (one secondary source)")
          .build();

  private static final Source BREST_FR_HAIPHONG =
      Source.builder()
          .title("Haiphong (Vietnam)")
          .publisher("Ville de Brest (brest.fr)")
          .page("page haiphong-vietnam-4041")
          .note("Cooperation since 2007; confidence H")
          .build();

  private static final Source CNCD_HAIPHONG =
      Source.builder()
          .title("Atlas français de la coopération décentralisée: project 12692")
          .publisher("Commission nationale de la coopération décentralisée (CNCD)")
          .note(
              "Lists the cooperation with Haiphong as dormant ('en sommeil'); the date it became"
                  + " dormant is not given; confidence H")
          .build();

  private static final Source BEIJING_REVIEW_2014 =
      Source.builder()
          .title("french.beijingreview.com.cn")
          .publisher("Beijing Review (French edition)")
          .date(PartialDate.ofYear(2014))
          .note(
              "Brest–Qingdao cooperation since 2006; its 'blue economy and innovation' project"
                  + " prized in November 2014; confidence M (secondary source)")
          .build();

  private static final Source CHINA_ORG_2020 =
      Source.builder()
          .title("french.china.org.cn")
          .publisher("China.org.cn (French edition)")
          .date(PartialDate.ofYear(2020))
          .note("Brest–Qingdao cooperation; confidence M (secondary source)")
          .build();

  private static final Source FRANCE3_SABELLA_2015 =
      Source.builder()
          .title("France 3 Régions blog: the Sabella D10 tidal turbine")
          .publisher("France 3 Régions")
          .date(PartialDate.ofDay(2015, 6, 22))
          .note("Confidence H")
          .build();

  private static final Source ENERGIES_MARINES_BRETAGNE =
      Source.builder()
          .title("energies-marines.bretagne.bzh")
          .publisher("Région Bretagne")
          .note("Sabella D10 in the Fromveur passage; confidence H")
          .build();

  private static final Source BREST_FR_SEA_TECH_WEEK_2020 =
      Source.builder()
          .title("La 12e Sea Tech Week est lancée")
          .publisher("Ville de Brest (brest.fr)")
          .date(PartialDate.ofYear(2020))
          .note(
              "12th edition 12–16 October 2020, online; earlier editions 10–14 October 2016 and"
                  + " 8–12 October 2018; confidence H")
          .build();

  private static final Source SEATECHEVENT_SAFER_SEAS =
      Source.builder()
          .title("Safer Seas: previous editions")
          .publisher("seatechevent.eu")
          .note("3rd edition, 10–13 May 2011, Le Quartz, Brest; confidence H")
          .build();

  private static final Source BREST_FR_TONNERRES_2012 =
      Source.builder()
          .title("Tonnerres de Brest 2012")
          .publisher("Ville de Brest (brest.fr)")
          .date(PartialDate.ofYear(2012))
          .note(
              "The Cuauhtémoc at the Brest 2012 maritime festival; Mexico guest nation, 17 July"
                  + " 2012; confidence H")
          .build();

  private static final Source MUNDOPORTUARIO_2016 =
      Source.builder()
          .title("mundoportuario.com")
          .publisher("Mundo Portuario")
          .date(PartialDate.ofYear(2016))
          .note(
              "The Cuauhtémoc at Brest 2016 (festival 13–19 July 2016); confidence M (one secondary"
                  + " source)")
          .build();

  private static final Source EN_LIENS_2013 =
      Source.builder()
          .title("en-liens.fr")
          .publisher("En liens")
          .date(PartialDate.ofYear(2013))
          .note("Technopôle Brest-Iroise created in October 1988, Plouzané; confidence M")
          .build();

  private static final Source TECH_BREST_IROISE =
      Source.builder()
          .title("tech-brest-iroise.fr")
          .publisher("Technopôle Brest-Iroise")
          .note("Pôle Mer Bretagne Atlantique labelled in July 2005, Brest/Plouzané; confidence H")
          .build();

  /** The facts file's table of territories, which names no source per row. */
  private static final Source TERRITORY_FACTS =
      Source.builder()
          .title("Partner Atlas facts: territories, codes, names, places")
          .publisher("Partner Atlas project")
          .page("shared/design/facts.md, table 'Territories: codes, names, places'")
          .note(
              "Codes, names, populations and coordinates gathered from public sources; the table"
                  + " does not name a source per row")
          .build();

  // ---------------------------------------------------------------------------------------------
  // Territories

  private static LocalizedText names(String... languageAndText) {
    LocalizedText.Builder b = LocalizedText.builder();
    for (int i = 0; i < languageAndText.length; i += 2) {
      b.put(languageAndText[i], languageAndText[i + 1]);
    }
    return b.build();
  }

  private static Territory.Builder territory(
      String id,
      TerritoryLevel level,
      String country,
      String officialLanguage,
      LocalizedText names,
      @Nullable String parent) {
    Territory.Builder b =
        Territory.builder()
            .id(TerritoryId.of(id))
            .level(level)
            .country(CountryCode.of(country))
            .officialLanguage(officialLanguage)
            .names(names);
    if (parent != null) {
      b.parent(TerritoryId.of(parent));
    }
    return b;
  }

  /** Country names in other languages: the Unicode CLDR names that the JDK ships. */
  private static final Source CLDR_COUNTRY_NAMES =
      Source.builder()
          .title("Unicode CLDR: territory display names")
          .publisher("Unicode Consortium")
          .url("https://cldr.unicode.org/")
          .note(
              "Names of countries in French, English, Spanish and their own language, as the JDK's"
                  + " Locale display names give them (checked by a test)")
          .build();

  /**
   * A country, named in its own language, French, English and Spanish as the JDK's Unicode CLDR
   * data names it.
   */
  private static Territory.Builder countryBuilder(String id, String code, String language) {
    LocalizedText.Builder names = LocalizedText.builder();
    CountryCode country = CountryCode.of(code);
    for (String tag : new java.util.LinkedHashSet<>(List.of(language, "fr", "en", "es"))) {
      names.put(tag, country.displayName(java.util.Locale.forLanguageTag(tag)));
    }
    return territory(id, TerritoryLevel.COUNTRY, code, language, names.build(), null)
        .addSources(TERRITORY_FACTS, CLDR_COUNTRY_NAMES);
  }

  private static Territory country(String id, String code, String language) {
    return countryBuilder(id, code, language).build();
  }

  /** A twin town or partner city, with its coordinates from the facts file. */
  private static Territory.Builder city(
      String id,
      String country,
      String language,
      LocalizedText names,
      double latitude,
      double longitude) {
    return territory(
            id,
            TerritoryLevel.MUNICIPALITY,
            country,
            language,
            names,
            country.toLowerCase(java.util.Locale.ROOT))
        .coordinates(Coordinates.of(latitude, longitude))
        .addSources(TERRITORY_FACTS);
  }

  private static List<Territory> territories() {
    Coordinates brestPoint = Coordinates.of(48.3905, -4.4860);
    return List.of(
        // France and the chain Brest ⊂ Brest Métropole ⊂ Finistère ⊂ Brittany ⊂ France.
        countryBuilder("fr", "FR", "fr").putExternalIds("wikidata", "Q142").build(),
        territory(
                "fr-brittany",
                TerritoryLevel.REGION,
                "FR",
                "fr",
                names("fr", "Bretagne", "en", "Brittany", "br", "Breizh"),
                "fr")
            .subdivision(SubdivisionCode.of("FR-BRE"))
            .putExternalIds("insee-region", "53")
            .putExternalIds("wikidata", "Q12130")
            .addSources(TERRITORY_FACTS)
            .build(),
        territory(
                "fr-finistere",
                TerritoryLevel.DEPARTMENT,
                "FR",
                "fr",
                names("fr", "Finistère"),
                "fr-brittany")
            .subdivision(SubdivisionCode.of("FR-29"))
            .putExternalIds("wikidata", "Q3389")
            .addSources(TERRITORY_FACTS)
            .build(),
        territory(
                BREST_METROPOLE.value(),
                TerritoryLevel.METROPOLIS,
                "FR",
                "fr",
                names("fr", "Brest métropole"),
                "fr-finistere")
            .addAliases("Brest Métropole", "Brest Métropole Océane")
            .coordinates(brestPoint)
            .population(Population.of(210_047, 2018))
            .putExternalIds("siren", "242900314")
            .putAttributes("communes", "8")
            .putAttributes("former-name", "Brest Métropole Océane")
            .addSources(TERRITORY_FACTS, seed(1, "title"))
            .build(),
        territory(
                BREST.value(),
                TerritoryLevel.MUNICIPALITY,
                "FR",
                "fr",
                names("fr", "Brest"),
                BREST_METROPOLE.value())
            .coordinates(brestPoint)
            .population(Population.of(139_602, 2018))
            .putExternalIds("insee", "29019")
            .putExternalIds("wikidata", "Q12193")
            .putExternalIds("geonames", "3030300")
            .addSources(TERRITORY_FACTS)
            .build(),
        // Argentina: Chubut, then Tierra del Fuego.
        country("ar", "AR", "es"),
        territory(
                CHUBUT.value(),
                TerritoryLevel.REGION,
                "AR",
                "es",
                names("es", "Provincia del Chubut", "fr", "Province du Chubut", "en", "Chubut"),
                "ar")
            .addAliases("Chubut")
            .subdivision(SubdivisionCode.of("AR-U"))
            .coordinates(Coordinates.of(-43.7886, -68.5268))
            .population(Population.of(603_120, 2022))
            .putExternalIds("indec", "26")
            .putAttributes("population-note", "2022 census, provisional result")
            .putAttributes("description.fr", "Le Chubut, en Patagonie")
            .addSources(TERRITORY_FACTS, seed(1, "Terre de Feu"))
            .build(),
        territory(
                TIERRA_DEL_FUEGO.value(),
                TerritoryLevel.REGION,
                "AR",
                "es",
                names(
                    "es",
                    "Provincia de Tierra del Fuego, Antártida e Islas del Atlántico Sur",
                    "fr",
                    "Terre de Feu",
                    "en",
                    "Tierra del Fuego"),
                "ar")
            .addAliases(
                "Tierra del Fuego",
                "Tierra del Fuego, Antártida e Islas del Atlántico Sur",
                "Province de Terre de Feu")
            .subdivision(SubdivisionCode.of("AR-V"))
            .coordinates(Coordinates.of(-54.8019, -68.3031))
            .population(Population.of(190_641, 2022))
            .putExternalIds("indec", "94")
            .putAttributes("coordinates-note", "Coordinates of Ushuaia, the provincial capital")
            .putAttributes(
                "population-note",
                "2022 census, provisional result; the definitive figure is 185,787 (INDEC)")
            .putAttributes("description.fr", "Territoire du « bout du monde »")
            .putAttributes("description.en", "A territory \"at the end of the world\"")
            .addSources(TERRITORY_FACTS, seed(1, "Terre de Feu"))
            .build(),
        // Mexico: the State of Veracruz and the municipality of Xalapa.
        country("mx", "MX", "es"),
        territory(
                VERACRUZ.value(),
                TerritoryLevel.REGION,
                "MX",
                "es",
                names(
                    "es",
                    "Veracruz de Ignacio de la Llave",
                    "fr",
                    "État de Veracruz",
                    "en",
                    "State of Veracruz"),
                "mx")
            .addAliases("Veracruz", "Etat de Veracruz")
            .subdivision(SubdivisionCode.of("MX-VER"))
            .coordinates(Coordinates.of(19.1738, -96.1342))
            .population(Population.of(8_062_579, 2020))
            .putExternalIds("inegi", "30")
            .putAttributes(
                "coordinates-note",
                "Coordinates of the port city of Veracruz, which is not the state's capital")
            .addSources(TERRITORY_FACTS, seed(2, "Veracruz"))
            .build(),
        territory(
                XALAPA.value(),
                TerritoryLevel.MUNICIPALITY,
                "MX",
                "es",
                names("es", "Xalapa"),
                VERACRUZ.value())
            .addAliases("Xalapa-Enríquez")
            .coordinates(Coordinates.of(19.5400, -96.9275))
            .population(Population.of(488_531, 2020))
            .putExternalIds("inegi", "30087")
            .putAttributes("population-note", "Population of the municipality")
            .putAttributes("description.en", "Capital of the State of Veracruz")
            .addSources(TERRITORY_FACTS, seed(2, "Veracruz"))
            .build(),
        // Twin towns and their countries.
        country("us", "US", "en"),
        city("us-denver", "US", "en", names("en", "Denver"), 39.74, -104.99).build(),
        country("gb", "GB", "en"),
        city("gb-plymouth", "GB", "en", names("en", "Plymouth"), 50.3714, -4.1422).build(),
        country("de", "DE", "de"),
        city("de-kiel", "DE", "de", names("de", "Kiel"), 54.3233, 10.1394).build(),
        country("it", "IT", "it"),
        city("it-taranto", "IT", "it", names("it", "Taranto", "fr", "Tarente"), 40.4711, 17.2431)
            .addAliases("Tarente")
            .build(),
        country("jp", "JP", "ja"),
        city("jp-yokosuka", "JP", "ja-Latn", names("ja-Latn", "Yokosuka"), 35.2815, 139.672)
            .build(),
        country("ie", "IE", "en"),
        city("ie-dun-laoghaire", "IE", "en", names("en", "Dún Laoghaire"), 53.30, -6.14)
            .addAliases("Dun Laoghaire")
            .population(Population.of(26_525, 2016))
            .build(),
        country("es", "ES", "es"),
        city("es-cadiz", "ES", "es", names("es", "Cádiz", "fr", "Cadix"), 36.535, -6.2975)
            .addAliases("Cadix")
            .build(),
        country("ro", "RO", "ro"),
        city("ro-constanta", "RO", "ro", names("ro", "Constanța"), 44.1667, 28.6333)
            .putAttributes(
                "coordinates-note",
                "Wikipedia gives 44.1767, 28.6508, about 1.7 km from this point")
            .build(),
        country("bf", "BF", "fr"),
        territory("bf-sapone", TerritoryLevel.MUNICIPALITY, "BF", "fr", names("fr", "Saponé"), "bf")
            .addSources(TERRITORY_FACTS)
            .build(),
        country("vn", "VN", "vi"),
        city(
                "vn-haiphong",
                "VN",
                "vi",
                names("vi", "Hải Phòng", "fr", "Haiphong", "en", "Haiphong"),
                20.8651,
                106.6838)
            .addAliases("Haiphong")
            .build(),
        country("cn", "CN", "zh"),
        city("cn-qingdao", "CN", "zh-Latn", names("zh-Latn", "Qingdao"), 36.0669, 120.3827)
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Actors

  private static List<Actor> actors() {
    return List.of(
        Actor.builder()
            .id(ActorId.of("sabella"))
            .kind(ActorKind.COMPANY)
            .names(names("fr", "Sabella"))
            .description(
                names(
                    "en",
                    "Tidal-turbine company based in Quimper. Its D10 turbine (1 MW, 10 m rotor) was"
                        + " immersed in June 2015 in the Fromveur passage off Ushant, the first"
                        + " tidal turbine to feed the French grid.",
                    "fr",
                    "Entreprise d'hydroliennes basée à Quimper. Son hydrolienne D10 (1 MW, rotor"
                        + " de 10 m) a été immergée en juin 2015 dans le passage du Fromveur, au"
                        + " large d'Ouessant : la première hydrolienne à alimenter le réseau"
                        + " français."))
            .putAttributes("d10-immersed", "2015-06")
            .addSources(seed(1, "Terre de Feu"), FRANCE3_SABELLA_2015, ENERGIES_MARINES_BRETAGNE)
            .build(),
        Actor.builder()
            .id(ActorId.of("sea-tech-week"))
            .kind(ActorKind.EVENT_SERIES)
            .names(names("en", "Sea Tech Week"))
            .description(
                names(
                    "en",
                    "Biennial marine science and technology week in Brest, run by Technopôle"
                        + " Brest-Iroise. Editions: 10–14 October 2016, 8–12 October 2018, and the"
                        + " 12th, 12–16 October 2020, held online.",
                    "fr",
                    "Semaine internationale des sciences et technologies de la mer, tous les deux"
                        + " ans à Brest, organisée par le Technopôle Brest-Iroise."))
            .base(BREST)
            .addLinks("https://www.seatechweek.eu")
            .putAttributes("organiser", "technopole-brest-iroise")
            .putAttributes("edition.2016", "2016-10-10/2016-10-14")
            .putAttributes("edition.2018", "2018-10-08/2018-10-12")
            .putAttributes("edition.2020", "2020-10-12/2020-10-16")
            .putAttributes("edition.2020.number", "12")
            .putAttributes("edition.2020.modality", "REMOTE")
            .addSources(seed(1, "Terre de Feu"), BREST_FR_SEA_TECH_WEEK_2020)
            .build(),
        Actor.builder()
            .id(ActorId.of("safer-seas"))
            .kind(ActorKind.EVENT_SERIES)
            .names(names("en", "Safer Seas"))
            .description(
                names(
                    "en",
                    "Event series on maritime safety; its 3rd edition was held on 10–13 May 2011 at"
                        + " Le Quartz, Brest."))
            .base(BREST)
            .putAttributes("edition.2011", "2011-05-10/2011-05-13")
            .putAttributes("edition.2011.number", "3")
            .putAttributes("edition.2011.venue", "Le Quartz, Brest")
            .addSources(seed(2, "Veracruz"), SEATECHEVENT_SAFER_SEAS)
            .build(),
        Actor.builder()
            .id(ActorId.of("cuauhtemoc"))
            .kind(ActorKind.VESSEL)
            .names(names("es", "Cuauhtémoc"))
            .description(
                names(
                    "en",
                    "Sail-training ship of the Mexican Navy; at the Brest maritime festivals of"
                        + " 2012 (Mexico guest nation) and 2016.",
                    "es",
                    "Buque escuela de la Armada de México."))
            .addSources(seed(2, "Veracruz"), BREST_FR_TONNERRES_2012, MUNDOPORTUARIO_2016)
            .build(),
        Actor.builder()
            .id(ActorId.of("technopole-brest-iroise"))
            .kind(ActorKind.TECHNOPOLE)
            .names(names("fr", "Technopôle Brest-Iroise"))
            .description(names("en", "Technopole created in October 1988, based in Plouzané."))
            .founded(PartialDate.ofMonth(1988, 10))
            .putAttributes("based-in", "Plouzané")
            .putAttributes(
                "founded-note",
                "Wiki-Brest says created in 1989; the name Brest-Iroise dates from 1990 (INA)")
            .addSources(EN_LIENS_2013, BREST_FR_SEA_TECH_WEEK_2020)
            .build(),
        Actor.builder()
            .id(ActorId.of("pole-mer-bretagne-atlantique"))
            .kind(ActorKind.CLUSTER)
            .names(names("fr", "Pôle Mer Bretagne Atlantique"))
            .description(
                names(
                    "en",
                    "Maritime competitiveness cluster labelled in July 2005, based in"
                        + " Brest/Plouzané."))
            .putAttributes("labelled", "2005-07")
            .putAttributes("based-in", "Brest/Plouzané")
            .addSources(TECH_BREST_IROISE)
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Partnerships

  /** A party over a period in EDTF ({@code 2016/..}: since 2016; {@code 2010/}: end unknown). */
  private static Party party(TerritoryId territory, String period, Source... sources) {
    return Party.builder()
        .territory(territory)
        .period(DateRange.parse(period))
        .addSources(sources)
        .build();
  }

  /** A twinning or friendship of the city of Brest, from brest.fr's list: since then, ongoing. */
  private static Partnership.Builder twinning(
      String partner, String since, PartnershipKind kind, Source... sources) {
    return Partnership.builder()
        .id(PartnershipId.of("brest-" + partner.substring(3)))
        .kind(kind)
        .addParties(party(BREST, since + "/..", sources))
        .addParties(party(TerritoryId.of(partner), since + "/..", sources))
        .addSources(sources);
  }

  /** A theme over a period in EDTF. */
  private static ThemePeriod theme(String id, String period, Source... sources) {
    return ThemePeriod.builder()
        .theme(ThemeId.of(id))
        .period(DateRange.parse(period))
        .addSources(sources)
        .build();
  }

  /** A theme that a source shows at a date: held then, nothing known before or after. */
  private static ThemePeriod attested(String id, PartialDate date, String note, Source... sources) {
    return ThemePeriod.builder()
        .from(ThemePeriod.attested(ThemeId.of(id), date))
        .addSources(sources)
        .putAttributes("note", note)
        .build();
  }

  /** A theme that a source names without any date: nothing is known of when it held. */
  private static ThemePeriod undated(String id, String note, Source... sources) {
    return ThemePeriod.builder()
        .theme(ThemeId.of(id))
        .period(DateRange.unknown())
        .addSources(sources)
        .putAttributes("note", note)
        .build();
  }

  private static List<Partnership> partnerships() {
    return List.of(
        tierraDelFuego(),
        veracruz(),
        twinning(
                "us-denver",
                "1948",
                PartnershipKind.TWINNING,
                brestFr("Denver: since 1948, Brest's first twinning; confidence H"),
                DENVER_SISTER_CITIES)
            .putAttributes("note", "Brest's first twinning")
            .build(),
        twinning(
                "gb-plymouth",
                "1963",
                PartnershipKind.TWINNING,
                brestFr("Plymouth: since 1963; 50th anniversary marked in 2013; confidence H"))
            .addActions(
                Action.builder()
                    .id(ActionId.of("plymouth-50th-anniversary-2013"))
                    .kind(ActionKind.OTHER)
                    .title(
                        names(
                            "en",
                            "50th anniversary of the twinning",
                            "fr",
                            "50e anniversaire du jumelage"))
                    .when(DateRange.parse("2013"))
                    .addSources(brestFr("Plymouth: 50th anniversary marked in 2013"))
                    .build())
            .build(),
        twinning(
                "de-kiel",
                "1964",
                PartnershipKind.TWINNING,
                brestFr("Kiel: since 1964; confidence H"),
                KIEL_DE)
            .addAgreements(
                Agreement.builder()
                    .kind(AgreementKind.CHARTER)
                    .signed(PartialDate.ofDay(1964, 8, 1))
                    .addSources(KIEL_DE)
                    .build())
            .build(),
        twinning(
                "it-taranto",
                "1964",
                PartnershipKind.TWINNING,
                brestFr("Taranto (Tarente): since 1964; confidence H"))
            .build(),
        twinning(
                "jp-yokosuka",
                "1970",
                PartnershipKind.TWINNING,
                brestFr("Yokosuka: since 1970; confidence H"),
                WIKI_BREST_YOKOSUKA)
            .addAgreements(
                Agreement.builder()
                    .kind(AgreementKind.CHARTER)
                    .signed(PartialDate.ofDay(1970, 11, 26))
                    .addSources(WIKI_BREST_YOKOSUKA)
                    .build())
            .build(),
        twinning(
                "ie-dun-laoghaire",
                "1984",
                PartnershipKind.TWINNING,
                brestFr("Dún Laoghaire: since 1984; confidence H"))
            .build(),
        twinning(
                "es-cadiz",
                "1986",
                PartnershipKind.TWINNING,
                brestFr("Cádiz (Cadix): since 1986; confidence H"))
            .build(),
        twinning(
                "ro-constanta",
                "1993",
                PartnershipKind.TWINNING,
                brestFr("Constanța: since 1993; confidence H"))
            .build(),
        twinning(
                "bf-sapone",
                "1989",
                PartnershipKind.FRIENDSHIP,
                brestFr("Saponé: friendly town ('ville amie') since 1989; confidence H"))
            .addAgreements(
                Agreement.builder()
                    .kind(AgreementKind.PROTOCOL)
                    .title(names("fr", "Protocole d'amitié", "en", "Friendship protocol"))
                    .signed(PartialDate.ofYear(1989))
                    .addSources(brestFr("Saponé: friendship protocol, 1989"))
                    .build())
            .putAttributes(
                "kind-note",
                "brest.fr's page calls Saponé a friendly town ('ville amie'); a brest.fr news item"
                    + " of 2010 calls the 1989 agreement an 'accord de jumelage'")
            .build(),
        haiphong(),
        qingdao());
  }

  private static final String SEED_THEMES_NOTE =
      "Seed (slides of 2020): 'Thématiques abordées'; it says nothing of when each theme began, nor"
          + " whether it was worked on with Chubut";

  private static final String BREST_FR_THEMES_NOTE =
      "Named by brest.fr's page on the cooperation, which gives no date for it";

  private static Partnership tierraDelFuego() {
    return Partnership.builder()
        .id(PATAGONIA)
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .names(
            names(
                "fr",
                "Coopération avec la Province de Terre de Feu (Argentine)",
                "en",
                "Cooperation with the Province of Tierra del Fuego (Argentina)",
                "es",
                "Cooperación con la Provincia de Tierra del Fuego (Argentina)"))
        .addParties(
            Party.builder()
                .territory(BREST_METROPOLE)
                .role(PartyRole.LEAD)
                .period(DateRange.parse("2010/.."))
                .addSources(seed(1, "Terre de Feu"))
                .build())
        .addParties(
            Party.builder()
                .territory(CHUBUT)
                .period(DateRange.parse("2010/"))
                .addSources(seed(1, "Terre de Feu"))
                .putAttributes(
                    "note",
                    "Seed: 'Une coopération initiée en 2010 avec le Chubut'; no source says whether"
                        + " or when Chubut stopped taking part")
                .build())
        .addParties(
            Party.builder()
                .territory(TIERRA_DEL_FUEGO)
                .period(DateRange.parse("2016/.."))
                .addSources(seed(1, "Terre de Feu"), BREST_FR_TIERRA_DEL_FUEGO)
                .putAttributes("note", "Seed: 'Depuis 2016 avec Terre de Feu'")
                .build())
        .addAgreements(
            Agreement.builder()
                .kind(AgreementKind.CONVENTION)
                .title(names("en", "First cooperation convention", "fr", "Première convention"))
                .signed(PartialDate.ofYear(2016))
                .addSources(BREST_FR_TIERRA_DEL_FUEGO)
                .build(),
            Agreement.builder()
                .kind(AgreementKind.PHASE)
                .title(names("en", "Phase 2017–2018", "fr", "Phase 2017-2018"))
                .period(DateRange.parse("2017/2018"))
                .addSources(BREST_FR_TIERRA_DEL_FUEGO, CNCD_TIERRA_DEL_FUEGO)
                .build(),
            Agreement.builder()
                .kind(AgreementKind.PHASE)
                .title(names("en", "Phase 2019–2021", "fr", "Phase 2019-2021"))
                .period(DateRange.parse("2019/2021"))
                .addSources(BREST_FR_TIERRA_DEL_FUEGO, CNCD_TIERRA_DEL_FUEGO)
                .build())
        .addAims(
            names(
                "fr",
                "Diversification de l’économie à travers l’innovation et l’économie maritime",
                "en",
                "Diversify the economy through innovation and the maritime economy"))
        .addThemes(
            // The four themes of the seed, as of its slides (2020); brest.fr names three of them.
            attested(
                "maritime.sustainable-transport",
                PartialDate.ofYear(2020),
                SEED_THEMES_NOTE,
                seed(1, "Terre de Feu"),
                BREST_FR_TIERRA_DEL_FUEGO),
            attested(
                "maritime.aquaculture",
                PartialDate.ofYear(2020),
                SEED_THEMES_NOTE,
                seed(1, "Terre de Feu"),
                BREST_FR_TIERRA_DEL_FUEGO),
            attested(
                "tourism",
                PartialDate.ofYear(2020),
                SEED_THEMES_NOTE,
                seed(1, "Terre de Feu"),
                BREST_FR_TIERRA_DEL_FUEGO),
            attested(
                "energy.marine",
                PartialDate.ofYear(2020),
                SEED_THEMES_NOTE,
                seed(1, "Terre de Feu")),
            // brest.fr's page, undated, adds blue growth, ports, coastal and marine protection.
            undated("maritime.blue-economy", BREST_FR_THEMES_NOTE, BREST_FR_TIERRA_DEL_FUEGO),
            undated("maritime.ports", BREST_FR_THEMES_NOTE, BREST_FR_TIERRA_DEL_FUEGO),
            undated("environment.coastal-marine", BREST_FR_THEMES_NOTE, BREST_FR_TIERRA_DEL_FUEGO))
        .addActions(
            Action.builder()
                .id(ActionId.of("tdf-croissance-bleue-2015"))
                .kind(ActionKind.CONFERENCE)
                .title(
                    names(
                        "fr",
                        "Conférence « Croissance bleue et coopérations outre-Atlantiques »",
                        "en",
                        "Conference \"Blue growth and transatlantic cooperations\""))
                .when(DateRange.parse("2015"))
                .place(BREST)
                .addThemes(ThemeId.of("maritime.blue-economy"))
                .addSources(seed(1, "Terre de Feu"))
                .build(),
            Action.builder()
                .id(ActionId.of("tdf-sabella-visit"))
                .kind(ActionKind.VISIT)
                .title(
                    names(
                        "fr",
                        "Visite de Sabella pendant la Sea Tech Week",
                        "en",
                        "Visit of Sabella during Sea Tech Week"))
                .addThemes(ThemeId.of("energy.marine"))
                .addActors(ActorId.of("sabella"), ActorId.of("sea-tech-week"))
                .putAttributes(
                    "note",
                    "The seed gives neither the year (Sea Tech Week is biennial) nor the place of"
                        + " the visit (Sabella is based in Quimper)")
                .addSources(seed(1, "Terre de Feu"))
                .build(),
            Action.builder()
                .id(ActionId.of("tdf-bioeconomy-symposium-2016"))
                .kind(ActionKind.SYMPOSIUM)
                .title(
                    names(
                        "fr",
                        "Symposium Bioéconomie en Patagonie",
                        "en",
                        "Symposium on Bioeconomy in Patagonia",
                        "es",
                        "Simposio de Bioeconomía en la Patagonia"))
                .when(DateRange.parse("2016"))
                .addThemes(ThemeId.of("economy.bioeconomy"))
                .addSources(seed(1, "Terre de Feu"))
                .build(),
            Action.builder()
                .id(REMOTE_STEERING_COMMITTEE)
                .kind(ActionKind.STEERING_COMMITTEE)
                .title(
                    names("fr", "Comité de pilotage à distance", "en", "Remote steering committee"))
                .when(DateRange.parse("2020-23"))
                .modality(Modality.REMOTE)
                .addSources(seed(1, "Terre de Feu, perspectives"))
                .build(),
            Action.builder()
                .id(SEA_TECH_WEEK_STAND)
                .kind(ActionKind.FAIR_STAND)
                .title(
                    names(
                        "fr",
                        "Stand « Terre de Feu » sur le salon virtuel de la Sea Tech Week",
                        "en",
                        "\"Tierra del Fuego\" stand at the virtual fair of Sea Tech Week"))
                .when(DateRange.parse("2020-10-12/2020-10-16"))
                .modality(Modality.REMOTE)
                .addActors(ActorId.of("sea-tech-week"))
                .addLinks("https://www.seatechweek.eu")
                .putAttributes(
                    "note",
                    "Participation in the online Sea Tech Week conference with a stand at its"
                        + " virtual fair")
                .addSources(seed(1, "Terre de Feu, perspectives"), BREST_FR_SEA_TECH_WEEK_2020)
                .build())
        .addPerspectives(
            Perspective.builder()
                .description(
                    names(
                        "fr",
                        "Renouvellement des équipes suite aux élections de 2019",
                        "en",
                        "Teams renewed after the 2019 elections"))
                .addSources(seed(1, "Terre de Feu, perspectives"))
                .build(),
            Perspective.builder()
                .description(
                    names(
                        "fr",
                        "Nouvelles thématiques proposées autour notamment de la formation ou encore"
                            + " le développement de clusters dans le domaine maritime et portuaire",
                        "en",
                        "New themes proposed, notably training and the development of maritime and"
                            + " port clusters"))
                .addPlannedThemes(ThemeId.of("education.training"), ThemeId.of("maritime.clusters"))
                .addSources(seed(1, "Terre de Feu, perspectives"))
                .build(),
            Perspective.builder()
                .description(
                    names(
                        "fr",
                        "Nouveaux types d’actions privilégiant l’usage du numérique",
                        "en",
                        "New kinds of action favouring digital means"))
                .addPlannedModalities(Modality.REMOTE)
                .addPlannedActionKinds(ActionKind.STEERING_COMMITTEE, ActionKind.FAIR_STAND)
                .addSources(seed(1, "Terre de Feu, perspectives"))
                .build())
        .putAttributes(
            "note",
            "Begun in 2010 with the Province of Chubut (Patagonia), continued with Tierra del Fuego"
                + " from 2016")
        .addSources(seed(1, "Terre de Feu"), BREST_FR_TIERRA_DEL_FUEGO, CNCD_TIERRA_DEL_FUEGO)
        .build();
  }

  private static final String RECENT_YEARS_NOTE =
      "Seed (slides of 2020): the themes moved toward environmental management (management of the"
          + " Bobos river) and governance 'ces dernières années' (in recent years); no source gives"
          + " a year";

  private static Partnership veracruz() {
    return Partnership.builder()
        .id(VERACRUZ_COOPERATION)
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .names(
            names(
                "fr",
                "Coopération avec l’État de Veracruz (Mexique)",
                "en",
                "Cooperation with the State of Veracruz (Mexico)",
                "es",
                "Cooperación con el Estado de Veracruz (México)"))
        .addParties(
            Party.builder()
                .territory(BREST_METROPOLE)
                .role(PartyRole.LEAD)
                .period(DateRange.parse("2009/.."))
                .addSources(seed(2, "Veracruz"))
                .build())
        .addParties(party(VERACRUZ, "2009/..", seed(2, "Veracruz")))
        .addParties(
            Party.builder()
                .territory(XALAPA)
                .status(PartyStatus.PLANNED)
                .addSources(seed(2, "Veracruz"))
                .build())
        .addAims(
            names(
                "fr",
                "Développement d’un pôle de compétences scientifiques et techniques en sciences et"
                    + " technologies de la mer",
                "en",
                "Build a pole of scientific and technical competence in marine sciences and"
                    + " technologies"))
        .addThemes(
            // The first themes: the cooperation was begun in 2009 on them; the seed says the
            // themes then moved on, not whether these ended.
            theme("maritime.marine-science.technopole", "2009/", seed(2, "Veracruz")),
            theme("maritime.safety", "2009/", seed(2, "Veracruz")),
            theme("maritime.ocean-observation", "2009/", seed(2, "Veracruz")),
            attested(
                "environment.coastal-marine",
                PartialDate.ofDay(2017, 10, 12),
                "Coastal management ('gestion du littoral'), mentioned in the French embassy's"
                    + " speech of 12 October 2017; when it began and ended is not known",
                AMBAFRANCE_MX_2017),
            // "In recent years" (slides of 2020): attested then, start and end unknown; the Río
            // Bobos work is also dated 2019 by one article.
            attested(
                "environment.management.river-basin",
                PartialDate.ofYear(2019),
                "The ecological land-use plan of the Río Bobos basin, 2019 (one article); when the"
                    + " theme began and ended is not known",
                HASTACUANDO_2019),
            attested(
                "environment.management.river-basin",
                PartialDate.ofYear(2020),
                RECENT_YEARS_NOTE,
                seed(2, "Veracruz")),
            attested(
                "governance", PartialDate.ofYear(2020), RECENT_YEARS_NOTE, seed(2, "Veracruz")))
        .addActions(
            Action.builder()
                .id(ActionId.of("veracruz-safer-seas-2011"))
                .kind(ActionKind.CONFERENCE)
                .title(names("en", "Safer Seas 2011"))
                .when(DateRange.parse("2011-05-10/2011-05-13"))
                .place(BREST)
                .addThemes(ThemeId.of("maritime.safety"))
                .addActors(ActorId.of("safer-seas"))
                .putAttributes("venue", "Le Quartz")
                .addSources(seed(2, "Veracruz"), SEATECHEVENT_SAFER_SEAS)
                .build(),
            Action.builder()
                .id(ActionId.of("veracruz-cuauhtemoc-2012"))
                .kind(ActionKind.SHIP_CALL)
                .title(
                    names(
                        "fr",
                        "Le Cuauhtémoc lors des fêtes maritimes de Brest 2012",
                        "en",
                        "The Cuauhtémoc at the Brest 2012 maritime festival"))
                .when(DateRange.parse("2012-07"))
                .place(BREST)
                .addActors(ActorId.of("cuauhtemoc"))
                .putAttributes("note", "Mexico was the guest nation, on 17 July 2012")
                .addSources(seed(2, "Veracruz"), BREST_FR_TONNERRES_2012)
                .build(),
            Action.builder()
                .id(ActionId.of("veracruz-cuauhtemoc-2016"))
                .kind(ActionKind.SHIP_CALL)
                .title(
                    names(
                        "fr",
                        "Le Cuauhtémoc lors des fêtes maritimes de Brest 2016",
                        "en",
                        "The Cuauhtémoc at the Brest 2016 maritime festival"))
                .when(DateRange.parse("2016-07-13/2016-07-19"))
                .place(BREST)
                .addActors(ActorId.of("cuauhtemoc"))
                .putAttributes("note", "Dates of the festival")
                .addSources(seed(2, "Veracruz"), MUNDOPORTUARIO_2016)
                .build(),
            Action.builder()
                .id(ActionId.of("veracruz-presentation-of-brest"))
                .kind(ActionKind.PRESENTATION)
                .title(
                    names(
                        "fr",
                        "Présentation de Brest à l’État de Veracruz",
                        "en",
                        "Presentation of Brest to the State of Veracruz"))
                .addSources(seed(2, "Veracruz"))
                .build(),
            Action.builder()
                .id(ActionId.of("veracruz-rio-bobos-2019"))
                .kind(ActionKind.PROJECT)
                .title(
                    names(
                        "en",
                        "Ecological land-use plan of the Río Bobos basin, with Veracruz's"
                            + " environment ministry",
                        "fr",
                        "Gestion du fleuve Bobos"))
                .when(DateRange.parse("2019"))
                .addThemes(ThemeId.of("environment.management.river-basin"))
                .addSources(seed(2, "Veracruz"), HASTACUANDO_2019)
                .build())
        .addPerspectives(
            Perspective.builder()
                .description(
                    names(
                        "fr",
                        "Vers un nouveau projet avec la municipalité de Xalapa autour de la"
                            + " biodiversité, du changement climatique et de la gestion des"
                            + " déchets",
                        "en",
                        "Toward a new project with the municipality of Xalapa on biodiversity,"
                            + " climate change and waste management"))
                .addPlannedParties(XALAPA)
                .addPlannedThemes(
                    ThemeId.of("environment.biodiversity"),
                    ThemeId.of("climate"),
                    ThemeId.of("environment.waste"))
                .addSources(seed(2, "Veracruz"))
                .build())
        .addSources(seed(2, "Veracruz"), AMBAFRANCE_MX_2017, HASTACUANDO_2019)
        .build();
  }

  private static Partnership haiphong() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-haiphong"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .addParties(party(BREST_METROPOLE, "2007/..", BREST_FR_HAIPHONG))
        .addParties(party(TerritoryId.of("vn-haiphong"), "2007/..", BREST_FR_HAIPHONG))
        .addStatusHistory(
            StatusChange.builder()
                .status(PartnershipStatus.DORMANT)
                .addSources(CNCD_HAIPHONG)
                .putAttributes(
                    "note",
                    "Dormant ('en sommeil') according to the CNCD atlas; neither the date it became"
                        + " dormant nor the date of the listing is known")
                .build())
        .putAttributes(
            "party-note",
            "The sources name Brest; the party is Brest Métropole, as for the other partner cities"
                + " of the seed's title")
        .addSources(BREST_FR_HAIPHONG, CNCD_HAIPHONG)
        .build();
  }

  private static final String QINGDAO_THEMES_NOTE =
      "The 'blue economy and innovation' project was prized in November 2014; when the theme began"
          + " and ended is not known";

  private static Partnership qingdao() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-qingdao"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .addParties(party(BREST_METROPOLE, "2006/..", BEIJING_REVIEW_2014, CHINA_ORG_2020))
        .addParties(
            party(TerritoryId.of("cn-qingdao"), "2006/..", BEIJING_REVIEW_2014, CHINA_ORG_2020))
        .addThemes(
            attested(
                "maritime.blue-economy",
                PartialDate.ofMonth(2014, 11),
                QINGDAO_THEMES_NOTE,
                BEIJING_REVIEW_2014),
            attested(
                "research.innovation",
                PartialDate.ofMonth(2014, 11),
                QINGDAO_THEMES_NOTE,
                BEIJING_REVIEW_2014))
        .addActions(
            Action.builder()
                .id(ActionId.of("qingdao-blue-economy-project"))
                .kind(ActionKind.PROJECT)
                .title(
                    names(
                        "en",
                        "Blue economy and innovation project",
                        "fr",
                        "Projet « économie bleue et innovation »"))
                .addThemes(ThemeId.of("maritime.blue-economy"), ThemeId.of("research.innovation"))
                .putAttributes("award", "Prized in November 2014")
                .addSources(BEIJING_REVIEW_2014)
                .build())
        .putAttributes(
            "party-note",
            "The sources name Brest; the party is Brest Métropole, as for the other partner cities"
                + " of the seed's title")
        .addSources(BEIJING_REVIEW_2014, CHINA_ORG_2020)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // COVID-19

  private static Crisis covid() {
    return Crisis.builder()
        .id(COVID_19)
        .kind(CrisisKind.PANDEMIC)
        .names(names("fr", "COVID-19", "en", "COVID-19", "es", "COVID-19"))
        .period(DateRange.parse("2020/"))
        .putAttributes(
            "note", "The seed (slides of 2020) describes the crisis in 2020; it gives no end")
        .addSources(seed(3, "Impact de la crise sanitaire"))
        .build();
  }

  private static CrisisImpact covidImpact() {
    return CrisisImpact.builder()
        .id(CrisisImpactId.of("covid-19-brest-partners"))
        .crisis(COVID_19)
        .summary(
            names(
                "fr",
                "Territoires partenaires largement touchés par la COVID-19",
                "en",
                "Partner territories were hard hit by COVID-19"))
        .addTerritories(TIERRA_DEL_FUEGO, VERACRUZ)
        .addPartnerships(PATAGONIA, VERACRUZ_COOPERATION)
        .addSuspendedActionKinds(ActionKind.DELEGATION, ActionKind.MISSION, ActionKind.CONFERENCE)
        .addAdaptations(
            Adaptation.builder()
                .description(
                    names(
                        "fr",
                        "Recours au numérique plus systématique qui permet de réinventer de"
                            + " nouveaux modes de coopération",
                        "en",
                        "Digital means used more systematically, reinventing ways of"
                            + " cooperating"))
                .addActions(REMOTE_STEERING_COMMITTEE, SEA_TECH_WEEK_STAND)
                .build())
        .addLessons(
            names(
                "fr",
                "L’intérêt de coopérer, du local à l’international",
                "en",
                "The value of cooperating, from local to international",
                "es",
                "El interés de cooperar, de lo local a lo internacional"),
            names(
                "fr",
                "L’importance des réseaux de collectivités",
                "en",
                "The importance of networks of local governments",
                "es",
                "La importancia de las redes de gobiernos locales"),
            names(
                "fr",
                "La nécessité de repenser les modalités de l’Action Internationale des"
                    + " Collectivités Territoriales",
                "en",
                "The need to rethink the ways (modalities) of the international action of local"
                    + " governments (AICT)",
                "es",
                "La necesidad de repensar las modalidades de la acción internacional de los"
                    + " gobiernos locales (AICT)"))
        .putAttributes(
            "suspended-note",
            "Seed: 'déplacements, missions collectives, organisation de conférences' (travel,"
                + " collective missions, conferences)")
        .addSources(seed(3, "Impact de la crise sanitaire"))
        .build();
  }

  /**
   * Returns the Brest Métropole atlas with the standard theme catalogue.
   *
   * @return the validated atlas
   */
  static Atlas atlas() {
    return Atlas.builder()
        .addAll(ThemeCatalogue.standard().themes())
        .addAll(territories())
        .addAll(actors())
        .addAll(partnerships())
        .add(covid())
        .add(covidImpact())
        .build();
  }
}
