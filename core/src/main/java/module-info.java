/**
 * Partner Atlas core: the immutable, validated model of the international action of local
 * governments (territories, partnerships, themes, actions, actors, crises) and its query API.
 *
 * <p>This module knows nothing of JSON, files or Jackson; see the {@code org.partneratlas.json}
 * module for serialisation.
 */
module org.partneratlas.core {
  requires transitive com.google.common;
  requires roaringbitmap;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.partneratlas.time;
  exports org.partneratlas.common;
  exports org.partneratlas.territory;
  exports org.partneratlas.partnership;
  exports org.partneratlas.theme;
  exports org.partneratlas.action;
  exports org.partneratlas.actor;
  exports org.partneratlas.crisis;
  exports org.partneratlas.atlas;
  exports org.partneratlas.geography;
  exports org.partneratlas.report;
  exports org.partneratlas.search;
// org.partneratlas.internal (checks, name folding, the Immutables style) is not exported, not
// even to the json module, which needs nothing from it.
}
