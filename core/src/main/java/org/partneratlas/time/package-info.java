/**
 * Dates as the sources give them: with a precision (year, season, month, day) and as intervals that
 * may be open, with EDTF (ISO 8601-2 level 0 and 1) as their canonical text.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.time;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
