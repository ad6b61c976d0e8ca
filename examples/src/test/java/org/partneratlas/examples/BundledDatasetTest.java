package org.partneratlas.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.Action;
import org.partneratlas.actor.Actor;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.json.AtlasJson;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;

/** The bundled document: generated from its source in code, valid, sourced. */
class BundledDatasetTest {

  private static final Path DOCUMENT =
      Path.of("src/main/resources/org/partneratlas/examples", BrestMetropole.RESOURCE);

  private static String bundledText() throws IOException {
    try (InputStream in = BrestMetropole.class.getResourceAsStream(BrestMetropole.RESOURCE)) {
      assertNotNull(in, "the bundled dataset is on the class path");
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  @Test
  void theBundledDocumentIsTheSourceInCodeAsAtlasJsonWritesIt() throws IOException {
    String expected = AtlasJson.standard().writeString(BrestDatasetSource.atlas());
    if (Boolean.getBoolean("partneratlas.regenerate")) {
      Files.writeString(DOCUMENT, expected, UTF_8);
    }
    assertEquals(
        expected,
        Files.readString(DOCUMENT, UTF_8),
        "brest-metropole.json is out of date: run the examples' tests with"
            + " -Dpartneratlas.regenerate=true");
  }

  @Test
  void theBundledDocumentReadsBackAsTheSourceInCode() {
    assertEquals(BrestDatasetSource.atlas(), BrestMetropole.load());
  }

  @Test
  void theBundledDocumentIsValidAgainstTheJsonSchema() throws IOException {
    Schema schema;
    try (InputStream in = AtlasJson.class.getResourceAsStream(AtlasJson.SCHEMA_RESOURCE)) {
      assertNotNull(in, "the json module ships its JSON Schema at " + AtlasJson.SCHEMA_RESOURCE);
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<Error> errors = schema.validate(bundledText(), InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
  }

  @Test
  void everyEntityCarriesItsSources() {
    Atlas atlas = BrestMetropole.load();
    List<String> unsourced = new ArrayList<>();
    for (Territory t : atlas.territories()) {
      if (t.sources().isEmpty()) {
        unsourced.add("territory " + t.id());
      }
    }
    for (Actor a : atlas.actors()) {
      if (a.sources().isEmpty()) {
        unsourced.add("actor " + a.id());
      }
    }
    for (Partnership p : atlas.partnerships()) {
      if (p.sources().isEmpty()) {
        unsourced.add("partnership " + p.id());
      }
      for (int i = 0; i < p.parties().size(); i++) {
        if (p.parties().get(i).sources().isEmpty()) {
          unsourced.add("party " + p.parties().get(i).territory() + " of " + p.id());
        }
      }
      for (ThemePeriod theme : p.themes()) {
        if (theme.sources().isEmpty()) {
          unsourced.add("theme period " + theme.theme() + " of " + p.id());
        }
      }
      for (StatusChange change : p.statusHistory()) {
        if (change.sources().isEmpty()) {
          unsourced.add("status change " + change.status() + " of " + p.id());
        }
      }
      for (Action action : p.actions()) {
        if (action.sources().isEmpty()) {
          unsourced.add("action " + action.id());
        }
      }
      for (Agreement agreement : p.agreements()) {
        if (agreement.sources().isEmpty()) {
          unsourced.add("agreement of " + p.id());
        }
      }
      for (Perspective perspective : p.perspectives()) {
        if (perspective.sources().isEmpty()) {
          unsourced.add("perspective of " + p.id());
        }
      }
    }
    for (Crisis c : atlas.crises()) {
      if (c.sources().isEmpty()) {
        unsourced.add("crisis " + c.id());
      }
    }
    for (CrisisImpact i : atlas.crisisImpacts()) {
      if (i.sources().isEmpty()) {
        unsourced.add("crisis impact " + i.id());
      }
    }
    assertTrue(unsourced.isEmpty(), () -> "without sources: " + unsourced);
    assertFalse(atlas.partnerships().isEmpty());
  }

  @Test
  void countryNamesAreTheCldrNamesOfTheJdk() {
    for (Territory t : BrestMetropole.load().territories()) {
      if (t.level() != org.partneratlas.territory.TerritoryLevel.COUNTRY) {
        continue;
      }
      assertTrue(t.sources().stream().anyMatch(s -> s.title().startsWith("Unicode CLDR")));
      for (String language : List.of("fr", "en", "es", t.officialLanguage())) {
        assertTrue(t.names().get(language).isPresent(), t.id() + " has a name in " + language);
      }
      t.names()
          .asMap()
          .forEach(
              (language, name) ->
                  assertEquals(
                      t.country().displayName(java.util.Locale.forLanguageTag(language)),
                      name,
                      t.id() + " in " + language));
    }
  }

  @Test
  void seedFactsCiteTheSeedDocument() {
    Atlas atlas = BrestMetropole.load();
    for (var id : List.of(BrestMetropole.PATAGONIA, BrestMetropole.VERACRUZ_COOPERATION)) {
      assertTrue(
          atlas.partnerships().require(id).sources().stream()
              .anyMatch(
                  s ->
                      s.title()
                              .equals(
                                  "Villes jumelles de Brest et villes partenaires de Brest"
                                      + " Métropole")
                          && s.publisher().orElse("").equals("Brest Métropole")),
          id + " cites the founding slides");
    }
  }
}
