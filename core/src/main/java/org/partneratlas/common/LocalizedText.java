package org.partneratlas.common;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.partneratlas.internal.Checks;

/**
 * A text in one or more languages, keyed by BCP 47 language tag: a name, a label, an aim, a lesson.
 *
 * <p>Tags are kept in their canonical form ({@code "ES-ar"} becomes {@code "es-AR"}) and in
 * alphabetical order, so that two texts with the same translations are equal and print the same.
 * Texts are never blank. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.builder()
 *     .put("fr", "Terre de Feu")
 *     .put("es", "Tierra del Fuego")
 *     .build();
 * name.get("fr");                         // Optional[Terre de Feu]
 * name.best(List.of("de", "en", "es"));   // Tierra del Fuego
 * }</pre>
 *
 * <p>To show a place's name to a reader, prefer {@link #display(List, String)}, which puts the
 * place's own language before the reader's less preferred ones.
 */
@Immutable
public final class LocalizedText {

  /**
   * The maximum length of a name, alias or label, in UTF-16 code units ({@link String#length()}):
   * {@value}. The names of territories, partnerships, actors and crises, the aliases of territories
   * and the labels of themes are checked against it when they are built (partnership names when the
   * atlas is built), and so is every name read from a file, so that folding names for lookups stays
   * cheap. Other texts (descriptions, aims, lessons) have no such limit.
   */
  public static final int MAX_NAME_LENGTH = Checks.MAX_NAME_LENGTH;

  private static final LocalizedText EMPTY = new LocalizedText(ImmutableSortedMap.of());

  // Most texts are in one language: those keep its tag and text, without a map (a map of one entry
  // and its key set and value lists take about 80 bytes more); the others keep their map.
  private final @Nullable ImmutableSortedMap<String, String> texts;
  private final @Nullable String language;
  private final @Nullable String text;

  private LocalizedText(ImmutableSortedMap<String, String> texts) {
    this.texts = texts;
    this.language = null;
    this.text = null;
  }

  private LocalizedText(String language, String text) {
    this.texts = null;
    this.language = language;
    this.text = text;
  }

  /**
   * Returns the text with no translation.
   *
   * @return the empty text
   */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * Returns a text in one language.
   *
   * @param language a BCP 47 language tag
   * @param text the text, not blank
   * @return the localised text
   * @throws IllegalArgumentException if the tag is malformed or the text blank
   */
  public static LocalizedText of(String language, String text) {
    return builder().put(language, text).build();
  }

  /**
   * Returns a text with the given translations.
   *
   * @param texts the texts by BCP 47 language tag
   * @return the localised text
   * @throws IllegalArgumentException if a tag is malformed, two tags are the same once
   *     canonicalised, or a text is blank
   */
  public static LocalizedText of(Map<String, String> texts) {
    requireNonNull(texts, "texts");
    Builder builder = builder();
    texts.forEach(builder::put);
    return builder.build();
  }

  /**
   * Returns a builder of localised text.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the translations, by canonical language tag in alphabetical order.
   *
   * @return the texts by language
   */
  public ImmutableSortedMap<String, String> asMap() {
    return texts != null
        ? texts
        : ImmutableSortedMap.of(requireNonNull(language), requireNonNull(text));
  }

  /**
   * Returns whether there is no translation.
   *
   * @return whether this text is empty
   */
  public boolean isEmpty() {
    return texts != null && texts.isEmpty();
  }

  /**
   * Returns the text in a language.
   *
   * @param language a BCP 47 language tag, matched exactly after canonicalisation
   * @return the text in that language, or empty if there is none
   * @throws IllegalArgumentException if the tag is malformed
   */
  public Optional<String> get(String language) {
    String tag = LanguageTags.canonical(language);
    if (texts != null) {
      return Optional.ofNullable(texts.get(tag));
    }
    return tag.equals(this.language) ? Optional.of(requireNonNull(text)) : Optional.empty();
  }

  /**
   * Returns the text in the first of the given languages that has one; failing that, in the first
   * language in alphabetical order; failing that (an empty text), the empty string.
   *
   * <p>A preferred tag also matches a more specific one: {@code es} matches {@code es-AR}.
   *
   * <p>This is the rule for texts that belong to no language in particular (labels, titles, aims).
   * For the name of a place, which has a language of its own, use {@link #display(List, String)} or
   * {@link org.partneratlas.territory.Territory#displayName(List)}: with {@code best(List.of("en",
   * "fr", "es"))} Cádiz, named "Cádiz" in Spanish and "Cadix" in French, is "Cadix", a French
   * exonym shown to an English reader; its display name is "Cádiz".
   *
   * @param preferredLanguages BCP 47 tags in order of preference
   * @return the best text available
   * @throws IllegalArgumentException if a preferred tag is malformed
   */
  public String best(List<String> preferredLanguages) {
    requireNonNull(preferredLanguages, "preferredLanguages");
    if (texts == null) {
      // The one text is the answer whatever is preferred, but the preferred tags are read as with
      // several languages (up to a match), so that a malformed one throws alike.
      String only = requireNonNull(language);
      for (String preferred : preferredLanguages) {
        String tag = LanguageTags.canonical(preferred);
        if (only.equals(tag) || only.startsWith(tag + "-")) {
          break;
        }
      }
      return requireNonNull(text);
    }
    for (String language : preferredLanguages) {
      String tag = LanguageTags.canonical(language);
      String exact = texts.get(tag);
      if (exact != null) {
        return exact;
      }
      for (Map.Entry<String, String> e : texts.entrySet()) {
        if (e.getKey().startsWith(tag + "-")) {
          return e.getValue();
        }
      }
    }
    return texts.isEmpty() ? "" : texts.values().iterator().next();
  }

  /**
   * Returns the text to show a reader of the preferred languages when the text has a language of
   * its own, as a place's name has the place's language (its endonym): the text in the first
   * preferred language; failing that, the text in {@code ownLanguage}; failing that, in the other
   * preferred languages, in order; failing that, the first text in alphabetical order of languages;
   * failing that (an empty text), the empty string.
   *
   * <p>The own language comes second because readers of most languages write a place's local name
   * when they have no name of their own for it: a reader of English who also reads French and
   * Spanish sees "Cádiz" for Cádiz, named "Cádiz" in Spanish (its own language) and "Cadix" in
   * French, not the French exonym that {@link #best(List)} gives.
   *
   * <pre>{@code
   * LocalizedText cadiz = LocalizedText.builder().put("es", "Cádiz").put("fr", "Cadix").build();
   * cadiz.display(List.of("en", "fr", "es"), "es");   // Cádiz: no English name, the Spanish one
   * cadiz.display(List.of("fr", "en"), "es");         // Cadix: the reader's first language
   * cadiz.best(List.of("en", "fr", "es"));            // Cadix
   * }</pre>
   *
   * <p>Languages match as for {@link #best(List)}: a preferred tag also matches a more specific
   * one.
   *
   * @param preferredLanguages BCP 47 tags in the reader's order of preference
   * @param ownLanguage the BCP 47 tag of the text's own language, such as a territory's {@linkplain
   *     org.partneratlas.territory.Territory#officialLanguage() official language}
   * @return the text to display
   * @throws IllegalArgumentException if a tag is malformed
   */
  public String display(List<String> preferredLanguages, String ownLanguage) {
    requireNonNull(preferredLanguages, "preferredLanguages");
    requireNonNull(ownLanguage, "ownLanguage");
    List<String> order = new java.util.ArrayList<>(preferredLanguages.size() + 1);
    if (!preferredLanguages.isEmpty()) {
      order.add(preferredLanguages.get(0));
    }
    order.add(ownLanguage);
    order.addAll(
        preferredLanguages.subList(
            Math.min(1, preferredLanguages.size()), preferredLanguages.size()));
    return best(order);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof LocalizedText other
        && Objects.equals(texts, other.texts)
        && Objects.equals(language, other.language)
        && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    // The hash of asMap(), without making it.
    return texts != null
        ? texts.hashCode()
        : requireNonNull(language).hashCode() ^ requireNonNull(text).hashCode();
  }

  /**
   * Returns the translations as {@code {en=..., fr=...}}.
   *
   * @return a readable form of this text
   */
  @Override
  public String toString() {
    return texts != null ? texts.toString() : "{" + language + "=" + text + "}";
  }

  /** Collects translations; not thread-safe. */
  public static final class Builder {
    // The first translation, then, from the second on, all of them in a map builder.
    private @Nullable String firstTag;
    private @Nullable String firstText;
    private ImmutableSortedMap.@Nullable Builder<String, String> texts;
    private java.util.@Nullable Set<String> seen;

    private Builder() {}

    /**
     * Adds a translation.
     *
     * @param language a BCP 47 language tag
     * @param text the text, not blank
     * @return this builder
     * @throws IllegalArgumentException if the tag is malformed or already given, or the text is
     *     blank
     */
    @com.google.errorprone.annotations.CanIgnoreReturnValue
    public Builder put(String language, String text) {
      requireNonNull(language, "language");
      requireNonNull(text, "text");
      String tag = LanguageTags.canonical(language);
      if (text.isBlank()) {
        throw new IllegalArgumentException(
            "The text in '" + tag + "' is blank: give a text or leave that language out");
      }
      if (firstTag == null) {
        firstTag = tag;
        firstText = text;
        return this;
      }
      if (texts == null || seen == null) {
        texts = ImmutableSortedMap.naturalOrder();
        seen = new java.util.HashSet<>();
        texts.put(firstTag, requireNonNull(firstText));
        seen.add(firstTag);
      }
      if (!seen.add(tag)) {
        throw new IllegalArgumentException(
            "Language '" + tag + "' is given twice: keep one text per language");
      }
      texts.put(tag, text);
      return this;
    }

    /**
     * Returns the localised text.
     *
     * @return the text with the translations added so far
     */
    public LocalizedText build() {
      if (texts != null) {
        return new LocalizedText(texts.buildOrThrow());
      }
      return firstTag == null ? EMPTY : new LocalizedText(firstTag, requireNonNull(firstText));
    }
  }
}
