package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Modality;

/**
 * The number of actions held in a year, by modality, with the year's place relative to a crisis: a
 * row of {@link CrisisReport#modalitiesByYear()}. Immutable and thread-safe.
 */
public final class ModalityMix {

  /**
   * Where a year stands relative to the period of a crisis, from what is known of when the crisis
   * started and ended ({@link org.partneratlas.time.DateRange#extent()}).
   */
  public enum Phase {
    /** Every day of the year is before any day on which the crisis may have started. */
    BEFORE,
    /** The crisis certainly held on at least one day of the year. */
    DURING,
    /** Every day of the year is after any day on which the crisis may have ended. */
    AFTER,
    /**
     * Not known: the crisis may or may not have held during the year, a side of its period being
     * unknown or imprecise. For COVID-19 dated {@code 2020/} (end unknown), every year after 2020.
     */
    UNKNOWN
  }

  private final int year;
  private final Phase phase;
  private final int inPerson;
  private final int remote;
  private final int hybrid;
  private final int unspecified;

  ModalityMix(int year, Phase phase, int inPerson, int remote, int hybrid, int unspecified) {
    this.year = year;
    this.phase = requireNonNull(phase, "phase");
    this.inPerson = inPerson;
    this.remote = remote;
    this.hybrid = hybrid;
    this.unspecified = unspecified;
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns where the year stands relative to the crisis.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Returns the number of actions held in person.
   *
   * @return the count
   */
  public int inPerson() {
    return inPerson;
  }

  /**
   * Returns the number of actions held remotely.
   *
   * @return the count
   */
  public int remote() {
    return remote;
  }

  /**
   * Returns the number of hybrid actions.
   *
   * @return the count
   */
  public int hybrid() {
    return hybrid;
  }

  /**
   * Returns the number of actions whose modality is not known.
   *
   * @return the count
   */
  public int unspecified() {
    return unspecified;
  }

  /**
   * Returns the number of actions of a modality.
   *
   * @param modality the modality
   * @return the count
   */
  public int count(Modality modality) {
    switch (requireNonNull(modality, "modality")) {
      case IN_PERSON:
        return inPerson;
      case REMOTE:
        return remote;
      case HYBRID:
        return hybrid;
    }
    throw new AssertionError(modality);
  }

  /**
   * Returns the number of actions of the year: in person, remote, hybrid and unspecified.
   *
   * @return the total
   */
  public int total() {
    return inPerson + remote + hybrid + unspecified;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ModalityMix)) {
      return false;
    }
    ModalityMix other = (ModalityMix) obj;
    return year == other.year
        && phase == other.phase
        && inPerson == other.inPerson
        && remote == other.remote
        && hybrid == other.hybrid
        && unspecified == other.unspecified;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, phase, inPerson, remote, hybrid, unspecified);
  }

  /**
   * Returns the year, phase and counts, such as {@code 2020 DURING in person 0, remote 2, hybrid 0,
   * unspecified 0}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return year
        + " "
        + phase
        + " in person "
        + inPerson
        + ", remote "
        + remote
        + ", hybrid "
        + hybrid
        + ", unspecified "
        + unspecified;
  }
}
