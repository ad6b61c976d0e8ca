/**
 * Search by words: token and prefix search over the names of an Atlas (territories' names and
 * aliases, partnerships' names, themes' labels, actors' and crises' names) in every language,
 * ranked, with "Brest, France" and "Brest (BY)" picking a territory by country. Start with {@link
 * org.partneratlas.search.AtlasSearch}.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.search;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
