package org.partneratlas.partnership;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.DateRange;

/**
 * A territory taking part in a {@link Partnership}, with its own role, period and status, so that a
 * partner can join, leave or be planned: Brest Métropole's cooperation in Patagonia had Chubut as a
 * party from 2010 and Tierra del Fuego from 2016.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Party chubut = Party.builder()
 *     .territory(TerritoryId.of("ar-chubut"))
 *     .period(DateRange.parse("2010/2016"))
 *     .status(PartyStatus.FORMER)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Party {

  Party() {}

  /**
   * Returns a builder of parties.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a partner that takes part over the whole life of the partnership.
   *
   * @param territory the territory
   * @return an active {@link PartyRole#PARTNER} with an unbounded period
   */
  public static Party of(TerritoryId territory) {
    return builder().territory(territory).build();
  }

  /**
   * Returns the territory taking part.
   *
   * @return the territory's id
   */
  public abstract TerritoryId territory();

  /**
   * Returns the role of the party; {@link PartyRole#PARTNER} by default.
   *
   * @return the role
   */
  @Value.Default
  public PartyRole role() {
    return PartyRole.PARTNER;
  }

  /**
   * Returns when the party takes (or took, or will take) part; unbounded ({@code ../..}) by
   * default, meaning the whole life of the partnership.
   *
   * @return the period
   */
  @Value.Default
  public DateRange period() {
    return DateRange.unbounded();
  }

  /**
   * Returns where the party stands; {@link PartyStatus#ACTIVE} by default.
   *
   * @return the status
   */
  @Value.Default
  public PartyStatus status() {
    return PartyStatus.ACTIVE;
  }

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Returns whether the party may take part on a day of the given year: it is not {@linkplain
   * PartyStatus#PLANNED planned} and its period is active during that year.
   *
   * @param year the year
   * @return whether the party takes part in that year
   */
  public boolean isActiveDuring(int year) {
    return status() != PartyStatus.PLANNED && period().isActiveDuring(year);
  }

  @Value.Check
  void check() {
    Checks.attributes(attributes());
  }

  /** Builds a {@link Party}; not thread-safe. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
