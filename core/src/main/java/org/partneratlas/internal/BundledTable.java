package org.partneratlas.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tab-separated table shipped in core's jar as a class-path resource, such as the UN M49 regions
 * or the standard themes: UTF-8 text, one header row, and lines that are blank or start with {@code
 * #} skipped.
 */
public final class BundledTable {

  private static final Splitter TAB = Splitter.on('\t');

  private BundledTable() {}

  /**
   * Returns the rows after the header, each split at tabs into exactly {@code columns} cells.
   *
   * @param owner the class beside which the resource is
   * @param resource the resource's name, relative to the owner's package
   * @param what what the table is, for messages, such as {@code "UN M49 region table"}
   * @param columns the number of cells of every row
   * @return the rows, in the order of the table
   * @throws IllegalStateException if the resource is missing or a row has another number of cells
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static ImmutableList<List<String>> rows(
      Class<?> owner, String resource, String what, int columns) {
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The " + what + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        List<String> cells = TAB.splitToList(line);
        if (cells.size() != columns) {
          throw new IllegalStateException(
              resource
                  + " line "
                  + number
                  + ": expected "
                  + columns
                  + " columns, found "
                  + cells.size());
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the " + what, e);
    }
    return rows.build();
  }
}
