package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.ActorId;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;

/**
 * A composable query over the actions of the partnerships a {@link PartnershipQuery} matches: start
 * from {@code atlas.query()...actions()}, add conditions on the actions, then list, stream or count
 * them.
 *
 * <p>As for partnerships, each condition returns a new query and an action matches when it meets
 * every condition. Immutable and thread-safe.
 *
 * <p><b>Order.</b> {@link #list()} and {@link #stream()} give the actions in chronological order:
 * dated actions first, by the {@linkplain DateRange#startEpochDay() earliest day} of their date (an
 * open start first), then by its latest day; then the undated actions. Actions that tie keep the
 * order of the atlas: the order of {@link Atlas#partnerships()}, then of each partnership's {@link
 * org.partneratlas.partnership.Partnership#actions() actions}.
 *
 * <p><b>Equivalence and cost.</b> A query is equivalent to {@code
 * partnershipQuery.stream().flatMap(p -> p.actions().stream())} filtered with every condition's
 * predicate, then sorted as above: the cost of the partnership query plus O(a log a) for the a
 * actions of the matching partnerships.
 *
 * <pre>{@code
 * // Which actions were remote in 2020, and when?
 * for (Action a : atlas.query().actions().withModality(Modality.REMOTE).during(2020).list()) {
 *   System.out.println(a.when().orElseThrow() + " " + a.title().best(List.of("en", "fr")));
 * }
 * }</pre>
 */
public final class ActionQuery {

  /** The chronological order of {@link #list()}, before the order of the atlas. */
  private static final Comparator<Action> CHRONOLOGICAL =
      Comparator.comparing((Action a) -> a.when().isEmpty())
          .thenComparingLong(a -> a.when().map(DateRange::startEpochDay).orElse(0L))
          .thenComparingLong(a -> a.when().map(DateRange::endEpochDay).orElse(0L));

  private final PartnershipQuery partnerships;
  private final ImmutableList<String> descriptions;
  private final ImmutableList<Predicate<? super Action>> tests;

  ActionQuery(PartnershipQuery partnerships) {
    this(partnerships, ImmutableList.of(), ImmutableList.of());
  }

  private ActionQuery(
      PartnershipQuery partnerships,
      ImmutableList<String> descriptions,
      ImmutableList<Predicate<? super Action>> tests) {
    this.partnerships = partnerships;
    this.descriptions = descriptions;
    this.tests = tests;
  }

  private ActionQuery with(String description, Predicate<? super Action> test) {
    return new ActionQuery(
        partnerships,
        ImmutableList.<String>builder().addAll(descriptions).add(description).build(),
        ImmutableList.<Predicate<? super Action>>builder().addAll(tests).add(test).build());
  }

  /**
   * Keeps the actions of one of the given kinds. Tests {@code kinds.contains(a.kind())}.
   *
   * @param kind a kind
   * @param more other kinds accepted
   * @return a new query with this condition added
   */
  public ActionQuery ofKind(ActionKind kind, ActionKind... more) {
    Set<ActionKind> kinds = EnumSet.of(kind, more);
    return with("ofKind(" + kinds + ")", a -> kinds.contains(a.kind()));
  }

  /**
   * Keeps the actions held in one of the given modalities. Tests {@code a.modality().isPresent() &&
   * modalities.contains(a.modality().get())}: actions whose modality is unknown never match.
   *
   * @param modality a modality
   * @param more other modalities accepted
   * @return a new query with this condition added
   */
  public ActionQuery withModality(Modality modality, Modality... more) {
    Set<Modality> modalities = EnumSet.of(modality, more);
    return with(
        "withModality(" + modalities + ")",
        a -> a.modality().isPresent() && modalities.contains(a.modality().get()));
  }

  /**
   * Keeps the actions in one of the given statuses. Tests {@code statuses.contains(a.status())}.
   *
   * @param status a status
   * @param more other statuses accepted
   * @return a new query with this condition added
   */
  public ActionQuery withStatus(ActionStatus status, ActionStatus... more) {
    Set<ActionStatus> statuses = EnumSet.of(status, more);
    return with("withStatus(" + statuses + ")", a -> statuses.contains(a.status()));
  }

  /**
   * Keeps the dated actions that took place during a year. Equivalent to {@code
   * during(DateRange.ofYear(year))}.
   *
   * @param year the year
   * @return a new query with this condition added
   */
  public ActionQuery during(int year) {
    return during(DateRange.ofYear(year));
  }

  /**
   * Keeps the dated actions that took place on some day of a period, with the {@linkplain
   * PartnershipQuery#certainty() certainty} of the partnership query: tests {@code
   * a.when().isPresent() && certainty.accepts(a.when().get().holdsDuring(period))}. Definitely, an
   * action of winter 2019 (December 2019 to February 2020) did not certainly take place in 2020;
   * possibly, it may have. Undated actions never match.
   *
   * @param period the period
   * @return a new query with this condition added
   */
  public ActionQuery during(DateRange period) {
    requireNonNull(period, "period");
    Certainty certainty = partnerships.certainty();
    return with(
        "during(" + period + ")",
        a -> a.when().isPresent() && certainty.accepts(a.when().get().holdsDuring(period)));
  }

  /**
   * Keeps the actions on a theme or one of its sub-themes. Tests {@code
   * a.themes().stream().anyMatch(t -> t.isWithin(theme))}.
   *
   * @param theme the theme
   * @return a new query with this condition added
   */
  public ActionQuery onTheme(ThemeId theme) {
    requireNonNull(theme, "theme");
    return with(
        "onTheme(" + theme + ")", a -> a.themes().stream().anyMatch(t -> t.isWithin(theme)));
  }

  /**
   * Keeps the actions in which an actor took part. Tests {@code a.actors().contains(actor)}.
   *
   * @param actor the actor
   * @return a new query with this condition added
   */
  public ActionQuery withActor(ActorId actor) {
    requireNonNull(actor, "actor");
    return with("withActor(" + actor + ")", a -> a.actors().contains(actor));
  }

  /**
   * Keeps the actions held in a territory. Tests {@code a.place().equals(Optional.of(place))}.
   *
   * @param place the territory
   * @return a new query with this condition added
   */
  public ActionQuery at(TerritoryId place) {
    requireNonNull(place, "place");
    Optional<TerritoryId> expected = Optional.of(place);
    return with("at(" + place + ")", a -> a.place().equals(expected));
  }

  /**
   * Keeps the actions that meet a predicate of the caller's own.
   *
   * @param predicate the predicate; it must be thread-safe if the query is run on several threads
   * @return a new query with this condition added
   */
  public ActionQuery matching(Predicate<? super Action> predicate) {
    requireNonNull(predicate, "predicate");
    return with("matching(predicate)", predicate);
  }

  private boolean test(Action action) {
    for (Predicate<? super Action> test : tests) {
      if (!test.test(action)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the matching actions in chronological order (see the class documentation).
   *
   * @return the actions
   */
  public ImmutableList<Action> list() {
    return partnerships.stream()
        .flatMap(p -> p.actions().stream())
        .filter(this::test)
        .sorted(CHRONOLOGICAL)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the matching actions in chronological order. Equivalent to {@code list().stream()}.
   *
   * @return the actions
   */
  public Stream<Action> stream() {
    return list().stream();
  }

  /**
   * Returns the number of matching actions. Equivalent to {@code list().size()}, without sorting.
   *
   * @return the number of actions
   */
  public int count() {
    return (int)
        partnerships.stream().flatMap(p -> p.actions().stream()).filter(this::test).count();
  }

  /**
   * Returns the conditions of this query, after those of its partnership query.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return descriptions.stream()
        .collect(Collectors.joining(", ", "ActionQuery[" + partnerships + ", ", "]"));
  }
}
