package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;

/**
 * A planned development of a partnership: new parties (a project with Xalapa), new themes
 * (training, maritime and port clusters) or new kinds of action (digital means), with a
 * description.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Perspective {

  Perspective() {}

  /**
   * Returns a builder of perspectives.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Perspective}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code plannedParties(Iterable)}, replaces its
   * elements; {@code addPlannedParties} and {@code addAllPlannedParties} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns what is planned, in words, by language.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns when it is planned for, or when it was stated.
   *
   * @return the period, if known
   */
  public abstract Optional<DateRange> when();

  /**
   * Returns the territories expected to join.
   *
   * @return the planned parties
   */
  public abstract ImmutableSet<TerritoryId> plannedParties();

  /**
   * Returns the themes proposed.
   *
   * @return the planned themes
   */
  public abstract ImmutableSet<ThemeId> plannedThemes();

  /**
   * Returns the kinds of action favoured.
   *
   * @return the planned kinds of action
   */
  public abstract ImmutableSet<ActionKind> plannedActionKinds();

  /**
   * Returns the modalities favoured for future actions, such as {@link Modality#REMOTE} for
   * "actions favouring digital means".
   *
   * @return the planned modalities
   */
  public abstract ImmutableSet<Modality> plannedModalities();

  /**
   * Returns where the facts come from.
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
    Checks.Collector problems = new Checks.Collector("A perspective");
    if (description().isEmpty()
        && plannedParties().isEmpty()
        && plannedThemes().isEmpty()
        && plannedActionKinds().isEmpty()
        && plannedModalities().isEmpty()) {
      problems.add(
          "A perspective says nothing: give a description, planned parties, themes, kinds of"
              + " action or modalities");
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds a {@link Perspective}; not thread-safe. */
  public static final class Builder extends ImmutablePerspective.Builder {
    Builder() {}
  }
}
