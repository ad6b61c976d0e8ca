package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sources;

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
        scalar("theme", ScalarCodec.THEME_ID, ThemePeriod.Builder::theme, ThemePeriod::theme),
        optional(
            "period",
            ScalarCodec.DATE_RANGE::read,
            ThemePeriod.Builder::period,
            (out, name, t) -> out.string(name, t.period(), DateRange.unbounded())),
        optionalScalar(
            "attested", ScalarCodec.DATE, ThemePeriod.Builder::attested, ThemePeriod::attested),
        sources(ThemePeriod.Builder::addAllSources, ThemePeriod::sources),
        attributes(ThemePeriod.Builder::putAllAttributes, ThemePeriod::attributes));
  }
}
