package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sources;

import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;

/** A partnership: its parties, agreements, status history, themes, actions and perspectives. */
final class PartnershipCodec extends ObjectCodec<Partnership, Partnership.Builder> {

  static final PartnershipCodec INSTANCE = new PartnershipCodec();

  private PartnershipCodec() {
    super(
        "a partnership",
        Partnership::builder,
        Partnership.Builder::build,
        scalar("id", ScalarCodec.PARTNERSHIP_ID, Partnership.Builder::id, Partnership::id),
        enumeration(
            "kind",
            PartnershipKind.class,
            "a kind of partnership",
            Partnership.Builder::kind,
            Partnership::kind),
        optionalText("names", Partnership.Builder::names, Partnership::names),
        optional(
            "parties",
            c -> c.list("a list of parties (an array)", PartyCodec.INSTANCE::read),
            Partnership.Builder::addAllParties,
            (out, name, p) -> out.list(name, p.parties(), PartyCodec.INSTANCE)),
        optional(
            "agreements",
            c -> c.list("a list of agreements (an array)", AgreementCodec.INSTANCE::read),
            Partnership.Builder::addAllAgreements,
            (out, name, p) -> out.list(name, p.agreements(), AgreementCodec.INSTANCE)),
        optional(
            "statusHistory",
            c -> c.list("a list of status changes (an array)", StatusChangeCodec.INSTANCE::read),
            Partnership.Builder::addAllStatusHistory,
            (out, name, p) -> out.list(name, p.statusHistory(), StatusChangeCodec.INSTANCE)),
        optional(
            "themes",
            c -> c.list("a list of theme periods (an array)", ThemePeriodCodec.INSTANCE::read),
            Partnership.Builder::addAllThemes,
            (out, name, p) -> out.list(name, p.themes(), ThemePeriodCodec.INSTANCE)),
        optional(
            "aims",
            c -> c.list("a list of aims (an array)", JsonCursor::text),
            Partnership.Builder::addAllAims,
            (out, name, p) -> out.list(name, p.aims(), LocalizedTextCodec.INSTANCE)),
        optional(
            "actions",
            c -> c.list("a list of actions (an array)", ActionCodec.INSTANCE::read),
            Partnership.Builder::addAllActions,
            (out, name, p) -> out.list(name, p.actions(), ActionCodec.INSTANCE)),
        optional(
            "perspectives",
            c -> c.list("a list of perspectives (an array)", PerspectiveCodec.INSTANCE::read),
            Partnership.Builder::addAllPerspectives,
            (out, name, p) -> out.list(name, p.perspectives(), PerspectiveCodec.INSTANCE)),
        sources(Partnership.Builder::addAllSources, Partnership::sources),
        attributes(Partnership.Builder::putAllAttributes, Partnership::attributes));
  }
}
