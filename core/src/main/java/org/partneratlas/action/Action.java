package org.partneratlas.action;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.actor.ActorId;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;

/**
 * Something done within a partnership: a conference, a visit, a steering committee, a stand at a
 * fair, a ship's call...
 *
 * <p>An action has a {@linkplain #kind() kind}, a {@linkplain #title() title}, and, as far as
 * known: {@linkplain #when() when} (with its precision), {@linkplain #place() where} (a territory)
 * or {@linkplain #modality() how} (in person, remote, hybrid), its {@linkplain #status() status},
 * {@linkplain #themes() themes}, {@linkplain #actors() actors} and {@linkplain #links() links}.
 * Actions belong to a {@code Partnership}; their ids are unique in the Atlas. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Action stand = Action.builder()
 *     .id(ActionId.of("tdf.sea-tech-week-2020-stand"))
 *     .kind(ActionKind.FAIR_STAND)
 *     .title(LocalizedText.of("fr", "Stand « Terre de Feu » sur le salon virtuel"))
 *     .when(DateRange.parse("2020-10-12/2020-10-16"))
 *     .modality(Modality.REMOTE)
 *     .status(ActionStatus.HELD)
 *     .addActors(ActorId.of("sea-tech-week"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Action implements Entity<ActionId> {

  Action() {}

  /**
   * Returns a builder of actions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Action}, to derive a changed copy: {@code
   * x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code themes(Iterable)}, replaces its
   * elements; {@code addThemes} and {@code addAllThemes} append to them.
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
  public abstract ActionId id();

  /**
   * Returns what kind of action this is.
   *
   * @return the kind
   */
  public abstract ActionKind kind();

  /**
   * Returns the title, by language.
   *
   * @return the title, possibly empty
   */
  @Value.Default
  public LocalizedText title() {
    return LocalizedText.empty();
  }

  /**
   * Returns when the action took or takes place.
   *
   * @return the date or period, if known
   */
  public abstract Optional<DateRange> when();

  /**
   * Returns where the action took place.
   *
   * @return the territory, if known; empty also for an action held only online
   */
  public abstract Optional<TerritoryId> place();

  /**
   * Returns how the action took place.
   *
   * @return the modality, if known
   */
  public abstract Optional<Modality> modality();

  /**
   * Returns where the action stands; {@link ActionStatus#HELD} by default.
   *
   * @return the status
   */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.HELD;
  }

  /**
   * Returns the themes of the action.
   *
   * @return the themes' ids
   */
  public abstract ImmutableSet<ThemeId> themes();

  /**
   * Returns the organisations and other actors involved.
   *
   * @return the actors' ids
   */
  public abstract ImmutableSet<ActorId> actors();

  /**
   * Returns web addresses about the action (www.seatechweek.eu).
   *
   * @return the links
   */
  public abstract ImmutableList<String> links();

  /**
   * Returns where the facts on this action come from.
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
    Checks.Collector problems = new Checks.Collector("Action " + id());
    for (String link : links()) {
      problems.check(() -> Checks.url(link));
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds an {@link Action}; not thread-safe. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
