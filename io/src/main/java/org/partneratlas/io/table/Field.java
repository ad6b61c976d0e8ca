package org.partneratlas.io.table;

import com.google.common.collect.ImmutableSet;

/**
 * A field that an imported table may have, with the header under which it is found by default. The
 * header of each field can be changed with {@link TableImporter.Builder#column(Field, String)}.
 *
 * <p>A <b>pairs</b> table has one partnership per row: the city, country and optional coordinates
 * of each side, and optionally a start year and a kind. A <b>nodes</b> table has one territory per
 * row with its own identifier (such as a Wikidata QID); a <b>links</b> table has one partnership
 * per row as two node identifiers, and optionally a start year and a kind.
 */
public enum Field {
  /** Pairs: the first city's name. Header {@code city_a}. */
  CITY_A("city_a"),
  /** Pairs: the first city's country, a name or an ISO 3166-1 code. Header {@code country_a}. */
  COUNTRY_A("country_a"),
  /** Pairs: the first city's latitude, optional. Header {@code lat_a}. */
  LATITUDE_A("lat_a"),
  /** Pairs: the first city's longitude, optional. Header {@code lon_a}. */
  LONGITUDE_A("lon_a"),
  /** Pairs: the second city's name. Header {@code city_b}. */
  CITY_B("city_b"),
  /** Pairs: the second city's country. Header {@code country_b}. */
  COUNTRY_B("country_b"),
  /** Pairs: the second city's latitude, optional. Header {@code lat_b}. */
  LATITUDE_B("lat_b"),
  /** Pairs: the second city's longitude, optional. Header {@code lon_b}. */
  LONGITUDE_B("lon_b"),
  /** Pairs and links: the year the partnership began, optional. Header {@code start_year}. */
  START_YEAR("start_year"),
  /**
   * Pairs and links: the kind of partnership ({@code twinning}, {@code sister city}, {@code
   * friendship}, ...), optional. Header {@code kind}.
   */
  KIND("kind"),
  /** Nodes: the node's identifier, such as a Wikidata QID. Header {@code id}. */
  NODE_ID("id"),
  /** Nodes: the territory's name. Header {@code name}. */
  NAME("name"),
  /** Nodes: the latitude, optional. Header {@code lat}. */
  LATITUDE("lat"),
  /** Nodes: the longitude, optional. Header {@code lng}. */
  LONGITUDE("lng"),
  /** Nodes: the country's name, optional if there is a code. Header {@code country}. */
  COUNTRY("country"),
  /**
   * Nodes: the country's ISO 3166-1 code, optional if there is a name. Header {@code countrycd}.
   */
  COUNTRY_CODE("countrycd"),
  /** Links: one node's identifier. Header {@code source}. */
  SOURCE("source"),
  /** Links: the other node's identifier. Header {@code target}. */
  TARGET("target");

  static final ImmutableSet<Field> PAIRS_REQUIRED =
      ImmutableSet.of(CITY_A, COUNTRY_A, CITY_B, COUNTRY_B);
  static final ImmutableSet<Field> PAIRS_OPTIONAL =
      ImmutableSet.of(LATITUDE_A, LONGITUDE_A, LATITUDE_B, LONGITUDE_B, START_YEAR, KIND);
  static final ImmutableSet<Field> NODES_REQUIRED = ImmutableSet.of(NODE_ID, NAME);
  static final ImmutableSet<Field> NODES_OPTIONAL =
      ImmutableSet.of(LATITUDE, LONGITUDE, COUNTRY, COUNTRY_CODE);
  static final ImmutableSet<Field> LINKS_REQUIRED = ImmutableSet.of(SOURCE, TARGET);
  static final ImmutableSet<Field> LINKS_OPTIONAL = ImmutableSet.of(START_YEAR, KIND);

  private final String defaultHeader;

  Field(String defaultHeader) {
    this.defaultHeader = defaultHeader;
  }

  /**
   * Returns the header under which this field is found unless another is configured.
   *
   * @return the default header
   */
  public String defaultHeader() {
    return defaultHeader;
  }
}
