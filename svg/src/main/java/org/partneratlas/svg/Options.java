package org.partneratlas.svg;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/**
 * What a picture shows and how: the atlas, the focal territory and the options common to both
 * pictures.
 *
 * @param atlas the atlas
 * @param focal the focal territory
 * @param width the width the picture is laid out for, in CSS pixels
 * @param languages the languages of names and labels, in order of preference
 * @param includeTerritoriesWithin whether the partnerships of the territories within the focal one
 *     are shown too
 * @param title the title, or empty for the default one
 * @param credit a line naming the data's sources, or empty
 */
record Options(
    Atlas atlas,
    TerritoryId focal,
    int width,
    ImmutableList<String> languages,
    boolean includeTerritoriesWithin,
    Optional<String> title,
    Optional<String> credit) {

  static final ImmutableList<String> DEFAULT_LANGUAGES = ImmutableList.of("en", "fr", "es");
  static final int DEFAULT_WIDTH = 880;
  static final int MIN_WIDTH = 480;

  Options {
    requireNonNull(atlas, "atlas");
    requireNonNull(focal, "focal");
    if (atlas.territories().get(focal).isEmpty()) {
      throw new IllegalArgumentException("The atlas has no territory " + focal);
    }
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "A picture must be at least " + MIN_WIDTH + " pixels wide to stay legible, not " + width);
    }
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("At least one language is needed for the labels");
    }
  }

  static Options of(Atlas atlas, TerritoryId focal) {
    return new Options(
        atlas, focal, DEFAULT_WIDTH, DEFAULT_LANGUAGES, true, Optional.empty(), Optional.empty());
  }

  Options withWidth(int value) {
    return new Options(atlas, focal, value, languages, includeTerritoriesWithin, title, credit);
  }

  Options withLanguages(List<String> value) {
    return new Options(
        atlas, focal, width, ImmutableList.copyOf(value), includeTerritoriesWithin, title, credit);
  }

  Options withTerritoriesWithin(boolean value) {
    return new Options(atlas, focal, width, languages, value, title, credit);
  }

  Options withTitle(String value) {
    return new Options(
        atlas, focal, width, languages, includeTerritoriesWithin, Optional.of(value), credit);
  }

  Options withCredit(String value) {
    return new Options(
        atlas, focal, width, languages, includeTerritoriesWithin, title, Optional.of(value));
  }

  Territory focalTerritory() {
    return atlas.territories().require(focal);
  }

  /** The focal territory and, if included, the territories within it. */
  Set<TerritoryId> home() {
    Set<TerritoryId> ids = new HashSet<>();
    ids.add(focal);
    if (includeTerritoriesWithin) {
      atlas.descendantsOf(focal).forEach(t -> ids.add(t.id()));
    }
    return ids;
  }

  /** The partnerships shown, in the order of the atlas's portfolio. */
  List<Partnership> partnerships() {
    return includeTerritoriesWithin ? atlas.partnershipsWithin(focal) : atlas.partnershipsOf(focal);
  }

  /** A territory's name for the reader of the languages. */
  String name(Territory territory) {
    return territory.displayName(languages);
  }

  String name(TerritoryId id) {
    return atlas.territories().get(id).map(this::name).orElse(id.value());
  }
}
