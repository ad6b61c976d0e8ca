package org.partneratlas.benchmarks.synthetic;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.benchmarks.baseline.H2Atlas;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.json.AtlasJsonFeature;

/**
 * The synthetic data of the benchmarks, made once per JVM and size (seed 42), so that the
 * benchmarks of one JVM share it. In a forked JMH run each fork makes its own.
 */
public final class Fixtures {

  /** The seed of every fixture. */
  public static final long SEED = 42;

  /** The JSON options of every JSON benchmark: the standard ones, on one line. */
  public static final AtlasJson JSON = AtlasJson.standard().without(AtlasJsonFeature.INDENT_OUTPUT);

  private static final Map<Integer, SyntheticAtlas> ENTITIES = new HashMap<>();
  private static final Map<Integer, Atlas> ATLASES = new HashMap<>();
  private static final Map<Integer, byte[]> DOCUMENTS = new HashMap<>();
  private static final Map<Integer, H2Atlas> DATABASES = new HashMap<>();

  private Fixtures() {}

  /**
   * Returns the entities of the synthetic atlas of a size.
   *
   * @param size the number of partnerships
   * @return the entities
   */
  public static synchronized SyntheticAtlas entities(int size) {
    SyntheticAtlas entities = ENTITIES.get(size);
    if (entities == null) {
      Atlas atlas = ATLASES.get(size);
      // The entities of an atlas already made are the same objects as new ones would equal.
      entities = atlas != null ? SyntheticAtlas.of(atlas) : SyntheticAtlas.generate(size, SEED);
      ENTITIES.put(size, entities);
    }
    return entities;
  }

  /**
   * Keeps an atlas made elsewhere (by the heap measurement) as the synthetic atlas of its size.
   *
   * @param atlas the synthetic atlas, generated with {@link #SEED}
   */
  public static synchronized void keep(Atlas atlas) {
    ATLASES.put(atlas.partnerships().size(), atlas);
  }

  /**
   * Returns the built synthetic atlas of a size.
   *
   * @param size the number of partnerships
   * @return the atlas
   */
  public static synchronized Atlas atlas(int size) {
    Atlas atlas = ATLASES.get(size);
    if (atlas == null) {
      SyntheticAtlas entities = ENTITIES.get(size);
      atlas = (entities != null ? entities : SyntheticAtlas.generate(size, SEED)).build();
      ATLASES.put(size, atlas);
    }
    return atlas;
  }

  /**
   * Returns the synthetic atlas of a size as a JSON document written by the library on one line.
   *
   * @param size the number of partnerships
   * @return the UTF-8 document
   */
  public static synchronized byte[] json(int size) {
    byte[] json = DOCUMENTS.get(size);
    if (json == null) {
      json = JSON.writeBytes(atlas(size));
      DOCUMENTS.put(size, json);
    }
    return json;
  }

  /**
   * Returns the synthetic atlas of a size loaded into an in-memory H2 database, with its indexes;
   * shared by the benchmarks of one JVM, which run one after the other on one thread.
   *
   * @param size the number of partnerships
   * @return the database
   * @throws SQLException if H2 fails
   */
  public static synchronized H2Atlas h2(int size) throws SQLException {
    H2Atlas database = DATABASES.get(size);
    if (database == null) {
      database = H2Atlas.load(atlas(size));
      DATABASES.put(size, database);
    }
    return database;
  }
}
