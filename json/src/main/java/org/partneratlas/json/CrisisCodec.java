package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

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
        required(
            "id",
            ScalarCodec.CRISIS_ID::read,
            Crisis.Builder::id,
            (out, name, c) -> out.string(name, c.id())),
        required(
            "kind",
            c -> c.enumValue(CrisisKind.class, "a kind of crisis"),
            Crisis.Builder::kind,
            (out, name, c) -> out.string(name, c.kind())),
        required(
            "names",
            JsonCursor::text,
            Crisis.Builder::names,
            (out, name, c) -> out.text(name, c.names())),
        required(
            "period",
            ScalarCodec.DATE_RANGE::read,
            Crisis.Builder::period,
            (out, name, c) -> out.string(name, c.period())),
        optional(
            "externalCode",
            c -> c.string("an external code (a text)"),
            Crisis.Builder::externalCode,
            (out, name, c) -> out.optional(name, c.externalCode())),
        optional(
            "sources",
            JsonCursor::sources,
            Crisis.Builder::addAllSources,
            (out, name, c) -> out.list(name, c.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            Crisis.Builder::putAllAttributes,
            (out, name, c) -> out.map(name, c.attributes())));
  }
}
