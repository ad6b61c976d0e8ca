package org.partneratlas.theme;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.partneratlas.common.EntityId;

/**
 * The hierarchical identifier of a {@link Theme}: lower-case segments joined by dots, from the
 * broadest to the narrowest, such as {@code maritime}, {@code maritime.aquaculture} or {@code
 * energy.marine}.
 *
 * <p>A segment has lower-case ASCII letters, digits and hyphens, and starts with a letter or digit;
 * an id has at most 8 segments and 128 characters. The parent of {@code maritime.aquaculture} is
 * {@code maritime}. Immutable and thread-safe; {@link #toString()} is the canonical text and {@link
 * #of(String)} reads it back.
 */
public final class ThemeId extends EntityId<ThemeId> {

  private static final Pattern SYNTAX =
      Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*){0,7}");

  private ThemeId(String value) {
    super(value, "theme");
  }

  /**
   * Returns the theme id with the given text.
   *
   * @param value the text, such as {@code maritime.aquaculture}
   * @return the id
   * @throws IllegalArgumentException if the text is not a valid theme id
   */
  public static ThemeId of(String value) {
    requireNonNull(value, "value");
    if (value.length() > 128 || !SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'"
              + (value.length() > 60 ? value.substring(0, 60) + "..." : value)
              + "' is not a valid theme id: use lower-case segments of letters, digits and '-'"
              + " joined by '.', such as 'maritime.aquaculture'");
    }
    return new ThemeId(value);
  }

  /**
   * Returns the id of the broader theme: this id without its last segment.
   *
   * @return the parent id, or empty for a top-level theme
   */
  public Optional<ThemeId> parent() {
    int dot = value().lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new ThemeId(value().substring(0, dot)));
  }

  /**
   * Returns the number of segments: 1 for a top-level theme.
   *
   * @return the depth in the hierarchy
   */
  public int depth() {
    int depth = 1;
    for (int i = 0; i < value().length(); i++) {
      if (value().charAt(i) == '.') {
        depth++;
      }
    }
    return depth;
  }

  /**
   * Returns whether this theme is the given one or one of its sub-themes, at any depth.
   *
   * @param ancestor the broader theme
   * @return whether {@code ancestor} is this id or a prefix of it made of whole segments
   */
  public boolean isWithin(ThemeId ancestor) {
    requireNonNull(ancestor, "ancestor");
    return value().equals(ancestor.value())
        || (value().startsWith(ancestor.value())
            && value().charAt(ancestor.value().length()) == '.');
  }
}
