package org.partneratlas.crisis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.partneratlas.action.ActionKind;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.territory.TerritoryId;

/**
 * What a {@link Crisis} did: the partner territories and partnerships it hit, the kinds of action
 * it made impossible (travel, collective missions, conferences), how partners adapted, and the
 * lessons drawn, with sources.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CrisisImpact implements Entity<CrisisImpactId> {

  CrisisImpact() {}

  /**
   * Returns a builder of crisis impacts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code CrisisImpact}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code territories(Iterable)}, replaces its
   * elements; {@code addTerritories} and {@code addAllTerritories} append to them.
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
  public abstract CrisisImpactId id();

  /**
   * Returns the crisis.
   *
   * @return the crisis' id
   */
  public abstract CrisisId crisis();

  /**
   * Returns what the crisis did, in words, by language.
   *
   * @return the summary, possibly empty
   */
  @Value.Default
  public LocalizedText summary() {
    return LocalizedText.empty();
  }

  /**
   * Returns the territories hit.
   *
   * @return the territories' ids
   */
  public abstract ImmutableSet<TerritoryId> territories();

  /**
   * Returns the partnerships hit.
   *
   * @return the partnerships' ids
   */
  public abstract ImmutableSet<PartnershipId> partnerships();

  /**
   * Returns the kinds of action the crisis made impossible.
   *
   * @return the suspended kinds of action
   */
  public abstract ImmutableSet<ActionKind> suspendedActionKinds();

  /**
   * Returns how partners adapted.
   *
   * @return the adaptations
   */
  public abstract ImmutableList<Adaptation> adaptations();

  /**
   * Returns the lessons drawn, each by language.
   *
   * @return the lessons
   */
  public abstract ImmutableList<LocalizedText> lessons();

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
    Checks.Collector problems = new Checks.Collector("Crisis impact " + id());
    for (LocalizedText lesson : lessons()) {
      if (lesson.isEmpty()) {
        problems.add("Crisis impact " + id() + " has an empty lesson: write it or leave it out");
      }
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds a {@link CrisisImpact}; not thread-safe. */
  public static final class Builder extends ImmutableCrisisImpact.Builder {
    Builder() {}
  }
}
