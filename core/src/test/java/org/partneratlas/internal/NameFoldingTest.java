package org.partneratlas.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
