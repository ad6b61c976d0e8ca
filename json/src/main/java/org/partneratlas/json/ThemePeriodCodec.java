package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.time.DateRange;

/** A theme a partnership worked on, and when. */
final class ThemePeriodCodec extends ObjectCodec<ThemePeriod, ThemePeriod.Builder> {

  static final ThemePeriodCodec INSTANCE = new ThemePeriodCodec();

  private ThemePeriodCodec() {
    super(
        "a theme period",
        ThemePeriod::builder,
        ThemePeriod.Builder::build,
        required(
            "theme",
            ScalarCodec.THEME_ID::read,
            ThemePeriod.Builder::theme,
            (out, name, t) -> out.string(name, t.theme())),
        optional(
            "period",
            ScalarCodec.DATE_RANGE::read,
            ThemePeriod.Builder::period,
            (out, name, t) -> out.string(name, t.period(), DateRange.unbounded())),
        optional(
            "attested",
            ScalarCodec.DATE::read,
            ThemePeriod.Builder::attested,
            (out, name, t) -> out.optional(name, t.attested())),
        optional(
            "sources",
            JsonCursor::sources,
            ThemePeriod.Builder::addAllSources,
            (out, name, t) -> out.list(name, t.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            ThemePeriod.Builder::putAllAttributes,
            (out, name, t) -> out.map(name, t.attributes())));
  }
}
