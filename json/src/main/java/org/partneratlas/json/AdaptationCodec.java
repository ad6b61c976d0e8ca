package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.sortedSet;
import static org.partneratlas.json.Property.text;

import org.partneratlas.crisis.Adaptation;

/** How a partnership adapted to a crisis, and the actions it took. */
final class AdaptationCodec extends ObjectCodec<Adaptation, Adaptation.Builder> {

  static final AdaptationCodec INSTANCE = new AdaptationCodec();

  private AdaptationCodec() {
    super(
        "an adaptation",
        Adaptation::builder,
        Adaptation.Builder::build,
        text("description", Adaptation.Builder::description, Adaptation::description),
        sortedSet(
            "actions",
            "a list of action ids (an array)",
            ScalarCodec.ACTION_ID::read,
            Adaptation.Builder::addAllActions,
            Adaptation::actions),
        attributes(Adaptation.Builder::putAllAttributes, Adaptation::attributes));
  }
}
