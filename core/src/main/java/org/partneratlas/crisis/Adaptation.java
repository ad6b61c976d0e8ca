package org.partneratlas.crisis;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.partneratlas.action.ActionId;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.internal.Checks;

/**
 * A way partners adapted to a crisis ("digital means were used more systematically"), with the
 * actions that carried it out (a remote steering committee, a virtual stand).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Adaptation {

  Adaptation() {}

  /**
   * Returns a builder of adaptations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Adaptation}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code actions(Iterable)}, replaces its
   * elements; {@code addActions} and {@code addAllActions} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns the adaptation, in words, by language; not empty.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Returns the actions that carried out the adaptation.
   *
   * @return the actions' ids
   */
  public abstract ImmutableSet<ActionId> actions();

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  @Value.Check
  void check() {
    Checks.Collector problems = new Checks.Collector("An adaptation");
    if (description().isEmpty()) {
      problems.add("An adaptation has no description: say in words how partners adapted");
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds an {@link Adaptation}; not thread-safe. */
  public static final class Builder extends ImmutableAdaptation.Builder {
    Builder() {}
  }
}
