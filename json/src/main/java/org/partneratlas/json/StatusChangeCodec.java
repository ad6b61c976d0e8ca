package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.StatusChange;

/** A change of a partnership's status, in its status history. */
final class StatusChangeCodec extends ObjectCodec<StatusChange, StatusChange.Builder> {

  static final StatusChangeCodec INSTANCE = new StatusChangeCodec();

  private StatusChangeCodec() {
    super(
        "a status change",
        StatusChange::builder,
        StatusChange.Builder::build,
        optional(
            "date",
            ScalarCodec.DATE::read,
            StatusChange.Builder::date,
            (out, name, s) -> out.optional(name, s.date())),
        optional(
            "attested",
            ScalarCodec.DATE::read,
            StatusChange.Builder::attested,
            (out, name, s) -> out.optional(name, s.attested())),
        required(
            "status",
            c -> c.enumValue(PartnershipStatus.class, "a partnership status"),
            StatusChange.Builder::status,
            (out, name, s) -> out.string(name, s.status())),
        optional(
            "cause",
            JsonCursor::text,
            StatusChange.Builder::cause,
            (out, name, s) -> out.optionalText(name, s.cause())),
        optional(
            "sources",
            JsonCursor::sources,
            StatusChange.Builder::addAllSources,
            (out, name, s) -> out.list(name, s.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            StatusChange.Builder::putAllAttributes,
            (out, name, s) -> out.map(name, s.attributes())));
  }
}
