package org.partneratlas.territory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.partneratlas.common.Entity;
import org.partneratlas.common.LanguageTags;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.internal.Checks;

/**
 * A place governed by a public authority: a country, region, department, metropolis, municipality
 * or district, or an international grouping.
 *
 * <p>A territory has a stable {@linkplain #id() id}, a {@linkplain #level() level}, {@linkplain
 * #names() names} by language with one marked {@linkplain #officialLanguage() official}, other
 * {@linkplain #aliases() aliases}, a {@linkplain #country() country}, and optionally an ISO 3166-2
 * {@linkplain #subdivision() subdivision code}, a {@linkplain #parent() parent} territory (Xalapa
 * is in Veracruz, which is in Mexico), WGS84 {@linkplain #coordinates() coordinates}, a {@linkplain
 * #population() population} and {@linkplain #externalIds() external identifiers} (Wikidata, INSEE,
 * INEGI, ...).
 *
 * <p>Rules on one territory (the official language has a name, the subdivision code is of the
 * territory's country, ...) are checked when it is built; rules across territories (the parent
 * exists, no cycles, at most {@link #MAX_ANCESTORS} ancestors, same country as the parent) are
 * checked by the Atlas builder. Every problem of a territory is reported in one exception. Names
 * and aliases have at most {@link LocalizedText#MAX_NAME_LENGTH} characters. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Territory tierraDelFuego = Territory.builder()
 *     .id(TerritoryId.of("ar-tierra-del-fuego"))
 *     .level(TerritoryLevel.REGION)
 *     .names(LocalizedText.builder()
 *         .put("es", "Tierra del Fuego, Antártida e Islas del Atlántico Sur")
 *         .put("fr", "Terre de Feu")
 *         .build())
 *     .officialLanguage("es")
 *     .addAliases("Tierra del Fuego")
 *     .country(CountryCode.of("AR"))
 *     .subdivision(SubdivisionCode.of("AR-V"))
 *     .coordinates(Coordinates.of(-54.8019, -68.3031))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Territory implements Entity<TerritoryId> {

  /**
   * The maximum number of ancestors of a territory, {@value}: a territory may be at most this many
   * levels below the top of its chain of {@linkplain #parent() parents}. Real hierarchies are a
   * handful of levels deep (Brest, Brest Métropole, Finistère, Brittany, France); the limit keeps
   * queries that walk up or down the hierarchy cheap, and catches a chain of parents made by
   * mistake. The Atlas builder reports a territory with more ancestors as a problem.
   */
  public static final int MAX_ANCESTORS = 64;

  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  Territory() {}

  /**
   * Returns a builder of territories.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Territory}, to derive a changed copy:
   * {@code x.toBuilder().build()} equals {@code x}.
   *
   * <p>Setting a collection on the builder, such as {@code aliases(Iterable)}, replaces its
   * elements; {@code addAliases} and {@code addAllAliases} append to them.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns the stable identifier.
   *
   * @return the id
   */
  @Override
  public abstract TerritoryId id();

  /**
   * Returns the level of government.
   *
   * @return the level
   */
  public abstract TerritoryLevel level();

  /**
   * Returns the names by language; at least one, in the {@linkplain #officialLanguage() official
   * language}.
   *
   * @return the names
   */
  public abstract LocalizedText names();

  /**
   * Returns the language of the official or native name, a key of {@link #names()}. The builder
   * accepts the tag in any case and keeps its canonical form ({@code "ES-ar"} becomes {@code
   * "es-AR"}), as {@link LanguageTags#canonical(String)} gives it and {@link LocalizedText} does
   * for the names' languages.
   *
   * @return a canonical BCP 47 language tag
   */
  public abstract String officialLanguage();

  /**
   * Returns the official or native name: the name in the {@linkplain #officialLanguage() official
   * language}.
   *
   * @return the official name
   */
  @Value.Derived
  @Value.Auxiliary
  public String officialName() {
    return names().asMap().getOrDefault(officialLanguage(), "");
  }

  /**
   * Returns the name to show a reader of the given languages: the name in the first preferred
   * language; failing that, the {@linkplain #officialName() official name}, in the territory's own
   * language; failing that, the name in the next preferred languages, in order. Readers of most
   * languages write a place's local name when they have no name of their own for it, so the
   * territory's own name comes before a name in a language the reader reads less well.
   *
   * <pre>{@code
   * // Cádiz: names es "Cádiz", fr "Cadix"; official language es.
   * cadiz.displayName(List.of("en", "fr", "es"));   // Cádiz (names().best(...) gives Cadix)
   * cadiz.displayName(List.of("fr", "en"));         // Cadix
   * }</pre>
   *
   * <p>When the official language is undetermined ({@code und}, as importers leave it when the
   * source does not say), the official name is not known to be the local one: it comes after every
   * preferred language. A valid territory always has its official name, so the result is never
   * empty. Equivalent to {@code names().display(preferredLanguages, officialLanguage())} for a
   * determined official language; languages match as in {@link LocalizedText#best(List)} (a
   * preferred {@code es} matches {@code es-AR}).
   *
   * @param preferredLanguages BCP 47 tags in the reader's order of preference
   * @return the name to display
   * @throws IllegalArgumentException if a preferred tag is malformed
   */
  public String displayName(java.util.List<String> preferredLanguages) {
    java.util.Objects.requireNonNull(preferredLanguages, "preferredLanguages");
    String own = officialLanguage();
    if (own.equals("und") || own.startsWith("und-")) {
      java.util.List<String> order = new java.util.ArrayList<>(preferredLanguages);
      order.add(own);
      return names().best(order);
    }
    return names().display(preferredLanguages, own);
  }

  /**
   * Returns other names by which the territory is known, in no particular language ("Terre de Feu",
   * "Cadix").
   *
   * @return the aliases, without duplicates
   */
  public abstract ImmutableList<String> aliases();

  /**
   * Returns the country of the territory; for a country, itself.
   *
   * @return the ISO 3166-1 alpha-2 country
   */
  public abstract CountryCode country();

  /**
   * Returns the ISO 3166-2 code of the territory, if it is a subdivision that has one.
   *
   * @return the subdivision code, whose country is {@link #country()}
   */
  public abstract Optional<SubdivisionCode> subdivision();

  /**
   * Returns the territory this one is part of (Xalapa's parent is Veracruz).
   *
   * @return the parent's id, if any
   */
  public abstract Optional<TerritoryId> parent();

  /**
   * Returns a representative point (the seat or the main city).
   *
   * @return the WGS84 coordinates, if known
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Returns the population with the year of the count.
   *
   * @return the population, if known
   */
  public abstract Optional<Population> population();

  /**
   * Returns identifiers of this territory in other registers, by scheme: {@code wikidata}, {@code
   * insee}, {@code siren}, {@code inegi}, {@code indec}, {@code geonames}, ... Schemes are lower
   * case letters, digits and hyphens.
   *
   * @return the external identifiers by scheme
   */
  public abstract ImmutableMap<String, String> externalIds();

  /**
   * Returns where the facts on this territory come from.
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

  /**
   * Puts the official language in its canonical form, then checks the territory; returns this
   * territory, or its copy with the canonical tag (checked in turn).
   */
  @Value.Check
  Territory check() {
    Checks.Collector problems = new Checks.Collector("Territory " + id());
    String language = officialLanguage();
    String canonical = null;
    try {
      canonical = LanguageTags.canonical(language);
    } catch (IllegalArgumentException e) {
      problems.add(String.valueOf(e.getMessage()));
    }
    if (canonical != null && !canonical.equals(language)) {
      return toBuilder().officialLanguage(canonical).build();
    }
    if (canonical != null && !names().asMap().containsKey(language)) {
      problems.add(
          "Territory "
              + id()
              + " has no name in its official language '"
              + language
              + "': add that name to names or choose one of "
              + names().asMap().keySet());
    }
    problems.checkLengths("the name", names().asMap());
    Set<String> seen = new HashSet<>();
    for (String alias : aliases()) {
      if (alias.isBlank()) {
        problems.add("An alias of territory " + id() + " is blank: give a non-empty text");
      } else if (alias.length() > LocalizedText.MAX_NAME_LENGTH) {
        problems.add("Territory " + id() + ": " + Checks.tooLong("an alias", alias));
      } else if (!seen.add(alias)) {
        problems.add("Territory " + id() + " has the alias '" + alias + "' twice: keep it once");
      }
    }
    subdivision()
        .ifPresent(
            s -> {
              if (!s.country().equals(country())) {
                problems.add(
                    "Territory "
                        + id()
                        + ": subdivision code "
                        + s
                        + " is not of its country "
                        + country()
                        + ": correct the code or the country");
              }
            });
    externalIds()
        .forEach(
            (scheme, value) -> {
              if (!SCHEME.matcher(scheme).matches()) {
                problems.add(
                    "Territory "
                        + id()
                        + ": external id scheme '"
                        + Checks.abbreviate(scheme)
                        + "' is not allowed: use lower-case letters, digits and '-', such as"
                        + " 'wikidata' or 'insee'");
              }
              problems.check(
                  () ->
                      Checks.notBlank(value, "External id '" + scheme + "' of territory " + id()));
            });
    Checks.attributes(attributes(), problems);
    problems.throwIfAny();
    return this;
  }

  /** Builds a {@link Territory}; not thread-safe. */
  public static final class Builder extends ImmutableTerritory.Builder {
    Builder() {}
  }
}
