package org.partneratlas.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.TerritoryId;

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
    List<Partnership> partnerships = atlas.partnerships();
    TerritoryId[] ids = new TerritoryId[COUNT];
    for (int i = 0; i < COUNT; i++) {
      Partnership partnership = partnerships.get(random.nextInt(partnerships.size()));
      List<TerritoryId> territories = new ArrayList<>(partnership.territories());
      ids[i] = territories.get(random.nextInt(territories.size()));
    }
    return ids;
  }
}
