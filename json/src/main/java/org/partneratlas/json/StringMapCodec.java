package org.partneratlas.json;

import static org.partneratlas.json.Texts.abbreviate;
import static org.partneratlas.json.Texts.surrogateMessage;
import static org.partneratlas.json.Texts.unpairedSurrogate;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An object of texts with free keys, such as a territory's external ids by scheme or an entity's
 * host attributes: each key once, keys and values without unpaired surrogates. Written by {@link
 * JsonOutput}.
 */
final class StringMapCodec {

  private StringMapCodec() {}

  /** Reads an object of text values with free keys (attributes, external ids). */
  static @Nullable ImmutableMap<String, String> read(JsonCursor c, String what) {
    int before = c.problems.size();
    Map<String, String> map = new LinkedHashMap<>();
    boolean ok =
        c.entries(
            what,
            "properties",
            (key, keyLocation) -> {
              if (unpairedSurrogate(key) >= 0) {
                c.problem(keyLocation, c.pointer(), surrogateMessage("The key", key));
                c.skipValue();
                return;
              }
              c.remember(key, keyLocation);
              String value = c.string("a text");
              if (value != null && map.put(key, value) != null) {
                c.problem(
                    keyLocation,
                    c.pointer(),
                    "Key '" + abbreviate(key) + "' is given twice: keep only one");
              }
            });
    return ok && c.problems.size() == before ? ImmutableMap.copyOf(map) : null;
  }
}
