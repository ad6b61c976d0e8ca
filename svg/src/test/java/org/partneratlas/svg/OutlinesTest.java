package org.partneratlas.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled country outlines: found in the module, read completely, and a missing file fails. */
class OutlinesTest {

  @Test
  void theBundledOutlinesHoldEveryCountryOfNaturalEarth() {
    Outlines world = Outlines.world();
    assertEquals(177, world.countries().size());
    Map<String, Outlines.Country> byName =
        world.countries().stream().collect(Collectors.toMap(c -> c.name(), c -> c));
    assertEquals("250", byName.get("France").numericCode());
    assertEquals("", byName.get("Kosovo").numericCode(), "no ISO code");
    assertTrue(byName.get("France").rings().size() >= 2, "mainland and Corsica");
    double[] first = byName.get("Fiji").rings().get(0)[0];
    assertEquals(178.12, first[0], 1e-9);
    assertEquals(-17.51, first[1], 1e-9);
  }

  @Test
  void theOutlinesAreReadFromTheModuleOfTheLibrary() {
    // Run by surefire on the module path: the resource is found through the module's own class.
    assertEquals("org.partneratlas.svg", Outlines.class.getModule().getName());
    assertTrue(Outlines.world().countries().size() > 170);
  }

  @Test
  void aMissingResourceIsAnErrorNotAnEmptyMap() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Outlines.load(Outlines.class, "world/missing.json"));
    assertTrue(e.getMessage().contains("world/missing.json"), e.getMessage());
  }

  @Test
  void escapesAndNumbersAreRead() {
    Outlines outlines =
        Outlines.parse(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"040\","
                + "\"properties\":{\"name\":\"\\u00d6sterreich \\\"A\\\"\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[1e1,-2.5],[3,4],[1e1,-2.5]]]}}]}");
    Outlines.Country austria = outlines.countries().get(0);
    assertEquals("Österreich \"A\"", austria.name());
    assertEquals(10, austria.rings().get(0)[0][0], 1e-12);
    assertThrows(IllegalStateException.class, () -> Outlines.parse("{\"features\":[1]"));
  }
}
