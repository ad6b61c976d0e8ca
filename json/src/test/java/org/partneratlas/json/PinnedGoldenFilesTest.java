package org.partneratlas.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.base.Splitter;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden files are byte for byte what they were before the restructuring of issue 11, and the
 * writers produce those bytes again: {@link GoldenFileTest} compares JSON trees, this test the
 * exact text.
 *
 * <p>The SHA-256 of each file is pinned in {@code golden/pinned.sha256} as of commit {@code
 * 865f281}, not {@code 8fe3b41}: after {@code 8fe3b41}, {@code c2bd889} (format version 2: EDTF
 * level 1 dates, attested and sourced parties and theme periods) changed {@code small-atlas.json}
 * and {@code small-atlas.geojson} on purpose and added {@code small-atlas-v1.json}. No later commit
 * changed them, and the restructuring started after {@code 865f281}, so these hashes are what it
 * must leave unchanged. An intended change of the output changes its line in the list, in the same
 * commit, with the reason in the commit message.
 */
class PinnedGoldenFilesTest {

  /** The pinned hashes by file name, in the order of the list. */
  private static Map<String, String> pinned() throws IOException {
    Map<String, String> pinned = new LinkedHashMap<>();
    for (String line : Splitter.on('\n').split(GoldenFileTest.resource("golden/pinned.sha256"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = Splitter.on("  ").limit(2).splitToList(line);
      assertEquals(2, fields.size(), "a line is '<sha-256>  <file>': " + line);
      pinned.put(fields.get(1), fields.get(0));
    }
    return pinned;
  }

  private static String sha256(String text) {
    return Hashing.sha256().hashBytes(text.getBytes(UTF_8)).toString();
  }

  @Test
  void theGoldenFilesAreThePinnedBytes() throws IOException {
    Map<String, String> pinned = pinned();
    assertEquals(
        List.of("small-atlas.json", "small-atlas.geojson", "small-atlas-v1.json"),
        List.copyOf(pinned.keySet()));
    for (Map.Entry<String, String> file : pinned.entrySet()) {
      assertEquals(
          file.getValue(),
          sha256(GoldenFileTest.resource("golden/" + file.getKey())),
          file.getKey() + " differs from 865f281");
    }
  }

  @Test
  void theWritersProduceThePinnedBytesAgain() throws IOException {
    Map<String, String> pinned = pinned();
    assertEquals(
        pinned.get("small-atlas.json"),
        sha256(AtlasJson.standard().writeString(Fixtures.smallAtlas())),
        "AtlasJson writes the small atlas differently from 865f281");
    assertEquals(
        pinned.get("small-atlas.geojson"),
        sha256(GeoJson.writeString(Fixtures.smallAtlas())),
        "GeoJson writes the small atlas differently from 865f281");
  }
}
