package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.text;

import org.partneratlas.atlas.EntityKind;
import org.partneratlas.theme.Theme;

/** A theme: its id, labels and Sustainable Development Goals. */
final class ThemeCodec extends ObjectCodec<Theme, Theme.Builder> {

  static final ThemeCodec INSTANCE = new ThemeCodec();

  private ThemeCodec() {
    super(
        "a theme",
        Theme::builder,
        Theme.Builder::build,
        id(EntityKind.THEME, ScalarCodec.THEME_ID, Theme.Builder::id, Theme::id),
        text("labels", Theme.Builder::labels, Theme::labels),
        optional(
            "sdgs",
            c ->
                c.distinct(
                    "a list of Sustainable Development Goals (an array of numbers from 1 to 17)",
                    Primitives::goal),
            Theme.Builder::addAllSdgs,
            (out, name, t) -> out.numbers(name, t.sdgs())),
        attributes(Theme.Builder::putAllAttributes, Theme::attributes));
  }
}
