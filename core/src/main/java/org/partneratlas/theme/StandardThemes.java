package org.partneratlas.theme;

/**
 * The ids of the {@linkplain ThemeCatalogue#standard() standard themes}, one constant per theme, so
 * that a query names a theme the compiler checks: {@code
 * atlas.query().onTheme(StandardThemes.ENERGY_MARINE)}. A constant's name is its id with dots and
 * hyphens turned into underscores, in upper case. Each is the {@link ThemeId} of a theme of the
 * catalogue; the labels below are the catalogue's.
 *
 * <p>Written from the catalogue file {@code standard-themes.tsv} by {@code StandardThemesTest},
 * which fails when the two differ. The themes, parents before children:
 *
 * <table class="striped">
 *   <caption>The standard themes</caption>
 *   <thead><tr><th>Constant</th><th>Id</th><th>English</th><th>French</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #MARITIME}</td>
 *       <td>{@code maritime}</td>
 *       <td>Maritime affairs</td>
 *       <td>Affaires maritimes</td></tr>
 *   <tr><td>{@link #MARITIME_BLUE_ECONOMY}</td>
 *       <td>{@code maritime.blue-economy}</td>
 *       <td>Maritime economy and blue growth</td>
 *       <td>Économie maritime et croissance bleue</td></tr>
 *   <tr><td>{@link #MARITIME_SUSTAINABLE_TRANSPORT}</td>
 *       <td>{@code maritime.sustainable-transport}</td>
 *       <td>Sustainable maritime transport</td>
 *       <td>Transport maritime durable</td></tr>
 *   <tr><td>{@link #MARITIME_AQUACULTURE}</td>
 *       <td>{@code maritime.aquaculture}</td>
 *       <td>Aquaculture</td>
 *       <td>Aquaculture</td></tr>
 *   <tr><td>{@link #MARITIME_FISHERIES}</td>
 *       <td>{@code maritime.fisheries}</td>
 *       <td>Fisheries</td>
 *       <td>Pêche</td></tr>
 *   <tr><td>{@link #MARITIME_PORTS}</td>
 *       <td>{@code maritime.ports}</td>
 *       <td>Ports</td>
 *       <td>Ports</td></tr>
 *   <tr><td>{@link #MARITIME_CLUSTERS}</td>
 *       <td>{@code maritime.clusters}</td>
 *       <td>Maritime and port clusters</td>
 *       <td>Clusters maritimes et portuaires</td></tr>
 *   <tr><td>{@link #MARITIME_SAFETY}</td>
 *       <td>{@code maritime.safety}</td>
 *       <td>Maritime safety</td>
 *       <td>Sécurité maritime</td></tr>
 *   <tr><td>{@link #MARITIME_OCEAN_OBSERVATION}</td>
 *       <td>{@code maritime.ocean-observation}</td>
 *       <td>Ocean observation</td>
 *       <td>Observation des océans</td></tr>
 *   <tr><td>{@link #MARITIME_MARINE_SCIENCE}</td>
 *       <td>{@code maritime.marine-science}</td>
 *       <td>Marine science and technology</td>
 *       <td>Sciences et technologies de la mer</td></tr>
 *   <tr><td>{@link #MARITIME_MARINE_SCIENCE_TECHNOPOLE}</td>
 *       <td>{@code maritime.marine-science.technopole}</td>
 *       <td>Sea technopole</td>
 *       <td>Technopole de la mer</td></tr>
 *   <tr><td>{@link #ENERGY}</td>
 *       <td>{@code energy}</td>
 *       <td>Energy</td>
 *       <td>Énergie</td></tr>
 *   <tr><td>{@link #ENERGY_MARINE}</td>
 *       <td>{@code energy.marine}</td>
 *       <td>Marine renewable energy</td>
 *       <td>Énergies marines renouvelables</td></tr>
 *   <tr><td>{@link #ENERGY_RENEWABLE}</td>
 *       <td>{@code energy.renewable}</td>
 *       <td>Renewable energy</td>
 *       <td>Énergies renouvelables</td></tr>
 *   <tr><td>{@link #ENERGY_ACCESS}</td>
 *       <td>{@code energy.access}</td>
 *       <td>Energy access</td>
 *       <td>Accès à l'énergie</td></tr>
 *   <tr><td>{@link #ENVIRONMENT}</td>
 *       <td>{@code environment}</td>
 *       <td>Environment</td>
 *       <td>Environnement</td></tr>
 *   <tr><td>{@link #ENVIRONMENT_MANAGEMENT}</td>
 *       <td>{@code environment.management}</td>
 *       <td>Environmental management</td>
 *       <td>Gestion environnementale</td></tr>
 *   <tr><td>{@link #ENVIRONMENT_MANAGEMENT_RIVER_BASIN}</td>
 *       <td>{@code environment.management.river-basin}</td>
 *       <td>River basin management</td>
 *       <td>Gestion des bassins versants</td></tr>
 *   <tr><td>{@link #ENVIRONMENT_BIODIVERSITY}</td>
 *       <td>{@code environment.biodiversity}</td>
 *       <td>Biodiversity</td>
 *       <td>Biodiversité</td></tr>
 *   <tr><td>{@link #ENVIRONMENT_WASTE}</td>
 *       <td>{@code environment.waste}</td>
 *       <td>Waste management</td>
 *       <td>Gestion des déchets</td></tr>
 *   <tr><td>{@link #ENVIRONMENT_COASTAL_MARINE}</td>
 *       <td>{@code environment.coastal-marine}</td>
 *       <td>Coastal and marine protection</td>
 *       <td>Protection du littoral et du milieu marin</td></tr>
 *   <tr><td>{@link #ENVIRONMENT_DISASTER_RISK}</td>
 *       <td>{@code environment.disaster-risk}</td>
 *       <td>Disaster risk reduction</td>
 *       <td>Réduction des risques de catastrophe</td></tr>
 *   <tr><td>{@link #CLIMATE}</td>
 *       <td>{@code climate}</td>
 *       <td>Climate change</td>
 *       <td>Changement climatique</td></tr>
 *   <tr><td>{@link #CLIMATE_MITIGATION}</td>
 *       <td>{@code climate.mitigation}</td>
 *       <td>Climate change mitigation</td>
 *       <td>Atténuation du changement climatique</td></tr>
 *   <tr><td>{@link #CLIMATE_ADAPTATION}</td>
 *       <td>{@code climate.adaptation}</td>
 *       <td>Climate change adaptation</td>
 *       <td>Adaptation au changement climatique</td></tr>
 *   <tr><td>{@link #GOVERNANCE}</td>
 *       <td>{@code governance}</td>
 *       <td>Governance</td>
 *       <td>Gouvernance</td></tr>
 *   <tr><td>{@link #GOVERNANCE_LOCAL}</td>
 *       <td>{@code governance.local}</td>
 *       <td>Local governance and decentralisation</td>
 *       <td>Gouvernance locale et décentralisation</td></tr>
 *   <tr><td>{@link #GOVERNANCE_INSTITUTIONAL_SUPPORT}</td>
 *       <td>{@code governance.institutional-support}</td>
 *       <td>Institutional support</td>
 *       <td>Appui institutionnel</td></tr>
 *   <tr><td>{@link #GOVERNANCE_NETWORKS}</td>
 *       <td>{@code governance.networks}</td>
 *       <td>Networks of local governments</td>
 *       <td>Réseaux de collectivités territoriales</td></tr>
 *   <tr><td>{@link #ECONOMY}</td>
 *       <td>{@code economy}</td>
 *       <td>Economic development</td>
 *       <td>Développement économique</td></tr>
 *   <tr><td>{@link #ECONOMY_DIVERSIFICATION}</td>
 *       <td>{@code economy.diversification}</td>
 *       <td>Economic diversification</td>
 *       <td>Diversification économique</td></tr>
 *   <tr><td>{@link #ECONOMY_BIOECONOMY}</td>
 *       <td>{@code economy.bioeconomy}</td>
 *       <td>Bioeconomy</td>
 *       <td>Bioéconomie</td></tr>
 *   <tr><td>{@link #ECONOMY_ENTREPRENEURSHIP}</td>
 *       <td>{@code economy.entrepreneurship}</td>
 *       <td>Entrepreneurship and business support</td>
 *       <td>Entrepreneuriat et appui aux entreprises</td></tr>
 *   <tr><td>{@link #ECONOMY_SOCIAL_SOLIDARITY}</td>
 *       <td>{@code economy.social-solidarity}</td>
 *       <td>Social and solidarity economy</td>
 *       <td>Économie sociale et solidaire</td></tr>
 *   <tr><td>{@link #TOURISM}</td>
 *       <td>{@code tourism}</td>
 *       <td>Tourism</td>
 *       <td>Tourisme</td></tr>
 *   <tr><td>{@link #TOURISM_COASTAL}</td>
 *       <td>{@code tourism.coastal}</td>
 *       <td>Coastal and nautical tourism</td>
 *       <td>Tourisme littoral et nautique</td></tr>
 *   <tr><td>{@link #CULTURE}</td>
 *       <td>{@code culture}</td>
 *       <td>Culture</td>
 *       <td>Culture</td></tr>
 *   <tr><td>{@link #CULTURE_HERITAGE}</td>
 *       <td>{@code culture.heritage}</td>
 *       <td>Heritage</td>
 *       <td>Patrimoine</td></tr>
 *   <tr><td>{@link #CULTURE_HERITAGE_MARITIME}</td>
 *       <td>{@code culture.heritage.maritime}</td>
 *       <td>Maritime heritage</td>
 *       <td>Patrimoine maritime</td></tr>
 *   <tr><td>{@link #CULTURE_ARTS}</td>
 *       <td>{@code culture.arts}</td>
 *       <td>Arts and performing arts</td>
 *       <td>Arts et spectacle vivant</td></tr>
 *   <tr><td>{@link #SPORT}</td>
 *       <td>{@code sport}</td>
 *       <td>Sport</td>
 *       <td>Sport</td></tr>
 *   <tr><td>{@link #EDUCATION}</td>
 *       <td>{@code education}</td>
 *       <td>Education and youth</td>
 *       <td>Éducation et jeunesse</td></tr>
 *   <tr><td>{@link #EDUCATION_SCHOOLS}</td>
 *       <td>{@code education.schools}</td>
 *       <td>School exchanges</td>
 *       <td>Échanges scolaires</td></tr>
 *   <tr><td>{@link #EDUCATION_HIGHER}</td>
 *       <td>{@code education.higher}</td>
 *       <td>Higher education</td>
 *       <td>Enseignement supérieur</td></tr>
 *   <tr><td>{@link #EDUCATION_TRAINING}</td>
 *       <td>{@code education.training}</td>
 *       <td>Training and skills development</td>
 *       <td>Formation et développement des compétences</td></tr>
 *   <tr><td>{@link #EDUCATION_YOUTH}</td>
 *       <td>{@code education.youth}</td>
 *       <td>Youth and volunteering</td>
 *       <td>Jeunesse et volontariat</td></tr>
 *   <tr><td>{@link #HEALTH}</td>
 *       <td>{@code health}</td>
 *       <td>Health</td>
 *       <td>Santé</td></tr>
 *   <tr><td>{@link #HEALTH_CARE_ACCESS}</td>
 *       <td>{@code health.care-access}</td>
 *       <td>Access to health care</td>
 *       <td>Accès aux soins</td></tr>
 *   <tr><td>{@link #HEALTH_CRISES}</td>
 *       <td>{@code health.crises}</td>
 *       <td>Health crises and epidemics</td>
 *       <td>Crises sanitaires et épidémies</td></tr>
 *   <tr><td>{@link #WATER}</td>
 *       <td>{@code water}</td>
 *       <td>Water and sanitation</td>
 *       <td>Eau et assainissement</td></tr>
 *   <tr><td>{@link #WATER_DRINKING}</td>
 *       <td>{@code water.drinking}</td>
 *       <td>Drinking water</td>
 *       <td>Eau potable</td></tr>
 *   <tr><td>{@link #WATER_SANITATION}</td>
 *       <td>{@code water.sanitation}</td>
 *       <td>Sanitation</td>
 *       <td>Assainissement</td></tr>
 *   <tr><td>{@link #AGRICULTURE}</td>
 *       <td>{@code agriculture}</td>
 *       <td>Agriculture and food</td>
 *       <td>Agriculture et alimentation</td></tr>
 *   <tr><td>{@link #AGRICULTURE_FOOD_SECURITY}</td>
 *       <td>{@code agriculture.food-security}</td>
 *       <td>Food security</td>
 *       <td>Sécurité alimentaire</td></tr>
 *   <tr><td>{@link #AGRICULTURE_RURAL_DEVELOPMENT}</td>
 *       <td>{@code agriculture.rural-development}</td>
 *       <td>Rural development</td>
 *       <td>Développement rural</td></tr>
 *   <tr><td>{@link #RESEARCH}</td>
 *       <td>{@code research}</td>
 *       <td>Research and innovation</td>
 *       <td>Recherche et innovation</td></tr>
 *   <tr><td>{@link #RESEARCH_INNOVATION}</td>
 *       <td>{@code research.innovation}</td>
 *       <td>Innovation</td>
 *       <td>Innovation</td></tr>
 *   <tr><td>{@link #RESEARCH_SCIENTIFIC_COOPERATION}</td>
 *       <td>{@code research.scientific-cooperation}</td>
 *       <td>Scientific and academic cooperation</td>
 *       <td>Coopération scientifique et universitaire</td></tr>
 *   <tr><td>{@link #HUMANITARIAN}</td>
 *       <td>{@code humanitarian}</td>
 *       <td>Humanitarian aid</td>
 *       <td>Aide humanitaire</td></tr>
 *   <tr><td>{@link #URBAN}</td>
 *       <td>{@code urban}</td>
 *       <td>Urban development and planning</td>
 *       <td>Développement urbain et aménagement</td></tr>
 *   <tr><td>{@link #MOBILITY}</td>
 *       <td>{@code mobility}</td>
 *       <td>Mobility and transport</td>
 *       <td>Mobilité et transports</td></tr>
 *   <tr><td>{@link #DIGITAL}</td>
 *       <td>{@code digital}</td>
 *       <td>Digital transformation</td>
 *       <td>Transformation numérique</td></tr>
 *   <tr><td>{@link #SOCIAL}</td>
 *       <td>{@code social}</td>
 *       <td>Social cohesion</td>
 *       <td>Cohésion sociale</td></tr>
 *   <tr><td>{@link #SOCIAL_GENDER_EQUALITY}</td>
 *       <td>{@code social.gender-equality}</td>
 *       <td>Gender equality</td>
 *       <td>Égalité entre les femmes et les hommes</td></tr>
 *   <tr><td>{@link #SOCIAL_INCLUSION}</td>
 *       <td>{@code social.inclusion}</td>
 *       <td>Social inclusion and poverty reduction</td>
 *       <td>Inclusion sociale et lutte contre la pauvreté</td></tr>
 *   <tr><td>{@link #SOLIDARITY}</td>
 *       <td>{@code solidarity}</td>
 *       <td>International solidarity and development</td>
 *       <td>Solidarité internationale et développement</td></tr>
 *   <tr><td>{@link #SOLIDARITY_GLOBAL_CITIZENSHIP}</td>
 *       <td>{@code solidarity.global-citizenship}</td>
 *       <td>Global citizenship education</td>
 *       <td>Éducation à la citoyenneté et à la solidarité internationale</td></tr>
 *   <tr><td>{@link #PEACE}</td>
 *       <td>{@code peace}</td>
 *       <td>Peace, remembrance and reconciliation</td>
 *       <td>Paix, mémoire et réconciliation</td></tr>
 *   </tbody>
 * </table>
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
