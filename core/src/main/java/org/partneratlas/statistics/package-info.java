/**
 * Statistics on partnerships: counts by kind, status, decade of start, theme, country and
 * continent, with a documented rule for the values a partnership has several of.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.statistics;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.common.AtlasStyle;
