package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the defect "a reference to a missing entity is not reported while a value
 * has problems": a document with a bad value and a reference to an entity that does not exist
 * reported only the bad value, so a data steward fixed one problem per read. Now every problem is
 * reported in one read, except a reference to an entity that could not be read (its own problem
 * says why) or that the document's structure hides (a misspelt collection).
 */
class MissingReferenceBesideValueProblemsTest {

  private static final AtlasJson JSON = AtlasJson.standard();

  private static String territory(String id, String country) {
    return "{\"id\": \""
        + id
        + "\", \"level\": \"MUNICIPALITY\", \"names\": {\"en\": \"X\"}, \"officialLanguage\":"
        + " \"en\", \"country\": \""
        + country
        + "\"}";
  }

  private static String partnership(String id, String a, String b) {
    return "{\"id\": \""
        + id
        + "\", \"kind\": \"TWINNING\", \"parties\": [{\"territory\": \""
        + a
        + "\"}, {\"territory\": \""
        + b
        + "\"}]}";
  }

  private static String document(List<String> territories, List<String> partnerships) {
    return "{\"format\": \"partner-atlas\", \"version\": 1,\n\"territories\": [\n"
        + String.join(",\n", territories)
        + "\n],\n\"partnerships\": [\n"
        + String.join(",\n", partnerships)
        + "\n]}\n";
  }

  private static List<String> described(String document) {
    AtlasJsonException e = assertThrows(AtlasJsonException.class, () -> JSON.read(document));
    return e.problems().stream()
        .map(p -> p.pointer() + " @" + p.line() + ":" + p.column() + " " + p.message())
        .toList();
  }

  /** Asserts that the document has exactly one problem, whose pointer starts as given. */
  private static void assertOnlyProblemAt(String document, String pointer) {
    List<String> problems = described(document);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(pointer), problems::toString);
  }

  @Test
  void missingTerritoryIsReportedBesideABadCountry() {
    String doc =
        document(
            List.of(territory("a", "FR"), territory("b", "GERMANY"), territory("c", "IT")),
            List.of(partnership("a-c", "a", "c"), partnership("a-z", "a", "z")));
    List<String> problems = described(doc);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("/territories/1/country @4:"), problems::toString);
    // The problem is located at the partnership's own line, 9.
    assertTrue(
        problems.get(1).startsWith("/partnerships/1/parties/1/territory @9:")
            && problems.get(1).contains("'z'"),
        problems::toString);
  }

  @Test
  void positionsStayTheDocumentsAfterAnEntityThatCouldNotBeRead() {
    // The first partnership cannot be read, so the second is the Atlas builder's first.
    String doc =
        document(
            List.of(territory("a", "FR"), territory("b", "DE")),
            List.of(
                partnership("a-b", "a", "b").replace("TWINNING", "TWINING"),
                partnership("a-z", "a", "z")));
    List<String> problems = described(doc);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("/partnerships/0/kind @7:"), problems::toString);
    assertTrue(
        problems.get(1).startsWith("/partnerships/1/parties/1/territory @8:"), problems::toString);
  }

  @Test
  void referenceToAnEntityThatCouldNotBeReadIsNotReportedTwice() {
    String doc =
        document(
            List.of(territory("a", "FR"), territory("b", "GERMANY")),
            List.of(partnership("a-b", "a", "b")));
    assertOnlyProblemAt(doc, "/territories/1/country");
  }

  @Test
  void referencesAreNotCheckedWhenAnEntityOfTheKindHasNoReadableId() {
    String doc =
        document(
            List.of(territory("a", "FR"), territory("-b", "DE")),
            List.of(partnership("a-b", "a", "b")));
    assertOnlyProblemAt(doc, "/territories/1/id");
  }

  @Test
  void referencesAreNotCheckedWhenACollectionIsMisspelt() {
    String doc =
        document(List.of(territory("a", "FR")), List.of(partnership("a-b", "a", "b")))
            .replace("\"territories\"", "\"territorys\"");
    assertOnlyProblemAt(doc, "/territorys");
  }

  @Test
  void aValidDocumentStillReads() {
    String doc =
        document(
            List.of(territory("a", "FR"), territory("b", "DE")),
            List.of(partnership("a-b", "a", "b")));
    assertEquals(1, JSON.read(doc).partnerships().size());
  }
}
