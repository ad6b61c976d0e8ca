/**
 * Themes: the hierarchical vocabulary of what partnerships work on, with labels in French, English
 * and Spanish, links to the UN Sustainable Development Goals, and the shipped catalogue.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.theme;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
