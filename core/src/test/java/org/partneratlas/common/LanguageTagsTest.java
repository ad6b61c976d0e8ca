package org.partneratlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Regression tests of {@link LanguageTags} (issue 10, item 9). */
class LanguageTagsTest {

  @Test
  void undIsAValidTagForAnUnknownLanguage() {
    assertEquals("und", LanguageTags.canonical("und"));
    assertEquals("und", LanguageTags.canonical("UND"));
    assertEquals("und-Latn", LanguageTags.canonical("und-latn"));
    assertTrue(LanguageTags.isValid("und"));
    assertEquals("Brest", LocalizedText.of("und", "Brest").get("und").orElseThrow());
  }

  @Test
  void grandfatheredTagsAreRejectedWithTheModernTagNotRewritten() {
    IllegalArgumentException klingon =
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical("i-klingon"));
    assertEquals(
        "'i-klingon' is a grandfathered BCP 47 tag, which is not accepted: write 'tlh'",
        klingon.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical("zh-min-nan"));
    assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical("EN-gb-OED"));
    IllegalArgumentException enochian =
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical("i-enochian"));
    assertTrue(enochian.getMessage().contains("'und' if the language is not known"));
    assertFalse(LanguageTags.isValid("i-klingon"));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("i-klingon", "x"));
  }

  @Test
  void tagsWithoutALanguageOrWithNonAsciiAreStillRejected() {
    for (String tag : new String[] {"x-private", "und-x-foo", "1234", "", "fr_FR", "fŕ", "ｆｒ"}) {
      assertFalse(LanguageTags.isValid(tag), tag);
    }
    assertEquals("es-AR", LanguageTags.canonical("ES-ar"));
    assertEquals("br", LanguageTags.canonical("br"));
  }
}
