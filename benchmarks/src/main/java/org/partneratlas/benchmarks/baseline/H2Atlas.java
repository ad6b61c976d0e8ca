package org.partneratlas.benchmarks.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.partnership.StatusStretch;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;

/**
 * The same atlas in an embedded, in-memory H2 database, queried through JDBC prepared statements:
 * what a user who keeps partnerships in a relational database writes.
 *
 * <p>Tables, each keyed by the position of its entity in the atlas (an integer surrogate key, as a
 * competent schema has):
 *
 * <ul>
 *   <li>{@code territory(pos, id, country)};
 *   <li>{@code partnership(pos, id, yes_from, yes_to)}: its life;
 *   <li>{@code party(partnership, territory, yes_from, yes_to)}: every party, planned ones
 *       included;
 *   <li>{@code theme_period(partnership, theme, yes_from, yes_to)} and {@code theme_ancestor(theme,
 *       ancestor)}: each theme with itself and every broader theme, so that a theme's sub-themes
 *       are found by an equality join;
 *   <li>{@code status_stretch(partnership, status, yes_from, yes_to)}: the stretches of the status
 *       history ({@link Partnership#statusStretches()}).
 * </ul>
 *
 * <p>Time is stored as the loader computes it from the library's extents: for a fact of extent
 * {@code e}, {@code yes_from} and {@code yes_to} are such that {@code e.holdsDuring(from, to)} is
 * {@code YES} exactly when {@code yes_from <= to AND yes_to >= from}, for every finite period
 * [from, to] ({@code yes_from = max(earliest start, min(latest start, latest end))}, {@code yes_to
 * = min(latest end, max(earliest end, earliest start))}; an empty extent, such as a planned
 * party's, never holds). So the SQL asks exactly the library's known-answer questions.
 *
 * <p>Indexes: the primary keys; {@code territory(id)}, {@code territory(country)}; {@code
 * party(territory, partnership)}, {@code party(partnership)}; {@code theme_period(theme,
 * partnership)}, {@code theme_period(partnership)}; {@code theme_ancestor(ancestor, theme)}; {@code
 * status_stretch(partnership, status)}.
 *
 * <p>H2 returns the result of a statement's previous execution when it is run again with the same
 * arguments and no table has changed. The arguments of figures 1h and 2h change at every call; the
 * statement of figure 8h takes a lower bound on partnership positions, below every position and
 * different at every call, so that H2 computes its answer every time, as the library does. (Turning
 * the reuse off for the whole database, {@code SET OPTIMIZE_REUSE_RESULTS FALSE}, also makes H2
 * evaluate an {@code IN (SELECT …)} again for every row: two orders of magnitude slower on 2h.)
 *
 * <p>Not thread-safe: one instance per benchmark thread.
 */
public final class H2Atlas implements AutoCloseable {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final int BATCH = 10_000;

  /** Figure 1h: the partnerships in which a territory is a party, in atlas order. */
  static final String PARTNERSHIPS_OF =
      "SELECT p.id FROM partnership p WHERE p.pos IN ("
          + "SELECT x.partnership FROM territory t JOIN party x ON x.territory = t.pos"
          + " WHERE t.id = ?) ORDER BY p.pos";

  /**
   * Figure 2h: on a theme or a sub-theme, active during a year, with a party of a country taking
   * part then; every condition known to hold during the year ({@code YES}), as the library's
   * default: the life, a theme period within the theme, a party of the country, an {@code ACTIVE}
   * stretch, and two distinct territories taking part ({@link Partnership#activeDuring}).
   */
  static final String COMPOUND =
      "SELECT p.id FROM partnership p"
          + " WHERE p.pos IN (SELECT tp.partnership FROM theme_ancestor a"
          + " JOIN theme_period tp ON tp.theme = a.theme"
          + " WHERE a.ancestor = ?1 AND tp.yes_from <= ?3 AND tp.yes_to >= ?2)"
          + " AND p.pos IN (SELECT x.partnership FROM territory t"
          + " JOIN party x ON x.territory = t.pos"
          + " WHERE t.country = ?4 AND x.yes_from <= ?3 AND x.yes_to >= ?2)"
          + " AND p.yes_from <= ?3 AND p.yes_to >= ?2"
          + " AND EXISTS (SELECT 1 FROM status_stretch s WHERE s.partnership = p.pos"
          + " AND s.status = 'ACTIVE' AND s.yes_from <= ?3 AND s.yes_to >= ?2)"
          + " AND (SELECT COUNT(DISTINCT y.territory) FROM party y WHERE y.partnership = p.pos"
          + " AND y.yes_from <= ?3 AND y.yes_to >= ?2) >= 2"
          + " ORDER BY p.pos";

  /** Figure 8h: the territories in the most partnerships, most first, ties in atlas order. */
  static final String MOST_PARTNERSHIPS =
      "SELECT t.id FROM (SELECT territory, COUNT(DISTINCT partnership) n FROM party"
          + " WHERE partnership > ? GROUP BY territory ORDER BY n DESC, territory LIMIT ?) c"
          + " JOIN territory t ON t.pos = c.territory ORDER BY c.n DESC, c.territory";

  private final Connection connection;
  private final PreparedStatement partnershipsOf;
  private final PreparedStatement compound;
  private final PreparedStatement mostPartnerships;
  private int executions;

  private H2Atlas(Connection connection) throws SQLException {
    this.connection = connection;
    this.partnershipsOf = connection.prepareStatement(PARTNERSHIPS_OF);
    this.compound = connection.prepareStatement(COMPOUND);
    this.mostPartnerships = connection.prepareStatement(MOST_PARTNERSHIPS);
  }

  /**
   * Creates a new in-memory database, loads the atlas into it and creates the indexes.
   *
   * @param atlas the atlas
   * @return the database, open
   * @throws SQLException if H2 fails
   */
  public static H2Atlas load(Atlas atlas) throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:atlas" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "CREATE TABLE territory (pos INT PRIMARY KEY, id VARCHAR NOT NULL,"
              + " country CHAR(2) NOT NULL)");
      ddl.execute(
          "CREATE TABLE partnership (pos INT PRIMARY KEY, id VARCHAR NOT NULL,"
              + " yes_from BIGINT NOT NULL, yes_to BIGINT NOT NULL)");
      ddl.execute(
          "CREATE TABLE party (partnership INT NOT NULL, territory INT NOT NULL,"
              + " yes_from BIGINT NOT NULL, yes_to BIGINT NOT NULL)");
      ddl.execute(
          "CREATE TABLE theme_period (partnership INT NOT NULL, theme VARCHAR NOT NULL,"
              + " yes_from BIGINT NOT NULL, yes_to BIGINT NOT NULL)");
      ddl.execute(
          "CREATE TABLE theme_ancestor (theme VARCHAR NOT NULL, ancestor VARCHAR NOT NULL,"
              + " PRIMARY KEY (ancestor, theme))");
      ddl.execute(
          "CREATE TABLE status_stretch (partnership INT NOT NULL, status VARCHAR NOT NULL,"
              + " yes_from BIGINT NOT NULL, yes_to BIGINT NOT NULL)");
    }
    connection.setAutoCommit(false);
    Map<TerritoryId, Integer> territoryPosition = new HashMap<>();
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO territory VALUES (?, ?, ?)")) {
      int pos = 0;
      for (Territory territory : atlas.territories()) {
        territoryPosition.put(territory.id(), pos);
        insert.setInt(1, pos++);
        insert.setString(2, territory.id().value());
        insert.setString(3, territory.country().toString());
        batch(insert, pos);
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO theme_ancestor VALUES (?, ?)")) {
      int rows = 0;
      for (Theme theme : atlas.themes()) {
        for (ThemeId id = theme.id(); id != null; id = id.parent().orElse(null)) {
          insert.setString(1, theme.id().value());
          insert.setString(2, id.value());
          batch(insert, ++rows);
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement partnerships =
            connection.prepareStatement("INSERT INTO partnership VALUES (?, ?, ?, ?)");
        PreparedStatement parties =
            connection.prepareStatement("INSERT INTO party VALUES (?, ?, ?, ?)");
        PreparedStatement themes =
            connection.prepareStatement("INSERT INTO theme_period VALUES (?, ?, ?, ?)");
        PreparedStatement stretches =
            connection.prepareStatement("INSERT INTO status_stretch VALUES (?, ?, ?, ?)")) {
      int pos = 0;
      int partyRows = 0;
      int themeRows = 0;
      int stretchRows = 0;
      for (Partnership p : atlas.partnerships()) {
        Extent life = p.lifeExtent();
        partnerships.setInt(1, pos);
        partnerships.setString(2, p.id().value());
        setYes(partnerships, 3, life);
        batch(partnerships, pos + 1);
        for (Party party : p.parties()) {
          parties.setInt(1, pos);
          parties.setInt(
              2, java.util.Objects.requireNonNull(territoryPosition.get(party.territory())));
          setYes(parties, 3, party.extentWithin(life, PlannedParties.EXCLUDED));
          batch(parties, ++partyRows);
        }
        for (ThemePeriod theme : p.themes()) {
          themes.setInt(1, pos);
          themes.setString(2, theme.theme().value());
          setYes(themes, 3, theme.extentWithin(life));
          batch(themes, ++themeRows);
        }
        for (StatusStretch stretch : p.statusStretches()) {
          stretches.setInt(1, pos);
          stretches.setString(2, stretch.status().name());
          setYes(stretches, 3, stretch.extent());
          batch(stretches, ++stretchRows);
        }
        pos++;
      }
      partnerships.executeBatch();
      parties.executeBatch();
      themes.executeBatch();
      stretches.executeBatch();
    }
    connection.commit();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE UNIQUE INDEX territory_id ON territory(id)");
      ddl.execute("CREATE INDEX territory_country ON territory(country)");
      ddl.execute("CREATE INDEX party_territory ON party(territory, partnership)");
      ddl.execute("CREATE INDEX party_partnership ON party(partnership)");
      ddl.execute("CREATE INDEX theme_period_theme ON theme_period(theme, partnership)");
      ddl.execute("CREATE INDEX theme_period_partnership ON theme_period(partnership)");
      ddl.execute("CREATE INDEX status_stretch_partnership ON status_stretch(partnership, status)");
      ddl.execute("ANALYZE");
    }
    connection.commit();
    connection.setAutoCommit(true);
    return new H2Atlas(connection);
  }

  private static void batch(PreparedStatement insert, int rows) throws SQLException {
    insert.addBatch();
    if (rows % BATCH == 0) {
      insert.executeBatch();
    }
  }

  /** The two numbers of an extent that a YES answer for a finite period reads (class doc). */
  private static void setYes(PreparedStatement insert, int column, Extent e) throws SQLException {
    long from;
    long to;
    if (e.earliestStart() > e.latestEnd()) {
      from = Long.MAX_VALUE;
      to = Long.MIN_VALUE;
    } else {
      from = Math.max(e.earliestStart(), Math.min(e.latestStart(), e.latestEnd()));
      to = Math.min(e.latestEnd(), Math.max(e.earliestEnd(), e.earliestStart()));
    }
    insert.setLong(column, from);
    insert.setLong(column + 1, to);
  }

  /**
   * Returns the ids of the partnerships in which a territory is a party, in atlas order.
   *
   * @param territory the territory
   * @return the partnership ids
   * @throws SQLException if H2 fails
   */
  public List<String> partnershipsOf(TerritoryId territory) throws SQLException {
    partnershipsOf.setString(1, territory.value());
    return strings(partnershipsOf);
  }

  /**
   * Returns the ids of the partnerships on a theme or one of its sub-themes, active during a year,
   * with a party of a country taking part then, all known to hold ({@code YES}), in atlas order.
   *
   * @param theme the theme
   * @param year the year
   * @param country the country
   * @return the partnership ids
   * @throws SQLException if H2 fails
   */
  public List<String> onThemeActiveInCountry(ThemeId theme, int year, CountryCode country)
      throws SQLException {
    DateRange during = DateRange.ofYear(year);
    compound.setString(1, theme.value());
    compound.setLong(2, during.startEpochDay());
    compound.setLong(3, during.endEpochDay());
    compound.setString(4, country.toString());
    return strings(compound);
  }

  /**
   * Returns the ids of the territories in the most partnerships, most first, ties in atlas order.
   *
   * @param limit how many at most
   * @return the territory ids
   * @throws SQLException if H2 fails
   */
  public List<String> mostPartnerships(int limit) throws SQLException {
    // Below every position (0 and up), and new at every call: see the class documentation.
    mostPartnerships.setInt(1, -1 - (executions++ & 0xFFFFFF));
    mostPartnerships.setInt(2, limit);
    return strings(mostPartnerships);
  }

  private static List<String> strings(PreparedStatement statement) throws SQLException {
    List<String> result = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(rows.getString(1));
      }
    }
    return result;
  }

  /**
   * Closes the connection, which drops the in-memory database.
   *
   * @throws SQLException if H2 fails
   */
  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
