package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.links;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.sources;
import static org.partneratlas.json.Property.text;

import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.atlas.EntityKind;

/** An actor: a company, university, event series, ... that takes part in actions. */
final class ActorCodec extends ObjectCodec<Actor, Actor.Builder> {

  static final ActorCodec INSTANCE = new ActorCodec();

  private ActorCodec() {
    super(
        "an actor",
        Actor::builder,
        Actor.Builder::build,
        id(EntityKind.ACTOR, ScalarCodec.ACTOR_ID, Actor.Builder::id, Actor::id),
        enumeration("kind", ActorKind.class, "a kind of actor", Actor.Builder::kind, Actor::kind),
        text("names", Actor.Builder::names, Actor::names),
        optionalText("description", Actor.Builder::description, Actor::description),
        optionalScalar("base", ScalarCodec.TERRITORY_ID, Actor.Builder::base, Actor::base),
        optionalScalar("founded", ScalarCodec.DATE, Actor.Builder::founded, Actor::founded),
        links(Actor.Builder::addAllLinks, Actor::links),
        sources(Actor.Builder::addAllSources, Actor::sources),
        attributes(Actor.Builder::putAllAttributes, Actor::attributes));
  }
}
