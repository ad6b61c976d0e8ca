package org.partneratlas.benchmarks.synthetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.theme.ThemeId;

/** Deterministic samples of query arguments drawn from an atlas. */
public final class Samples {

  /** How many arguments each benchmark cycles through. */
  public static final int COUNT = 1024;

  private Samples() {}

  /**
   * Draws territories that are parties, each as often as it is a party: popular territories are
   * drawn more often, as in real queries.
   *
   * @param atlas the atlas
   * @param seed the seed
   * @return {@link #COUNT} territory ids
   */
  public static TerritoryId[] parties(Atlas atlas, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Partnership> partnerships = atlas.partnerships().list();
    TerritoryId[] ids = new TerritoryId[COUNT];
    for (int i = 0; i < COUNT; i++) {
      Partnership partnership = partnerships.get(random.nextInt(partnerships.size()));
      List<TerritoryId> territories = new ArrayList<>(partnership.territories());
      ids[i] = territories.get(random.nextInt(territories.size()));
    }
    return ids;
  }

  /**
   * Draws themes of the atlas (broad and narrow alike).
   *
   * @param atlas the atlas
   * @param seed the seed
   * @return {@link #COUNT} theme ids
   */
  public static ThemeId[] themes(Atlas atlas, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ThemeId[] ids = new ThemeId[COUNT];
    for (int i = 0; i < COUNT; i++) {
      ids[i] = atlas.themes().list().get(random.nextInt(atlas.themes().size())).id();
    }
    return ids;
  }

  /**
   * Draws years from 1990 to 2025.
   *
   * @param seed the seed
   * @return {@link #COUNT} years
   */
  public static int[] years(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] years = new int[COUNT];
    for (int i = 0; i < COUNT; i++) {
      years[i] = 1990 + random.nextInt(36);
    }
    return years;
  }

  /**
   * Draws countries of the atlas's country territories.
   *
   * @param atlas the atlas
   * @param seed the seed
   * @return {@link #COUNT} countries
   */
  public static CountryCode[] countries(Atlas atlas, long seed) {
    List<CountryCode> countries = new ArrayList<>();
    for (Territory territory : atlas.territories()) {
      if (territory.level() == TerritoryLevel.COUNTRY) {
        countries.add(territory.country());
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    CountryCode[] drawn = new CountryCode[COUNT];
    for (int i = 0; i < COUNT; i++) {
      drawn[i] = countries.get(random.nextInt(countries.size()));
    }
    return drawn;
  }

  /**
   * Draws names of territories as a user types them: in lower case without accents ("cadiz" for
   * "Cádiz"), one in eight a name that no territory has.
   *
   * @param atlas the atlas
   * @param seed the seed
   * @return {@link #COUNT} names
   */
  public static String[] names(Atlas atlas, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] names = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      if (i % 8 == 7) {
        names[i] = "nowhere " + i;
        continue;
      }
      Territory territory =
          atlas.territories().list().get(random.nextInt(atlas.territories().size()));
      List<String> all = new ArrayList<>(territory.names().asMap().values());
      all.addAll(territory.aliases());
      String name = all.get(random.nextInt(all.size()));
      names[i] =
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT);
    }
    return names;
  }
}
