@NullMarked
package org.partneratlas.benchmarks.report;

import org.jspecify.annotations.NullMarked;
