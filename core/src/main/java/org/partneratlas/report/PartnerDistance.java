package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.partneratlas.territory.Territory;

/**
 * A partner territory with its great-circle distance from another territory, as given by {@link
 * Geography#partnersByDistance}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnerDistance {

  private final Territory partner;
  private final OptionalDouble distanceKm;

  PartnerDistance(Territory partner, OptionalDouble distanceKm) {
    this.partner = requireNonNull(partner, "partner");
    this.distanceKm = requireNonNull(distanceKm, "distanceKm");
  }

  /**
   * Returns the partner territory.
   *
   * @return the partner
   */
  public Territory partner() {
    return partner;
  }

  /**
   * Returns the distance in kilometres.
   *
   * @return the distance, or empty if either territory has no coordinates
   */
  public OptionalDouble distanceKm() {
    return distanceKm;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof PartnerDistance)) {
      return false;
    }
    PartnerDistance other = (PartnerDistance) obj;
    return partner.equals(other.partner) && distanceKm.equals(other.distanceKm);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partner, distanceKm);
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
            ? String.format(java.util.Locale.ROOT, "%.1f km", distanceKm.getAsDouble())
            : "unknown distance");
  }
}
