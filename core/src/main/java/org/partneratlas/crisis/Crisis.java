package org.partneratlas.crisis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.time.DateRange;

/**
 * A named disruption, such as the COVID-19 pandemic, with its kind and period, and optionally an
 * external code (a GLIDE number for a disaster).
 *
 * <p>What the crisis did to partnerships is told by {@link CrisisImpact}s. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Crisis implements Entity<CrisisId> {

  Crisis() {}

  /**
   * Returns a builder of crises.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Crisis}, to derive a changed copy: {@code
   * x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code sources(Iterable)}, replaces its
   * elements; {@code addSources} and {@code addAllSources} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns the identifier, unique in the Atlas.
   *
   * @return the id
   */
  @Override
  public abstract CrisisId id();

  /**
   * Returns what kind of crisis this is.
   *
   * @return the kind
   */
  public abstract CrisisKind kind();

  /**
   * Returns the names, by language; at least one.
   *
   * @return the names
   */
  public abstract LocalizedText names();

  /**
   * Returns when the crisis lasted, as the sources date it.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns an external code, such as a GLIDE number.
   *
   * @return the code, if any
   */
  public abstract Optional<String> externalCode();

  /**
   * Returns where the facts on this crisis come from.
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
    Checks.Collector problems = new Checks.Collector("Crisis " + id());
    if (names().isEmpty()) {
      problems.add("Crisis " + id() + " has no name: give at least one name in one language");
    }
    problems.checkLengths("the name", names().asMap());
    externalCode()
        .ifPresent(
            c -> problems.check(() -> Checks.notBlank(c, "The external code of crisis " + id())));
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds a {@link Crisis}; not thread-safe. */
  public static final class Builder extends ImmutableCrisis.Builder {
    Builder() {}
  }
}
