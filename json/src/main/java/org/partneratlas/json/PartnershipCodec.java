package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.list;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.sources;

import org.partneratlas.atlas.EntityKind;
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
        id(
            EntityKind.PARTNERSHIP,
            ScalarCodec.PARTNERSHIP_ID,
            Partnership.Builder::id,
            Partnership::id),
        enumeration(
            "kind",
            PartnershipKind.class,
            "a kind of partnership",
            Partnership.Builder::kind,
            Partnership::kind),
        optionalText("names", Partnership.Builder::names, Partnership::names),
        list(
            "parties",
            "a list of parties (an array)",
            PartyCodec.INSTANCE,
            Partnership.Builder::addAllParties,
            Partnership::parties),
        list(
            "agreements",
            "a list of agreements (an array)",
            AgreementCodec.INSTANCE,
            Partnership.Builder::addAllAgreements,
            Partnership::agreements),
        list(
            "statusHistory",
            "a list of status changes (an array)",
            StatusChangeCodec.INSTANCE,
            Partnership.Builder::addAllStatusHistory,
            Partnership::statusHistory),
        list(
            "themes",
            "a list of theme periods (an array)",
            ThemePeriodCodec.INSTANCE,
            Partnership.Builder::addAllThemes,
            Partnership::themes),
        list(
            "aims",
            "a list of aims (an array)",
            LocalizedTextCodec.INSTANCE,
            Partnership.Builder::addAllAims,
            Partnership::aims),
        list(
            "actions",
            "a list of actions (an array)",
            ActionCodec.INSTANCE,
            Partnership.Builder::addAllActions,
            Partnership::actions),
        list(
            "perspectives",
            "a list of perspectives (an array)",
            PerspectiveCodec.INSTANCE,
            Partnership.Builder::addAllPerspectives,
            Partnership::perspectives),
        sources(Partnership.Builder::addAllSources, Partnership::sources),
        attributes(Partnership.Builder::putAllAttributes, Partnership::attributes));
  }
}
