package org.partneratlas.common;

/**
 * An entity of an atlas: a value with a stable identifier of its own type, such as a territory
 * ({@code TerritoryId}) or a partnership ({@code PartnershipId}). Entities are immutable values; an
 * atlas holds each kind of entity in a table by id.
 *
 * @param <K> the type of its identifier
 */
public interface Entity<K extends EntityId<K>> {

  /**
   * Returns the stable identifier.
   *
   * @return the id
   */
  K id();
}
