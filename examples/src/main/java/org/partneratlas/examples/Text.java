package org.partneratlas.examples;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;

/** Readable English forms of dates, names and labels, for the examples' reports. */
final class Text {

  /** Languages to show texts in, in order of preference. */
  static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private Text() {}

  /** A text in English if it has one, else in French, else in Spanish, else any. */
  static String english(LocalizedText text) {
    return text.best(LANGUAGES);
  }

  /** A territory's English name, or else its official name. */
  static String name(Territory territory) {
    return territory.names().get("en").orElse(territory.officialName());
  }

  static String name(Atlas atlas, TerritoryId id) {
    return atlas.territories().get(id).map(Text::name).orElse(id.value());
  }

  /** A territory's name with its country, such as "Kiel (Germany)". */
  static String nameWithCountry(Atlas atlas, TerritoryId id) {
    return atlas
        .territories()
        .get(id)
        .map(t -> name(t) + " (" + country(t) + ")")
        .orElse(id.value());
  }

  static String country(Territory territory) {
    return territory.country().displayName(Locale.ENGLISH);
  }

  static String theme(Atlas atlas, ThemeId id) {
    return atlas.themes().get(id).map(t -> t.label(LANGUAGES)).orElse(id.value());
  }

  /** Pads or cuts a text to a width, for columns. */
  static String pad(String text, int width) {
    if (text.length() > width) {
      return text.substring(0, width - 1) + "…";
    }
    return text + " ".repeat(width - text.length());
  }

  /**
   * Writes a prefix and a text wrapped to a width, following lines indented to the prefix's width.
   */
  static String wrap(String prefix, String text, int width) {
    String indent = " ".repeat(prefix.length());
    StringBuilder out = new StringBuilder(prefix);
    int column = prefix.length();
    boolean first = true;
    for (String word : Splitter.on(' ').omitEmptyStrings().split(text)) {
      if (!first && column + 1 + word.length() > width) {
        out.append('\n').append(indent);
        column = indent.length();
      } else if (!first) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
      first = false;
    }
    return out.toString();
  }
}
