/**
 * Tables in and out: import of twin-town spreadsheets in the layouts seen in the wild (a table of
 * pairs; a table of nodes with a table of links), with reconciliation of spelling variants and
 * repeated pairs and an {@link org.partneratlas.io.table.ImportReport} that accounts for every row;
 * export of an Atlas as flat tables a spreadsheet opens.
 *
 * <p>Start with {@link org.partneratlas.io.table.TableImporter}.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.io.table;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
