package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partneratlas.testing.AtlasGenerators;

/**
 * Bounded mutation fuzzing: documents mutated from valid ones (truncation, byte flips, token swaps,
 * deletions, duplications) are read, and the only exception allowed is {@link AtlasJsonException};
 * each read must end within a second.
 *
 * <p>The normal run reads {@value #DEFAULT_ITERATIONS} documents. A longer run: {@code ./mvnw -pl
 * core,json verify -Dtest=FuzzTest -Dpartneratlas.fuzz.iterations=1000000} (optionally with {@code
 * -Dpartneratlas.fuzz.seed=...}); a failure prints the seed and iteration that reproduce it.
 */
class FuzzTest {

  static final int DEFAULT_ITERATIONS = 10_000;
  private static final long LIMIT_NANOS = 1_000_000_000L;

  private static final AtlasJson JSON = AtlasJson.standard();

  @Test
  void mutatedDocumentsFailOnlyWithTheDocumentedException() {
    int iterations = Integer.getInteger("partneratlas.fuzz.iterations", DEFAULT_ITERATIONS);
    long seed = Long.getLong("partneratlas.fuzz.seed", 20260101L);
    List<byte[]> bases = bases();
    for (byte[] base : bases) {
      var unused = JSON.read(base); // warm up: class loading and compilation are not timed
    }
    Random random = new Random(seed);
    int accepted = 0;
    long slowest = 0;
    for (int i = 0; i < iterations; i++) {
      byte[] base = bases.get(random.nextInt(bases.size()));
      byte[] mutated = mutate(base, random);
      long start = System.nanoTime();
      try {
        if (random.nextBoolean()) {
          var unused = JSON.read(mutated);
        } else {
          var unused = JSON.read(new String(mutated, StandardCharsets.UTF_8));
        }
        accepted++;
      } catch (AtlasJsonException expected) {
        assertTrue(!expected.problems().isEmpty());
      } catch (Throwable e) {
        throw new AssertionError(
            "seed "
                + seed
                + ", iteration "
                + i
                + ": unexpected "
                + e
                + " for document:\n"
                + new String(mutated, StandardCharsets.UTF_8),
            e);
      }
      long elapsed = System.nanoTime() - start;
      if (elapsed > LIMIT_NANOS) {
        // A pause of the shared machine (GC, another build) is not the document's fault: time the
        // same document once more, and fail only if it is slow again.
        long again = System.nanoTime();
        try {
          var unused = JSON.read(mutated);
        } catch (AtlasJsonException expected) {
          // as before
        }
        elapsed = System.nanoTime() - again;
        if (elapsed > LIMIT_NANOS) {
          fail("seed " + seed + ", iteration " + i + ": read took " + elapsed / 1_000_000 + " ms");
        }
      }
      slowest = Math.max(slowest, elapsed);
    }
    System.out.printf(
        "FuzzTest: %d documents, %d accepted, slowest read %d ms%n",
        iterations, accepted, slowest / 1_000_000);
  }

  private static List<byte[]> bases() {
    List<byte[]> bases = new ArrayList<>();
    bases.add(JSON.writeBytes(Fixtures.smallAtlas()));
    bases.add(JSON.without(AtlasJsonFeature.INDENT_OUTPUT).writeBytes(Fixtures.smallAtlas()));
    Random r = new Random(7);
    for (int i = 0; i < 4; i++) {
      // Atlases without the standard theme catalogue would not validate: keep them whole, they are
      // still small enough.
      bases.add(
          JSON.with(AtlasJsonFeature.WRITE_DEFAULT_VALUES)
              .without(AtlasJsonFeature.INDENT_OUTPUT)
              .writeBytes(AtlasGenerators.atlas(r.nextLong())));
    }
    return bases;
  }

  private static final byte[][] TOKENS = {
    "{".getBytes(StandardCharsets.UTF_8),
    "}".getBytes(StandardCharsets.UTF_8),
    "[".getBytes(StandardCharsets.UTF_8),
    "]".getBytes(StandardCharsets.UTF_8),
    ",".getBytes(StandardCharsets.UTF_8),
    ":".getBytes(StandardCharsets.UTF_8),
    "\"".getBytes(StandardCharsets.UTF_8),
    "null".getBytes(StandardCharsets.UTF_8),
    "true".getBytes(StandardCharsets.UTF_8),
    "-1e999".getBytes(StandardCharsets.UTF_8),
    "\"\\u0000\"".getBytes(StandardCharsets.UTF_8),
    "\"../..\"".getBytes(StandardCharsets.UTF_8),
    {(byte) 0xC3},
    {(byte) 0xF0, (byte) 0x9F},
  };

  static byte[] mutate(byte[] base, Random r) {
    byte[] doc = base;
    int mutations = 1 + r.nextInt(3);
    for (int m = 0; m < mutations && doc.length > 0; m++) {
      int n = doc.length;
      switch (r.nextInt(6)) {
        case 0: // truncation
          doc = Arrays.copyOf(doc, r.nextInt(n));
          break;
        case 1: // byte flips
          doc = doc.clone();
          int flips = 1 + r.nextInt(4);
          for (int i = 0; i < flips; i++) {
            doc[r.nextInt(n)] = (byte) r.nextInt(256);
          }
          break;
        case 2: // token swap: exchange two ranges that start at a structural character
          doc = swap(doc, r);
          break;
        case 3: // deletion
          {
            int from = r.nextInt(n);
            int to = Math.min(n, from + 1 + r.nextInt(Math.min(n, 200)));
            doc = concat(Arrays.copyOfRange(doc, 0, from), Arrays.copyOfRange(doc, to, n));
          }
          break;
        case 4: // duplication of a range at another place
          {
            int from = r.nextInt(n);
            int to = Math.min(n, from + 1 + r.nextInt(Math.min(n, 400)));
            int at = r.nextInt(n + 1);
            doc =
                concat(
                    Arrays.copyOfRange(doc, 0, at),
                    Arrays.copyOfRange(doc, from, to),
                    Arrays.copyOfRange(doc, at, n));
          }
          break;
        default: // insertion of a JSON token or a broken UTF-8 sequence
          {
            int at = r.nextInt(n + 1);
            doc =
                concat(
                    Arrays.copyOfRange(doc, 0, at),
                    TOKENS[r.nextInt(TOKENS.length)],
                    Arrays.copyOfRange(doc, at, n));
          }
          break;
      }
    }
    return doc;
  }

  private static byte[] swap(byte[] doc, Random r) {
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < doc.length; i++) {
      byte b = doc[i];
      if (b == ',' || b == ':' || b == '[' || b == '{') {
        marks.add(i + 1);
      }
    }
    if (marks.size() < 4) {
      return doc;
    }
    int a = r.nextInt(marks.size() - 1);
    int b = a + 1 + r.nextInt(marks.size() - a - 1);
    int aFrom = marks.get(a);
    int aTo = Math.min(aFrom + 1 + r.nextInt(40), marks.get(b));
    int bFrom = marks.get(b);
    int bTo = Math.min(doc.length, bFrom + 1 + r.nextInt(40));
    return concat(
        Arrays.copyOfRange(doc, 0, aFrom),
        Arrays.copyOfRange(doc, bFrom, bTo),
        Arrays.copyOfRange(doc, aTo, bFrom),
        Arrays.copyOfRange(doc, aFrom, aTo),
        Arrays.copyOfRange(doc, bTo, doc.length));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, at, part.length);
      at += part.length;
    }
    return result;
  }
}
