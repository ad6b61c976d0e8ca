package org.partneratlas.io.wikidata;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.Source;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.PartialDate;

/**
 * Writes QuickStatements (version 1, tab-separated) that add to Wikidata the P190 (twinned
 * administrative body) statements an Atlas has and Wikidata lacks.
 *
 * <p>For each partnership of two territories that both have a {@code wikidata} external id, and for
 * each side A naming B: if the item of A was read (it is among the given entities) and has no P190
 * statement naming B, whatever its rank, one line is written:
 *
 * <pre>{@code
 * Q474605	P190	Q2112	P580	+1953-00-00T00:00:00Z/9	S854	"http://www.rochdale.gov.uk/..."
 * }</pre>
 *
 * <p>with a P580 (start time) qualifier from the known start of the partnership's life, a P582 (end
 * time) qualifier from its known end, when they are plain dates of year, month or day precision (an
 * uncertain, approximate, seasonal or partly unspecified date is left out rather than stated more
 * exactly than it is known), and one reference with every source URL of the partnership and its
 * parties as P854 (reference URL), except Wikidata's own pages. Items that were not read are
 * skipped: whether they lack the statement is not known. Lines come in the order of the
 * partnerships, then of their sides. Thread-safe: the methods are static.
 */
public final class QuickStatements {

  private QuickStatements() {}

  /**
   * Returns the QuickStatements that add the missing P190 statements, one per line (see the class
   * documentation).
   *
   * @param atlas the atlas whose twinnings to state
   * @param known the Wikidata items read; only their missing statements are written
   * @return the statements, each line ending with a newline; empty if nothing is missing
   */
  public static String missingTwins(Atlas atlas, Iterable<WikidataEntity> known) {
    requireNonNull(atlas, "atlas");
    requireNonNull(known, "known");
    Map<String, Set<String>> listed = new HashMap<>();
    for (WikidataEntity e : known) {
      Set<String> targets = listed.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
      e.twins().forEach(t -> targets.add(t.target()));
    }
    StringBuilder out = new StringBuilder();
    for (Partnership p : atlas.partnerships()) {
      if (p.territories().size() != 2) {
        continue;
      }
      List<String> qids = new ArrayList<>(2);
      for (TerritoryId id : p.territories()) {
        Optional<Territory> t = atlas.territories().get(id);
        String qid = t.isPresent() ? t.get().externalIds().get("wikidata") : null;
        if (qid != null) {
          qids.add(qid);
        }
      }
      if (qids.size() != 2) {
        continue;
      }
      for (int side = 0; side < 2; side++) {
        String a = qids.get(side);
        String b = qids.get(1 - side);
        Set<String> targets = listed.get(a);
        if (targets == null || targets.contains(b)) {
          continue;
        }
        out.append(a).append('\t').append("P190").append('\t').append(b);
        p.life()
            .start()
            .flatMap(QuickStatements::time)
            .ifPresent(t -> out.append("\tP580\t").append(t));
        p.life()
            .end()
            .flatMap(QuickStatements::time)
            .ifPresent(t -> out.append("\tP582\t").append(t));
        for (String url : urls(p)) {
          out.append("\tS854\t\"").append(url.replace("\"", "%22")).append('"');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static Set<String> urls(Partnership p) {
    Set<String> urls = new LinkedHashSet<>();
    List<Source> sources = new ArrayList<>(p.sources());
    for (Party party : p.parties()) {
      sources.addAll(party.sources());
    }
    for (Source s : sources) {
      s.url()
          .filter(u -> !u.toLowerCase(Locale.ROOT).contains("wikidata.org/"))
          .ifPresent(urls::add);
    }
    return urls;
  }

  /** A date as a QuickStatements time, if it is a plain year, month or day. */
  static Optional<String> time(PartialDate date) {
    if (date.isQualified() || date.hasUnspecifiedDigits()) {
      return Optional.empty();
    }
    String year = String.format(Locale.ROOT, "+%04d", date.year());
    switch (date.precision()) {
      case YEAR:
        return Optional.of(year + "-00-00T00:00:00Z/9");
      case MONTH:
        return Optional.of(
            year + String.format(Locale.ROOT, "-%02d-00T00:00:00Z/10", date.month().getValue()));
      case DAY:
        return Optional.of(
            year
                + String.format(
                    Locale.ROOT,
                    "-%02d-%02dT00:00:00Z/11",
                    date.month().getValue(),
                    date.dayOfMonth()));
      default:
        return Optional.empty();
    }
  }
}
