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

  /**
   * What each attack is expected to take at most (the goal of issue 10: under 2 s at 256 MB; the
   * measured times are printed, see docs/format.md), and the harness's bound: ten times that, so
   * that only a regression of the kind the attacks target (quadratic work, unbounded storage) fails
   * the build, not a busy machine.
   */
  private static final long EXPECTED_MILLIS = 2_000;

  private static final long BOUND_MILLIS = 10 * EXPECTED_MILLIS;

  /**
   * Reads a hostile document, expecting it rejected within {@code boundMillis} of this JVM's CPU
   * time (the harness's bound: wall-clock time on a machine shared with other builds says little;
   * the JVM's CPU time includes its garbage collection), reading it up to twice more before it
   * fails for time. Wall-clock time is printed too. A first read of a document a hundred times
   * smaller warms the code up, so that compilation is not timed.
   */
  private static AtlasJsonException rejectWithin(
      long boundMillis,
      long size,
      java.util.function.LongFunction<GeneratedInputStream> documents) {
    try {
      var unused = JSON.read(documents.apply(size / 100));
    } catch (AtlasJsonException | java.io.IOException expected) {
      // warm-up only
    }
    AtlasJsonException e = null;
    long millis = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && millis > boundMillis; attempt++) {
      GeneratedInputStream in = documents.apply(size);
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      e = assertThrows(AtlasJsonException.class, () -> JSON.read(in));
      millis = (cpuNanos() - cpuStart) / 1_000_000;
      System.out.printf(
          "LimitsTest: rejected after %,d bytes in %d ms of CPU (bound %d ms), %d ms of wall"
              + " clock, %,d problems, message of %,d characters: %s%n",
          in.position(),
          millis,
          boundMillis,
          (System.nanoTime() - start) / 1_000_000,
          e.problems().size(),
          e.getMessage().length(),
          e.problems().get(0));
    }
    AtlasJsonException rejected = java.util.Objects.requireNonNull(e);
    assertTrue(millis <= boundMillis, "took " + millis + " ms, more than " + boundMillis);
    assertTrue(
        rejected.getMessage().length() < 100_000,
        () -> "message of " + rejected.getMessage().length());
    return rejected;
  }

  /** The CPU time of this JVM so far. */
  static long cpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .orElseThrow(() -> new AssertionError("no CPU time on this platform"))
        .toNanos();
  }

  private static final String ATTACK_HEAD = TERRITORY_HEAD + "\"names\": {\"fr\": \"A\"}";

  @Test
  void aTenMillionKeyMapStopsStoringAtTheLimit() {
    AtlasJsonException e =
        rejectWithin(
            BOUND_MILLIS,
            10_000_000L,
            n ->
                new GeneratedInputStream(
                    ATTACK_HEAD + ", \"attributes\": {",
                    i -> (i == 0 ? "" : ",") + "\"k" + i + "\":\"v\"",
                    n,
                    "}}]}"));
    assertEquals(1, e.problems().size(), e::getMessage);
    JsonProblem problem = e.problems().get(0);
    assertEquals("/territories/0/attributes", problem.pointer());
    assertEquals(
        "The object 'attributes' has more than 100000 properties (limit maxArrayLength): shorten"
            + " it",
        problem.message());
  }

  @Test
  void aMillionLanguagesInOneTextStopAtTheLimit() {
    AtlasJsonException e =
        rejectWithin(
            BOUND_MILLIS,
            1_000_000L,
            n ->
                new GeneratedInputStream(
                    TERRITORY_HEAD + "\"names\": {\"fr\": \"A\"",
                    i -> ",\"fr-x-" + (1_000_000 + i) + "\":\"A\"",
                    n,
                    "}}]}"));
    assertEquals(1, e.problems().size(), e::getMessage);
    JsonProblem problem = e.problems().get(0);
    assertEquals("/territories/0/names", problem.pointer());
    assertTrue(
        problem.message().startsWith("The object 'names' has more than 100000 languages"),
        problem::toString);
  }

  @Test
  void aHundredThousandDanglingReferencesGiveABoundedMessageAndTheFullList() {
    AtlasJsonException e =
        rejectWithin(
            BOUND_MILLIS,
            100_000L,
            n ->
                new GeneratedInputStream(
                    HEAD
                        + "\"partnerships\": [{\"id\": \"p\", \"kind\": \"TWINNING\", \"parties\": [",
                    i -> (i == 0 ? "" : ",") + "{\"territory\": \"t" + i + "\"}",
                    n,
                    "]}]}"));
    long dangling =
        e.problems().stream().filter(p -> p.message().contains("does not exist")).count();
    assertEquals(100_000L, dangling, () -> e.getMessage().substring(0, 2_000));
    assertTrue(
        e.getMessage().contains("\n  - and " + String.format("%,d", e.problems().size() - 100)),
        () -> e.getMessage().substring(e.getMessage().length() - 1_000));
    assertTrue(
        e.getMessage().contains(" at /partnerships/*/parties/*/territory"),
        () -> e.getMessage().substring(e.getMessage().length() - 1_000));
    assertEquals("/partnerships/0/parties/99999/territory", e.problems().get(99_999).pointer());
  }

  @Test
  void aParentChain20000DeepIsReadAndRejectedAtTheDepthLimitInLinearTime() {
    AtlasJsonException e =
        rejectWithin(
            BOUND_MILLIS,
            20_000L,
            n ->
                new GeneratedInputStream(
                    HEAD + "\"territories\": [",
                    i ->
                        (i == 0 ? "" : ",")
                            + "{\"id\": \"t"
                            + i
                            + "\", \"level\": \"DISTRICT\", \"names\": {\"fr\": \"T\"},"
                            + " \"officialLanguage\": \"fr\", \"country\": \"FR\""
                            + (i == 0 ? "" : ", \"parent\": \"t" + (i - 1) + "\"")
                            + "}",
                    n,
                    "]}"));
    assertTrue(e.problems().size() <= 100, e::getMessage);
    assertTrue(e.getMessage().length() < 20_000, () -> e.getMessage().substring(0, 2_000));
  }

  @Test
  void anAliasOfA999000AlternatingCombiningMarksIsRejectedQuickly() {
    StringBuilder marks = new StringBuilder("e");
    for (int i = 0; i < 999_000; i++) {
      marks.append(i % 2 == 0 ? "\\u0301" : "\\u0316");
    }
    String alias = marks.toString();
    AtlasJsonException e =
        rejectWithin(
            BOUND_MILLIS,
            1L,
            n ->
                new GeneratedInputStream(
                    TERRITORY_HEAD + "\"names\": {\"fr\": \"A\"}, \"aliases\": [\"",
                    i -> alias,
                    n,
                    "\"]}]}"));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertTrue(e.getMessage().length() < 2_000, () -> e.getMessage().substring(0, 2_000));
  }

  @Test
  void aMillionPartnershipsAtASmallHeapSayHowMuchHeapTheyNeed() {
    AtlasJsonException e =
        rejectWithin(
            BOUND_MILLIS,
            1_000_000L,
            n ->
                new GeneratedInputStream(
                    HEAD
                        + "\"territories\": [{\"id\": \"a\", \"level\": \"MUNICIPALITY\","
                        + " \"names\": {\"fr\": \"A\"}, \"officialLanguage\": \"fr\", \"country\":"
                        + " \"FR\"}, {\"id\": \"b\", \"level\": \"MUNICIPALITY\", \"names\":"
                        + " {\"de\": \"B\"}, \"officialLanguage\": \"de\", \"country\": \"DE\"}],"
                        + " \"partnerships\": [",
                    i ->
                        (i == 0 ? "" : ",")
                            + "{\"id\": \"p"
                            + i
                            + "\", \"kind\": \"TWINNING\", \"parties\": [{\"territory\": \"a\"},"
                            + " {\"territory\": \"b\"}]}",
                    n,
                    "]}"));
    assertEquals(1, e.problems().size(), e::getMessage);
    JsonProblem problem = e.problems().get(0);
    assertTrue(
        problem.message().startsWith("The document has more partnerships than this JVM's heap"),
        problem::toString);
    assertTrue(problem.message().contains("give it more heap (-Xmx)"), problem::toString);
  }

  @Test
  void moreEntitiesThanTheLimitSayHowMuchHeapTheyNeed() {
    AtlasJsonException e =
        assertThrows(
            AtlasJsonException.class,
            () ->
                JSON.withLimits(JsonLimits.defaults().withMaxEntities(1_000))
                    .read(
                        new GeneratedInputStream(
                            HEAD + "\"themes\": [",
                            i ->
                                (i == 0 ? "" : ",")
                                    + "{\"id\": \"t"
                                    + i
                                    + "\", \"labels\": {\"en\": \"T\"}}",
                            2_000L,
                            "]}")));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals("/themes/1000", e.problems().get(0).pointer());
    assertEquals(
        "The document has more than 1,000 entities (limit maxEntities): an Atlas of that size needs"
            + " about 4 MiB of heap (2,700 bytes per partnership once built, 3,600 while reading);"
            + " split the document, or raise the limit and give the JVM that heap (-Xmx)",
        e.problems().get(0).message());
  }

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
