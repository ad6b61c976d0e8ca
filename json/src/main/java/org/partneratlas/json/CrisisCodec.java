package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.optionalString;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sources;
import static org.partneratlas.json.Property.text;

import org.partneratlas.atlas.EntityKind;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisKind;

/** A crisis: a pandemic, natural disaster, conflict, ... */
final class CrisisCodec extends ObjectCodec<Crisis, Crisis.Builder> {

  static final CrisisCodec INSTANCE = new CrisisCodec();

  private CrisisCodec() {
    super(
        "a crisis",
        Crisis::builder,
        Crisis.Builder::build,
        id(EntityKind.CRISIS, ScalarCodec.CRISIS_ID, Crisis.Builder::id, Crisis::id),
        enumeration(
            "kind", CrisisKind.class, "a kind of crisis", Crisis.Builder::kind, Crisis::kind),
        text("names", Crisis.Builder::names, Crisis::names),
        scalar("period", ScalarCodec.DATE_RANGE, Crisis.Builder::period, Crisis::period),
        optionalString(
            "externalCode",
            "an external code (a text)",
            Crisis.Builder::externalCode,
            Crisis::externalCode),
        sources(Crisis.Builder::addAllSources, Crisis::sources),
        attributes(Crisis.Builder::putAllAttributes, Crisis::attributes));
  }
}
