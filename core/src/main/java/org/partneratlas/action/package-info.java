/**
 * Actions: what is done within a partnership (conferences, visits, steering committees, stands,
 * ship calls, ...), with when, where, how and in what state.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.action;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
