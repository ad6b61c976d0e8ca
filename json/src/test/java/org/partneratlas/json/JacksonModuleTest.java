package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** A host's own mapper, with the module found by {@code findAndAddModules()}. */
class JacksonModuleTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  /** A host type that embeds core types. */
  public record Visit(
      TerritoryId where, PartialDate when, Map<CountryCode, DateRange> periods, Territory host) {}

  @Test
  void aTerritoryRoundTrips() {
    Territory territory = Fixtures.tierraDelFuego();
    String json = MAPPER.writeValueAsString(territory);
    assertEquals(territory, MAPPER.readValue(json, Territory.class));
    // The same form as in a document.
    assertEquals(
        MAPPER.readTree(json),
        MAPPER
            .readTree(AtlasJson.standard().writeString(Fixtures.smallAtlas()))
            .get("territories")
            .get(4));
  }

  @Test
  void aPartnershipRoundTrips() {
    Partnership partnership = Fixtures.patagonia();
    String json = MAPPER.writeValueAsString(partnership);
    assertEquals(partnership, MAPPER.readValue(json, Partnership.class));
  }

  @Test
  void anAtlasRoundTrips() {
    Atlas atlas = Fixtures.smallAtlas();
    String json = MAPPER.writeValueAsString(atlas);
    assertEquals(atlas, MAPPER.readValue(json, Atlas.class));
    assertEquals(MAPPER.readTree(AtlasJson.standard().writeString(atlas)), MAPPER.readTree(json));
  }

  @Test
  void generatedAtlasesRoundTripThroughTheHostMapper() {
    for (long seed = 0; seed < 50; seed++) {
      Atlas atlas = AtlasGenerators.atlas(seed);
      assertEquals(
          atlas, MAPPER.readValue(MAPPER.writeValueAsString(atlas), Atlas.class), "seed " + seed);
    }
  }

  @Test
  void scalarTypesAreTextAndMayBeMapKeys() {
    Visit visit =
        new Visit(
            TerritoryId.of("fr-brest"),
            PartialDate.parse("2020-23"),
            Map.of(CountryCode.of("AR"), DateRange.parse("2016/..")),
            Fixtures.kiel());
    String json = MAPPER.writeValueAsString(visit);
    assertTrue(json.contains("\"where\":\"fr-brest\""), json);
    assertTrue(json.contains("\"when\":\"2020-23\""), json);
    assertTrue(json.contains("\"AR\":\"2016/..\""), json);
    assertEquals(visit, MAPPER.readValue(json, Visit.class));
    List<TerritoryId> ids =
        MAPPER.readValue("[\"a\",\"b\"]", new TypeReference<List<TerritoryId>>() {});
    assertEquals(List.of(TerritoryId.of("a"), TerritoryId.of("b")), ids);
  }

  @Test
  void badValuesInAHostDocumentAreReportedAtTheirPlaceInIt() {
    String json =
        "{\"where\": \"fr-brest\", \"when\": \"2020-99\", \"periods\": {},\n"
            + " \"host\": {\"id\": \"x\", \"level\": \"REGION\", \"names\": {\"de\": \"X\"},"
            + " \"officialLanguage\": \"de\", \"country\": \"DE\", \"color\": \"red\"}}";
    AtlasJsonException e =
        assertThrows(AtlasJsonException.class, () -> MAPPER.readValue(json, Visit.class));
    assertEquals("/when", e.problems().get(0).pointer());
    assertEquals(1, e.problems().get(0).line());
    assertEquals(31, e.problems().get(0).column());
    String territory = json.substring(json.indexOf("{\"id\""));
    AtlasJsonException unknown =
        assertThrows(AtlasJsonException.class, () -> MAPPER.readValue(territory, Territory.class));
    assertEquals("/color", unknown.problems().get(0).pointer());
    assertTrue(
        unknown.problems().get(0).message().startsWith("Unknown property 'color' in a territory"));
  }

  @Test
  void badMapKeysAreReported() {
    AtlasJsonException e =
        assertThrows(
            AtlasJsonException.class,
            () ->
                MAPPER.readValue(
                    "{\"FRA\": \"2016\"}", new TypeReference<Map<CountryCode, DateRange>>() {}));
    assertTrue(
        e.problems().get(0).message().contains("'FRA' is an ISO 3166-1 alpha-3 code"),
        e::getMessage);
  }

  @Test
  void anInvalidAtlasIsReportedWithItsValidationProblems() {
    String json =
        AtlasJson.standard()
            .writeString(Fixtures.smallAtlas())
            .replace("\"territory\": \"de-kiel\"", "\"territory\": \"de-kiell\"");
    AtlasJsonException e =
        assertThrows(AtlasJsonException.class, () -> MAPPER.readValue(json, Atlas.class));
    assertEquals(
        "/partnerships/0/parties/1/territory", e.problems().get(0).pointer(), e::getMessage);
  }

  @Test
  void writeDefaultValuesCanBeChosenForAHostMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .findAndAddModules()
            .addModule(AtlasJson.standard().with(AtlasJsonFeature.WRITE_DEFAULT_VALUES).module())
            .build();
    String json = mapper.writeValueAsString(Fixtures.brestKiel());
    assertTrue(json.contains("\"role\":\"PARTNER\""), json);
    assertFalse(MAPPER.writeValueAsString(Fixtures.brestKiel()).contains("\"role\""));
  }

  @Test
  void theModuleIsAServiceOnTheClassPath() {
    List<String> names = new ArrayList<>();
    ServiceLoader.load(JacksonModule.class).forEach(m -> names.add(m.getClass().getName()));
    assertTrue(names.contains(AtlasJsonModule.class.getName()), names::toString);
  }

  @Test
  void theModuleIsProvidedOnTheModulePath() {
    // Tests run on the class path; build a module layer from the main artifacts to check
    // module-info: `provides tools.jackson.databind.JacksonModule with AtlasJsonModule`.
    List<Path> paths = new ArrayList<>();
    for (String entry :
        com.google.common.base.Splitter.on(java.io.File.pathSeparatorChar)
            .split(System.getProperty("java.class.path"))) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      boolean mainClasses =
          Files.isDirectory(path) && Files.exists(path.resolve("module-info.class"));
      boolean library =
          name.endsWith(".jar")
              && (name.startsWith("jackson-")
                  || name.startsWith("guava-3")
                  || name.startsWith("failureaccess")
                  || name.startsWith("RoaringBitmap")
                  || name.startsWith("jspecify")
                  || name.startsWith("error_prone_annotations")
                  || (name.startsWith("partner-atlas-core") && !name.contains("tests")));
      if (mainClasses || library) {
        paths.add(path);
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(finder, ModuleFinder.of(), Set.of("org.partneratlas.json"));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(
                configuration, ClassLoader.getSystemClassLoader().getParent());
    Class<?> service;
    try {
      service = layer.findLoader("tools.jackson.databind").loadClass(JacksonModule.class.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    List<String> found =
        ServiceLoader.load(layer, service).stream()
            .map(provider -> provider.type().getName())
            .collect(Collectors.toList());
    assertTrue(found.contains(AtlasJsonModule.class.getName()), found::toString);
  }
}
