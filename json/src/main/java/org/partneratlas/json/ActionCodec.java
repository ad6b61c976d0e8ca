package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.links;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.optionalText;
import static org.partneratlas.json.Property.sortedSet;
import static org.partneratlas.json.Property.sources;

import org.partneratlas.action.Action;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.EntityKind;

/** An action of a partnership: a visit, conference, project, ... */
final class ActionCodec extends ObjectCodec<Action, Action.Builder> {

  static final ActionCodec INSTANCE = new ActionCodec();

  private ActionCodec() {
    super(
        "an action",
        Action::builder,
        Action.Builder::build,
        id(EntityKind.ACTION, ScalarCodec.ACTION_ID, Action.Builder::id, Action::id),
        enumeration(
            "kind", ActionKind.class, "a kind of action", Action.Builder::kind, Action::kind),
        optionalText("title", Action.Builder::title, Action::title),
        optionalScalar("when", ScalarCodec.DATE_RANGE, Action.Builder::when, Action::when),
        optionalScalar("place", ScalarCodec.TERRITORY_ID, Action.Builder::place, Action::place),
        optional(
            "modality",
            c -> c.enumValue(Modality.class, "a modality"),
            Action.Builder::modality,
            (out, name, a) -> out.optional(name, a.modality())),
        optional(
            "status",
            c -> c.enumValue(ActionStatus.class, "an action status"),
            Action.Builder::status,
            (out, name, a) -> out.string(name, a.status(), ActionStatus.HELD)),
        sortedSet(
            "themes",
            "a list of theme ids (an array)",
            ScalarCodec.THEME_ID::read,
            Action.Builder::addAllThemes,
            Action::themes),
        sortedSet(
            "actors",
            "a list of actor ids (an array)",
            ScalarCodec.ACTOR_ID::read,
            Action.Builder::addAllActors,
            Action::actors),
        links(Action.Builder::addAllLinks, Action::links),
        sources(Action.Builder::addAllSources, Action::sources),
        attributes(Action.Builder::putAllAttributes, Action::attributes));
  }
}
