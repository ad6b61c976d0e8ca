package org.partneratlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text for a terminal: columns aligned on the widest cell (counted in code points), two
 * spaces apart, the last column unpadded; or the same rows as tab-separated values.
 */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  TextTable(String... header) {
    this.header = List.of(header);
    this.rightAligned = new boolean[header.length];
  }

  /** Aligns a column to the right, as numbers are. */
  TextTable right(int column) {
    rightAligned[column] = true;
    return this;
  }

  void add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "A row of " + cells.length + " cells in a table of " + header.size() + " columns");
    }
    rows.add(List.of(cells));
  }

  int size() {
    return rows.size();
  }

  /** Prints the header and rows aligned; a table without a header prints only its rows. */
  void print(PrintWriter out, String indent, boolean withHeader) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    if (withHeader) {
      all.add(header);
    }
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    for (List<String> row : all) {
      StringBuilder sb = new StringBuilder(indent);
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - width(cell));
        boolean last = i == row.size() - 1;
        if (rightAligned[i]) {
          sb.append(pad).append(cell);
        } else {
          sb.append(cell).append(last ? "" : pad);
        }
        if (!last) {
          sb.append("  ");
        }
      }
      out.println(sb.toString().stripTrailing());
    }
  }

  /** Prints the header and rows as tab-separated values; tabs and line breaks become spaces. */
  void printTsv(PrintWriter out) {
    out.println(tsv(header));
    rows.forEach(row -> out.println(tsv(row)));
  }

  private static String tsv(List<String> row) {
    List<String> cells = new ArrayList<>();
    for (String cell : row) {
      cells.add(cell.replaceAll("[\t\r\n]", " "));
    }
    return String.join("\t", cells);
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
