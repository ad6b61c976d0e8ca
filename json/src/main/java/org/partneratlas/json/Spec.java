package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * The properties of one kind of JSON object of the format, in the order the writer writes them, and
 * which are required. The reader uses it to reject unknown, duplicate and missing properties with
 * messages that name the known ones.
 */
@Immutable
final class Spec {

  static final Spec DOCUMENT =
      new Spec(
          "the document",
          "$schema, format, version, territories, themes, actors, partnerships, crises,"
              + " crisisImpacts",
          "format, version");
  static final Spec SOURCE =
      new Spec("a source", "title, publisher, date, url, page, note", "title");
  static final Spec TERRITORY =
      new Spec(
          "a territory",
          "id, level, names, officialLanguage, aliases, country, subdivision, parent, coordinates,"
              + " population, externalIds, sources, attributes",
          "id, level, names, officialLanguage, country");
  static final Spec COORDINATES =
      new Spec("coordinates", "latitude, longitude", "latitude, longitude");
  static final Spec POPULATION = new Spec("a population", "count, year", "count, year");
  static final Spec THEME = new Spec("a theme", "id, labels, sdgs, attributes", "id, labels");
  static final Spec ACTOR =
      new Spec(
          "an actor",
          "id, kind, names, description, base, founded, links, sources, attributes",
          "id, kind, names");
  static final Spec PARTNERSHIP =
      new Spec(
          "a partnership",
          "id, kind, names, parties, agreements, statusHistory, themes, aims, actions,"
              + " perspectives, sources, attributes",
          "id, kind");
  static final Spec PARTY =
      new Spec(
          "a party", "territory, role, period, status, attested, sources, attributes", "territory");
  static final Spec AGREEMENT =
      new Spec("an agreement", "kind, title, signed, period, sources, attributes", "kind");
  static final Spec STATUS_CHANGE =
      new Spec("a status change", "date, attested, status, cause, sources, attributes", "status");
  static final Spec THEME_PERIOD =
      new Spec("a theme period", "theme, period, attested, sources, attributes", "theme");
  static final Spec ACTION =
      new Spec(
          "an action",
          "id, kind, title, when, place, modality, status, themes, actors, links, sources,"
              + " attributes",
          "id, kind");
  static final Spec PERSPECTIVE =
      new Spec(
          "a perspective",
          "description, when, plannedParties, plannedThemes, plannedActionKinds,"
              + " plannedModalities, sources, attributes",
          "");
  static final Spec CRISIS =
      new Spec(
          "a crisis",
          "id, kind, names, period, externalCode, sources, attributes",
          "id, kind, names, period");
  static final Spec CRISIS_IMPACT =
      new Spec(
          "a crisis impact",
          "id, crisis, summary, territories, partnerships, suspendedActionKinds, adaptations,"
              + " lessons, sources, attributes",
          "id, crisis");
  static final Spec ADAPTATION =
      new Spec("an adaptation", "description, actions, attributes", "description");

  /** What the object is, for messages: "a territory". */
  final String what;

  /** Every property, in the order the writer writes them. */
  final ImmutableList<String> names;

  /** Property name to its position in {@link #names}. */
  final ImmutableMap<String, Integer> index;

  /** Bit {@code i} is set when {@code names.get(i)} is required. */
  final long requiredMask;

  /** The known property names as text, for messages. */
  final String known;

  private Spec(String what, String names, String required) {
    this.what = what;
    this.names = ImmutableList.copyOf(split(names));
    ImmutableMap.Builder<String, Integer> map = ImmutableMap.builder();
    for (int i = 0; i < this.names.size(); i++) {
      map.put(this.names.get(i), i);
    }
    this.index = map.buildOrThrow();
    long mask = 0;
    for (String name : split(required)) {
      Integer i = index.get(name);
      if (i == null) {
        throw new AssertionError(name);
      }
      mask |= 1L << i;
    }
    this.requiredMask = mask;
    this.known = String.join(", ", this.names);
  }

  private static List<String> split(String list) {
    if (list.isBlank()) {
      return List.of();
    }
    return com.google.common.base.Splitter.on(',').trimResults().splitToList(list);
  }
}
