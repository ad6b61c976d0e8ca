package org.partneratlas.io.wikidata;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.partneratlas.common.Source;
import org.partneratlas.time.PartialDate;

/**
 * One "twinned administrative body" (P190) statement of a Wikidata item: the twin's QID, the
 * statement's id and rank, its start and end times (qualifiers P580 and P582, as {@link
 * PartialDate}s of the precision Wikidata gives) and its references as {@link Source}s.
 *
 * <p>A start or end that Wikidata gives as "unknown value" ({@code somevalue}), or at a precision
 * coarser than a century, is empty here: never a guessed date. Immutable and thread-safe.
 *
 * @param statementId the statement's id, an opaque text such as {@code
 *     Q2112$fa2b9dbe-44c4-e3aa-b1b7-6725768477cf}
 * @param target the QID of the twin, such as {@code Q474605}
 * @param rank the rank of the statement
 * @param start the start time (P580), if known
 * @param end the end time (P582), if known
 * @param sources the references: a reference URL (P854) as a source with that URL, a "stated in"
 *     (P248) as a source on the Wikidata item named
 */
public record WikidataTwin(
    String statementId,
    String target,
    Rank rank,
    Optional<PartialDate> start,
    Optional<PartialDate> end,
    ImmutableList<Source> sources) {

  /**
   * Checks that every part is given.
   *
   * @param statementId the statement's id, an opaque text such as {@code
   *     Q2112$fa2b9dbe-44c4-e3aa-b1b7-6725768477cf}
   * @param target the QID of the twin, such as {@code Q474605}
   * @param rank the rank of the statement
   * @param start the start time (P580), if known
   * @param end the end time (P582), if known
   * @param sources the references: a reference URL (P854) as a source with that URL, a "stated in"
   *     (P248) as a source on the Wikidata item named
   */
  public WikidataTwin {
    requireNonNull(statementId, "statementId");
    requireNonNull(target, "target");
    requireNonNull(rank, "rank");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(sources, "sources");
  }
}
