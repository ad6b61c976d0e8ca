package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.atlas.Atlas;

/**
 * Bytes and files are read by Jackson's byte parser when they are plain UTF-8, and read again by
 * characters at their first problem: whatever the document, reading its bytes or its file gives
 * what reading its text gives, the same atlas or the same problems at the same lines and columns
 * (which count characters).
 */
class ByteReadingTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  @TempDir Path dir;

  /** The outcome of a reading, comparable: the atlas, or every problem with its place. */
  private static String outcome(ReadingAction reading) {
    try {
      Atlas atlas = reading.read();
      return "atlas " + JSON.writeString(atlas);
    } catch (AtlasJsonException e) {
      return "problems " + e.problems() + " truncated " + e.truncated();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private interface ReadingAction {
    Atlas read() throws IOException;
  }

  private void assertSameAsText(byte[] bytes) throws IOException {
    assertSameAsText(JSON, bytes);
  }

  private void assertSameAsText(AtlasJson json, byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String expected = outcome(() -> json.read(text));
    assertEquals(expected, outcome(() -> json.read(bytes)), text);
    Path file = Files.write(dir.resolve("atlas.json"), bytes);
    assertEquals(expected, outcome(() -> json.read(file)), text);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static final String DOCUMENT =
      "{\"format\": \"partner-atlas\", \"version\": 2,\n"
          + "\"territories\": [\n"
          + "{\"id\": \"a\", \"level\": \"MUNICIPALITY\", \"names\": {\"fr\": \"Élancourt à l'été\"},"
          + " \"officialLanguage\": \"fr\", \"country\": \"FR\"},\n"
          + "{\"id\": \"b\", \"level\": \"MUNICIPALITY\", \"names\": {\"de\": \"Öhringen \uD83C\uDFF0\"},"
          + " \"officialLanguage\": \"de\", \"country\": \"DE\"}\n"
          + "],\n"
          + "\"partnerships\": [\n"
          + "{\"id\": \"p\", \"kind\": \"TWINNING\", \"names\": {\"fr\": \"Jumelage é\"},"
          + " \"parties\": [{\"territory\": \"a\"}, {\"territory\": \"b\"}]}\n"
          + "]}\n";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aValidDocumentReadsAlike() throws IOException {
    assertSameAsText(utf8(DOCUMENT));
    assertSameAsText(utf8("\uFEFF" + DOCUMENT));
    assertEquals(2, JSON.read(utf8(DOCUMENT)).territories().size());
  }

  @Test
  void problemsAfterCharactersOfSeveralBytesAreAtTheirCharacterColumn() throws IOException {
    List<String> documents =
        List.of(
            DOCUMENT.replace("\"country\": \"DE\"", "\"country\": \"DE\", \"x\": 1"),
            DOCUMENT.replace("\"country\": \"DE\"", "\"country\": DE"),
            DOCUMENT.replace("\"TWINNING\"", "\"TWINING\""),
            DOCUMENT.replace("{\"territory\": \"b\"}", "{\"territory\": \"zz\"}"),
            DOCUMENT.replace("\"b\", \"level\"", "\"a\", \"level\""),
            DOCUMENT.replace("Jumelage é\"}", "Jumelage é\"},"),
            DOCUMENT.replace("\uD83C\uDFF0\"}", "\uD83C\uDFF0\"} x"),
            "\uFEFF" + DOCUMENT.replace("\"version\": 2", "\"version\": 9"),
            DOCUMENT.replace("Élancourt", "\u0000"),
            DOCUMENT + "\u00e9");
    for (String document : documents) {
      byte[] bytes = utf8(document);
      assertThrows(AtlasJsonException.class, () -> JSON.read(bytes), document);
      assertSameAsText(bytes);
    }
  }

  @Test
  void limitsCountedInBytesByJacksonAreAppliedToCharacters() throws IOException {
    byte[] bytes = utf8(DOCUMENT);
    int characters = DOCUMENT.length();
    assertTrue(bytes.length > characters);
    // Over the limit in bytes, within it in characters: read (by characters) all the same.
    AtlasJson json = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(characters));
    assertEquals(2, json.read(bytes).territories().size());
    assertSameAsText(json, bytes);
    // Over it in characters too: the problem of a reading by characters (read(String) would
    // throw Jackson's exception as it creates its parser, before reading).
    AtlasJson shorter =
        JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(characters - 1));
    String expected = outcome(() -> shorter.read(new ByteArrayInputStream(bytes)));
    assertTrue(expected.startsWith("problems"), expected);
    assertEquals(expected, outcome(() -> shorter.read(bytes)));
  }

  @Test
  void mutatedDocumentsReadAlikeFromBytesFilesAndText() throws IOException {
    List<byte[]> bases = new ArrayList<>();
    bases.add(utf8(DOCUMENT));
    bases.add(JSON.writeBytes(Fixtures.smallAtlas()));
    bases.add(JSON.without(AtlasJsonFeature.INDENT_OUTPUT).writeBytes(Fixtures.smallAtlas()));
    Random random = new Random(20261202L);
    int compared = 0;
    for (int i = 0; i < 1_500; i++) {
      byte[] mutated = FuzzTest.mutate(bases.get(random.nextInt(bases.size())), random);
      if (isUtf8(mutated)) {
        assertSameAsText(mutated);
        compared++;
      }
    }
    assertTrue(compared > 500, "compared " + compared);
  }

  @Test
  void plainUtf8IsStrictUtf8WithoutNul() throws IOException {
    Random random = new Random(7);
    byte[][] pieces = {
      utf8("a"),
      utf8("é"),
      utf8("€"),
      utf8("\uD83C\uDFF0"),
      {0},
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
      {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
      {(byte) 0xC3},
      {(byte) 0xA9},
      {(byte) 0xFF},
      utf8("0123456789abcdef")
    };
    for (int i = 0; i < 5_000; i++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        // Mostly the valid pieces, so that the check is exercised on long valid runs.
        byte[] piece =
            random.nextInt(4) == 0
                ? pieces[random.nextInt(pieces.length)]
                : pieces[random.nextInt(4)];
        out.write(piece, 0, piece.length);
        if (random.nextBoolean()) {
          out.write(pieces[pieces.length - 1], 0, 16);
        }
      }
      byte[] bytes = out.toByteArray();
      boolean expected = isUtf8(bytes) && indexOfNul(bytes) < 0;
      assertEquals(expected, PlainUtf8.check(bytes), () -> java.util.Arrays.toString(bytes));
      assertEquals(expected, readsThroughChecked(bytes, 1 + random.nextInt(5)));
    }
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the bytes read through the checking stream, in chunks of at most {@code chunk}. */
  private static boolean readsThroughChecked(byte[] bytes, int chunk) {
    try (InputStream in = new PlainUtf8.Checked(new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[chunk];
      while (in.read(buffer, 0, chunk) >= 0) {
        // keep reading
      }
      return true;
    } catch (PlainUtf8.NotPlainException e) {
      return false;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
