package org.partneratlas.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class NameFoldingTest {

  @Test
  void caseAccentsAndPunctuationDoNotMatter() {
    assertEquals("cadiz", NameFolding.fold("Cádiz"));
    assertEquals("terre de feu", NameFolding.fold("Terre de Feu"));
    assertEquals("dun laoghaire", NameFolding.fold("Dún Laoghaire"));
    assertEquals("constanta", NameFolding.fold("Constanța"));
    assertEquals("hai phong", NameFolding.fold("Hải Phòng"));
    assertEquals("xalapa enriquez", NameFolding.fold("Xalapa-Enríquez"));
    assertEquals(
        "cooperation avec l etat de veracruz mexique",
        NameFolding.fold("Coopération avec l’État de Veracruz (Mexique)"));
    assertEquals("saint malo", NameFolding.fold("  Saint--Malo  "));
  }

  @Test
  void lettersThatDoNotDecomposeAreSpelledOut() {
    assertEquals("oeuvre", NameFolding.fold("Œuvre"));
    assertEquals("strasse", NameFolding.fold("Straße"));
    assertEquals("strasse", NameFolding.fold("STRASSE"));
    assertEquals("aero", NameFolding.fold("Ærø"));
    assertEquals("lodz", NameFolding.fold("Łódź"));
    assertEquals("istanbul", NameFolding.fold("İstanbul"));
    assertEquals("reykjavik", NameFolding.fold("Reykjavík"));
    assertEquals("thorshofn", NameFolding.fold("Þórshöfn"));
  }

  @Test
  void aNameWithoutLettersOrDigitsFoldsToNothing() {
    assertEquals("", NameFolding.fold(" -- "));
    assertEquals("2020", NameFolding.fold("«2020»"));
  }

  @Test
  void foldingAMillionAlternatingCombiningMarksIsLinear() {
    StringBuilder alias = new StringBuilder("e");
    for (int i = 0; i < 999_000; i++) {
      alias.append(i % 2 == 0 ? '\u0301' : '\u0316');
    }
    String folded =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> NameFolding.fold(alias.toString()));
    assertEquals("e", folded);
  }

  @Test
  void ligatureAndFullwidthAreFolded() {
    // Compatibility forms (NFKD): ligatures, full-width and other presentation forms.
    assertEquals("firenze", NameFolding.fold("ﬁrenze"));
    assertEquals("kiel", NameFolding.fold("ＫＩＥＬ"));
    assertEquals("ostfildern", NameFolding.fold("Ostﬁldern"));
    assertEquals("kiel2", NameFolding.fold("Kiel²"));
    assertEquals(NameFolding.fold("Kiel"), NameFolding.fold("\u212Aiel")); // Kelvin sign
  }

  @Test
  void commaBelowAndCedillaAgree() {
    // Romanian writes comma below (ș U+0219), Turkish-style data the cedilla (ş U+015F).
    assertEquals("iasi", NameFolding.fold("Iași"));
    assertEquals(NameFolding.fold("Iași"), NameFolding.fold("Iaşi"));
    assertEquals(NameFolding.fold("Constanța"), NameFolding.fold("Constanţa"));
  }

  @Test
  void indicVowelSignsAreKept() {
    // Patna and Patan differ by where the spacing vowel sign ा (U+093E, Mc) is: removing it, as
    // the folding did, made them one name.
    assertEquals("पटना", NameFolding.fold("पटना"));
    assertEquals("पाटन", NameFolding.fold("पाटन"));
    assertNotEquals(NameFolding.fold("पटना"), NameFolding.fold("पाटन"));
    // Kept as part of the word, not a separator.
    assertEquals("कोटा", NameFolding.fold("कोटा"));
    assertEquals("மதுரை", NameFolding.fold("மதுரை"));
  }

  @Test
  void caseIsFoldedNotOnlyLowered() {
    assertEquals(NameFolding.fold("ΣΆΜΟΣ"), NameFolding.fold("Σάμος"));
    assertEquals("σαμοσ", NameFolding.fold("Σάμος")); // the final sigma is a sigma
    assertEquals("strasse", NameFolding.fold("STRAẞE"));
    assertEquals("izmir", NameFolding.fold("İZMİR"));
    assertEquals("izmir", NameFolding.fold("ızmır"));
  }

  @Test
  void aMillionSpacingMarksAreFoldedInLinearTime() {
    StringBuilder name = new StringBuilder("क");
    for (int i = 0; i < 999_000; i++) {
      name.append(i % 2 == 0 ? '\u093E' : '\u0941');
    }
    String folded =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> NameFolding.fold(name.toString()));
    assertEquals(1 + 499_500, folded.length());
  }

  /** Characters of every kind the folding treats differently, for the property tests. */
  private static final String ALPHABET =
      "aAeEiIzZ ß-'œÆøŁđðþıİ\u0301\u0316\u0327\u0326\u0308\u20dd\u0903\u093E\u0941\u094D"
          + "ÉéñÑçǅﬁﬀＫｉ²½ΣςσΆ한국Ωά1٢कपटनşșẞ\u212A";

  private static String pick(int[] picks) {
    StringBuilder sb = new StringBuilder();
    for (int pick : picks) {
      sb.append(ALPHABET.charAt(pick));
    }
    return sb.toString();
  }

  @Test
  void foldingEachCharacterAloneEqualsFoldingTheNormalisedWhole() {
    qt().withExamples(3000)
        .forAll(Generate.intArrays(Generate.range(0, 40), Generate.range(0, ALPHABET.length() - 1)))
        .checkAssert(
            picks -> {
              String name = pick(picks);
              assertEquals(wholeTextFold(name), NameFolding.fold(name), name);
            });
  }

  @Test
  void foldingIsIdempotentAndIgnoresTheNormalisationForm() {
    qt().withExamples(3000)
        .forAll(Generate.intArrays(Generate.range(0, 40), Generate.range(0, ALPHABET.length() - 1)))
        .checkAssert(
            picks -> {
              String name = pick(picks);
              String folded = NameFolding.fold(name);
              assertEquals(folded, NameFolding.fold(folded), name);
              for (Normalizer.Form form : Normalizer.Form.values()) {
                assertEquals(
                    folded, NameFolding.fold(Normalizer.normalize(name, form)), form + " " + name);
              }
            });
  }

  /**
   * The folding as its documentation defines it, normalising the whole text: the oracle of the
   * linear one.
   */
  private static String wholeTextFold(String name) {
    String stripped = stripNonSpacingMarks(Normalizer.normalize(name, Normalizer.Form.NFKD));
    StringBuilder cased = new StringBuilder();
    stripped
        .codePoints()
        .forEach(cp -> cased.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    String folded =
        stripNonSpacingMarks(Normalizer.normalize(cased.toString(), Normalizer.Form.NFKD));
    StringBuilder sb = new StringBuilder();
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (!Character.isLetterOrDigit(cp)
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      String spelled =
          Map.of('œ', "oe", 'æ', "ae", 'ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d", 'ð', "d", 'þ', "th")
              .get((char) cp);
      if (spelled != null && cp < 0x10000) {
        sb.append(spelled);
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static String stripNonSpacingMarks(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
