package org.partneratlas.cli;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Precision;

/**
 * The words of the territory report in one of its languages (English, French, Spanish), from the
 * bundle {@code report.properties} and its translations, with the data's texts in that language
 * where the data has them.
 *
 * <p>Fallbacks: a label the bundle of the language lacks is the English one. A text of the data (a
 * title, a summary, a theme's label) is in the report's language, else in English, French or
 * Spanish in that order, else in the first language the data has it in ({@link
 * LocalizedText#best}); a place's name is in the report's language, else in the place's own
 * language, else in English, French or Spanish ({@link Territory#displayName}). Country names and
 * months are Java's, in the report's language.
 */
final class Words {

  /** The report's languages. */
  enum Language {
    EN,
    FR,
    ES;

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Language language;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final List<String> languages;

  Words(Language language) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language.tag());
    this.bundle =
        ResourceBundle.getBundle(
            "org.partneratlas.cli.report",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<String> order = new ArrayList<>();
    order.add(language.tag());
    for (Language other : Language.values()) {
      if (other != language) {
        order.add(other.tag());
      }
    }
    this.languages = List.copyOf(order);
  }

  Language language() {
    return language;
  }

  /** The languages of data texts, in order of preference. */
  List<String> languages() {
    return languages;
  }

  /** The text of a key with its {@code {0}}, {@code {1}}, ... replaced by the values. */
  String get(String key, Object... values) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("The report has no text for '" + key + "'", e);
    }
    StringBuilder sb = new StringBuilder(pattern);
    for (int i = values.length - 1; i >= 0; i--) {
      String slot = "{" + i + "}";
      for (int at = sb.indexOf(slot); at >= 0; at = sb.indexOf(slot, at)) {
        String value = String.valueOf(values[i]);
        sb.replace(at, at + slot.length(), value);
        at += value.length();
      }
    }
    return sb.toString();
  }

  /** Whether the bundle has a key (in this language or in English). */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** An enum constant in words: the key {@code SimpleName.CONSTANT}. */
  String word(Enum<?> constant) {
    return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  String words(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(this::word).collect(Collectors.joining(", "));
  }

  /** A data text in the report's language, with the fallbacks of the class documentation. */
  String text(LocalizedText text) {
    return text.best(languages);
  }

  String name(Territory territory) {
    return territory.displayName(languages);
  }

  String name(Atlas atlas, TerritoryId id) {
    return atlas.territories().get(id).map(this::name).orElse(id.value());
  }

  String country(Territory territory) {
    return territory.country().displayName(locale);
  }

  /** "Kiel (Germany)". */
  String nameWithCountry(Atlas atlas, TerritoryId id) {
    return atlas
        .territories()
        .get(id)
        .map(t -> name(t) + " (" + country(t) + ")")
        .orElse(id.value());
  }

  String theme(Atlas atlas, ThemeId id) {
    return atlas.themes().get(id).map(t -> t.label(languages)).orElse(id.value());
  }

  String themes(Atlas atlas, Collection<ThemeId> ids) {
    return ids.stream().map(id -> theme(atlas, id)).collect(Collectors.joining(", "));
  }

  /** A number as the language writes it: 139,342 or 139 342. */
  String number(long n) {
    return String.format(locale, "%,d", n);
  }

  /**
   * A date as precisely as it is known: "2016", "autumn 2020", "July 2012", "12 October 2020"; "the
   * 1960s" for {@code 196X}; "about 1960" and "(uncertain)" for qualified dates; the EDTF text for
   * other unspecified digits.
   */
  String date(PartialDate date) {
    PartialDate plain = date.unqualified();
    String text;
    if (plain.unspecifiedYearDigits() == 1 && plain.precision() == Precision.YEAR) {
      text = get("date.decade", plain.year());
    } else if (plain.hasUnspecifiedDigits()) {
      text = plain.toString();
    } else {
      switch (plain.precision()) {
        case DAY:
          text =
              get(
                  "date.day",
                  plain.dayOfMonth(),
                  plain.month().getDisplayName(TextStyle.FULL_STANDALONE, locale),
                  plain.year());
          break;
        case MONTH:
          text =
              get(
                  "date.month",
                  plain.month().getDisplayName(TextStyle.FULL_STANDALONE, locale),
                  plain.year());
          break;
        case SEASON:
          text = get("date.season", word(plain.season()), plain.year());
          break;
        default:
          text = Integer.toString(plain.year());
      }
    }
    if (date.isApproximate()) {
      text = get("date.about", text);
    }
    return date.isUncertain() ? get("date.uncertain", text) : text;
  }

  /**
   * A period, saying what is not known: "1964–1990", "since 1964" (ongoing), "1964 – end not
   * known", "until 1990", "start not known – 1990", "dates not known"; a single date as {@link
   * #date}.
   */
  String range(DateRange range) {
    Optional<PartialDate> start = range.start();
    Optional<PartialDate> end = range.end();
    if (range.isSingleDate() && start.isPresent()) {
      return date(start.get());
    }
    if (start.isPresent() && end.isPresent()) {
      PartialDate from = start.get();
      PartialDate to = end.get();
      boolean sameMonth =
          from.precision() == Precision.DAY
              && to.precision() == Precision.DAY
              && !from.isQualified()
              && !to.isQualified()
              && !from.hasUnspecifiedDigits()
              && !to.hasUnspecifiedDigits()
              && from.year() == to.year()
              && from.month() == to.month();
      // 12–16 October 2020: the day alone at the start of a period within one month.
      return get(
          "range.closed", sameMonth ? Integer.toString(from.dayOfMonth()) : date(from), date(to));
    }
    if (start.isPresent()) {
      return get(range.isOpenEnd() ? "range.since" : "range.endUnknown", date(start.get()));
    }
    if (end.isPresent()) {
      return get(range.isOpenStart() ? "range.until" : "range.startUnknown", date(end.get()));
    }
    if (range.isOpenStart() && range.isOpenEnd()) {
      return get("range.always");
    }
    if (range.isUnknownStart() && range.isUnknownEnd()) {
      return get("range.unknown");
    }
    return get(range.isUnknownStart() ? "range.startUnknownOngoing" : "range.onlyEndUnknown");
  }
}
