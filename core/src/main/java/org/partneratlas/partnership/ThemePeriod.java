package org.partneratlas.partnership;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.partneratlas.internal.Checks;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;

/**
 * A theme a partnership works on, with the period during which it does: Brest's cooperation with
 * Veracruz worked on ocean observation from 2009 and moved toward environmental management in
 * recent years.
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
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  @Value.Check
  void check() {
    Checks.attributes(attributes());
  }

  /** Builds a {@link ThemePeriod}; not thread-safe. */
  public static final class Builder extends ImmutableThemePeriod.Builder {
    Builder() {}
  }
}
