@NullMarked
package org.partneratlas.benchmarks.heap;

import org.jspecify.annotations.NullMarked;
