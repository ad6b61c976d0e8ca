package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

/**
 * A theme a partnership works on, with the period during which it does: Brest's cooperation with
 * Veracruz worked on ocean observation from 2009 and moved toward environmental management in
 * recent years. A theme that a source only mentions at one time, such as coastal management in a
 * speech of 12 October 2017, is {@linkplain #attested(ThemeId, PartialDate) attested} then: it held
 * then, and nothing is known before or after.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThemePeriod {

  ThemePeriod() {}

  /**
   * Returns a builder of theme periods.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code ThemePeriod}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code sources(Iterable)}, replaces its
   * elements; {@code addSources} and {@code addAllSources} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns a theme held during a period.
   *
   * @param theme the theme
   * @param period when the theme is worked on
   * @return the theme period
   */
  public static ThemePeriod of(ThemeId theme, DateRange period) {
    return builder().theme(theme).period(period).build();
  }

  /**
   * Returns a theme that a source shows being worked on at a date, with nothing known before or
   * after: its period is {@linkplain DateRange#unknown() unknown} and {@link #attested()} is the
   * date.
   *
   * @param theme the theme
   * @param date when a source shows it worked on
   * @return the theme period
   */
  public static ThemePeriod attested(ThemeId theme, PartialDate date) {
    return builder().theme(theme).period(DateRange.unknown()).attested(date).build();
  }

  /**
   * Returns the theme.
   *
   * @return the theme's id
   */
  public abstract ThemeId theme();

  /**
   * Returns when the theme is worked on; unbounded ({@code ../..}) by default, meaning the whole
   * life of the partnership.
   *
   * @return the period
   */
  @Value.Default
  public DateRange period() {
    return DateRange.unbounded();
  }

  /**
   * Returns a date at which a source shows the theme worked on, when its period has unknown sides.
   *
   * @return the date at which the theme is attested, if any
   */
  public abstract Optional<PartialDate> attested();

  /**
   * Returns where the facts on this theme period come from.
   *
   * @return the sources, possibly empty
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Returns what is known of when the theme was worked on, within the life of its partnership: its
   * period read within {@code life} (an open side is the partnership's), narrowed by its
   * attestation.
   *
   * @param life the extent of the partnership's life ({@link Partnership#lifeExtent()})
   * @return the extent
   */
  public Extent extentWithin(Extent life) {
    Extent extent = period().extentWithin(life);
    return attested().isPresent() ? extent.attestedAt(attested().get()) : extent;
  }

  /**
   * Answers whether the theme was worked on during at least one day of a period.
   *
   * @param period the period asked about
   * @param life the extent of the partnership's life
   * @return {@code YES}, {@code NO} or {@code UNKNOWN}
   */
  public Truth heldDuring(DateRange period, Extent life) {
    return extentWithin(life).holdsDuring(period);
  }

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  @Value.Check
  void check() {
    Checks.attributes(attributes(), "Theme period " + theme());
  }

  /** Builds a {@link ThemePeriod}; not thread-safe. */
  public static final class Builder extends ImmutableThemePeriod.Builder {
    Builder() {}
  }
}
