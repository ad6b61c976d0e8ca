/**
 * Timelines: the chronology of a partnership or of a territory (agreements, party changes, status
 * changes, theme changes, crises, actions, perspectives), sorted by a documented rule for imprecise
 * dates, and the theme history of a partnership.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.timeline;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.common.AtlasStyle;
