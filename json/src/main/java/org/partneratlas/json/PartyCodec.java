package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sources;

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
        scalar("territory", ScalarCodec.TERRITORY_ID, Party.Builder::territory, Party::territory),
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
        optionalScalar("attested", ScalarCodec.DATE, Party.Builder::attested, Party::attested),
        sources(Party.Builder::addAllSources, Party::sources),
        attributes(Party.Builder::putAllAttributes, Party::attributes));
  }
}
