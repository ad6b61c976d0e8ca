package org.partneratlas.partnership;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import org.partneratlas.time.Extent;

/**
 * One stretch of a partnership's status history: a status, and what is known of when the
 * partnership entered and left it. See {@link Partnership#statusStretches()}.
 *
 * @param status the status
 * @param extent when the stretch started and ended
 */
@Immutable
public record StatusStretch(PartnershipStatus status, Extent extent) {

  /**
   * Checks the components.
   *
   * @param status the status
   * @param extent the extent
   */
  public StatusStretch {
    requireNonNull(status, "status");
    requireNonNull(extent, "extent");
  }
}
