package org.partneratlas.report;

import static java.util.Objects.requireNonNull;

import org.partneratlas.action.Modality;

/**
 * The number of actions held in a year, by modality, with the year's place relative to a crisis: a
 * row of {@link CrisisReport#modalitiesByYear()}. Immutable and thread-safe.
 *
 * @param year the year
 * @param phase where the year stands relative to the crisis
 * @param inPerson the number of actions held in person
 * @param remote the number of actions held remotely
 * @param hybrid the number of hybrid actions
 * @param unspecified the number of actions whose modality is not known
 */
public record ModalityMix(
    int year, Phase phase, int inPerson, int remote, int hybrid, int unspecified) {

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

  /**
   * Checks that the phase is given.
   *
   * @param year the year
   * @param phase where the year stands relative to the crisis
   * @param inPerson the number of actions held in person
   * @param remote the number of actions held remotely
   * @param hybrid the number of hybrid actions
   * @param unspecified the number of actions whose modality is not known
   * @throws NullPointerException if the phase is null
   */
  public ModalityMix {
    requireNonNull(phase, "phase");
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
