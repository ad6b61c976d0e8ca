package org.partneratlas.actor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.PartialDate;

/**
 * An organisation or other participant that is not a territory: a company, a cluster, a technopole,
 * a university, an event series, a vessel, an association, an agency.
 *
 * <p>Actions name the actors involved. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Actor implements Entity<ActorId> {

  Actor() {}

  /**
   * Returns a builder of actors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Actor}, to derive a changed copy: {@code
   * x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code links(Iterable)}, replaces its elements;
   * {@code addLinks} and {@code addAllLinks} append to them.
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
  public abstract ActorId id();

  /**
   * Returns what kind of actor this is.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * Returns the names, by language; at least one.
   *
   * @return the names
   */
  public abstract LocalizedText names();

  /**
   * Returns a short description, by language.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns where the actor is based.
   *
   * @return the territory, if known
   */
  public abstract Optional<TerritoryId> base();

  /**
   * Returns when the actor was founded, created or launched.
   *
   * @return the date, if known
   */
  public abstract Optional<PartialDate> founded();

  /**
   * Returns web addresses about the actor.
   *
   * @return the links
   */
  public abstract ImmutableList<String> links();

  /**
   * Returns where the facts on this actor come from.
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
    Checks.Collector problems = new Checks.Collector("Actor " + id());
    if (names().isEmpty()) {
      problems.add("Actor " + id() + " has no name: give at least one name in one language");
    }
    problems.checkLengths("the name", names().asMap());
    for (String link : links()) {
      problems.check(() -> Checks.url(link));
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds an {@link Actor}; not thread-safe. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
