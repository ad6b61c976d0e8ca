/**
 * Partnerships between territories: twinnings, friendship pacts, decentralised cooperation,
 * memoranda and project partnerships, with their parties, agreements, status history, themes, aims
 * and perspectives.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.partnership;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
