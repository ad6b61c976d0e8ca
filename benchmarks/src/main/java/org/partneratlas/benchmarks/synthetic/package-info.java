@NullMarked
package org.partneratlas.benchmarks.synthetic;

import org.jspecify.annotations.NullMarked;
