/**
 * Planned developments of partnerships (their perspectives): planned parties, themes, kinds of
 * action and modalities, and planned actions.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.perspective;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.common.AtlasStyle;
