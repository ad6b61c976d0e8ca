package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.list;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sortedSet;
import static org.partneratlas.json.Property.sources;

import org.partneratlas.action.ActionKind;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.crisis.CrisisImpact;

/** What a crisis did to territories and partnerships, and how they adapted. */
final class CrisisImpactCodec extends ObjectCodec<CrisisImpact, CrisisImpact.Builder> {

  static final CrisisImpactCodec INSTANCE = new CrisisImpactCodec();

  private CrisisImpactCodec() {
    super(
        "a crisis impact",
        CrisisImpact::builder,
        CrisisImpact.Builder::build,
        id(
            EntityKind.CRISIS_IMPACT,
            ScalarCodec.CRISIS_IMPACT_ID,
            CrisisImpact.Builder::id,
            CrisisImpact::id),
        scalar("crisis", ScalarCodec.CRISIS_ID, CrisisImpact.Builder::crisis, CrisisImpact::crisis),
        optionalText("summary", CrisisImpact.Builder::summary, CrisisImpact::summary),
        sortedSet(
            "territories",
            "a list of territory ids (an array)",
            ScalarCodec.TERRITORY_ID::read,
            CrisisImpact.Builder::addAllTerritories,
            CrisisImpact::territories),
        sortedSet(
            "partnerships",
            "a list of partnership ids (an array)",
            ScalarCodec.PARTNERSHIP_ID::read,
            CrisisImpact.Builder::addAllPartnerships,
            CrisisImpact::partnerships),
        sortedSet(
            "suspendedActionKinds",
            "a list of kinds of action (an array)",
            e -> e.enumValue(ActionKind.class, "a kind of action"),
            CrisisImpact.Builder::addAllSuspendedActionKinds,
            CrisisImpact::suspendedActionKinds),
        list(
            "adaptations",
            "a list of adaptations (an array)",
            AdaptationCodec.INSTANCE,
            CrisisImpact.Builder::addAllAdaptations,
            CrisisImpact::adaptations),
        list(
            "lessons",
            "a list of lessons (an array)",
            LocalizedTextCodec.INSTANCE,
            CrisisImpact.Builder::addAllLessons,
            CrisisImpact::lessons),
        sources(CrisisImpact.Builder::addAllSources, CrisisImpact::sources),
        attributes(CrisisImpact.Builder::putAllAttributes, CrisisImpact::attributes));
  }
}
