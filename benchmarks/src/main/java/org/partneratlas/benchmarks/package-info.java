@NullMarked
package org.partneratlas.benchmarks;

import org.jspecify.annotations.NullMarked;
