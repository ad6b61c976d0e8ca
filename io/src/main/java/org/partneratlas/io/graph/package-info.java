/**
 * The network of an Atlas as a graph file for network tools: {@link
 * org.partneratlas.io.graph.GraphMl} writes GraphML, which Gephi, yEd, Cytoscape and NetworkX open,
 * with territories as nodes and partnerships as edges.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.io.graph;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
