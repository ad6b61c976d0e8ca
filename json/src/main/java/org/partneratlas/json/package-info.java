/**
 * The JSON format of Partner Atlas: {@link org.partneratlas.json.AtlasJson} reads and writes whole
 * atlases as streams, {@link org.partneratlas.json.AtlasJsonModule} gives host Jackson mappers
 * serialisers and deserialisers for every public core type, {@link org.partneratlas.json.GeoJson}
 * exports maps, and {@link org.partneratlas.json.AtlasJsonException} reports every problem of a bad
 * document with its JSON Pointer, line and column.
 *
 * <p>The format is described in {@code docs/format.md}; its JSON Schema (draft 2020-12) is the
 * resource {@value org.partneratlas.json.AtlasJson#SCHEMA_RESOURCE} of this package.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
