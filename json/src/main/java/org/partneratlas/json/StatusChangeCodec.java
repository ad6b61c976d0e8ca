package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.sources;

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
        optionalScalar("date", ScalarCodec.DATE, StatusChange.Builder::date, StatusChange::date),
        optionalScalar(
            "attested", ScalarCodec.DATE, StatusChange.Builder::attested, StatusChange::attested),
        enumeration(
            "status",
            PartnershipStatus.class,
            "a partnership status",
            StatusChange.Builder::status,
            StatusChange::status),
        optionalText("cause", StatusChange.Builder::cause, StatusChange::cause),
        sources(StatusChange.Builder::addAllSources, StatusChange::sources),
        attributes(StatusChange.Builder::putAllAttributes, StatusChange::attributes));
  }
}
