package org.partneratlas.timeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.theme.ThemeId;

/**
 * The theme history of a partnership: which themes appeared and which ended, and when, from its
 * {@linkplain Partnership#themes() theme periods}.
 *
 * <p>Each theme period with a known start gives an {@link ThemeChange.Kind#APPEARED} change at that
 * start, and each with a known end an {@link ThemeChange.Kind#ENDED} change at that end. A period
 * with an open start ("until 2019", or the whole life) has no appearance: its theme is held {@link
 * #fromTheStart()}. Changes are sorted by date ({@link org.partneratlas.time.PartialDate}'s order:
 * earliest day, then latest day, then precision), then appearances before ends, then by theme id.
 * Immutable and thread-safe; O(t log t) to build for t theme periods.
 *
 * <pre>{@code
 * ThemeHistory history = ThemeHistory.of(atlas.requirePartnership(VERACRUZ_COOPERATION));
 * history.themesDuring(2010);     // [maritime.marine-science.technopole, maritime.ocean-observation, ...]
 * history.appearedDuring(2019);   // [environment.management.river-basin, governance]
 * }</pre>
 */
public final class ThemeHistory {

  private static final Comparator<ThemeChange> ORDER =
      Comparator.comparing(ThemeChange::date)
          .thenComparing(ThemeChange::kind)
          .thenComparing(ThemeChange::theme);

  private final Partnership partnership;
  private final ImmutableList<ThemeChange> changes;
  private final ImmutableSortedSet<ThemeId> fromTheStart;

  private ThemeHistory(Partnership partnership) {
    this.partnership = partnership;
    List<ThemeChange> list = new ArrayList<>();
    ImmutableSortedSet.Builder<ThemeId> open = ImmutableSortedSet.naturalOrder();
    for (ThemePeriod period : partnership.themes()) {
      if (period.period().start().isPresent()) {
        list.add(
            new ThemeChange(
                period.theme(), ThemeChange.Kind.APPEARED, period.period().start().get()));
      } else {
        open.add(period.theme());
      }
      period
          .period()
          .end()
          .ifPresent(end -> list.add(new ThemeChange(period.theme(), ThemeChange.Kind.ENDED, end)));
    }
    list.sort(ORDER);
    this.changes = ImmutableList.copyOf(list);
    this.fromTheStart = open.build();
  }

  /**
   * Returns the theme history of a partnership.
   *
   * @param partnership the partnership
   * @return its theme history
   */
  public static ThemeHistory of(Partnership partnership) {
    return new ThemeHistory(requireNonNull(partnership, "partnership"));
  }

  /**
   * Returns the partnership.
   *
   * @return the partnership's id
   */
  public PartnershipId partnership() {
    return partnership.id();
  }

  /**
   * Returns the appearances and ends of themes, in order (see the class documentation).
   *
   * @return the changes
   */
  public ImmutableList<ThemeChange> changes() {
    return changes;
  }

  /**
   * Returns the themes held from the start: those with a period whose start is open.
   *
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> fromTheStart() {
    return fromTheStart;
  }

  /**
   * Returns the themes worked on during a year. Equivalent to {@link Partnership#themesDuring(int)
   * partnership.themesDuring(year)}.
   *
   * @param year the year
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> themesDuring(int year) {
    return partnership.themesDuring(year);
  }

  /**
   * Returns the themes that appeared during a year: whose change of kind {@link
   * ThemeChange.Kind#APPEARED} has a date {@linkplain org.partneratlas.time.PartialDate#isDuring
   * during} that year.
   *
   * @param year the year
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> appearedDuring(int year) {
    return changed(ThemeChange.Kind.APPEARED, year);
  }

  /**
   * Returns the themes that ended during a year: whose change of kind {@link
   * ThemeChange.Kind#ENDED} has a date {@linkplain org.partneratlas.time.PartialDate#isDuring
   * during} that year.
   *
   * @param year the year
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> endedDuring(int year) {
    return changed(ThemeChange.Kind.ENDED, year);
  }

  private ImmutableSortedSet<ThemeId> changed(ThemeChange.Kind kind, int year) {
    return changes.stream()
        .filter(c -> c.kind() == kind && c.date().isDuring(year))
        .map(ThemeChange::theme)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ThemeHistory)) {
      return false;
    }
    ThemeHistory other = (ThemeHistory) obj;
    return partnership.id().equals(other.partnership.id())
        && changes.equals(other.changes)
        && fromTheStart.equals(other.fromTheStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnership.id(), changes, fromTheStart);
  }

  /**
   * Returns the partnership, the themes held from the start and the changes.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return "ThemeHistory{"
        + partnership.id()
        + ", fromTheStart="
        + fromTheStart
        + ", "
        + changes
        + "}";
  }
}
