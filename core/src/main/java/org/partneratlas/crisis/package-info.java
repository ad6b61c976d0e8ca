/**
 * Crises (pandemics, disasters, conflicts, economic shocks) and what they did to partnerships:
 * impacts, adaptations and lessons.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.crisis;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
