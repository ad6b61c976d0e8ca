package org.partneratlas.theme;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.internal.BundledTable;

/**
 * A vocabulary of {@link Theme themes}; {@link #standard()} is the catalogue shipped with the
 * library.
 *
 * <p>The standard catalogue covers every theme of Brest Métropole's founding document (sustainable
 * maritime transport, aquaculture, tourism, marine energies, maritime safety, ocean observation,
 * river basin management, governance, biodiversity, climate change, waste management, ...) and the
 * usual sectors of decentralised cooperation (culture, education and youth, health, water and
 * sanitation, agriculture and food, economic development, ...), each labelled in French, English
 * and Spanish and linked to the UN Sustainable Development Goals. Parents come before their
 * children. {@link StandardThemes} holds their ids as constants, so that a query on {@code
 * StandardThemes.MARITIME_AQUACULTURE} is checked by the compiler where {@code
 * ThemeId.of("maritime.aquacultur")} would match nothing.
 *
 * <p>Host programs add their own themes to an Atlas next to (or instead of) these. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Atlas.Builder builder = Atlas.builder().addAll(ThemeCatalogue.standard().themes());
 * }</pre>
 */
public final class ThemeCatalogue {

  private static final String RESOURCE = "standard-themes.tsv";

  private final ImmutableMap<ThemeId, Theme> themes;

  private ThemeCatalogue(ImmutableMap<ThemeId, Theme> themes) {
    this.themes = themes;
  }

  /**
   * Returns the catalogue shipped with the library.
   *
   * @return the standard catalogue
   */
  public static ThemeCatalogue standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns a catalogue of the given themes, in the given order.
   *
   * @param themes the themes
   * @return the catalogue
   * @throws IllegalArgumentException if two themes have the same id
   */
  public static ThemeCatalogue of(Iterable<Theme> themes) {
    ImmutableMap.Builder<ThemeId, Theme> map = ImmutableMap.builder();
    for (Theme theme : themes) {
      map.put(theme.id(), theme);
    }
    try {
      return new ThemeCatalogue(map.buildOrThrow());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "A theme id is given twice in the catalogue: keep each id once (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * Returns the themes, parents before children.
   *
   * @return the themes
   */
  public ImmutableList<Theme> themes() {
    return themes.values().asList();
  }

  /**
   * Returns the theme with the given id.
   *
   * @param id the id
   * @return the theme, or empty if the catalogue has none with that id
   */
  public Optional<Theme> theme(ThemeId id) {
    return Optional.ofNullable(themes.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the theme with the given id, which must exist.
   *
   * @param id the id
   * @return the theme
   * @throws IllegalArgumentException if the catalogue has no theme with that id
   */
  public Theme require(ThemeId id) {
    Theme theme = themes.get(requireNonNull(id, "id"));
    if (theme == null) {
      throw new IllegalArgumentException("No theme '" + id + "' in this catalogue");
    }
    return theme;
  }

  /**
   * Returns the number of themes.
   *
   * @return the size
   */
  public int size() {
    return themes.size();
  }

  private static final class Standard {
    static final ThemeCatalogue INSTANCE = load();

    private static ThemeCatalogue load() {
      ImmutableList.Builder<Theme> themes = ImmutableList.builder();
      for (List<String> cells :
          BundledTable.rows(ThemeCatalogue.class, RESOURCE, "standard theme catalogue", 5)) {
        themes.add(parse(cells));
      }
      return of(themes.build());
    }

    private static Theme parse(List<String> cells) {
      Theme.Builder theme =
          Theme.builder()
              .id(ThemeId.of(cells.get(0).trim()))
              .labels(
                  LocalizedText.builder()
                      .put("fr", cells.get(1).trim())
                      .put("en", cells.get(2).trim())
                      .put("es", cells.get(3).trim())
                      .build());
      for (String goal : Splitter.on(',').split(cells.get(4))) {
        if (!goal.isBlank()) {
          theme.addSdgs(Integer.parseInt(goal.trim()));
        }
      }
      return theme.build();
    }
  }
}
