package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.theme.Theme;

/** A theme: its id, labels and Sustainable Development Goals. */
final class ThemeCodec extends ObjectCodec<Theme, Theme.Builder> {

  static final ThemeCodec INSTANCE = new ThemeCodec();

  private ThemeCodec() {
    super(
        "a theme",
        Theme::builder,
        Theme.Builder::build,
        required(
            "id",
            ScalarCodec.THEME_ID::read,
            Theme.Builder::id,
            (out, name, t) -> out.string(name, t.id())),
        required(
            "labels",
            JsonCursor::text,
            Theme.Builder::labels,
            (out, name, t) -> out.text(name, t.labels())),
        optional(
            "sdgs",
            c ->
                c.distinct(
                    "a list of Sustainable Development Goals (an array of numbers from 1 to 17)",
                    JsonCursor::goal),
            Theme.Builder::addAllSdgs,
            (out, name, t) -> out.numbers(name, t.sdgs())),
        optional(
            "attributes",
            JsonCursor::attributes,
            Theme.Builder::putAllAttributes,
            (out, name, t) -> out.map(name, t.attributes())));
  }
}
