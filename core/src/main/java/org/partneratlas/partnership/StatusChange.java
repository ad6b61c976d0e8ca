package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.time.PartialDate;

/**
 * An entry of a partnership's status history: from this date, the partnership is in this status,
 * for this cause.
 *
 * <p>A partnership's history is in chronological order (checked by the Atlas builder). Instances
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
   * Returns from when the status holds.
   *
   * @return the date
   */
  public abstract PartialDate date();

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
    Checks.attributes(attributes());
  }

  /** Builds a {@link StatusChange}; not thread-safe. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    Builder() {}
  }
}
