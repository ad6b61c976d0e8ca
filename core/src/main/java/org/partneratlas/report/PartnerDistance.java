package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;
import org.partneratlas.territory.Territory;

/**
 * A partner territory with its great-circle distance from another territory, as given by {@link
 * Geography#partnersByDistance}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partner the partner territory
 * @param distanceKm the distance in kilometres, or empty if either territory has no coordinates
 */
public record PartnerDistance(Territory partner, OptionalDouble distanceKm) {

  /**
   * Checks that no component is null.
   *
   * @param partner the partner territory
   * @param distanceKm the distance in kilometres, or empty if either territory has no coordinates
   * @throws NullPointerException if a component is null
   */
  public PartnerDistance {
    requireNonNull(partner, "partner");
    requireNonNull(distanceKm, "distanceKm");
  }

  /**
   * Returns the partner's id and the distance, such as {@code ar-tierra-del-fuego 12860.4 km}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return partner.id()
        + " "
        + (distanceKm.isPresent()
            ? String.format(Locale.ROOT, "%.1f km", distanceKm.getAsDouble())
            : "unknown distance");
  }
}
