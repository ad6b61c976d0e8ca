package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Lists;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

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

  /**
   * Codes and tags are read in any case and written in their canonical form (docs/glossary.md,
   * "codes and tags: one rule"), so a document with non-canonical ones reads as the canonical
   * document and writes it.
   */
  @Test
  void nonCanonicalCodesAndTagsReadAndWriteCanonical() {
    String document =
        "{\"format\": \"partner-atlas\", \"version\": 2, \"territories\": [{\"id\": \"a\","
            + " \"level\": \"REGION\", \"names\": {\"ES-ar\": \"A\", \"FR\": \"B\"},"
            + " \"officialLanguage\": \"ES-ar\", \"country\": \"ar\", \"subdivision\": \"ar-v\"}]}";
    String canonical =
        document
            .replace("ES-ar", "es-AR")
            .replace("\"FR\"", "\"fr\"")
            .replace("\"ar\"", "\"AR\"")
            .replace("ar-v", "AR-V");
    Atlas read = JSON.read(document);
    Territory a = read.territories().require(TerritoryId.of("a"));
    assertEquals("es-AR", a.officialLanguage());
    assertEquals(List.of("es-AR", "fr"), List.copyOf(a.names().asMap().keySet()));
    assertEquals("AR", a.country().code());
    assertEquals("AR-V", a.subdivision().orElseThrow().code());
    assertEquals(JSON.read(canonical), read, "the same atlas as the canonical document");
    String written = JSON.writeString(read);
    assertEquals(JSON.writeString(JSON.read(canonical)), written);
    assertTrue(written.contains("\"officialLanguage\": \"es-AR\""), written);
    assertTrue(written.contains("\"country\": \"AR\""), written);
    assertTrue(written.contains("\"subdivision\": \"AR-V\""), written);
    assertEquals(read, JSON.read(written));
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

  /**
   * The round trip over atlases in every form of version 2: qualified dates, unspecified digits,
   * open and unknown sides, attested parties, themes and statuses, undated status changes, sources
   * of parties and theme periods ({@link Fixtures#truthfulAtlas(long)}), with every feature.
   */
  @Test
  void everyVersion2FormRoundTrips() {
    AtlasJson[] variants = {
      JSON,
      JSON.without(AtlasJsonFeature.INDENT_OUTPUT),
      JSON.with(AtlasJsonFeature.WRITE_DEFAULT_VALUES)
    };
    qt().withExamples(500)
        .withShrinkCycles(20)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = Fixtures.truthfulAtlas(seed);
              for (AtlasJson json : variants) {
                byte[] written = json.writeBytes(atlas);
                Atlas read = json.read(written);
                assertEquals(atlas, read, json + " seed " + seed);
                assertArrayEquals(written, json.writeBytes(read), json + " seed " + seed);
              }
            });
  }

  /**
   * The generator of {@link #everyVersion2FormRoundTrips()} does produce every form: a test of the
   * test, so that a generator that lost a form would not pass unnoticed.
   */
  @Test
  void theVersion2GeneratorCoversEveryForm() {
    Map<String, Integer> seen = new java.util.TreeMap<>();
    int unchanged = 0;
    for (long seed = 0; seed < 200; seed++) {
      Atlas atlas = Fixtures.truthfulAtlas(seed);
      if (atlas.equals(AtlasGenerators.atlas(seed))) {
        unchanged++;
      }
      String text = JSON.writeString(atlas);
      for (Partnership p : atlas.partnerships()) {
        for (Party party : p.parties()) {
          count(seen, "party attested", party.attested().isPresent());
          count(seen, "party sources", !party.sources().isEmpty());
          ranges(seen, party.period());
        }
        for (ThemePeriod theme : p.themes()) {
          count(seen, "theme attested", theme.attested().isPresent());
          count(
              seen,
              "theme only attested",
              theme.attested().isPresent() && theme.period().equals(DateRange.unknown()));
          count(seen, "theme sources", !theme.sources().isEmpty());
          ranges(seen, theme.period());
        }
        for (StatusChange change : p.statusHistory()) {
          count(seen, "status undated", change.date().isEmpty());
          count(seen, "status attested", change.attested().isPresent());
          change.date().ifPresent(d -> dates(seen, d));
        }
      }
      count(seen, "text '%'", text.contains("%\""));
      count(seen, "text '?'", text.contains("?\""));
      count(seen, "text '~'", text.contains("~\""));
    }
    List<String> forms =
        List.of(
            "party attested",
            "party sources",
            "theme attested",
            "theme only attested",
            "theme sources",
            "status undated",
            "status attested",
            "uncertain",
            "approximate",
            "uncertain and approximate",
            "decade X",
            "century XX",
            "month XX",
            "day XX",
            "start unknown",
            "end unknown",
            "both unknown",
            "start open",
            "end open",
            "text '%'",
            "text '?'",
            "text '~'");
    for (String form : forms) {
      assertTrue(seen.getOrDefault(form, 0) >= 3, () -> form + " is generated too rarely: " + seen);
    }
    assertTrue(
        unchanged < 20, "most generated atlases are rewritten: " + unchanged + " of 200 not");
  }

  private static void count(Map<String, Integer> seen, String form, boolean present) {
    if (present) {
      seen.merge(form, 1, Integer::sum);
    }
  }

  private static void ranges(Map<String, Integer> seen, DateRange range) {
    count(seen, "start unknown", range.isUnknownStart());
    count(seen, "end unknown", range.isUnknownEnd());
    count(seen, "both unknown", range.equals(DateRange.unknown()));
    count(seen, "start open", range.isOpenStart());
    count(seen, "end open", range.isOpenEnd());
    range.start().ifPresent(d -> dates(seen, d));
    range.end().ifPresent(d -> dates(seen, d));
  }

  private static void dates(Map<String, Integer> seen, PartialDate d) {
    count(seen, "uncertain", d.isUncertain() && !d.isApproximate());
    count(seen, "approximate", d.isApproximate() && !d.isUncertain());
    count(seen, "uncertain and approximate", d.isUncertain() && d.isApproximate());
    count(seen, "decade X", d.unspecifiedYearDigits() == 1);
    count(seen, "century XX", d.unspecifiedYearDigits() == 2);
    count(seen, "month XX", d.isMonthUnspecified());
    count(seen, "day XX", d.isDayUnspecified() && !d.isMonthUnspecified());
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
  void theSeedAtlasRoundTrips() {
    Atlas seed = org.partneratlas.testing.SeedAtlas.atlas();
    byte[] written = JSON.writeBytes(seed);
    assertEquals(seed, JSON.read(written));
    assertArrayEquals(written, JSON.writeBytes(JSON.read(written)));
  }

  /**
   * A value written many times in one document (a territory's id in each partnership it is a party
   * to, a theme, a date) is read once: every occurrence is the same object, as a loader that shares
   * ids would make, rather than an equal copy.
   */
  @Test
  void equalValuesReadFromOneDocumentAreOneObject() {
    Atlas read = JSON.read(JSON.writeBytes(org.partneratlas.testing.SeedAtlas.atlas()));
    Set<TerritoryId> seen = new HashSet<>();
    boolean referredToTwice = false;
    for (Partnership partnership : read.partnerships()) {
      for (Party party : partnership.parties()) {
        TerritoryId id = party.territory();
        assertSame(read.territories().require(id).id(), id, partnership.id().value());
        referredToTwice |= !seen.add(id);
      }
      for (ThemePeriod theme : partnership.themes()) {
        assertSame(read.themes().require(theme.theme()).id(), theme.theme());
      }
    }
    assertTrue(referredToTwice, "some territory is a party to two partnerships");
  }

  @Test
  void setsAndMapsBuiltInAnotherOrderAreWrittenAlike() {
    Atlas atlas = Fixtures.smallAtlas();
    CrisisImpact impact = atlas.crisisImpacts().list().get(0);
    TerritoryId brestId = TerritoryId.of("fr-brest");
    TerritoryId fuego = TerritoryId.of("ar-tierra-del-fuego");
    CrisisImpact forwards =
        CrisisImpact.builder().from(impact).territories(List.of(brestId, fuego)).build();
    CrisisImpact backwards =
        CrisisImpact.builder().from(impact).territories(List.of(fuego, brestId)).build();
    Territory brest = atlas.territories().list().get(1);
    Territory sorted =
        Territory.builder().from(brest).putAttributes("a", "1").putAttributes("b", "2").build();
    Territory reordered =
        Territory.builder()
            .from(brest)
            .externalIds(reverse(brest.externalIds()))
            .attributes(reverse(sorted.attributes()))
            .build();
    Atlas one =
        Atlas.builder()
            .addAll(atlas.territories())
            .replace(sorted)
            .addAll(atlas.themes())
            .addAll(atlas.actors())
            .addAll(atlas.partnerships())
            .addAll(atlas.crises())
            .add(forwards)
            .build();
    Atlas other =
        Atlas.builder()
            .addAll(atlas.territories())
            .replace(reordered)
            .addAll(atlas.themes())
            .addAll(atlas.actors())
            .addAll(atlas.partnerships())
            .addAll(atlas.crises())
            .add(backwards)
            .build();
    assertEquals(one, other);
    assertEquals(
        List.copyOf(one.crisisImpacts().list().get(0).territories()),
        Lists.reverse(List.copyOf(other.crisisImpacts().list().get(0).territories())),
        "the sets really are in another order");
    assertNotEquals(
        List.copyOf(one.territories().list().get(1).attributes().keySet()),
        List.copyOf(other.territories().list().get(1).attributes().keySet()),
        "the maps really are in another order");
    assertArrayEquals(JSON.writeBytes(one), JSON.writeBytes(other));
  }

  private static Map<String, String> reverse(Map<String, String> map) {
    Map<String, String> reversed = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(map.keySet());
    java.util.Collections.sort(keys, java.util.Collections.reverseOrder());
    for (String key : keys) {
      reversed.put(key, map.get(key));
    }
    return reversed;
  }
}
