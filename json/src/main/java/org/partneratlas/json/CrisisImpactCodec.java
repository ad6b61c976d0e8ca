package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sources;

import org.partneratlas.action.ActionKind;
import org.partneratlas.crisis.CrisisImpact;

/** What a crisis did to territories and partnerships, and how they adapted. */
final class CrisisImpactCodec extends ObjectCodec<CrisisImpact, CrisisImpact.Builder> {

  static final CrisisImpactCodec INSTANCE = new CrisisImpactCodec();

  private CrisisImpactCodec() {
    super(
        "a crisis impact",
        CrisisImpact::builder,
        CrisisImpact.Builder::build,
        scalar("id", ScalarCodec.CRISIS_IMPACT_ID, CrisisImpact.Builder::id, CrisisImpact::id),
        scalar("crisis", ScalarCodec.CRISIS_ID, CrisisImpact.Builder::crisis, CrisisImpact::crisis),
        optionalText("summary", CrisisImpact.Builder::summary, CrisisImpact::summary),
        optional(
            "territories",
            c -> c.distinct("a list of territory ids (an array)", ScalarCodec.TERRITORY_ID::read),
            CrisisImpact.Builder::addAllTerritories,
            (out, name, i) -> out.sortedSet(name, i.territories())),
        optional(
            "partnerships",
            c ->
                c.distinct(
                    "a list of partnership ids (an array)", ScalarCodec.PARTNERSHIP_ID::read),
            CrisisImpact.Builder::addAllPartnerships,
            (out, name, i) -> out.sortedSet(name, i.partnerships())),
        optional(
            "suspendedActionKinds",
            c ->
                c.distinct(
                    "a list of kinds of action (an array)",
                    e -> e.enumValue(ActionKind.class, "a kind of action")),
            CrisisImpact.Builder::addAllSuspendedActionKinds,
            (out, name, i) -> out.sortedSet(name, i.suspendedActionKinds())),
        optional(
            "adaptations",
            c -> c.list("a list of adaptations (an array)", AdaptationCodec.INSTANCE::read),
            CrisisImpact.Builder::addAllAdaptations,
            (out, name, i) -> out.list(name, i.adaptations(), AdaptationCodec.INSTANCE)),
        optional(
            "lessons",
            c -> c.list("a list of lessons (an array)", JsonCursor::text),
            CrisisImpact.Builder::addAllLessons,
            (out, name, i) -> out.list(name, i.lessons(), LocalizedTextCodec.INSTANCE)),
        sources(CrisisImpact.Builder::addAllSources, CrisisImpact::sources),
        attributes(CrisisImpact.Builder::putAllAttributes, CrisisImpact::attributes));
  }
}
