/**
 * Partner Atlas SVG: pictures of an atlas as standalone SVG documents, a world map of a territory's
 * partners ({@link org.partneratlas.svg.WorldMap}) and a timeline of its partnerships ({@link
 * org.partneratlas.svg.TimelineChart}).
 *
 * <p>This module depends on the core module only; the country outlines it draws are a resource of
 * its own.
 */
module org.partneratlas.svg {
  requires transitive org.partneratlas.core;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.partneratlas.svg;
}
