package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.sources;

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
        enumeration(
            "kind",
            AgreementKind.class,
            "a kind of agreement",
            Agreement.Builder::kind,
            Agreement::kind),
        optionalText("title", Agreement.Builder::title, Agreement::title),
        optionalScalar("signed", ScalarCodec.DATE, Agreement.Builder::signed, Agreement::signed),
        optionalScalar(
            "period", ScalarCodec.DATE_RANGE, Agreement.Builder::period, Agreement::period),
        sources(Agreement.Builder::addAllSources, Agreement::sources),
        attributes(Agreement.Builder::putAllAttributes, Agreement::attributes));
  }
}
