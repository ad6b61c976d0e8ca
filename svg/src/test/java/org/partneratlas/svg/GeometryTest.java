package org.partneratlas.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.partneratlas.territory.Coordinates;

/** Great circles and the unwrapping of paths across the antimeridian. */
class GeometryTest {

  @Test
  void greatCirclesStartAndEndAtTheirPointsAndFollowTheSphere() {
    double[][] equator = WorldMapSvg.greatCircle(Coordinates.of(0, 0), Coordinates.of(0, 90), 2);
    assertEquals(45, equator[1][0], 1e-9);
    assertEquals(0, equator[1][1], 1e-9);
    // Brest to Yokosuka goes north, over Scandinavia and Siberia.
    double[][] north =
        WorldMapSvg.greatCircle(Coordinates.of(48.39, -4.49), Coordinates.of(35.28, 139.67), 10);
    assertEquals(-4.49, north[0][0], 1e-9);
    assertEquals(139.67, north[10][0], 1e-9);
    double highest = 0;
    for (double[] p : north) {
      highest = Math.max(highest, p[1]);
    }
    assertTrue(highest > 65, "the arc rises to " + highest);
  }

  @Test
  void pathsAcrossTheAntimeridianAreUnwrapped() {
    double[][] across =
        WorldMapSvg.greatCircle(Coordinates.of(-17, 178), Coordinates.of(-14, -172), 8);
    for (int i = 1; i < across.length; i++) {
      assertTrue(Math.abs(across[i][0] - across[i - 1][0]) < 5, "no jump at step " + i);
    }
    assertEquals(188, across[8][0], 1e-9, "continues past 180 instead of jumping to -172");
    double[][] ring = {{179, 0}, {-179, 0}, {-179, 1}, {179, 1}, {179, 0}};
    double[][] unwrapped = WorldMapSvg.unwrap(ring);
    assertEquals(181, unwrapped[1][0], 1e-9);
    assertEquals(179, unwrapped[4][0], 1e-9);
  }
}
