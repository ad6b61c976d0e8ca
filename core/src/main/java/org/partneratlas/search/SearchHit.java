package org.partneratlas.search;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.territory.TerritoryId;

/**
 * One entity found by an {@link AtlasSearch}: which entity, by which of its names, how well and
 * why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of entity: {@link EntityKind#TERRITORY}, {@link EntityKind#PARTNERSHIP},
 *     {@link EntityKind#THEME}, {@link EntityKind#ACTOR} or {@link EntityKind#CRISIS}
 * @param id the entity's id as text ({@code TerritoryId.of(id)} gives back a territory's id, {@code
 *     ThemeId.of(id)} a theme's, ...)
 * @param text the name, alias or label that matched, as the atlas writes it
 * @param language the BCP 47 tag of that name or label; empty for a territory's alias, which has no
 *     language
 * @param match why it matched: the whole name, every word, or every word with the last as a
 *     beginning
 * @param score the rank of the hit, higher first: see {@link AtlasSearch} for how it is computed
 */
public record SearchHit(
    EntityKind kind,
    String id,
    String text,
    Optional<String> language,
    SearchHit.Match match,
    int score) {

  /**
   * Checks that every part is given.
   *
   * @param kind the kind of entity
   * @param id the entity's id as text
   * @param text the name, alias or label that matched
   * @param language the BCP 47 tag of that name; empty for an alias
   * @param match why it matched
   * @param score the rank of the hit, higher first
   */
  public SearchHit {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(language, "language");
    requireNonNull(match, "match");
  }

  /**
   * Returns the id of the territory found, for a hit of kind {@link EntityKind#TERRITORY}.
   *
   * @return the territory's id, or empty for a hit of another kind
   */
  public Optional<TerritoryId> territory() {
    return kind == EntityKind.TERRITORY ? Optional.of(TerritoryId.of(id)) : Optional.empty();
  }

  /** Why a name matched a query, from the strongest reason to the weakest. */
  public enum Match {
    /** The whole name is the query, ignoring case, accents and punctuation. */
    EXACT,
    /**
     * Every word of the query is a word of the name; the name has other words, or another order.
     */
    ALL_TOKENS,
    /**
     * Every word of the query but the last is a word of the name, and the last begins a word of the
     * name ("tierra del fue" for "Tierra del Fuego").
     */
    PREFIX
  }
}
