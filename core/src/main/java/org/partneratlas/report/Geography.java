package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/**
 * Distances between territories and partners sorted by distance.
 *
 * <h2>Earth model and its error</h2>
 *
 * <p>Distances are great-circle distances on a sphere of radius {@value #MEAN_EARTH_RADIUS_KM} km,
 * the mean radius R1 = (2a + b) / 3 of the WGS84 ellipsoid, computed with the haversine formula,
 * which stays accurate for short distances (its argument is clamped to 1 against rounding, for
 * antipodal points). Coordinates are read as WGS84 latitude and longitude. The sphere is not the
 * ellipsoid: compared with the geodesic distance on WGS84, the relative error is at most about
 * 0.56%, reached for short north-south distances near the equator, where the meridian's radius of
 * curvature is 6,335 km; over random pairs of points, half are within 0.14% and 99% within 0.45%
 * (the library's tests check the bound against Vincenty's formulae). Brest to Ushuaia is 12,925 km
 * on the sphere and 12,897 km on the ellipsoid (0.22%). A territory's coordinates are one
 * representative point (its seat or main city), so the distance between two territories is the
 * distance between those points, not between their borders.
 *
 * <p>All methods are thread-safe.
 *
 * <pre>{@code
 * OptionalDouble km = Geography.distanceKm(atlas, BREST, TIERRA_DEL_FUEGO);
 * List<PartnerDistance> near = Geography.partnersByDistance(atlas, BREST_METROPOLE);
 * }</pre>
 */
public final class Geography {

  /** The mean radius of the earth used for distances, in kilometres: R1 of WGS84. */
  public static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

  private Geography() {}

  /**
   * Returns the great-circle distance between two points (see the class documentation for the earth
   * model and its error). Constant time.
   *
   * @param from a point
   * @param to another point
   * @return the distance in kilometres, from 0 to about 20,015
   */
  public static double distanceKm(Coordinates from, Coordinates to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    double lat1 = Math.toRadians(from.latitude());
    double lat2 = Math.toRadians(to.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(to.longitude() - from.longitude());
    double sinLat = Math.sin(dLat / 2);
    double sinLon = Math.sin(dLon / 2);
    double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
    return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /**
   * Returns the great-circle distance between the coordinates of two territories. Equivalent to
   * {@code distanceKm(a.coordinates().get(), b.coordinates().get())} when both are known. Constant
   * time.
   *
   * @param atlas the atlas
   * @param from a territory
   * @param to another territory
   * @return the distance in kilometres, or empty if either territory has no coordinates
   * @throws IllegalArgumentException naming the id, if a territory is not in the atlas
   */
  public static OptionalDouble distanceKm(Atlas atlas, TerritoryId from, TerritoryId to) {
    Optional<Coordinates> a = atlas.territories().require(from).coordinates();
    Optional<Coordinates> b = atlas.territories().require(to).coordinates();
    return a.isPresent() && b.isPresent()
        ? OptionalDouble.of(distanceKm(a.get(), b.get()))
        : OptionalDouble.empty();
  }

  /**
   * Returns the partners of a territory (see {@link Atlas#partnersOf(TerritoryId)}) with their
   * distance from it, nearest first. Partners at the same distance keep the order of {@link
   * Atlas#territories()}; partners whose distance is unknown (either territory has no coordinates)
   * come last, in that order too. Cost: that of {@code partnersOf} plus O(k log k) for k partners.
   *
   * @param atlas the atlas
   * @param territory the territory
   * @return every partner with its distance, nearest first
   * @throws IllegalArgumentException naming the id, if the territory is not in the atlas
   */
  public static ImmutableList<PartnerDistance> partnersByDistance(
      Atlas atlas, TerritoryId territory) {
    Territory origin = atlas.territories().require(territory);
    List<PartnerDistance> result = new ArrayList<>();
    for (Territory partner : atlas.partnersOf(territory)) {
      OptionalDouble km =
          origin.coordinates().isPresent() && partner.coordinates().isPresent()
              ? OptionalDouble.of(
                  distanceKm(origin.coordinates().get(), partner.coordinates().get()))
              : OptionalDouble.empty();
      result.add(new PartnerDistance(partner, km));
    }
    // partnersOf is in atlas order and the sort is stable.
    result.sort(
        Comparator.comparingDouble(
            (PartnerDistance d) ->
                d.distanceKm().isPresent() ? d.distanceKm().getAsDouble() : Double.MAX_VALUE));
    return ImmutableList.copyOf(result);
  }
}
