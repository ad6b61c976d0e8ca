package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.required;

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
        required(
            "id",
            ScalarCodec.TERRITORY_ID::read,
            Territory.Builder::id,
            (out, name, t) -> out.string(name, t.id())),
        required(
            "level",
            c -> c.enumValue(TerritoryLevel.class, "a territory level"),
            Territory.Builder::level,
            (out, name, t) -> out.string(name, t.level())),
        required(
            "names",
            JsonCursor::text,
            Territory.Builder::names,
            (out, name, t) -> out.text(name, t.names())),
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
        required(
            "country",
            ScalarCodec.COUNTRY::read,
            Territory.Builder::country,
            (out, name, t) -> out.string(name, t.country())),
        optional(
            "subdivision",
            ScalarCodec.SUBDIVISION::read,
            Territory.Builder::subdivision,
            (out, name, t) -> out.optional(name, t.subdivision())),
        optional(
            "parent",
            ScalarCodec.TERRITORY_ID::read,
            Territory.Builder::parent,
            (out, name, t) -> out.optional(name, t.parent())),
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
            c -> c.stringMap("external ids (an object of texts by scheme)"),
            Territory.Builder::putAllExternalIds,
            (out, name, t) -> out.map(name, t.externalIds())),
        optional(
            "sources",
            JsonCursor::sources,
            Territory.Builder::addAllSources,
            (out, name, t) -> out.list(name, t.sources(), SourceCodec.INSTANCE)),
        optional(
            "attributes",
            JsonCursor::attributes,
            Territory.Builder::putAllAttributes,
            (out, name, t) -> out.map(name, t.attributes())));
  }
}
