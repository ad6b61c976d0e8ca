package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents, each rejected with a clear message without reading it all into memory. These
 * tests run in their own JVM with a 256 MB heap (surefire execution {@code small-heap}); the
 * documents are generated on the fly and are never held in memory.
 */
@Tag("small-heap")
class LimitsTest {

  private static final AtlasJson JSON = AtlasJson.standard();
  private static final String HEAD = "{\"format\": \"partner-atlas\", \"version\": 1, ";
  private static final String TERRITORY_HEAD =
      HEAD
          + "\"territories\": [{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"officialLanguage\": \"fr\", \"country\": \"FR\", ";

  private static AtlasJsonException reject(GeneratedInputStream in) {
    long start = System.nanoTime();
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(in));
    System.out.printf(
        "%s: rejected after %,d bytes in %d ms: %s%n",
        LimitsTest.class.getSimpleName(),
        in.position(),
        (System.nanoTime() - start) / 1_000_000,
        e.problems().get(e.problems().size() - 1));
    return e;
  }

  @Test
  void aFiftyMegabyteStringIsRejected() {
    GeneratedInputStream in =
        new GeneratedInputStream(
            TERRITORY_HEAD + "\"names\": {\"fr\": \"", "x", 50_000_000L, "\"}}]}");
    AtlasJsonException e = reject(in);
    JsonProblem problem = e.problems().get(0);
    assertEquals(1, e.problems().size(), e::getMessage);
    assertTrue(
        problem
            .message()
            .startsWith("A text is longer than 1000000 characters (limit maxStringLength)"),
        problem::toString);
    assertEquals("/territories/0/names/fr", problem.pointer());
    assertTrue(in.position() < 10_000_000L, "read " + in.position() + " bytes");
  }

  @Test
  void nestingOneHundredThousandDeepIsRejected() {
    GeneratedInputStream in =
        new GeneratedInputStream(TERRITORY_HEAD + "\"names\": {\"fr\": ", "[", 100_000L, "");
    AtlasJsonException e = reject(in);
    JsonProblem problem = e.problems().get(e.problems().size() - 1);
    assertTrue(
        problem
            .message()
            .startsWith("The document nests objects and arrays more than 64 levels deep"),
        problem::toString);
    assertTrue(in.position() < 100_000L, "read " + in.position() + " bytes");
  }

  @Test
  void aMillionDigitNumberIsRejected() {
    GeneratedInputStream in =
        new GeneratedInputStream(
            "{\"format\": \"partner-atlas\", \"version\": ", "9", 1_000_000L, "}");
    AtlasJsonException e = reject(in);
    JsonProblem problem = e.problems().get(0);
    assertEquals(1, e.problems().size(), e::getMessage);
    assertTrue(
        problem
            .message()
            .startsWith("A number is longer than 64 characters (limit maxNumberLength)"),
        problem::toString);
    assertEquals("/version", problem.pointer());
  }

  @Test
  void aTenMillionElementArrayInAnEntityIsRejected() {
    GeneratedInputStream in =
        new GeneratedInputStream(
            TERRITORY_HEAD + "\"names\": {\"fr\": \"A\"}, \"aliases\": [\"x\"",
            ",\"x\"",
            10_000_000L,
            "]}]}");
    AtlasJsonException e = reject(in);
    assertEquals(1, e.problems().size(), e::getMessage);
    JsonProblem problem = e.problems().get(0);
    assertEquals("/territories/0/aliases", problem.pointer());
    assertTrue(
        problem
            .message()
            .startsWith("The array 'aliases' has more than 100000 elements (limit maxArrayLength)"),
        problem::toString);
  }

  @Test
  void aTenMillionElementTopLevelArrayStopsAfterTheMaximumNumberOfProblems() {
    GeneratedInputStream in =
        new GeneratedInputStream(HEAD + "\"territories\": [0", ",0", 10_000_000L, "]}");
    AtlasJsonException e = reject(in);
    assertEquals(JsonLimits.DEFAULT_MAX_PROBLEMS, e.problems().size());
    assertTrue(e.truncated());
    assertTrue(in.position() < 1_000_000L, "read " + in.position() + " bytes");
  }

  @Test
  void aDocumentLongerThanTheLimitIsRejected() throws IOException {
    GeneratedInputStream in = new GeneratedInputStream(HEAD, " ", 3_000_000L, "}");
    AtlasJsonException e =
        assertThrows(
            AtlasJsonException.class,
            () ->
                JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(1_000_000L)).read(in));
    assertTrue(
        e.problems().get(0).message().startsWith("The document is longer than 1000000 characters"),
        e::getMessage);
  }
}
