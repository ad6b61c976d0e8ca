package org.partneratlas.json;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.ActorId;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The codec of a scalar type of core (ids, codes, dates, periods): written as its canonical text,
 * {@code toString()}, and read back by its {@code of} or {@code parse} factory, whose {@link
 * IllegalArgumentException} is the problem. Map keys of these types use the same factory.
 *
 * @param <T> the type
 */
class ScalarCodec<T> implements Codec<T> {

  /**
   * The sharing codecs made so far, numbering their tables in a cursor; declared before the codecs
   * below, which it numbers as they are made.
   */
  private static final AtomicInteger SHARING = new AtomicInteger();

  static final ScalarCodec<TerritoryId> TERRITORY_ID =
      new ScalarCodec<>("a territory id (a text)", TerritoryId::of, true);
  static final ScalarCodec<PartnershipId> PARTNERSHIP_ID =
      new ScalarCodec<>("a partnership id (a text)", PartnershipId::of, false);
  static final ScalarCodec<ThemeId> THEME_ID =
      new ScalarCodec<>("a theme id (a text)", ThemeId::of, true);
  static final ScalarCodec<ActorId> ACTOR_ID =
      new ScalarCodec<>("an actor id (a text)", ActorId::of, true);
  static final ScalarCodec<ActionId> ACTION_ID =
      new ScalarCodec<>("an action id (a text)", ActionId::of, false);
  static final ScalarCodec<CrisisId> CRISIS_ID =
      new ScalarCodec<>("a crisis id (a text)", CrisisId::of, true);
  static final ScalarCodec<CrisisImpactId> CRISIS_IMPACT_ID =
      new ScalarCodec<>("a crisis impact id (a text)", CrisisImpactId::of, false);
  static final ScalarCodec<CountryCode> COUNTRY =
      new ScalarCodec<>(
          "an ISO 3166-1 alpha-2 country code (a text such as \"FR\")", CountryCode::of, true);
  static final ScalarCodec<SubdivisionCode> SUBDIVISION =
      new ScalarCodec<>(
          "an ISO 3166-2 subdivision code (a text such as \"FR-29\")", SubdivisionCode::of, true);
  static final ScalarCodec<PartialDate> DATE =
      new ScalarCodec<>(
          "a date in EDTF (such as \"2016\", \"2020-10-12\", \"1960~\" or \"196X\")",
          PartialDate::parse,
          true);
  static final ScalarCodec<DateRange> DATE_RANGE = new DateRangeCodec();

  /** The version in which an explicit {@code ../..} meant "nothing known". */
  static final int UNBOUNDED_MEANT_UNKNOWN = 1;

  final String what;
  final Function<String, T> parser;
  private final boolean shares;

  /** The number of this codec's table of values in a cursor, if it shares; -1 if not. */
  final int slot;

  /**
   * Returns a codec whose values are not shared: each read makes its own.
   *
   * @param what the value for messages: "a territory id (a text)"
   * @param parser reads the canonical text
   */
  ScalarCodec(String what, Function<String, T> parser) {
    this(what, parser, false);
  }

  /**
   * Returns a codec.
   *
   * @param what the value for messages: "a territory id (a text)"
   * @param parser reads the canonical text; for a sharing codec, equal texts give equal values
   * @param shares whether equal texts in one document give one shared value: for values that are
   *     often repeated (references, dates), not for those written once each (a partnership's or an
   *     action's own id), whose table would cost more than it saves
   */
  ScalarCodec(String what, Function<String, T> parser, boolean shares) {
    this.what = what;
    this.parser = parser;
    this.shares = shares;
    this.slot = shares ? SHARING.getAndIncrement() : -1;
  }

  @Override
  public @Nullable T read(JsonCursor c) {
    return shares ? c.parsedShared(this, what) : c.parsed(what, parser);
  }

  @Override
  public final void write(JsonOutput out, T value) {
    out.scalar(value);
  }

  /**
   * Periods. In a version-1 document, {@code ../..} meant "nothing is known" and is read as {@link
   * DateRange#unknown()}; in version 2 it means "without limit on either side". Read before the
   * document's version is known, it is noted for {@link DocumentReader} to check.
   */
  private static final class DateRangeCodec extends ScalarCodec<DateRange> {

    DateRangeCodec() {
      super(
          "a date or period in EDTF (such as \"2016\", \"2017/2018\", \"2009/..\" or \"2010/\")",
          DateRange::parse,
          true);
    }

    @Override
    public @Nullable DateRange read(JsonCursor c) {
      DateRange range = super.read(c);
      if (range != null && range.equals(DateRange.unbounded())) {
        if (c.version == UNBOUNDED_MEANT_UNKNOWN) {
          return DateRange.unknown();
        }
        if (c.version == 0 && c.unboundedLocations.size() < c.limits.maxProblems()) {
          // At most as many as can be reported: the maxProblems-th stops reading anyway.
          c.unboundedLocations.add(c.p.currentTokenLocation());
          c.unboundedPointers.add(c.pointer());
        }
      }
      return range;
    }
  }
}
