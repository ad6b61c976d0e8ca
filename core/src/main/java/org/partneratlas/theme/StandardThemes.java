package org.partneratlas.theme;

/**
 * The ids of the {@linkplain ThemeCatalogue#standard() standard themes}, one constant per theme, so
 * that a query names a theme the compiler checks: {@code
 * atlas.query().onTheme(StandardThemes.ENERGY_MARINE)}. A constant's name is its id with dots and
 * hyphens turned into underscores, in upper case. Each is the {@link ThemeId} of a theme of the
 * catalogue, and its labels are the catalogue's.
 *
 * <p>Written from the catalogue file {@code standard-themes.tsv} by {@code StandardThemesTest},
 * which fails when the two differ. The constants are in the catalogue's order, parents before
 * children; each one's documentation gives the theme's id and its English and French labels, so the
 * field summary is the table of the standard themes.
 */
public final class StandardThemes {

  private StandardThemes() {}

  /** {@code maritime}: Maritime affairs (fr: Affaires maritimes). */
  public static final ThemeId MARITIME = ThemeId.of("maritime");

  /**
   * {@code maritime.blue-economy}: Maritime economy and blue growth (fr: Économie maritime et
   * croissance bleue).
   */
  public static final ThemeId MARITIME_BLUE_ECONOMY = ThemeId.of("maritime.blue-economy");

  /**
   * {@code maritime.sustainable-transport}: Sustainable maritime transport (fr: Transport maritime
   * durable).
   */
  public static final ThemeId MARITIME_SUSTAINABLE_TRANSPORT =
      ThemeId.of("maritime.sustainable-transport");

  /** {@code maritime.aquaculture}: Aquaculture (fr: Aquaculture). */
  public static final ThemeId MARITIME_AQUACULTURE = ThemeId.of("maritime.aquaculture");

  /** {@code maritime.fisheries}: Fisheries (fr: Pêche). */
  public static final ThemeId MARITIME_FISHERIES = ThemeId.of("maritime.fisheries");

  /** {@code maritime.ports}: Ports (fr: Ports). */
  public static final ThemeId MARITIME_PORTS = ThemeId.of("maritime.ports");

  /**
   * {@code maritime.clusters}: Maritime and port clusters (fr: Clusters maritimes et portuaires).
   */
  public static final ThemeId MARITIME_CLUSTERS = ThemeId.of("maritime.clusters");

  /** {@code maritime.safety}: Maritime safety (fr: Sécurité maritime). */
  public static final ThemeId MARITIME_SAFETY = ThemeId.of("maritime.safety");

  /** {@code maritime.ocean-observation}: Ocean observation (fr: Observation des océans). */
  public static final ThemeId MARITIME_OCEAN_OBSERVATION = ThemeId.of("maritime.ocean-observation");

  /**
   * {@code maritime.marine-science}: Marine science and technology (fr: Sciences et technologies de
   * la mer).
   */
  public static final ThemeId MARITIME_MARINE_SCIENCE = ThemeId.of("maritime.marine-science");

  /** {@code maritime.marine-science.technopole}: Sea technopole (fr: Technopole de la mer). */
  public static final ThemeId MARITIME_MARINE_SCIENCE_TECHNOPOLE =
      ThemeId.of("maritime.marine-science.technopole");

  /** {@code energy}: Energy (fr: Énergie). */
  public static final ThemeId ENERGY = ThemeId.of("energy");

  /** {@code energy.marine}: Marine renewable energy (fr: Énergies marines renouvelables). */
  public static final ThemeId ENERGY_MARINE = ThemeId.of("energy.marine");

  /** {@code energy.renewable}: Renewable energy (fr: Énergies renouvelables). */
  public static final ThemeId ENERGY_RENEWABLE = ThemeId.of("energy.renewable");

  /** {@code energy.access}: Energy access (fr: Accès à l'énergie). */
  public static final ThemeId ENERGY_ACCESS = ThemeId.of("energy.access");

  /** {@code environment}: Environment (fr: Environnement). */
  public static final ThemeId ENVIRONMENT = ThemeId.of("environment");

  /** {@code environment.management}: Environmental management (fr: Gestion environnementale). */
  public static final ThemeId ENVIRONMENT_MANAGEMENT = ThemeId.of("environment.management");

  /**
   * {@code environment.management.river-basin}: River basin management (fr: Gestion des bassins
   * versants).
   */
  public static final ThemeId ENVIRONMENT_MANAGEMENT_RIVER_BASIN =
      ThemeId.of("environment.management.river-basin");

  /** {@code environment.biodiversity}: Biodiversity (fr: Biodiversité). */
  public static final ThemeId ENVIRONMENT_BIODIVERSITY = ThemeId.of("environment.biodiversity");

  /** {@code environment.waste}: Waste management (fr: Gestion des déchets). */
  public static final ThemeId ENVIRONMENT_WASTE = ThemeId.of("environment.waste");

  /**
   * {@code environment.coastal-marine}: Coastal and marine protection (fr: Protection du littoral
   * et du milieu marin).
   */
  public static final ThemeId ENVIRONMENT_COASTAL_MARINE = ThemeId.of("environment.coastal-marine");

  /**
   * {@code environment.disaster-risk}: Disaster risk reduction (fr: Réduction des risques de
   * catastrophe).
   */
  public static final ThemeId ENVIRONMENT_DISASTER_RISK = ThemeId.of("environment.disaster-risk");

  /** {@code climate}: Climate change (fr: Changement climatique). */
  public static final ThemeId CLIMATE = ThemeId.of("climate");

  /**
   * {@code climate.mitigation}: Climate change mitigation (fr: Atténuation du changement
   * climatique).
   */
  public static final ThemeId CLIMATE_MITIGATION = ThemeId.of("climate.mitigation");

  /**
   * {@code climate.adaptation}: Climate change adaptation (fr: Adaptation au changement
   * climatique).
   */
  public static final ThemeId CLIMATE_ADAPTATION = ThemeId.of("climate.adaptation");

  /** {@code governance}: Governance (fr: Gouvernance). */
  public static final ThemeId GOVERNANCE = ThemeId.of("governance");

  /**
   * {@code governance.local}: Local governance and decentralisation (fr: Gouvernance locale et
   * décentralisation).
   */
  public static final ThemeId GOVERNANCE_LOCAL = ThemeId.of("governance.local");

  /** {@code governance.institutional-support}: Institutional support (fr: Appui institutionnel). */
  public static final ThemeId GOVERNANCE_INSTITUTIONAL_SUPPORT =
      ThemeId.of("governance.institutional-support");

  /**
   * {@code governance.networks}: Networks of local governments (fr: Réseaux de collectivités
   * territoriales).
   */
  public static final ThemeId GOVERNANCE_NETWORKS = ThemeId.of("governance.networks");

  /** {@code economy}: Economic development (fr: Développement économique). */
  public static final ThemeId ECONOMY = ThemeId.of("economy");

  /** {@code economy.diversification}: Economic diversification (fr: Diversification économique). */
  public static final ThemeId ECONOMY_DIVERSIFICATION = ThemeId.of("economy.diversification");

  /** {@code economy.bioeconomy}: Bioeconomy (fr: Bioéconomie). */
  public static final ThemeId ECONOMY_BIOECONOMY = ThemeId.of("economy.bioeconomy");

  /**
   * {@code economy.entrepreneurship}: Entrepreneurship and business support (fr: Entrepreneuriat et
   * appui aux entreprises).
   */
  public static final ThemeId ECONOMY_ENTREPRENEURSHIP = ThemeId.of("economy.entrepreneurship");

  /**
   * {@code economy.social-solidarity}: Social and solidarity economy (fr: Économie sociale et
   * solidaire).
   */
  public static final ThemeId ECONOMY_SOCIAL_SOLIDARITY = ThemeId.of("economy.social-solidarity");

  /** {@code tourism}: Tourism (fr: Tourisme). */
  public static final ThemeId TOURISM = ThemeId.of("tourism");

  /** {@code tourism.coastal}: Coastal and nautical tourism (fr: Tourisme littoral et nautique). */
  public static final ThemeId TOURISM_COASTAL = ThemeId.of("tourism.coastal");

  /** {@code culture}: Culture (fr: Culture). */
  public static final ThemeId CULTURE = ThemeId.of("culture");

  /** {@code culture.heritage}: Heritage (fr: Patrimoine). */
  public static final ThemeId CULTURE_HERITAGE = ThemeId.of("culture.heritage");

  /** {@code culture.heritage.maritime}: Maritime heritage (fr: Patrimoine maritime). */
  public static final ThemeId CULTURE_HERITAGE_MARITIME = ThemeId.of("culture.heritage.maritime");

  /** {@code culture.arts}: Arts and performing arts (fr: Arts et spectacle vivant). */
  public static final ThemeId CULTURE_ARTS = ThemeId.of("culture.arts");

  /** {@code sport}: Sport (fr: Sport). */
  public static final ThemeId SPORT = ThemeId.of("sport");

  /** {@code education}: Education and youth (fr: Éducation et jeunesse). */
  public static final ThemeId EDUCATION = ThemeId.of("education");

  /** {@code education.schools}: School exchanges (fr: Échanges scolaires). */
  public static final ThemeId EDUCATION_SCHOOLS = ThemeId.of("education.schools");

  /** {@code education.higher}: Higher education (fr: Enseignement supérieur). */
  public static final ThemeId EDUCATION_HIGHER = ThemeId.of("education.higher");

  /**
   * {@code education.training}: Training and skills development (fr: Formation et développement des
   * compétences).
   */
  public static final ThemeId EDUCATION_TRAINING = ThemeId.of("education.training");

  /** {@code education.youth}: Youth and volunteering (fr: Jeunesse et volontariat). */
  public static final ThemeId EDUCATION_YOUTH = ThemeId.of("education.youth");

  /** {@code health}: Health (fr: Santé). */
  public static final ThemeId HEALTH = ThemeId.of("health");

  /** {@code health.care-access}: Access to health care (fr: Accès aux soins). */
  public static final ThemeId HEALTH_CARE_ACCESS = ThemeId.of("health.care-access");

  /** {@code health.crises}: Health crises and epidemics (fr: Crises sanitaires et épidémies). */
  public static final ThemeId HEALTH_CRISES = ThemeId.of("health.crises");

  /** {@code water}: Water and sanitation (fr: Eau et assainissement). */
  public static final ThemeId WATER = ThemeId.of("water");

  /** {@code water.drinking}: Drinking water (fr: Eau potable). */
  public static final ThemeId WATER_DRINKING = ThemeId.of("water.drinking");

  /** {@code water.sanitation}: Sanitation (fr: Assainissement). */
  public static final ThemeId WATER_SANITATION = ThemeId.of("water.sanitation");

  /** {@code agriculture}: Agriculture and food (fr: Agriculture et alimentation). */
  public static final ThemeId AGRICULTURE = ThemeId.of("agriculture");

  /** {@code agriculture.food-security}: Food security (fr: Sécurité alimentaire). */
  public static final ThemeId AGRICULTURE_FOOD_SECURITY = ThemeId.of("agriculture.food-security");

  /** {@code agriculture.rural-development}: Rural development (fr: Développement rural). */
  public static final ThemeId AGRICULTURE_RURAL_DEVELOPMENT =
      ThemeId.of("agriculture.rural-development");

  /** {@code research}: Research and innovation (fr: Recherche et innovation). */
  public static final ThemeId RESEARCH = ThemeId.of("research");

  /** {@code research.innovation}: Innovation (fr: Innovation). */
  public static final ThemeId RESEARCH_INNOVATION = ThemeId.of("research.innovation");

  /**
   * {@code research.scientific-cooperation}: Scientific and academic cooperation (fr: Coopération
   * scientifique et universitaire).
   */
  public static final ThemeId RESEARCH_SCIENTIFIC_COOPERATION =
      ThemeId.of("research.scientific-cooperation");

  /** {@code humanitarian}: Humanitarian aid (fr: Aide humanitaire). */
  public static final ThemeId HUMANITARIAN = ThemeId.of("humanitarian");

  /** {@code urban}: Urban development and planning (fr: Développement urbain et aménagement). */
  public static final ThemeId URBAN = ThemeId.of("urban");

  /** {@code mobility}: Mobility and transport (fr: Mobilité et transports). */
  public static final ThemeId MOBILITY = ThemeId.of("mobility");

  /** {@code digital}: Digital transformation (fr: Transformation numérique). */
  public static final ThemeId DIGITAL = ThemeId.of("digital");

  /** {@code social}: Social cohesion (fr: Cohésion sociale). */
  public static final ThemeId SOCIAL = ThemeId.of("social");

  /**
   * {@code social.gender-equality}: Gender equality (fr: Égalité entre les femmes et les hommes).
   */
  public static final ThemeId SOCIAL_GENDER_EQUALITY = ThemeId.of("social.gender-equality");

  /**
   * {@code social.inclusion}: Social inclusion and poverty reduction (fr: Inclusion sociale et
   * lutte contre la pauvreté).
   */
  public static final ThemeId SOCIAL_INCLUSION = ThemeId.of("social.inclusion");

  /**
   * {@code solidarity}: International solidarity and development (fr: Solidarité internationale et
   * développement).
   */
  public static final ThemeId SOLIDARITY = ThemeId.of("solidarity");

  /**
   * {@code solidarity.global-citizenship}: Global citizenship education (fr: Éducation à la
   * citoyenneté et à la solidarité internationale).
   */
  public static final ThemeId SOLIDARITY_GLOBAL_CITIZENSHIP =
      ThemeId.of("solidarity.global-citizenship");

  /** {@code peace}: Peace, remembrance and reconciliation (fr: Paix, mémoire et réconciliation). */
  public static final ThemeId PEACE = ThemeId.of("peace");
}
