package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.TreeMap;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.PartnershipQuery;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;

/**
 * What a crisis did to the partnerships of an atlas, gathered from its {@link CrisisImpact}s and
 * from the actions of the partnerships it affected.
 *
 * <ul>
 *   <li>{@link #affectedPartnerships()}: as {@code atlas.query().affectedBy(crisis).list()} (listed
 *       in an impact, or certainly hit through a party in an impact's territories or within one;
 *       see {@link org.partneratlas.atlas.PartnershipQuery#affectedBy}); {@link
 *       #possiblyAffectedPartnerships()} adds those that may have been hit, as {@code
 *       atlas.query().possibly().affectedBy(crisis).list()};
 *   <li>{@link #affectedTerritories()}, {@link #suspendedActionKinds()}, {@link #adaptations()},
 *       {@link #lessons()}: gathered from the impacts of the crisis, in the order of {@link
 *       Atlas#crisisImpacts()};
 *   <li>{@link #disruptedActions(ActionStatus, Certainty)}: the actions of the affected
 *       partnerships (definitely, or possibly) with that status that took place at a time the
 *       crisis held — definitely when the action certainly held on a day the crisis certainly
 *       covers, possibly when their extents may share a day (see {@link
 *       org.partneratlas.atlas.Atlas#partnersOf(TerritoryId, Certainty,
 *       org.partneratlas.partnership.PlannedParties)} for the rule) — in chronological order;
 *   <li>{@link #modalitiesByYear()}: for each year, the actions the affected partnerships held (of
 *       status {@link ActionStatus#HELD} or {@link ActionStatus#MOVED_ONLINE}, and dated), by
 *       modality, with the year's place {@linkplain ModalityMix.Phase before, during or after} the
 *       crisis — or {@link ModalityMix.Phase#UNKNOWN} when that is not known: for a crisis of
 *       unknown end ({@code 2020/}), "after" is never known, and the years after its start are
 *       {@code UNKNOWN}.
 * </ul>
 *
 * <p>An action counts in the year of the first day of its date (of the last day, when its start is
 * open; actions dated {@code ../..} or undated are not counted). The years run without gaps from
 * the earliest to the latest of the counted actions' years and of the years in which the crisis
 * starts and ends (when known), so that years without actions show as zeros.
 *
 * <p>A report is immutable and thread-safe; making one costs the affected-partnership query plus
 * O(a log a) for the a actions of the affected partnerships.
 *
 * <pre>{@code
 * CrisisReport covid = CrisisReport.of(atlas, CrisisId.of("covid-19"));
 * covid.suspendedActionKinds();   // [CONFERENCE, DELEGATION, MISSION]
 * covid.modalitiesByYear().get(2020).remote();
 * }</pre>
 */
public final class CrisisReport {

  private static final ImmutableSet<ActionStatus> TOOK_PLACE =
      ImmutableSet.of(ActionStatus.HELD, ActionStatus.MOVED_ONLINE);

  private final Crisis crisis;
  private final ImmutableList<CrisisImpact> impacts;
  private final ImmutableList<Partnership> affectedPartnerships;
  private final ImmutableList<Partnership> possiblyAffectedPartnerships;
  private final ImmutableSet<TerritoryId> affectedTerritories;
  private final ImmutableSortedSet<ActionKind> suspendedActionKinds;
  private final ImmutableList<Adaptation> adaptations;
  private final ImmutableList<LocalizedText> lessons;
  private final ImmutableList<Action> disrupted;
  private final ImmutableList<Action> possiblyDisrupted;
  private final ImmutableSortedMap<Integer, ModalityMix> modalitiesByYear;

  private CrisisReport(Atlas atlas, Crisis crisis) {
    this.crisis = crisis;
    ImmutableList.Builder<CrisisImpact> impacts = ImmutableList.builder();
    ImmutableSet.Builder<TerritoryId> territories = ImmutableSet.builder();
    ImmutableSortedSet.Builder<ActionKind> kinds = ImmutableSortedSet.naturalOrder();
    ImmutableList.Builder<Adaptation> adaptations = ImmutableList.builder();
    ImmutableList.Builder<LocalizedText> lessons = ImmutableList.builder();
    for (CrisisImpact impact : atlas.crisisImpacts()) {
      if (impact.crisis().equals(crisis.id())) {
        impacts.add(impact);
        territories.addAll(impact.territories());
        kinds.addAll(impact.suspendedActionKinds());
        adaptations.addAll(impact.adaptations());
        lessons.addAll(impact.lessons());
      }
    }
    this.impacts = impacts.build();
    this.affectedTerritories = territories.build();
    this.suspendedActionKinds = kinds.build();
    this.adaptations = adaptations.build();
    this.lessons = lessons.build();
    this.affectedPartnerships = atlas.query().affectedBy(crisis.id()).list();
    this.possiblyAffectedPartnerships = atlas.query().possibly().affectedBy(crisis.id()).list();
    this.disrupted = disrupted(atlas.query(), crisis);
    this.possiblyDisrupted = disrupted(atlas.query().possibly(), crisis);
    this.modalitiesByYear = modalities(crisis, affectedPartnerships);
  }

  private static ImmutableList<Action> disrupted(PartnershipQuery query, Crisis crisis) {
    Extent during = crisis.period().extent();
    Certainty certainty = query.certainty();
    return query
        .affectedBy(crisis.id())
        .actions()
        .withStatus(ActionStatus.CANCELLED, ActionStatus.POSTPONED, ActionStatus.MOVED_ONLINE)
        .matching(
            a ->
                a.when().isPresent()
                    && certainty.accepts(
                        a.when().get().extent().together(during, Long.MIN_VALUE, Long.MAX_VALUE)))
        .list();
  }

  private static ImmutableSortedMap<Integer, ModalityMix> modalities(
      Crisis crisis, ImmutableList<Partnership> partnerships) {
    TreeMap<Integer, int[]> counts = new TreeMap<>();
    for (Partnership partnership : partnerships) {
      for (Action action : partnership.actions()) {
        if (!TOOK_PLACE.contains(action.status()) || action.when().isEmpty()) {
          continue;
        }
        DateRange when = action.when().get();
        int year;
        if (when.start().isPresent()) {
          year = when.start().get().earliestDay().getYear();
        } else if (when.end().isPresent()) {
          year = when.end().get().latestDay().getYear();
        } else {
          continue;
        }
        int slot = action.modality().map(CrisisReport::slot).orElse(3);
        counts.computeIfAbsent(year, y -> new int[4])[slot]++;
      }
    }
    DateRange period = crisis.period();
    Integer first = counts.isEmpty() ? null : counts.firstKey();
    Integer last = counts.isEmpty() ? null : counts.lastKey();
    if (period.start().isPresent()) {
      int start = period.start().get().earliestDay().getYear();
      first = first == null ? start : Math.min(first, start);
      last = last == null ? start : Math.max(last, start);
    }
    if (period.end().isPresent()) {
      int end = period.end().get().latestDay().getYear();
      first = first == null ? end : Math.min(first, end);
      last = last == null ? end : Math.max(last, end);
    }
    ImmutableSortedMap.Builder<Integer, ModalityMix> result = ImmutableSortedMap.naturalOrder();
    if (first == null || last == null) {
      return result.build();
    }
    for (int year = first; year <= last; year++) {
      int[] c = counts.getOrDefault(year, new int[4]);
      result.put(year, new ModalityMix(year, phase(period, year), c[0], c[1], c[2], c[3]));
    }
    return result.build();
  }

  private static int slot(Modality modality) {
    switch (modality) {
      case IN_PERSON:
        return 0;
      case REMOTE:
        return 1;
      case HYBRID:
        return 2;
    }
    throw new AssertionError(modality);
  }

  private static ModalityMix.Phase phase(DateRange period, int year) {
    Extent extent = period.extent();
    DateRange y = DateRange.ofYear(year);
    switch (extent.holdsDuring(y)) {
      case YES:
        return ModalityMix.Phase.DURING;
      case UNKNOWN:
        return ModalityMix.Phase.UNKNOWN;
      default:
        return extent.earliestStart() > y.endEpochDay()
            ? ModalityMix.Phase.BEFORE
            : ModalityMix.Phase.AFTER;
    }
  }

  /**
   * Returns the report on a crisis.
   *
   * @param atlas the atlas
   * @param crisis the crisis' id
   * @return the report
   * @throws IllegalArgumentException naming the id, if the crisis is not in the atlas
   */
  public static CrisisReport of(Atlas atlas, CrisisId crisis) {
    requireNonNull(atlas, "atlas");
    return new CrisisReport(atlas, atlas.crises().require(crisis));
  }

  /**
   * Returns the crisis.
   *
   * @return the crisis
   */
  public Crisis crisis() {
    return crisis;
  }

  /**
   * Returns the impacts of the crisis, in the order of {@link Atlas#crisisImpacts()}.
   *
   * @return the impacts
   */
  public ImmutableList<CrisisImpact> impacts() {
    return impacts;
  }

  /**
   * Returns the partnerships the crisis is known to affect, in the order of {@link
   * Atlas#partnerships()}.
   *
   * @return the partnerships
   */
  public ImmutableList<Partnership> affectedPartnerships() {
    return affectedPartnerships;
  }

  /**
   * Returns the partnerships the crisis may affect: those it is known to affect, and those hit
   * through a party that may have taken part while the crisis held. In the order of {@link
   * Atlas#partnerships()}.
   *
   * @return the partnerships
   */
  public ImmutableList<Partnership> possiblyAffectedPartnerships() {
    return possiblyAffectedPartnerships;
  }

  /**
   * Returns the territories the impacts name as hit, each once, in order of first mention.
   *
   * @return the territories
   */
  public ImmutableSet<TerritoryId> affectedTerritories() {
    return affectedTerritories;
  }

  /**
   * Returns the kinds of action the crisis made impossible, according to its impacts.
   *
   * @return the kinds, in declaration order
   */
  public ImmutableSortedSet<ActionKind> suspendedActionKinds() {
    return suspendedActionKinds;
  }

  /**
   * Returns how partners adapted, from every impact.
   *
   * @return the adaptations
   */
  public ImmutableList<Adaptation> adaptations() {
    return adaptations;
  }

  /**
   * Returns the lessons drawn, from every impact.
   *
   * @return the lessons
   */
  public ImmutableList<LocalizedText> lessons() {
    return lessons;
  }

  /**
   * Returns the actions with a status that certainly took place while the crisis held, in the
   * partnerships it is known to affect. Equivalent to {@code disruptedActions(status,
   * Certainty.DEFINITELY)}.
   *
   * @param status {@link ActionStatus#CANCELLED}, {@link ActionStatus#POSTPONED} or {@link
   *     ActionStatus#MOVED_ONLINE}
   * @return the actions
   * @throws IllegalArgumentException for another status
   */
  public ImmutableList<Action> disruptedActions(ActionStatus status) {
    return disruptedActions(status, Certainty.DEFINITELY);
  }

  /**
   * Returns the actions of the affected partnerships with a status that took place while the crisis
   * held (see the class documentation), definitely or possibly, in chronological order.
   *
   * @param status {@link ActionStatus#CANCELLED}, {@link ActionStatus#POSTPONED} or {@link
   *     ActionStatus#MOVED_ONLINE}
   * @param certainty whether actions that only may have been disrupted count
   * @return the actions
   * @throws IllegalArgumentException for another status
   */
  public ImmutableList<Action> disruptedActions(ActionStatus status, Certainty certainty) {
    requireNonNull(status, "status");
    requireNonNull(certainty, "certainty");
    if (status == ActionStatus.HELD || status == ActionStatus.PLANNED) {
      throw new IllegalArgumentException(
          status + " is not a disruption: ask for CANCELLED, POSTPONED or MOVED_ONLINE");
    }
    return (certainty == Certainty.DEFINITELY ? disrupted : possiblyDisrupted)
        .stream().filter(a -> a.status() == status).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns, year by year, the actions the affected partnerships held, by modality, with the year's
   * place relative to the crisis (see the class documentation).
   *
   * @return the mix of modalities, by year in increasing order
   */
  public ImmutableSortedMap<Integer, ModalityMix> modalitiesByYear() {
    return modalitiesByYear;
  }

  /**
   * Returns the crisis and the numbers of impacts, affected partnerships and disrupted actions.
   *
   * @return a readable summary
   */
  @Override
  public String toString() {
    return "CrisisReport{"
        + crisis.id()
        + ", impacts="
        + impacts.size()
        + ", affectedPartnerships="
        + affectedPartnerships.size()
        + ", disruptedActions="
        + disrupted.size()
        + "}";
  }
}
