package org.partneratlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partneratlas.actor.ActorId;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.PartialDate;

class ValueTypesTest {

  @Test
  void localizedTextCanonicalisesTagsAndPrefersLanguages() {
    LocalizedText text =
        LocalizedText.of(Map.of("ES-ar", "Tierra del Fuego", "fr", "Terre de Feu"));
    assertEquals(List.of("es-AR", "fr"), List.copyOf(text.asMap().keySet()));
    assertEquals("Tierra del Fuego", text.best(List.of("de", "es")));
    assertEquals("Terre de Feu", text.best(List.of("fr")));
    assertEquals("Tierra del Fuego", text.best(List.of("ja")));
    assertEquals("", LocalizedText.empty().best(List.of("fr")));
    new EqualsTester()
        .addEqualityGroup(
            text, LocalizedText.of(Map.of("fr", "Terre de Feu", "es-AR", "Tierra del Fuego")))
        .addEqualityGroup(LocalizedText.of("fr", "Terre de Feu"))
        .addEqualityGroup(LocalizedText.empty(), LocalizedText.builder().build())
        .testEquals();
  }

  @Test
  void localizedTextRejectsBadInputWithReasons() {
    assertEquals(
        "'not a tag!' is not a BCP 47 language tag: use a tag such as 'fr', 'en', 'es' or 'es-AR'",
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("not a tag!", "x"))
            .getMessage());
    assertEquals(
        "The text in 'fr' is blank: give a text or leave that language out",
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("fr", "  "))
            .getMessage());
    assertEquals(
        "Language 'fr' is given twice: keep one text per language",
        assertThrows(
                IllegalArgumentException.class,
                () -> LocalizedText.builder().put("fr", "a").put("FR", "b"))
            .getMessage());
  }

  @Test
  void idsAreTypedAndChecked() {
    new EqualsTester()
        .addEqualityGroup(TerritoryId.of("brest"), TerritoryId.of("brest"))
        .addEqualityGroup(ActorId.of("brest"))
        .addEqualityGroup(TerritoryId.of("kiel"))
        .testEquals();
    assertEquals("brest", TerritoryId.of("brest").toString());
    assertEquals(
        "'bad id' is not a valid territory id: start with a letter or digit and use only letters,"
            + " digits, '.', '_', ':' and '-' (at most 128 characters)",
        assertThrows(IllegalArgumentException.class, () -> TerritoryId.of("bad id")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TerritoryId.of(""));
    assertThrows(IllegalArgumentException.class, () -> TerritoryId.of("x".repeat(129)));
    assertTrue(TerritoryId.of("a").compareTo(TerritoryId.of("b")) < 0);
  }

  @Test
  void sourcesAreValuesWithCheckedFields() {
    Source a =
        Source.builder()
            .title("Villes jumelles de Brest")
            .publisher("Brest Métropole")
            .date(PartialDate.ofYear(2020))
            .url("https://brest.fr/")
            .build();
    new EqualsTester()
        .addEqualityGroup(a, Source.builder().from(a).build())
        .addEqualityGroup(Source.builder().from(a).page("slide 2").build())
        .testEquals();
    assertEquals(
        "'brest.fr' is not a web address: give an absolute URL starting with https:// or"
            + " http://",
        assertThrows(
                IllegalArgumentException.class,
                () -> Source.builder().title("t").url("brest.fr").build())
            .getMessage());
    assertEquals(
        "The source title is blank: give a non-empty text",
        assertThrows(IllegalArgumentException.class, () -> Source.builder().title(" ").build())
            .getMessage());
  }
}
