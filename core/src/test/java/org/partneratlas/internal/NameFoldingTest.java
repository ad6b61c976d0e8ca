package org.partneratlas.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
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
  void foldingEachCharacterAloneEqualsFoldingTheNormalisedWhole() {
    String alphabet = "aAeEiIzZ ß-'œÆøŁđðþıİ\u0301\u0316\u0327\u0308\u20dd\u0903ÉéñÑçǅﬁ한국Ωά1٢";
    qt().withExamples(2000)
        .forAll(Generate.intArrays(Generate.range(0, 40), Generate.range(0, alphabet.length() - 1)))
        .checkAssert(
            picks -> {
              StringBuilder sb = new StringBuilder();
              for (int pick : picks) {
                sb.append(alphabet.charAt(pick));
              }
              String name = sb.toString();
              assertEquals(wholeTextFold(name), NameFolding.fold(name), name);
            });
  }

  /** The folding as it was, normalising the whole text: the oracle of the linear one. */
  private static String wholeTextFold(String name) {
    String stripped = wholeTextStrip(name).toLowerCase(Locale.ROOT);
    stripped = wholeTextStrip(stripped);
    StringBuilder sb = new StringBuilder();
    boolean pendingSpace = false;
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      String spelled =
          Map.of(
                  'œ', "oe", 'æ', "ae", 'ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d", 'ð', "d", 'þ',
                  "th", 'ı', "i")
              .get((char) cp);
      if (spelled != null && cp < 0x10000) {
        sb.append(spelled);
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static String wholeTextStrip(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    decomposed
        .codePoints()
        .filter(
            cp -> {
              int type = Character.getType(cp);
              return type != Character.NON_SPACING_MARK
                  && type != Character.COMBINING_SPACING_MARK
                  && type != Character.ENCLOSING_MARK;
            })
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
