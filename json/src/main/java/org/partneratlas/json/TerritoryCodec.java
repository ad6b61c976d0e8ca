package org.partneratlas.json;

import static org.partneratlas.json.Property.attributes;
import static org.partneratlas.json.Property.enumeration;
import static org.partneratlas.json.Property.id;
import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.required;
import static org.partneratlas.json.Property.scalar;
import static org.partneratlas.json.Property.sources;
import static org.partneratlas.json.Property.text;

import org.partneratlas.atlas.EntityKind;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryLevel;

/** A territory, the first collection of the document. */
final class TerritoryCodec extends ObjectCodec<Territory, Territory.Builder> {

  static final TerritoryCodec INSTANCE = new TerritoryCodec();

  private TerritoryCodec() {
    super(
        "a territory",
        Territory::builder,
        Territory.Builder::build,
        id(EntityKind.TERRITORY, ScalarCodec.TERRITORY_ID, Territory.Builder::id, Territory::id),
        enumeration(
            "level",
            TerritoryLevel.class,
            "a territory level",
            Territory.Builder::level,
            Territory::level),
        text("names", Territory.Builder::names, Territory::names),
        required(
            "officialLanguage",
            JsonCursor::languageTag,
            Territory.Builder::officialLanguage,
            (out, name, t) -> out.string(name, t.officialLanguage())),
        optional(
            "aliases",
            c -> c.list("a list of aliases (an array of texts)", e -> e.string("a text")),
            Territory.Builder::addAllAliases,
            (out, name, t) -> out.strings(name, t.aliases())),
        scalar("country", ScalarCodec.COUNTRY, Territory.Builder::country, Territory::country),
        optionalScalar(
            "subdivision",
            ScalarCodec.SUBDIVISION,
            Territory.Builder::subdivision,
            Territory::subdivision),
        optionalScalar(
            "parent", ScalarCodec.TERRITORY_ID, Territory.Builder::parent, Territory::parent),
        optional(
            "coordinates",
            CoordinatesCodec.INSTANCE::read,
            Territory.Builder::coordinates,
            (out, name, t) -> out.optional(name, t.coordinates(), CoordinatesCodec.INSTANCE)),
        optional(
            "population",
            PopulationCodec.INSTANCE::read,
            Territory.Builder::population,
            (out, name, t) -> out.optional(name, t.population(), PopulationCodec.INSTANCE)),
        optional(
            "externalIds",
            c -> StringMapCodec.read(c, "external ids (an object of texts by scheme)"),
            Territory.Builder::putAllExternalIds,
            (out, name, t) -> out.map(name, t.externalIds())),
        sources(Territory.Builder::addAllSources, Territory::sources),
        attributes(Territory.Builder::putAllAttributes, Territory::attributes));
  }
}
