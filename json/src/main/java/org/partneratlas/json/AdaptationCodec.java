package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.crisis.Adaptation;

/** How a partnership adapted to a crisis, and the actions it took. */
final class AdaptationCodec extends ObjectCodec<Adaptation, Adaptation.Builder> {

  static final AdaptationCodec INSTANCE = new AdaptationCodec();

  private AdaptationCodec() {
    super(
        "an adaptation",
        Adaptation::builder,
        Adaptation.Builder::build,
        required(
            "description",
            JsonCursor::text,
            Adaptation.Builder::description,
            (out, name, a) -> out.text(name, a.description())),
        optional(
            "actions",
            c -> c.distinct("a list of action ids (an array)", ScalarCodec.ACTION_ID::read),
            Adaptation.Builder::addAllActions,
            (out, name, a) -> out.sortedSet(name, a.actions())),
        optional(
            "attributes",
            JsonCursor::attributes,
            Adaptation.Builder::putAllAttributes,
            (out, name, a) -> out.map(name, a.attributes())));
  }
}
