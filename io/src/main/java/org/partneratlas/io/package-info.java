/**
 * Partner Atlas I/O: what is common to its packages, the {@link
 * org.partneratlas.io.ImportException} for data that cannot be imported at all and the {@link
 * org.partneratlas.io.ImportProgress} listener of long imports.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
