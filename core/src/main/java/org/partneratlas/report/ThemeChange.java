package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.PartialDate;

/**
 * A theme appearing in or leaving the work of a partnership, at a date: an entry of a {@link
 * ThemeHistory}. Immutable and thread-safe.
 *
 * @param theme the theme's id
 * @param kind whether the theme appeared, was attested or ended
 * @param date when, as precise as known: the start of the theme's period for {@link Kind#APPEARED},
 *     its end for {@link Kind#ENDED}, the date of the attestation for {@link Kind#ATTESTED}
 */
public record ThemeChange(ThemeId theme, Kind kind, PartialDate date) {

  /** Whether the theme appeared or ended. */
  public enum Kind {
    /** The theme appeared: the start of one of its periods. */
    APPEARED,
    /**
     * A source shows the theme worked on at this date, with nothing known before or after: neither
     * a start nor an end ("attested 2017").
     */
    ATTESTED,
    /** The theme ended: the end of one of its periods. */
    ENDED
  }

  /**
   * Checks that no component is null.
   *
   * @param theme the theme's id
   * @param kind whether the theme appeared, was attested or ended
   * @param date when, as precise as known
   * @throws NullPointerException if a component is null
   */
  public ThemeChange {
    requireNonNull(theme, "theme");
    requireNonNull(kind, "kind");
    requireNonNull(date, "date");
  }

  /**
   * Returns the date, kind and theme, such as {@code 2019 APPEARED governance}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return date + " " + kind + " " + theme;
  }
}
