package org.partneratlas.io;

import java.util.OptionalLong;

/**
 * Hears how far a long import has gone: the rows read so far, and the bytes read of how many.
 *
 * <p>An importer calls {@link #rowsRead} after every {@value #INTERVAL}th row and once at the end
 * of each table or dump, from the importing thread, so that a listener costs nothing measurable.
 * The rows are the data rows of the tables (their header lines left out), or the lines of a
 * Wikidata dump. The bytes are those read from the input so far, before decoding; the total is
 * known when the input is a file (its size, or the sum of both tables' sizes for nodes and links)
 * and unknown for a stream. Both counts only grow, and the last call of a file's import has {@code
 * bytesRead} equal to the total: a progress bar is {@code bytesRead / totalBytes}.
 *
 * <p>{@link org.partneratlas.io.table.TableImporter.Builder#progress} and {@link
 * org.partneratlas.io.wikidata.WikidataDump#read(java.nio.file.Path, ImportProgress,
 * java.util.function.Consumer)} take one; by default an import has {@link #NONE}. A listener that
 * throws stops the import with its exception.
 *
 * <pre>{@code
 * TableImporter importer = TableImporter.builder()
 *     .progress((rows, bytes, total) -> System.out.printf("%,d rows, %d%%%n",
 *         rows, total.isPresent() ? 100 * bytes / total.getAsLong() : 0))
 *     .build();
 * }</pre>
 *
 * @see org.partneratlas.io.table.TableImporter.Builder#progress(ImportProgress)
 */
@FunctionalInterface
public interface ImportProgress {

  /** The number of rows between two calls: {@value}. */
  int INTERVAL = 1_000;

  /** The listener that does nothing, the default. */
  ImportProgress NONE = (rows, bytesRead, totalBytes) -> {};

  /**
   * Tells how far the import has gone.
   *
   * @param rows the rows read so far: data rows of the tables, or lines of a dump
   * @param bytesRead the bytes read from the input so far
   * @param totalBytes the size of the input, when it is known (a file)
   */
  void rowsRead(long rows, long bytesRead, OptionalLong totalBytes);
}
