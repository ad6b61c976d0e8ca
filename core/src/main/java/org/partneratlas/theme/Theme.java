package org.partneratlas.theme;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.internal.Checks;

/**
 * An entry of the hierarchical vocabulary of what partnerships work on, such as {@code
 * maritime.aquaculture}, with labels by language and the UN Sustainable Development Goals it
 * serves.
 *
 * <p>The library ships a catalogue ({@link ThemeCatalogue#standard()}) whose themes have labels in
 * French, English and Spanish; host programs may add their own themes, which need at least one
 * label. A theme's parent is given by its id and must be in the same Atlas. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Theme implements Entity<ThemeId> {

  Theme() {}

  /**
   * Returns a builder of themes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Theme}, to derive a changed copy: {@code
   * x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code sdgs(Iterable)}, replaces its elements;
   * {@code addSdgs} and {@code addAllSdgs} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns the hierarchical identifier.
   *
   * @return the id
   */
  @Override
  public abstract ThemeId id();

  /**
   * Returns the labels by language; at least one.
   *
   * @return the labels
   */
  public abstract LocalizedText labels();

  /**
   * Returns the numbers (1 to 17) of the UN Sustainable Development Goals the theme serves.
   *
   * @return the goal numbers, in increasing order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> sdgs();

  /**
   * Returns the id of the broader theme, from the id.
   *
   * @return the parent id, or empty for a top-level theme
   */
  @Value.Derived
  @Value.Auxiliary
  public Optional<ThemeId> parent() {
    return id().parent();
  }

  /**
   * Returns the label in the first of the given languages that has one (see {@link
   * LocalizedText#best(List)}).
   *
   * @param preferredLanguages BCP 47 tags in order of preference
   * @return the best label
   */
  public String label(List<String> preferredLanguages) {
    return labels().best(preferredLanguages);
  }

  /**
   * Returns the host program's own attributes, kept unchanged by every operation of the library.
   *
   * @return the attributes
   */
  public abstract ImmutableMap<String, String> attributes();

  @Value.Check
  void check() {
    Checks.Collector problems = new Checks.Collector("Theme " + id());
    if (labels().isEmpty()) {
      problems.add("Theme " + id() + " has no label: give at least one, such as in English");
    }
    problems.checkLengths("the label", labels().asMap());
    for (int goal : sdgs()) {
      if (goal < 1 || goal > 17) {
        problems.add(
            "Theme "
                + id()
                + ": "
                + goal
                + " is not a Sustainable Development Goal: use numbers from 1 to 17");
      }
    }
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
  }

  /** Builds a {@link Theme}; not thread-safe. */
  public static final class Builder extends ImmutableTheme.Builder {
    Builder() {}
  }
}
