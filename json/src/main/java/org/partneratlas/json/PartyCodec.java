package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.time.DateRange;

/** A party of a partnership: a territory, its role, and when it took part. */
final class PartyCodec extends ObjectCodec<Party, Party.Builder> {

  static final PartyCodec INSTANCE = new PartyCodec();

  private PartyCodec() {
    super(
        "a party",
        Party::builder,
        Party.Builder::build,
        required(
            "territory",
            ScalarCodec.TERRITORY_ID::read,
            Party.Builder::territory,
            (out, name, p) -> out.string(name, p.territory())),
        optional(
            "role",
            c -> c.enumValue(PartyRole.class, "a party role"),
            Party.Builder::role,
            (out, name, p) -> out.string(name, p.role(), PartyRole.PARTNER)),
        optional(
            "period",
            ScalarCodec.DATE_RANGE::read,
            Party.Builder::period,
            (out, name, p) -> out.string(name, p.period(), DateRange.unbounded())),
        optional(
            "status",
            c -> c.enumValue(PartyStatus.class, "a party status"),
            Party.Builder::status,
            (out, name, p) -> out.string(name, p.status(), PartyStatus.ACTIVE)),
        optional(
            "attested",
            ScalarCodec.DATE::read,
            Party.Builder::attested,
            (out, name, p) -> out.optional(name, p.attested())),
        optional(
            "sources",
            JsonCursor::sources,
            Party.Builder::addAllSources,
            (out, name, p) -> out.list(name, p.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            Party.Builder::putAllAttributes,
            (out, name, p) -> out.map(name, p.attributes())));
  }
}
