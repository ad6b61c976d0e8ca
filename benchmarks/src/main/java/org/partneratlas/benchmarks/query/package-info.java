@NullMarked
package org.partneratlas.benchmarks.query;

import org.jspecify.annotations.NullMarked;
