package org.partneratlas.io.table;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What became of one row of an imported table: where the row is (table, line, text), its {@link
 * Outcome}, the entity it made or was merged into, and for a rejected row the {@link Reason}, with
 * a sentence a data steward can act on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param table the name of the table (its file name, or the name the caller gave)
 * @param line the line number of the row in the table, from 1 (the header is line 1)
 * @param text the row's text: its fields joined by the table's separator, quoted where CSV needs it
 * @param outcome whether the row was imported, merged or rejected
 * @param entity the id of the territory or partnership the row made or was merged into; empty for a
 *     rejected row
 * @param reason why the row was rejected; empty unless {@code outcome} is {@link Outcome#REJECTED}
 * @param message a sentence: what the row made, what it was merged into and why, or why it was
 *     rejected and what to do
 */
public record RowOutcome(
    String table,
    long line,
    String text,
    Outcome outcome,
    Optional<String> entity,
    Optional<Reason> reason,
    String message) {

  /**
   * Checks the fields.
   *
   * @param table the name of the table (its file name, or the name the caller gave)
   * @param line the line number of the row in the table, from 1 (the header is line 1)
   * @param text the row's text: its fields joined by the table's separator, quoted where CSV needs
   *     it
   * @param outcome whether the row was imported, merged or rejected
   * @param entity the id of the territory or partnership the row made or was merged into; empty for
   *     a rejected row
   * @param reason why the row was rejected; empty unless {@code outcome} is {@link
   *     Outcome#REJECTED}
   * @param message a sentence: what the row made, what it was merged into and why, or why it was
   *     rejected and what to do
   * @throws IllegalArgumentException if a rejected row has no reason or another row has one
   */
  public RowOutcome {
    requireNonNull(table, "table");
    requireNonNull(text, "text");
    requireNonNull(outcome, "outcome");
    requireNonNull(entity, "entity");
    requireNonNull(reason, "reason");
    requireNonNull(message, "message");
    if ((outcome == Outcome.REJECTED) != reason.isPresent()) {
      throw new IllegalArgumentException("A row has a reason if and only if it is rejected");
    }
  }

  /**
   * Returns the row as {@code table:line: OUTCOME entity (reason): message | text}.
   *
   * @return a readable line
   */
  @Override
  public String toString() {
    return table
        + ":"
        + line
        + ": "
        + outcome
        + entity.map(e -> " " + e).orElse("")
        + reason.map(r -> " (" + r + ")").orElse("")
        + ": "
        + message
        + " | "
        + text;
  }
}
