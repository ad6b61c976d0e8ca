package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

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
 *     .period(DateRange.parse("2010/"))   // began in 2010, end unknown
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
   * Returns a builder holding the values of this {@code Party}, to derive a changed copy: {@code
   * x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code sources(Iterable)}, replaces its
   * elements; {@code addSources} and {@code addAllSources} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

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
   * Returns when the party takes (or took, or will take) part; {@code ../..} by default, meaning
   * the whole life of the partnership. An open side is the partnership's side; an unknown side
   * ({@code 2010/}: began in 2010, end not known) lies somewhere within the partnership's life.
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
   * Returns a date at which a source shows this territory taking part, when its period has unknown
   * sides: the party took part then, and nothing is known before or after.
   *
   * @return the date at which the party is attested, if any
   */
  public abstract Optional<PartialDate> attested();

  /**
   * Returns where the facts on this party (its period, role and status) come from.
   *
   * @return the sources, possibly empty
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Returns what is known of when this party took part, within the life of its partnership: its
   * {@linkplain #period() period} read within {@code life}, narrowed by its {@linkplain #attested()
   * attestation}. A {@linkplain PartyStatus#PLANNED planned} party never took part: its extent is
   * empty.
   *
   * @param life the extent of the partnership's life ({@link Partnership#lifeExtent()})
   * @return the extent of the party's participation
   */
  public Extent extentWithin(Extent life) {
    if (status() == PartyStatus.PLANNED) {
      return NEVER;
    }
    Extent extent = period().extentWithin(life);
    return attested().isPresent() ? extent.attestedAt(attested().get()) : extent;
  }

  /**
   * Returns what is known of when the party took part, counting a planned party over its planned
   * period when asked to: with {@link PlannedParties#EXCLUDED} the same as {@link
   * #extentWithin(Extent)}, with {@link PlannedParties#INCLUDED} a planned party's period is read
   * as if it were not planned.
   *
   * @param life the extent of the partnership's life ({@link Partnership#lifeExtent()})
   * @param planned whether a planned party counts over its planned period
   * @return the extent of the party's participation
   */
  public Extent extentWithin(Extent life, PlannedParties planned) {
    if (planned == PlannedParties.INCLUDED && status() == PartyStatus.PLANNED) {
      Extent extent = period().extentWithin(life);
      return attested().isPresent() ? extent.attestedAt(attested().get()) : extent;
    }
    return extentWithin(life);
  }

  /**
   * Answers whether the party took part on at least one day of a period, within the life of its
   * partnership. Equivalent to {@code extentWithin(life).holdsDuring(period)}.
   *
   * @param period the period asked about
   * @param life the extent of the partnership's life
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}; {@code NO} for a planned party
   */
  public Truth takesPartDuring(DateRange period, Extent life) {
    return extentWithin(life).holdsDuring(period);
  }

  private static final Extent NEVER =
      new Extent(Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE);

  @Value.Check
  void check() {
    Checks.attributes(attributes(), "Party " + territory());
  }

  /** Builds a {@link Party}; not thread-safe. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
