package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.testing.AtlasGenerators;

/** Property tests: whatever is written reads back equal, and writes again to the same bytes. */
class RoundTripTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @Test
  void readingWhatWasWrittenGivesAnEqualAtlasAndTheSameBytes() {
    qt().withExamples(1000)
        .withShrinkCycles(20)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              byte[] written = JSON.writeBytes(atlas);
              Atlas read = JSON.read(written);
              assertEquals(atlas, read, "seed " + seed);
              assertArrayEquals(written, JSON.writeBytes(read), "seed " + seed);
            });
  }

  @Test
  void everyFeatureCombinationRoundTrips() {
    AtlasJson[] variants = {
      JSON.without(AtlasJsonFeature.INDENT_OUTPUT),
      JSON.with(AtlasJsonFeature.WRITE_DEFAULT_VALUES),
      JSON.without(AtlasJsonFeature.INDENT_OUTPUT).with(AtlasJsonFeature.WRITE_DEFAULT_VALUES)
    };
    qt().withExamples(200)
        .withShrinkCycles(20)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              for (AtlasJson json : variants) {
                String written = json.writeString(atlas);
                Atlas read = json.read(written);
                assertEquals(atlas, read, json + " seed " + seed);
                assertEquals(written, json.writeString(read), json + " seed " + seed);
                // Any instance reads what any other wrote.
                assertEquals(atlas, JSON.read(written), json + " seed " + seed);
              }
            });
  }

  @Test
  void everySourceAndSinkGivesTheSameDocument(@TempDir Path dir) throws IOException {
    Atlas atlas = AtlasGenerators.atlas(42L);
    String text = JSON.writeString(atlas);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), JSON.writeBytes(atlas));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(atlas, out);
    assertEquals(text, out.toString(StandardCharsets.UTF_8));
    StringWriter writer = new StringWriter();
    JSON.write(atlas, writer);
    assertEquals(text, writer.toString());
    Path file = dir.resolve("atlas.json");
    JSON.write(atlas, file);
    assertEquals(text, Files.readString(file));

    assertEquals(atlas, JSON.read(text));
    assertEquals(atlas, JSON.read(file));
    assertEquals(atlas, JSON.read(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(atlas, JSON.read(new StringReader(text)));
    byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertEquals(atlas, JSON.read(withBom));
  }

  @Test
  void equalAtlasesBuiltInAnotherOrderOfSetsAndMapsWriteTheSameBytes() {
    qt().withExamples(100)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              // Reading a compact document rebuilds every set and map from the written order.
              Atlas copy =
                  JSON.read(JSON.without(AtlasJsonFeature.INDENT_OUTPUT).writeString(atlas));
              assertEquals(JSON.writeString(atlas), JSON.writeString(copy));
            });
  }
}
