@NullMarked
package org.partneratlas.benchmarks.build;

import org.jspecify.annotations.NullMarked;
