package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * A formal agreement of a partnership: a twinning charter, a convention, a renewal, or a phase of a
 * cooperation programme (such as 2017–2018 and 2019–2021 with Tierra del Fuego).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agreement {

  Agreement() {}

  /**
   * Returns a builder of agreements.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Agreement}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code sources(Iterable)}, replaces its
   * elements; {@code addSources} and {@code addAllSources} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns the kind of agreement.
   *
   * @return the kind
   */
  public abstract AgreementKind kind();

  /**
   * Returns the title of the agreement, by language.
   *
   * @return the title, possibly empty
   */
  @Value.Default
  public LocalizedText title() {
    return LocalizedText.empty();
  }

  /**
   * Returns when the agreement was signed.
   *
   * @return the signature date, if known
   */
  public abstract Optional<PartialDate> signed();

  /**
   * Returns the period the agreement covers, for a phase or a fixed-term convention.
   *
   * @return the period, if any
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns where the facts on this agreement come from.
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

  /**
   * Returns the date used to place the agreement in time: its signature, or else the start of its
   * period.
   *
   * @return the date, if any is known
   */
  public Optional<PartialDate> date() {
    return signed().isPresent() ? signed() : period().flatMap(DateRange::start);
  }

  @Value.Check
  void check() {
    Checks.attributes(attributes());
  }

  /** Builds an {@link Agreement}; not thread-safe. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
