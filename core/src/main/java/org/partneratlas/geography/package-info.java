/**
 * Geography: the UN M49 regions of countries (continents, sub-regions and intermediate regions,
 * shipped as data with its source), great-circle distances between territories, and partners sorted
 * by distance.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.geography;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.common.AtlasStyle;
