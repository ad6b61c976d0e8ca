/**
 * Reference data: the UN M49 regions of countries (continents, sub-regions and intermediate
 * regions, shipped as data with its source). This package reads no atlas: distances between
 * territories of an atlas are in the report package ({@code Geography}).
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.geography;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
