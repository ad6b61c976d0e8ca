package org.partneratlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partneratlas.atlas.BrestPortfolio.CADIZ;
import static org.partneratlas.atlas.BrestPortfolio.DUN_LAOGHAIRE;
import static org.partneratlas.atlas.BrestPortfolio.KIEL;
import static org.partneratlas.atlas.BrestPortfolio.SAPONE;
import static org.partneratlas.testing.SeedAtlas.BREST;
import static org.partneratlas.testing.SeedAtlas.BREST_METROPOLE;
import static org.partneratlas.testing.SeedAtlas.TIERRA_DEL_FUEGO;
import static org.partneratlas.testing.SeedAtlas.VERACRUZ;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.BrestPortfolio;
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.TerritoryId;

/** Great-circle distances and partners by distance. */
class GeographyTest {

  @Test
  void distancesOnTheMeanSphere() {
    double r = Geography.MEAN_EARTH_RADIUS_KM;
    assertEquals(
        0, Geography.distanceKm(Coordinates.of(48.39, -4.49), Coordinates.of(48.39, -4.49)));
    assertEquals(
        2 * Math.PI * r / 360,
        Geography.distanceKm(Coordinates.of(0, 0), Coordinates.of(0, 1)),
        1e-9);
    assertEquals(
        Math.PI * r, Geography.distanceKm(Coordinates.of(90, 0), Coordinates.of(-90, 0)), 1e-6);
    assertEquals(
        Math.PI * r, Geography.distanceKm(Coordinates.of(0, 0), Coordinates.of(0, 180)), 1e-6);
    assertEquals(
        Math.PI * r, Geography.distanceKm(Coordinates.of(0, -180), Coordinates.of(0, 0)), 1e-6);
    // Across the antimeridian: one degree, not 359.
    assertEquals(
        2 * Math.PI * r / 360,
        Geography.distanceKm(Coordinates.of(0, 179.5), Coordinates.of(0, -179.5)),
        1e-9);
  }

  /** The geodesic distance on the WGS84 ellipsoid by Vincenty's inverse formula, or NaN. */
  static double vincentyKm(double lat1, double lon1, double lat2, double lon2) {
    double a = 6378137.0;
    double f = 1 / 298.257223563;
    double b = a * (1 - f);
    double l = Math.toRadians(lon2 - lon1);
    double u1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
    double u2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
    double sinU1 = Math.sin(u1);
    double cosU1 = Math.cos(u1);
    double sinU2 = Math.sin(u2);
    double cosU2 = Math.cos(u2);
    double lambda = l;
    for (int i = 0; i < 1000; i++) {
      double sinLambda = Math.sin(lambda);
      double cosLambda = Math.cos(lambda);
      double sinSigma =
          Math.sqrt(
              Math.pow(cosU2 * sinLambda, 2)
                  + Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
      if (sinSigma == 0) {
        return 0;
      }
      double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
      double sigma = Math.atan2(sinSigma, cosSigma);
      double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
      double cos2Alpha = 1 - sinAlpha * sinAlpha;
      double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
      double c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
      double previous = lambda;
      lambda =
          l
              + (1 - c)
                  * f
                  * sinAlpha
                  * (sigma
                      + c
                          * sinSigma
                          * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
      if (Math.abs(lambda - previous) < 1e-12) {
        double uu = cos2Alpha * (a * a - b * b) / (b * b);
        double aa = 1 + uu / 16384 * (4096 + uu * (-768 + uu * (320 - 175 * uu)));
        double bb = uu / 1024 * (256 + uu * (-128 + uu * (74 - 47 * uu)));
        double deltaSigma =
            bb
                * sinSigma
                * (cos2SigmaM
                    + bb
                        / 4
                        * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                            - bb
                                / 6
                                * cos2SigmaM
                                * (-3 + 4 * sinSigma * sinSigma)
                                * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return b * aa * (sigma - deltaSigma) / 1000;
      }
    }
    return Double.NaN; // no convergence: nearly antipodal points
  }

  @Test
  void theSphereIsWithinTheDocumentedErrorOfTheEllipsoid() {
    qt().withExamples(2000)
        .forAll(
            doubles().between(-90, 90),
            doubles().between(-180, 180),
            doubles().between(-90, 90),
            doubles().between(-180, 180))
        .checkAssert(
            (lat1, lon1, lat2, lon2) -> {
              double ellipsoid = vincentyKm(lat1, lon1, lat2, lon2);
              if (Double.isNaN(ellipsoid) || ellipsoid < 0.001) {
                return;
              }
              double sphere =
                  Geography.distanceKm(Coordinates.of(lat1, lon1), Coordinates.of(lat2, lon2));
              assertTrue(
                  Math.abs(sphere - ellipsoid) / ellipsoid <= 0.0057, sphere + " vs " + ellipsoid);
            });
    // The worst case named in the documentation: north-south, near the equator.
    double ellipsoid = vincentyKm(0, 0, 0.1, 0);
    double sphere = Geography.distanceKm(Coordinates.of(0, 0), Coordinates.of(0.1, 0));
    assertEquals(0.0056, (sphere - ellipsoid) / ellipsoid, 0.0001);
    // Brest to Ushuaia, as documented.
    Coordinates brest = Coordinates.of(48.3905, -4.4860);
    Coordinates ushuaia = Coordinates.of(-54.8019, -68.3031);
    assertEquals(12925, Geography.distanceKm(brest, ushuaia), 1);
    assertEquals(12897, vincentyKm(48.3905, -4.4860, -54.8019, -68.3031), 1);
  }

  @Test
  void partnersByDistanceNearestFirstUnknownLast() {
    Atlas atlas = BrestPortfolio.atlas();
    assertEquals(
        List.of(DUN_LAOGHAIRE, KIEL, CADIZ, SAPONE),
        Geography.partnersByDistance(atlas, BREST).stream()
            .map(d -> d.partner().id())
            .collect(Collectors.toList()));
    // The partners known to have taken part with Brest Métropole (not Chubut, which may have left
    // before it joined, nor Xalapa, planned); Veracruz has no coordinates: last.
    assertEquals(
        List.of(TIERRA_DEL_FUEGO, VERACRUZ),
        Geography.partnersByDistance(atlas, BREST_METROPOLE).stream()
            .map(d -> d.partner().id())
            .collect(Collectors.toList()));
    assertEquals(
        "ie-dun-laoghaire 558.1 km", Geography.partnersByDistance(atlas, BREST).get(0).toString());
    assertEquals(
        "bf-sapone unknown distance", Geography.partnersByDistance(atlas, BREST).get(3).toString());
    assertEquals(12925, Geography.distanceKm(atlas, BREST, TIERRA_DEL_FUEGO).orElseThrow(), 1);
    assertTrue(Geography.distanceKm(atlas, BREST, VERACRUZ).isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> Geography.distanceKm(atlas, BREST, TerritoryId.of("nowhere")));
    QueryInvariants.check(atlas);
  }
}
