/**
 * The cooperation network: territories as nodes and partnerships as edges, on Guava's graph types,
 * with the most connected territories, partners in common, connected groups and the shortest chain
 * between two territories.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.network;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.common.AtlasStyle;
