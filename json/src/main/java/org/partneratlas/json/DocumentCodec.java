package org.partneratlas.json;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.common.Entity;

/**
 * The document: {@code {"format": "partner-atlas", "version": 2, "territories": [...], ...}}. Its
 * properties are read by {@link DocumentReader}, which checks the format and version and builds the
 * Atlas once the whole document is read; the six collections are always written, even when empty,
 * and {@code $schema} never.
 */
final class DocumentCodec {

  static final String FORMAT = "partner-atlas";

  /** The version of the format written, and the newest read. */
  static final int VERSION = 2;

  /** The oldest version of the format read. */
  static final int OLDEST_VERSION = 1;

  static final ImmutableList<Property<DocumentReader, Atlas>> PROPERTIES =
      ImmutableList.of(
          // Editors add the address of the JSON Schema; any text is accepted, none is written.
          Property.of(
              "$schema",
              false,
              (c, r) -> {
                var unused = c.string("the address of a JSON Schema (a text)");
              },
              (out, name, atlas) -> {}),
          Property.of(
              "format",
              true,
              (c, r) -> r.format(c.string("the format name (a text)")),
              (out, name, atlas) -> out.string(name, FORMAT)),
          Property.of(
              "version",
              true,
              (c, r) -> r.version(c.intValue("the format version")),
              (out, name, atlas) -> {
                out.g.writeName(name);
                out.g.writeNumber(VERSION);
              }),
          collection(EntityKind.TERRITORY, TerritoryCodec.INSTANCE, Atlas::territories),
          collection(EntityKind.THEME, ThemeCodec.INSTANCE, Atlas::themes),
          collection(EntityKind.ACTOR, ActorCodec.INSTANCE, Atlas::actors),
          collection(EntityKind.PARTNERSHIP, PartnershipCodec.INSTANCE, Atlas::partnerships),
          collection(EntityKind.CRISIS, CrisisCodec.INSTANCE, Atlas::crises),
          collection(EntityKind.CRISIS_IMPACT, CrisisImpactCodec.INSTANCE, Atlas::crisisImpacts));

  static final Spec SPEC = new Spec("the document", PROPERTIES);

  private DocumentCodec() {}

  /** A top-level collection, named as in {@link EntityKind#collection()}. */
  private static <E extends Entity<?>> Property<DocumentReader, Atlas> collection(
      EntityKind kind, Codec<E> codec, Function<Atlas, Iterable<E>> table) {
    return Property.of(
        kind.collection(),
        false,
        (c, r) -> r.collection(kind, codec),
        (out, name, atlas) -> out.collection(name, table.apply(atlas), codec));
  }

  /** Writes a whole document. */
  static void write(JsonOutput out, Atlas atlas) {
    out.g.writeStartObject();
    for (Property<DocumentReader, Atlas> property : PROPERTIES) {
      property.writer.write(out, property.serializedName, atlas);
    }
    out.g.writeEndObject();
  }
}
