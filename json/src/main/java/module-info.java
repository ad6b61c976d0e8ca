/**
 * Partner Atlas JSON: the versioned JSON document format of an Atlas, its JSON Schema, a Jackson 3
 * module for host mappers, and GeoJSON export.
 *
 * <p>The entry point is {@link org.partneratlas.json.AtlasJson}; host programs with their own
 * {@code JsonMapper} get {@link org.partneratlas.json.AtlasJsonModule} through {@code
 * JsonMapper.builder().findAndAddModules()}.
 */
module org.partneratlas.json {
  requires transitive org.partneratlas.core;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.partneratlas.json;

  provides tools.jackson.databind.JacksonModule with
      org.partneratlas.json.AtlasJsonModule;
}
