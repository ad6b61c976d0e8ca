/**
 * Implementation details shared between the packages of the core module. Not exported by the
 * module: nothing here is API, and it may change in any release.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
