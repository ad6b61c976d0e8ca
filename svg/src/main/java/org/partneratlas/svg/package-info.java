/**
 * Pictures of an atlas as SVG: {@link org.partneratlas.svg.WorldMap} draws a territory's partners
 * on a world map with great-circle arcs, {@link org.partneratlas.svg.TimelineChart} its
 * partnerships over time. Both take any atlas and any focal territory, show only what the data says
 * (a date no source gives is drawn and labelled as unknown) and return a standalone SVG document as
 * a string.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.svg;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
