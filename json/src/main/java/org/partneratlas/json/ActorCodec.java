package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorKind;

/** An actor: a company, university, event series, ... that takes part in actions. */
final class ActorCodec extends ObjectCodec<Actor, Actor.Builder> {

  static final ActorCodec INSTANCE = new ActorCodec();

  private ActorCodec() {
    super(
        "an actor",
        Actor::builder,
        Actor.Builder::build,
        required(
            "id",
            ScalarCodec.ACTOR_ID::read,
            Actor.Builder::id,
            (out, name, a) -> out.string(name, a.id())),
        required(
            "kind",
            c -> c.enumValue(ActorKind.class, "a kind of actor"),
            Actor.Builder::kind,
            (out, name, a) -> out.string(name, a.kind())),
        required(
            "names",
            JsonCursor::text,
            Actor.Builder::names,
            (out, name, a) -> out.text(name, a.names())),
        optional(
            "description",
            JsonCursor::text,
            Actor.Builder::description,
            (out, name, a) -> out.optionalText(name, a.description())),
        optional(
            "base",
            ScalarCodec.TERRITORY_ID::read,
            Actor.Builder::base,
            (out, name, a) -> out.optional(name, a.base())),
        optional(
            "founded",
            ScalarCodec.DATE::read,
            Actor.Builder::founded,
            (out, name, a) -> out.optional(name, a.founded())),
        optional(
            "links",
            JsonCursor::links,
            Actor.Builder::addAllLinks,
            (out, name, a) -> out.strings(name, a.links())),
        optional(
            "sources",
            JsonCursor::sources,
            Actor.Builder::addAllSources,
            (out, name, a) -> out.list(name, a.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            Actor.Builder::putAllAttributes,
            (out, name, a) -> out.map(name, a.attributes())));
  }
}
