package org.partneratlas.io.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The account of an import: one {@link RowOutcome} for every data row of every table read, in the
 * order of the tables and lines, and counts by outcome and by reason of rejection. Nothing is left
 * out: {@code rows().size()} is the number of data rows read (every line after the header, blank
 * ones included).
 *
 * <p>A report is a value: print it ({@link #summary()}, {@link #toString()}), filter its {@link
 * #rows()}, or write it as a table with {@link TableExporter#writeReport}. Immutable and
 * thread-safe.
 */
public final class ImportReport {

  private final ImmutableList<RowOutcome> rows;
  private final ImmutableSortedMap<Outcome, Integer> byOutcome;
  private final ImmutableSortedMap<Reason, Integer> byReason;

  /**
   * Returns the report of these row outcomes, for importers of other sources than tables.
   *
   * @param rows the outcomes, in order
   * @return the report
   */
  public static ImportReport of(List<RowOutcome> rows) {
    return new ImportReport(requireNonNull(rows, "rows"));
  }

  ImportReport(List<RowOutcome> rows) {
    this.rows = ImmutableList.copyOf(rows);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome, 0);
    }
    for (RowOutcome row : this.rows) {
      outcomes.merge(row.outcome(), 1, Integer::sum);
      row.reason().ifPresent(r -> reasons.merge(r, 1, Integer::sum));
    }
    this.byOutcome = ImmutableSortedMap.copyOf(outcomes);
    this.byReason = ImmutableSortedMap.copyOf(reasons);
  }

  /**
   * Returns what became of every row, in the order of the tables and lines.
   *
   * @return the outcomes of all rows
   */
  public ImmutableList<RowOutcome> rows() {
    return rows;
  }

  /**
   * Returns the rows with an outcome.
   *
   * @param outcome the outcome
   * @return those rows, in order
   */
  public ImmutableList<RowOutcome> rows(Outcome outcome) {
    requireNonNull(outcome, "outcome");
    return rows.stream()
        .filter(r -> r.outcome() == outcome)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rows of one table.
   *
   * @param table the table's name
   * @return its rows, in order
   */
  public ImmutableList<RowOutcome> rowsOf(String table) {
    requireNonNull(table, "table");
    return rows.stream()
        .filter(r -> r.table().equals(table))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of rows with an outcome.
   *
   * @param outcome the outcome
   * @return the count, possibly 0
   */
  public int count(Outcome outcome) {
    return byOutcome.getOrDefault(outcome, 0);
  }

  /**
   * Returns the number of rows of a table with an outcome.
   *
   * @param table the table's name
   * @param outcome the outcome
   * @return the count, possibly 0
   */
  public int count(String table, Outcome outcome) {
    return (int)
        rows.stream().filter(r -> r.table().equals(table) && r.outcome() == outcome).count();
  }

  /**
   * Returns the number of rejected rows by reason, for the reasons that occur.
   *
   * @return the counts, in the order of {@link Reason}
   */
  public ImmutableSortedMap<Reason, Integer> rejectedByReason() {
    return byReason;
  }

  /**
   * Returns the number of rejected rows of a table with a reason.
   *
   * @param table the table's name
   * @param reason the reason
   * @return the count, possibly 0
   */
  public int rejected(String table, Reason reason) {
    return (int)
        rows.stream()
            .filter(r -> r.table().equals(table) && r.reason().orElse(null) == reason)
            .count();
  }

  /**
   * Returns a few lines for a person: rows read, imported, merged and rejected per table, and the
   * rejections by reason.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(rows.size()).append(" rows: ");
    appendCounts(sb, null);
    sb.append('\n');
    rows.stream()
        .map(RowOutcome::table)
        .distinct()
        .forEach(
            table -> {
              sb.append("  ").append(table).append(": ");
              appendCounts(sb, table);
              sb.append('\n');
            });
    byReason.forEach(
        (reason, n) ->
            sb.append("  rejected, ").append(reason).append(": ").append(n).append('\n'));
    return sb.toString();
  }

  private void appendCounts(StringBuilder sb, @Nullable String table) {
    String sep = "";
    for (Outcome outcome : Outcome.values()) {
      int n = table == null ? count(outcome) : count(table, outcome);
      sb.append(sep)
          .append(n)
          .append(' ')
          .append(outcome.name().toLowerCase(java.util.Locale.ROOT));
      sep = ", ";
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ImportReport && ((ImportReport) obj).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  /**
   * Returns the {@linkplain #summary() summary} followed by every rejected row, one per line.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(summary());
    for (RowOutcome row : rows(Outcome.REJECTED)) {
      sb.append(row).append('\n');
    }
    return sb.toString();
  }
}
