package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
 */
public final class PlannedDevelopments {

  private final PartnershipId partnership;
  private final ImmutableSet<TerritoryId> plannedParties;
  private final ImmutableSortedSet<ThemeId> plannedThemes;
  private final ImmutableSortedSet<ActionKind> plannedActionKinds;
  private final ImmutableSortedSet<Modality> plannedModalities;
  private final ImmutableList<Action> plannedActions;
  private final ImmutableList<Perspective> perspectives;

  private PlannedDevelopments(Partnership partnership) {
    this.partnership = partnership.id();
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
    this.plannedParties = parties.build();
    this.plannedThemes = themes.build();
    this.plannedActionKinds = kinds.build();
    this.plannedModalities = modalities.build();
    this.plannedActions =
        partnership.actions().stream()
            .filter(a -> a.status() == ActionStatus.PLANNED)
            .collect(ImmutableList.toImmutableList());
    this.perspectives = partnership.perspectives();
  }

  /**
   * Returns what is planned in a partnership.
   *
   * @param partnership the partnership
   * @return its planned developments, possibly {@linkplain #isEmpty() empty}
   */
  public static PlannedDevelopments of(Partnership partnership) {
    return new PlannedDevelopments(requireNonNull(partnership, "partnership"));
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
   * Returns the partnership.
   *
   * @return its id
   */
  public PartnershipId partnership() {
    return partnership;
  }

  /**
   * Returns the territories expected to join: parties of status {@link PartyStatus#PLANNED}, then
   * those named by perspectives, each once.
   *
   * @return the planned parties
   */
  public ImmutableSet<TerritoryId> plannedParties() {
    return plannedParties;
  }

  /**
   * Returns the themes the perspectives propose.
   *
   * @return the planned themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> plannedThemes() {
    return plannedThemes;
  }

  /**
   * Returns the kinds of action the perspectives favour.
   *
   * @return the planned kinds of action, in declaration order
   */
  public ImmutableSortedSet<ActionKind> plannedActionKinds() {
    return plannedActionKinds;
  }

  /**
   * Returns the modalities the perspectives favour.
   *
   * @return the planned modalities, in declaration order
   */
  public ImmutableSortedSet<Modality> plannedModalities() {
    return plannedModalities;
  }

  /**
   * Returns the actions of status {@link ActionStatus#PLANNED}, in the order of the partnership.
   *
   * @return the planned actions
   */
  public ImmutableList<Action> plannedActions() {
    return plannedActions;
  }

  /**
   * Returns the perspectives themselves, with their descriptions, dates and sources.
   *
   * @return the perspectives
   */
  public ImmutableList<Perspective> perspectives() {
    return perspectives;
  }

  /**
   * Returns whether nothing is planned: no planned party, perspective or planned action.
   *
   * @return whether there are no planned developments
   */
  public boolean isEmpty() {
    return plannedParties.isEmpty() && perspectives.isEmpty() && plannedActions.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PlannedDevelopments other
        && partnership.equals(other.partnership)
        && plannedParties.equals(other.plannedParties)
        && plannedThemes.equals(other.plannedThemes)
        && plannedActionKinds.equals(other.plannedActionKinds)
        && plannedModalities.equals(other.plannedModalities)
        && plannedActions.equals(other.plannedActions)
        && perspectives.equals(other.perspectives);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        partnership,
        plannedParties,
        plannedThemes,
        plannedActionKinds,
        plannedModalities,
        plannedActions,
        perspectives);
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
