/**
 * The Atlas: one immutable, validated snapshot of territories, partnerships, themes, actors and
 * crises, its builder, its validation problems and its query API.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.atlas;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
