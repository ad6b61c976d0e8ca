package org.partneratlas.report;

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
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;

/**
 * The theme history of a partnership: which themes appeared and which ended, and when, from its
 * {@linkplain Partnership#themes() theme periods}.
 *
 * <p>Each theme period with a known start gives an {@link ThemeChange.Kind#APPEARED} change at that
 * start, each with a known end an {@link ThemeChange.Kind#ENDED} change at that end, and each
 * attested one an {@link ThemeChange.Kind#ATTESTED} change at the date of the attestation. A period
 * with an open start ("until 2019", or the whole life) has no appearance: its theme is held {@link
 * #fromTheStart()}. A period with an unknown start ({@code /..}, {@code /2016}, or only attested)
 * has no appearance either, and is not "from the start": its theme is in {@link
 * #withUnknownStart()}. An unknown end gives no {@code ENDED} change: nothing is made up. Changes
 * are sorted by date ({@link org.partneratlas.time.PartialDate}'s order: earliest day, then latest
 * day, then precision), then appearances before ends, then by theme id. Immutable and thread-safe;
 * O(t log t) to build for t theme periods.
 *
 * <pre>{@code
 * ThemeHistory history = ThemeHistory.of(atlas.requirePartnership(VERACRUZ_COOPERATION));
 * history.themesDuring(2010);     // [maritime.marine-science.technopole, maritime.ocean-observation, ...]
 * history.themesDuring(2020);     // the themes known to be worked on in 2020
 * history.withUnknownStart();     // [governance, ...]: "in recent years", no source dates them
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
  private final ImmutableSortedSet<ThemeId> withUnknownStart;

  private ThemeHistory(Partnership partnership) {
    this.partnership = partnership;
    List<ThemeChange> list = new ArrayList<>();
    ImmutableSortedSet.Builder<ThemeId> open = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<ThemeId> unknown = ImmutableSortedSet.naturalOrder();
    for (ThemePeriod period : partnership.themes()) {
      if (period.period().start().isPresent()) {
        list.add(
            new ThemeChange(
                period.theme(), ThemeChange.Kind.APPEARED, period.period().start().get()));
      } else if (period.period().isOpenStart()) {
        open.add(period.theme());
      } else {
        unknown.add(period.theme());
      }
      period
          .attested()
          .ifPresent(
              date -> list.add(new ThemeChange(period.theme(), ThemeChange.Kind.ATTESTED, date)));
      period
          .period()
          .end()
          .ifPresent(end -> list.add(new ThemeChange(period.theme(), ThemeChange.Kind.ENDED, end)));
    }
    list.sort(ORDER);
    this.changes = ImmutableList.copyOf(list);
    this.fromTheStart = open.build();
    this.withUnknownStart = unknown.build();
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
   * Returns the themes with a period whose start is unknown: no source says when they began (the
   * themes of Brest's cooperation with Tierra del Fuego, which the slides of 2020 list without a
   * date, or a theme only attested at some date).
   *
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> withUnknownStart() {
    return withUnknownStart;
  }

  /**
   * Returns the themes known to be worked on during a year. Equivalent to {@link
   * Partnership#themesDuring(int) partnership.themesDuring(year)}.
   *
   * @param year the year
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> themesDuring(int year) {
    return partnership.themesDuring(year);
  }

  /**
   * Returns the themes worked on during a year, definitely or possibly. Equivalent to {@link
   * Partnership#themesDuring(DateRange, Certainty) partnership.themesDuring(DateRange.ofYear(year),
   * certainty)}.
   *
   * @param year the year
   * @param certainty whether themes that only may have been worked on then count
   * @return the themes, in order of id
   */
  public ImmutableSortedSet<ThemeId> themesDuring(int year, Certainty certainty) {
    return partnership.themesDuring(DateRange.ofYear(year), certainty);
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
    return obj instanceof ThemeHistory other
        && partnership.id().equals(other.partnership.id())
        && changes.equals(other.changes)
        && fromTheStart.equals(other.fromTheStart)
        && withUnknownStart.equals(other.withUnknownStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnership.id(), changes, fromTheStart, withUnknownStart);
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
        + ", withUnknownStart="
        + withUnknownStart
        + ", "
        + changes
        + "}";
  }
}
