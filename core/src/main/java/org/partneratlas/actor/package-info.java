/**
 * Actors: organisations and other participants that are not territories, such as companies,
 * clusters, event series and vessels.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.actor;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
