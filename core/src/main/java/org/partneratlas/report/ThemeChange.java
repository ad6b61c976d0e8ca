package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.PartialDate;

/**
 * A theme appearing in or leaving the work of a partnership, at a date: an entry of a {@link
 * ThemeHistory}. Immutable and thread-safe.
 */
public final class ThemeChange {

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

  private final ThemeId theme;
  private final Kind kind;
  private final PartialDate date;

  ThemeChange(ThemeId theme, Kind kind, PartialDate date) {
    this.theme = requireNonNull(theme, "theme");
    this.kind = requireNonNull(kind, "kind");
    this.date = requireNonNull(date, "date");
  }

  /**
   * Returns the theme.
   *
   * @return the theme's id
   */
  public ThemeId theme() {
    return theme;
  }

  /**
   * Returns whether the theme appeared or ended.
   *
   * @return the kind of change
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns when: the start of the theme's period for {@link Kind#APPEARED}, its end for {@link
   * Kind#ENDED}, the date of the attestation for {@link Kind#ATTESTED}.
   *
   * @return the date, as precise as known
   */
  public PartialDate date() {
    return date;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ThemeChange)) {
      return false;
    }
    ThemeChange other = (ThemeChange) obj;
    return theme.equals(other.theme) && kind == other.kind && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(theme, kind, date);
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
