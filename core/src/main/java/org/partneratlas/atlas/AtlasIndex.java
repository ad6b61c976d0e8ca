package org.partneratlas.atlas;

import com.google.common.collect.ImmutableListMultimap;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/** The indexes of an {@link Atlas}, built once when the atlas is built. */
final class AtlasIndex {

  final ImmutableListMultimap<TerritoryId, Partnership> partnershipsByTerritory;
  final ImmutableListMultimap<TerritoryId, Territory> childrenByTerritory;

  AtlasIndex(Atlas atlas) {
    ImmutableListMultimap.Builder<TerritoryId, Partnership> byTerritory =
        ImmutableListMultimap.builder();
    for (Partnership partnership : atlas.partnerships()) {
      for (TerritoryId territory : partnership.territories()) {
        byTerritory.put(territory, partnership);
      }
    }
    this.partnershipsByTerritory = byTerritory.build();
    ImmutableListMultimap.Builder<TerritoryId, Territory> children =
        ImmutableListMultimap.builder();
    for (Territory territory : atlas.territories()) {
      territory.parent().ifPresent(parent -> children.put(parent, territory));
    }
    this.childrenByTerritory = children.build();
  }
}
