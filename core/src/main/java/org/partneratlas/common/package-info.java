/**
 * Small value types shared by every concept: localised text, sources, identifiers and host
 * attributes.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.common;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
