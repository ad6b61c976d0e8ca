package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;

/** An agreement of a partnership: a charter, convention, renewal, ... */
final class AgreementCodec extends ObjectCodec<Agreement, Agreement.Builder> {

  static final AgreementCodec INSTANCE = new AgreementCodec();

  private AgreementCodec() {
    super(
        "an agreement",
        Agreement::builder,
        Agreement.Builder::build,
        required(
            "kind",
            c -> c.enumValue(AgreementKind.class, "a kind of agreement"),
            Agreement.Builder::kind,
            (out, name, a) -> out.string(name, a.kind())),
        optional(
            "title",
            JsonCursor::text,
            Agreement.Builder::title,
            (out, name, a) -> out.optionalText(name, a.title())),
        optional(
            "signed",
            ScalarCodec.DATE::read,
            Agreement.Builder::signed,
            (out, name, a) -> out.optional(name, a.signed())),
        optional(
            "period",
            ScalarCodec.DATE_RANGE::read,
            Agreement.Builder::period,
            (out, name, a) -> out.optional(name, a.period())),
        optional(
            "sources",
            JsonCursor::sources,
            Agreement.Builder::addAllSources,
            (out, name, a) -> out.list(name, a.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            Agreement.Builder::putAllAttributes,
            (out, name, a) -> out.map(name, a.attributes())));
  }
}
