/**
 * Territories: places governed by a public authority, from countries to districts, with their
 * names, codes, hierarchy, coordinates and population.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.territory;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
