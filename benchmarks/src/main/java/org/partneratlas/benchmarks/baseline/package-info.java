@NullMarked
package org.partneratlas.benchmarks.baseline;

import org.jspecify.annotations.NullMarked;
