package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;

import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.partnership.Perspective;

/** A perspective of a partnership: what is planned, by whom, when. */
final class PerspectiveCodec extends ObjectCodec<Perspective, Perspective.Builder> {

  static final PerspectiveCodec INSTANCE = new PerspectiveCodec();

  private PerspectiveCodec() {
    super(
        "a perspective",
        Perspective::builder,
        Perspective.Builder::build,
        optional(
            "description",
            JsonCursor::text,
            Perspective.Builder::description,
            (out, name, p) -> out.optionalText(name, p.description())),
        optional(
            "when",
            ScalarCodec.DATE_RANGE::read,
            Perspective.Builder::when,
            (out, name, p) -> out.optional(name, p.when())),
        optional(
            "plannedParties",
            c -> c.distinct("a list of territory ids (an array)", ScalarCodec.TERRITORY_ID::read),
            Perspective.Builder::addAllPlannedParties,
            (out, name, p) -> out.sortedSet(name, p.plannedParties())),
        optional(
            "plannedThemes",
            c -> c.distinct("a list of theme ids (an array)", ScalarCodec.THEME_ID::read),
            Perspective.Builder::addAllPlannedThemes,
            (out, name, p) -> out.sortedSet(name, p.plannedThemes())),
        optional(
            "plannedActionKinds",
            c ->
                c.distinct(
                    "a list of kinds of action (an array)",
                    e -> e.enumValue(ActionKind.class, "a kind of action")),
            Perspective.Builder::addAllPlannedActionKinds,
            (out, name, p) -> out.sortedSet(name, p.plannedActionKinds())),
        optional(
            "plannedModalities",
            c ->
                c.distinct(
                    "a list of modalities (an array)",
                    e -> e.enumValue(Modality.class, "a modality")),
            Perspective.Builder::addAllPlannedModalities,
            (out, name, p) -> out.sortedSet(name, p.plannedModalities())),
        optional(
            "sources",
            JsonCursor::sources,
            Perspective.Builder::addAllSources,
            (out, name, p) -> out.list(name, p.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            Perspective.Builder::putAllAttributes,
            (out, name, p) -> out.map(name, p.attributes())));
  }
}
