package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.Certainty;

/**
 * The portfolio questions of an {@link Atlas} about one territory (its partnerships, partners,
 * ancestors and subdivisions), answered from the tables and the index; the Atlas documents them.
 */
final class Portfolio {

  private final EntityTable<TerritoryId, Territory> territories;
  private final EntityTable<PartnershipId, Partnership> partnerships;
  private final AtlasIndex index;
  // For each territory, by its position, its partnerships as the list partnershipsOf returns:
  // the most asked portfolio question is then one id lookup, not a copy of k references read at
  // k scattered places of the partnership table (about 18 bytes per partnership at 1,000,000).
  private final ImmutableList<Partnership>[] ofTerritory;

  Portfolio(
      EntityTable<TerritoryId, Territory> territories,
      EntityTable<PartnershipId, Partnership> partnerships,
      AtlasIndex index) {
    this.territories = territories;
    this.partnerships = partnerships;
    this.index = index;
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type, filled below
    ImmutableList<Partnership>[] lists = new ImmutableList[territories.list().size()];
    for (int t = 0; t < lists.length; t++) {
      lists[t] = partnershipsAt(index.partnershipsWithTerritoryAt(t));
    }
    this.ofTerritory = lists;
  }

  ImmutableList<Partnership> partnershipsOf(TerritoryId id) {
    return ofTerritory[territories.position(id)];
  }

  ImmutableList<Partnership> partnershipsWithin(TerritoryId id) {
    territories.checkContains(id);
    return partnershipsAt(index.partnershipsWithin(id));
  }

  ImmutableList<Territory> descendantsOf(TerritoryId id) {
    territories.checkContains(id);
    return inTerritoryOrder(index.descendants(id));
  }

  private ImmutableList<Partnership> partnershipsAt(int[] positions) {
    ImmutableList.Builder<Partnership> result =
        ImmutableList.builderWithExpectedSize(positions.length);
    for (int position : positions) {
      result.add(partnerships.list().get(position));
    }
    return result.build();
  }

  private ImmutableList<Territory> inTerritoryOrder(Collection<TerritoryId> ids) {
    int[] positions = new int[ids.size()];
    int i = 0;
    for (TerritoryId id : ids) {
      positions[i++] = territories.position(id);
    }
    Arrays.sort(positions);
    ImmutableList.Builder<Territory> result = ImmutableList.builderWithExpectedSize(i);
    for (int position : positions) {
      result.add(territories.list().get(position));
    }
    return result.build();
  }

  ImmutableList<Territory> ancestorsOf(TerritoryId id) {
    ImmutableList.Builder<Territory> ancestors = ImmutableList.builder();
    Territory current = territories.require(id);
    while (current.parent().isPresent()) {
      current = territories.require(current.parent().get());
      ancestors.add(current);
    }
    return ancestors.build();
  }

  ImmutableList<Territory> partnersOf(TerritoryId id, Certainty certainty, PlannedParties planned) {
    requireNonNull(certainty, "certainty");
    requireNonNull(planned, "planned");
    Set<TerritoryId> partners = new HashSet<>();
    for (Partnership partnership : partnershipsOf(id)) {
      for (TerritoryId other : partnership.territories()) {
        if (!partners.contains(other)
            && certainty.accepts(
                partnership.partiesTogether(id, other, planned, Long.MIN_VALUE, Long.MAX_VALUE))) {
          partners.add(other);
        }
      }
    }
    partners.remove(id);
    return inTerritoryOrder(partners);
  }
}
