package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.sortedSet;
import static org.partneratlas.json.Property.sources;

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
        optionalText("description", Perspective.Builder::description, Perspective::description),
        optionalScalar(
            "when", ScalarCodec.DATE_RANGE, Perspective.Builder::when, Perspective::when),
        sortedSet(
            "plannedParties",
            "a list of territory ids (an array)",
            ScalarCodec.TERRITORY_ID::read,
            Perspective.Builder::addAllPlannedParties,
            Perspective::plannedParties),
        sortedSet(
            "plannedThemes",
            "a list of theme ids (an array)",
            ScalarCodec.THEME_ID::read,
            Perspective.Builder::addAllPlannedThemes,
            Perspective::plannedThemes),
        sortedSet(
            "plannedActionKinds",
            "a list of kinds of action (an array)",
            e -> e.enumValue(ActionKind.class, "a kind of action"),
            Perspective.Builder::addAllPlannedActionKinds,
            Perspective::plannedActionKinds),
        sortedSet(
            "plannedModalities",
            "a list of modalities (an array)",
            e -> e.enumValue(Modality.class, "a modality"),
            Perspective.Builder::addAllPlannedModalities,
            Perspective::plannedModalities),
        sources(Perspective.Builder::addAllSources, Perspective::sources),
        attributes(Perspective.Builder::putAllAttributes, Perspective::attributes));
  }
}
