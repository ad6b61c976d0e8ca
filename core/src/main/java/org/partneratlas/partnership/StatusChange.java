package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.time.PartialDate;

/**
 * An entry of a partnership's status history: from this date, the partnership is in this status,
 * for this cause.
 *
 * <p>The date of a change may be unknown: the CNCD atlas lists Brest's cooperation with Haiphong as
 * dormant without saying since when. Such a change is {@linkplain #undated(PartnershipStatus)
 * undated}; it took place after the changes before it in the history and before those after it,
 * and, if a source shows the status at a date, no later than its {@linkplain #attested() attested}
 * date. A partnership's history is in chronological order (checked by the Atlas builder). Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusChange {

  StatusChange() {}

  /**
   * Returns a builder of status changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code StatusChange}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code sources(Iterable)}, replaces its
   * elements; {@code addSources} and {@code addAllSources} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns a status change without cause or source.
   *
   * @param date from when
   * @param status the new status
   * @return the change
   */
  public static StatusChange of(PartialDate date, PartnershipStatus status) {
    return builder().date(date).status(status).build();
  }

  /**
   * Returns a status change whose date no source gives ("dormant, date unknown").
   *
   * @param status the new status
   * @return the change
   */
  public static StatusChange undated(PartnershipStatus status) {
    return builder().status(status).build();
  }

  /**
   * Returns from when the status holds, if a source gives it.
   *
   * @return the date of the change, or empty if unknown
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns a date at which a source shows the partnership in this status ("dormant according to
   * the register of 2020"): the change took place no later than that. After the attested date, the
   * status is not known unless a later change says so.
   *
   * @return the date at which the status is attested, if any
   */
  public abstract Optional<PartialDate> attested();

  /**
   * Returns the new status.
   *
   * @return the status
   */
  public abstract PartnershipStatus status();

  /**
   * Returns why the status changed ("elections", "COVID-19"), by language.
   *
   * @return the cause, possibly empty
   */
  @Value.Default
  public LocalizedText cause() {
    return LocalizedText.empty();
  }

  /**
   * Returns where the fact comes from.
   *
   * @return the sources
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  @Value.Check
  void check() {
    Checks.Collector problems = new Checks.Collector("Status change to " + status());
    if (date().isPresent()
        && attested().isPresent()
        && attested().get().latestDay().isBefore(date().get().earliestDay())) {
      problems.add(
          "The status "
              + status()
              + " is attested on "
              + attested().get()
              + ", before its change on "
              + date().get()
              + ": correct one of the dates");
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds a {@link StatusChange}; not thread-safe. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    Builder() {}
  }
}
