package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;

/**
 * What is planned in a partnership, gathered from its parties, {@linkplain
 * Partnership#perspectives() perspectives} and actions: the parties expected to join (those of
 * status {@link PartyStatus#PLANNED} and those a perspective names), the themes, kinds of action
 * and modalities proposed, and the actions of status {@link ActionStatus#PLANNED}.
 *
 * <p>Immutable and thread-safe; O(size of the partnership) to make.
 *
 * <pre>{@code
 * // What is planned with Xalapa?
 * for (PlannedDevelopments plans : PlannedDevelopments.with(atlas, XALAPA)) {
 *   plans.partnership();     // brest-veracruz
 *   plans.plannedThemes();   // [climate, environment.biodiversity, environment.waste]
 * }
 * }</pre>
 *
 * @param partnership the partnership's id
 * @param plannedParties the territories expected to join: parties of status {@link
 *     PartyStatus#PLANNED}, then those named by perspectives, each once
 * @param plannedThemes the themes the perspectives propose, in order of id
 * @param plannedActionKinds the kinds of action the perspectives favour, in declaration order
 * @param plannedModalities the modalities the perspectives favour, in declaration order
 * @param plannedActions the actions of status {@link ActionStatus#PLANNED}, in the order of the
 *     partnership
 * @param perspectives the perspectives themselves, with their descriptions, dates and sources
 */
public record PlannedDevelopments(
    PartnershipId partnership,
    ImmutableSet<TerritoryId> plannedParties,
    ImmutableSortedSet<ThemeId> plannedThemes,
    ImmutableSortedSet<ActionKind> plannedActionKinds,
    ImmutableSortedSet<Modality> plannedModalities,
    ImmutableList<Action> plannedActions,
    ImmutableList<Perspective> perspectives) {

  /**
   * Checks that no component is null; {@link #of(Partnership)} gathers them from a partnership.
   *
   * @param partnership the partnership's id
   * @param plannedParties the planned parties
   * @param plannedThemes the planned themes
   * @param plannedActionKinds the planned kinds of action
   * @param plannedModalities the planned modalities
   * @param plannedActions the planned actions
   * @param perspectives the perspectives
   */
  public PlannedDevelopments {
    requireNonNull(partnership, "partnership");
    requireNonNull(plannedParties, "plannedParties");
    requireNonNull(plannedThemes, "plannedThemes");
    requireNonNull(plannedActionKinds, "plannedActionKinds");
    requireNonNull(plannedModalities, "plannedModalities");
    requireNonNull(plannedActions, "plannedActions");
    requireNonNull(perspectives, "perspectives");
  }

  /**
   * Returns what is planned in a partnership.
   *
   * @param partnership the partnership
   * @return its planned developments, possibly {@linkplain #isEmpty() empty}
   */
  public static PlannedDevelopments of(Partnership partnership) {
    requireNonNull(partnership, "partnership");
    ImmutableSet.Builder<TerritoryId> parties = ImmutableSet.builder();
    for (Party party : partnership.parties()) {
      if (party.status() == PartyStatus.PLANNED) {
        parties.add(party.territory());
      }
    }
    ImmutableSortedSet.Builder<ThemeId> themes = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<ActionKind> kinds = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<Modality> modalities = ImmutableSortedSet.naturalOrder();
    for (Perspective perspective : partnership.perspectives()) {
      parties.addAll(perspective.plannedParties());
      themes.addAll(perspective.plannedThemes());
      kinds.addAll(perspective.plannedActionKinds());
      modalities.addAll(perspective.plannedModalities());
    }
    return new PlannedDevelopments(
        partnership.id(),
        parties.build(),
        themes.build(),
        kinds.build(),
        modalities.build(),
        partnership.actions().stream()
            .filter(a -> a.status() == ActionStatus.PLANNED)
            .collect(ImmutableList.toImmutableList()),
        partnership.perspectives());
  }

  /**
   * Returns what is planned in each partnership a territory is expected to join, in the order of
   * {@link Atlas#partnerships()}. Equivalent to {@code
   * atlas.query().withPlannedParty(territory).stream().map(PlannedDevelopments::of)}, answered from
   * the planned-party index.
   *
   * @param atlas the atlas
   * @param territory the territory
   * @return the planned developments of those partnerships
   */
  public static ImmutableList<PlannedDevelopments> with(Atlas atlas, TerritoryId territory) {
    return atlas.query().withPlannedParty(territory).stream()
        .map(PlannedDevelopments::of)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether nothing is planned: no planned party, perspective or planned action.
   *
   * @return whether there are no planned developments
   */
  public boolean isEmpty() {
    return plannedParties.isEmpty() && perspectives.isEmpty() && plannedActions.isEmpty();
  }

  /**
   * Returns the partnership and what is planned in it.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "PlannedDevelopments{"
        + partnership
        + ", parties="
        + plannedParties
        + ", themes="
        + plannedThemes
        + ", actionKinds="
        + plannedActionKinds
        + ", modalities="
        + plannedModalities
        + ", actions="
        + plannedActions.size()
        + "}";
  }
}
