/** Figures 4 and 5: reading and writing whole atlases as JSON. */
@NullMarked
package org.partneratlas.benchmarks.json;

import org.jspecify.annotations.NullMarked;
