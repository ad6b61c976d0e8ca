package org.partneratlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.base.Splitter;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.json.AtlasJson;

/**
 * The bundled dataset, the pictures drawn from it and the broken sample are byte for byte what they
 * were before the restructuring of issue 11, both as committed and as the code writes them again
 * now.
 *
 * <p>The SHA-256 of each file is pinned in {@code pinned-outputs.sha256} as of commit {@code
 * 865f281}, not {@code 8fe3b41}: after {@code 8fe3b41} the behaviour fixes of issue 10 changed
 * these outputs on purpose ({@code b15461b} "Pictures say what is not known", {@code e89d9a4} no
 * invented year in the pictures, and {@code 865f281}, which regenerated {@code
 * brest-metropole.json} in format version 2 and redrew the pictures). {@code 865f281} is the last
 * commit that changed any of them, and it comes before the first restructuring commit ({@code
 * cce48d4}, one EntityTable per kind of entity), so these hashes are what the restructuring must
 * leave unchanged.
 *
 * <p>The two pictures were then redrawn on purpose by issue 13, which moved the renderers to the
 * {@code svg} module and laid them out to be legible at 880 px (larger text, labels wrapped instead
 * of truncated, one panel per partnership): their lines hold the hashes of that drawing. An
 * intended change of an output changes its line in the list, in the same commit, with the reason in
 * the commit message.
 */
class PinnedOutputsTest {

  private static final String LIST = "pinned-outputs.sha256";

  /** The pinned hashes by path from the repository root, in the order of the list. */
  private static Map<String, String> pinned() throws IOException {
    Map<String, String> pinned = new LinkedHashMap<>();
    try (InputStream in = PinnedOutputsTest.class.getResourceAsStream(LIST)) {
      assertNotNull(in, LIST + " is on the test class path");
      for (String line : Splitter.on('\n').split(new String(in.readAllBytes(), UTF_8))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = Splitter.on("  ").limit(2).splitToList(line);
        assertEquals(2, fields.size(), "a line is '<sha-256>  <path>': " + line);
        pinned.put(fields.get(1), fields.get(0));
      }
    }
    return pinned;
  }

  private static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  private static Path repositoryRoot() {
    return Path.of("").toAbsolutePath().getParent();
  }

  @Test
  void theCommittedFilesAreThePinnedBytes() throws IOException {
    Map<String, String> pinned = pinned();
    assertEquals(4, pinned.size(), "dataset, map, timeline, broken sample");
    for (Map.Entry<String, String> file : pinned.entrySet()) {
      byte[] bytes = Files.readAllBytes(repositoryRoot().resolve(file.getKey()));
      assertEquals(
          file.getValue(), sha256(bytes), file.getKey() + " differs from its pinned bytes");
    }
  }

  @Test
  void theCodeWritesThePinnedBytesAgain(@TempDir Path folder) throws IOException {
    Map<String, String> pinned = pinned();
    String dataset = AtlasJson.standard().writeString(BrestDatasetSource.atlas());
    assertEquals(
        pinned.get("examples/src/main/resources/org/partneratlas/examples/brest-metropole.json"),
        sha256(dataset.getBytes(UTF_8)),
        "the dataset written from its source differs from its pinned bytes");
    Pictures.write(BrestMetropole.load(), folder);
    for (String name : List.of(Pictures.MAP_FILE, Pictures.TIMELINE_FILE)) {
      assertEquals(
          pinned.get("docs/images/" + name),
          sha256(Files.readAllBytes(folder.resolve(name))),
          name + " as drawn now differs from its pinned bytes");
    }
  }
}
