/**
 * The {@code partner-atlas} command line: validate, import, export, report, statistics and queries
 * on Partner Atlas files. {@link org.partneratlas.cli.PartnerAtlasCommand} is the entry point; the
 * rest is package-private.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
