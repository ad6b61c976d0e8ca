package org.partneratlas.io.wikidata;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LanguageTags;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.io.Ids;
import org.partneratlas.io.table.ImportReport;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.Outcome;
import org.partneratlas.io.table.Reason;
import org.partneratlas.io.table.RowOutcome;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * Makes an Atlas of twinnings from Wikidata items, with a report of every item and every P190
 * statement, and a reconciliation of the two sides of each twinning.
 *
 * <h2>Territories</h2>
 *
 * <p>Every item read becomes a territory with id minted from its English label (else its first
 * label) and country ({@code de-bielefeld}), its labels in every language whose code is a BCP 47
 * tag as names, its aliases, its QID as the {@code wikidata} external id, and its coordinates. Its
 * country is its P297 code for a country item (level {@link TerritoryLevel#COUNTRY}), else the code
 * of its P17 country, found among the country items read or given with {@link
 * Builder#country(String, CountryCode)}; an item whose country cannot be found is rejected. Its
 * level is the one its P31 classes name where that is {@linkplain #LEVELS known}, else {@link
 * TerritoryLevel#UNKNOWN}. Wikidata marks no label as official: the official language is {@code
 * mul} when the item has a multilingual label, else {@code und}, with the label the id was minted
 * from. An item read twice (two revisions) is kept at its highest revision.
 *
 * <h2>Partnerships</h2>
 *
 * <p>Each pair of items that lists the other in a P190 statement is one twinning, whatever side
 * lists it, if both items were read. A statement of A naming B dates B's party: {@code 1953/} from
 * a start time (P580) without an end time, {@code 1953/1990} with both, {@code /1990} with an end
 * only, the whole life of the partnership ({@code ../..}) with neither; its references, and the
 * statement itself, are the party's sources. Deprecated statements are rejected, as are statements
 * whose twin was not read.
 *
 * <h2>Reconciliation</h2>
 *
 * <p>{@link Result#notReciprocal()} lists the twinnings that only one side lists; {@link
 * Result#startsDisagree()} those whose two sides give different start times (both sides list the
 * other, each with a P580, and the dates differ); {@link Result#twoLevels()} the twinnings that may
 * be one partnership at two administrative levels: an item X twinned (on either side) with an item
 * A and also with an item B that A is located in, following P131 (located in the administrative
 * territorial entity) from A through the items read, at any depth up to {@link
 * Territory#MAX_ANCESTORS} ("Rzeszów is twinned with Bielefeld and with Detmold Government Region,
 * which Bielefeld is in"). Only current P131 values count (see {@link WikidataEntity#locatedIn()});
 * a P131 value that is not among the items read ends the chain. Nothing is merged or removed: these
 * are for a person to check.
 *
 * <p>Instances are immutable and thread-safe once built; the builder is not thread-safe.
 */
public final class WikidataAtlas {

  private WikidataAtlas() {}

  /**
   * The P31 (instance of) classes whose level is known, each checked against Wikidata's label of
   * the item (see the table below); an item with none of them, or with classes of two different
   * levels, is of level {@link TerritoryLevel#UNKNOWN}, as is every item whose P31 values are not
   * in this table. A country item (one with a P297 code) is a {@link TerritoryLevel#COUNTRY}
   * whatever its classes.
   *
   * <table>
   *   <caption>P31 classes and levels</caption>
   *   <tr><th>QID</th><th>Wikidata label</th><th>level</th></tr>
   *   <tr><td>Q6256</td><td>country</td><td>{@link TerritoryLevel#COUNTRY}</td></tr>
   *   <tr><td>Q3624078</td><td>sovereign state</td><td>{@link TerritoryLevel#COUNTRY}</td></tr>
   *   <tr><td>Q36784</td><td>region of France</td><td>{@link TerritoryLevel#REGION}</td></tr>
   *   <tr><td>Q1221156</td><td>state of Germany</td><td>{@link TerritoryLevel#REGION}</td></tr>
   *   <tr><td>Q44753</td><td>province of Argentina</td><td>{@link TerritoryLevel#REGION}</td></tr>
   *   <tr><td>Q15149663</td><td>state of Mexico</td><td>{@link TerritoryLevel#REGION}</td></tr>
   *   <tr><td>Q35657</td><td>state of the United States</td><td>{@link
   *       TerritoryLevel#REGION}</td></tr>
   *   <tr><td>Q50337</td><td>prefecture of Japan</td><td>{@link TerritoryLevel#REGION}</td></tr>
   *   <tr><td>Q6465</td><td>department of France</td><td>{@link
   *       TerritoryLevel#DEPARTMENT}</td></tr>
   *   <tr><td>Q106658</td><td>district of Germany (Landkreis)</td><td>{@link
   *       TerritoryLevel#DEPARTMENT}</td></tr>
   *   <tr><td>Q515</td><td>city</td><td>{@link TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q1549591</td><td>big city</td><td>{@link TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q15284</td><td>municipality</td><td>{@link TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q484170</td><td>commune of France</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q262166</td><td>municipality of Germany</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q42744322</td><td>urban municipality of Germany</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q22865</td><td>independent city of Germany (kreisfreie Stadt)</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q747074</td><td>comune of Italy</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q2074737</td><td>municipality of Spain</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q2039348</td><td>municipality of the Netherlands</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q1093829</td><td>city in the United States</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}</td></tr>
   *   <tr><td>Q748149</td><td>prefecture-level city (China)</td><td>{@link
   *       TerritoryLevel#MUNICIPALITY}, as the project's data treats Qingdao</td></tr>
   * </table>
   *
   * <p>No class is mapped to {@link TerritoryLevel#METROPOLIS} or {@link TerritoryLevel#DISTRICT}:
   * none was checked. A prefecture-level city governs counties as well as its urban districts; it
   * is mapped to a municipality because twinnings treat it as a city.
   */
  public static final ImmutableMap<String, TerritoryLevel> LEVELS =
      ImmutableMap.<String, TerritoryLevel>builder()
          .put("Q6256", TerritoryLevel.COUNTRY)
          .put("Q3624078", TerritoryLevel.COUNTRY)
          .put("Q36784", TerritoryLevel.REGION)
          .put("Q1221156", TerritoryLevel.REGION)
          .put("Q44753", TerritoryLevel.REGION)
          .put("Q15149663", TerritoryLevel.REGION)
          .put("Q35657", TerritoryLevel.REGION)
          .put("Q50337", TerritoryLevel.REGION)
          .put("Q6465", TerritoryLevel.DEPARTMENT)
          .put("Q106658", TerritoryLevel.DEPARTMENT)
          .put("Q515", TerritoryLevel.MUNICIPALITY)
          .put("Q1549591", TerritoryLevel.MUNICIPALITY)
          .put("Q15284", TerritoryLevel.MUNICIPALITY)
          .put("Q484170", TerritoryLevel.MUNICIPALITY)
          .put("Q262166", TerritoryLevel.MUNICIPALITY)
          .put("Q42744322", TerritoryLevel.MUNICIPALITY)
          .put("Q22865", TerritoryLevel.MUNICIPALITY)
          .put("Q747074", TerritoryLevel.MUNICIPALITY)
          .put("Q2074737", TerritoryLevel.MUNICIPALITY)
          .put("Q2039348", TerritoryLevel.MUNICIPALITY)
          .put("Q1093829", TerritoryLevel.MUNICIPALITY)
          .put("Q748149", TerritoryLevel.MUNICIPALITY)
          .buildOrThrow();

  /** The table name under which items are reported. */
  public static final String ITEMS = "wikidata items";

  /** The table name under which P190 statements are reported. */
  public static final String STATEMENTS = "wikidata P190";

  /**
   * Returns a new builder.
   *
   * @return a builder with no entity
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The atlas, the report and the reconciliation of the two sides. Immutable and thread-safe.
   *
   * @param result the atlas and the report: rows of {@link #ITEMS}, numbered in the order the items
   *     were added, then of {@link #STATEMENTS}, numbered in order over all statements
   * @param notReciprocal the twinnings listed on one side only, as sentences
   * @param startsDisagree the twinnings whose sides give different start times, as sentences
   * @param twoLevels the pairs of twinnings that may be one partnership at two administrative
   *     levels (an item twinned with an item and with an entity that item is located in), as
   *     sentences naming both partnerships
   */
  public record Result(
      ImportResult result,
      ImmutableList<String> notReciprocal,
      ImmutableList<String> startsDisagree,
      ImmutableList<String> twoLevels) {

    /**
     * Checks that every part is given.
     *
     * @param result the atlas and the report
     * @param notReciprocal the twinnings listed on one side only
     * @param startsDisagree the twinnings whose sides give different start times
     * @param twoLevels the pairs of twinnings that may be one partnership at two levels
     */
    public Result {
      requireNonNull(result, "result");
      requireNonNull(notReciprocal, "notReciprocal");
      requireNonNull(startsDisagree, "startsDisagree");
      requireNonNull(twoLevels, "twoLevels");
    }
  }

  /** Collects items and builds the atlas; not thread-safe. */
  public static final class Builder {
    private final List<WikidataEntity> entities = new ArrayList<>();
    private final Map<String, CountryCode> countries = new HashMap<>();

    private Builder() {}

    /**
     * Adds an item.
     *
     * @param entity the item
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(WikidataEntity entity) {
      entities.add(requireNonNull(entity, "entity"));
      return this;
    }

    /**
     * Says which country an item is, for P17 values whose item is not among those read.
     *
     * @param qid the country's QID, such as {@code Q183}
     * @param code its code, such as {@code DE}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder country(String qid, CountryCode code) {
      countries.put(requireNonNull(qid, "qid"), requireNonNull(code, "code"));
      return this;
    }

    /**
     * Builds the atlas and its report.
     *
     * @return the result
     */
    public Result build() {
      return new Conversion(entities, countries).run();
    }
  }

  /** One conversion. */
  private static final class Conversion {
    private final List<WikidataEntity> entities;
    private final Map<String, CountryCode> countries;
    private final List<RowOutcome> rows = new ArrayList<>();
    private final Map<String, Territory.Builder> territories = new LinkedHashMap<>();
    private final Map<String, TerritoryId> ids = new HashMap<>();
    private final Set<String> usedIds = new java.util.HashSet<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Map<String, WikidataEntity> latest = new LinkedHashMap<>();

    /** A twinning being built: its two items and what each side's statement says. */
    private static final class Link {
      final String id;
      final String first;
      final String second;
      @Nullable WikidataTwin fromFirst;
      @Nullable WikidataTwin fromSecond;

      Link(String id, String first, String second) {
        this.id = id;
        this.first = first;
        this.second = second;
      }
    }

    Conversion(List<WikidataEntity> entities, Map<String, CountryCode> countries) {
      this.entities = entities;
      this.countries = new HashMap<>(countries);
    }

    Result run() {
      // For each id, where in the dump the revision kept stands: the highest, the first of equal
      // ones. Positions, not entities: two identical lines of a dump are equal records.
      Map<String, Integer> keptAt = new LinkedHashMap<>();
      for (int i = 0; i < entities.size(); i++) {
        WikidataEntity e = entities.get(i);
        Integer kept = keptAt.get(e.id());
        if (kept == null || e.revision().orElse(0) > entities.get(kept).revision().orElse(0)) {
          keptAt.put(e.id(), i);
        }
        e.isoCountryCode()
            .filter(CountryCode::isValid)
            .ifPresent(code -> countries.putIfAbsent(e.id(), CountryCode.of(code)));
      }
      keptAt.forEach((id, i) -> latest.put(id, entities.get(i)));
      long line = 0;
      List<Object[]> others = new ArrayList<>();
      for (int i = 0; i < entities.size(); i++) {
        WikidataEntity e = entities.get(i);
        line++;
        String text =
            e.id() + e.revision().stream().mapToObj(r -> " rev " + r).findFirst().orElse("");
        int kept = requireNonNull(keptAt.get(e.id()), "kept");
        if (kept != i) {
          others.add(new Object[] {line, text, entities.get(kept)});
        } else {
          territory(e, line, text);
        }
      }
      for (Object[] other : others) {
        WikidataEntity kept = (WikidataEntity) other[2];
        if (!ids.containsKey(kept.id())) {
          rows.add(
              rejected(
                  ITEMS,
                  (Long) other[0],
                  (String) other[1],
                  Reason.REJECTED_NODE,
                  "another revision of " + kept.id() + " is kept, and was rejected"));
          continue;
        }
        rows.add(
            row(
                ITEMS,
                (Long) other[0],
                (String) other[1],
                Outcome.MERGED,
                ids.get(kept.id()),
                "another revision of "
                    + kept.id()
                    + " is kept (revision "
                    + kept.revision().orElse(0)
                    + ")"));
      }
      rows.sort(java.util.Comparator.comparingLong(RowOutcome::line));
      long statement = 0;
      for (int kept : keptAt.values()) {
        WikidataEntity e = entities.get(kept);
        for (WikidataTwin twin : e.twins()) {
          statement++;
          statement(e, twin, statement);
        }
      }
      return finish();
    }

    private void territory(WikidataEntity e, long line, String text) {
      CountryCode country =
          e.isoCountryCode().filter(CountryCode::isValid).map(CountryCode::of).orElse(null);
      boolean isCountry = country != null;
      if (country == null) {
        for (String qid : e.countries()) {
          country = countries.get(qid);
          if (country != null) {
            break;
          }
        }
      }
      String label =
          e.labels()
              .getOrDefault(
                  "en", e.labels().isEmpty() ? "" : e.labels().values().iterator().next());
      if (label.isEmpty()) {
        rows.add(rejected(ITEMS, line, text, Reason.MISSING_VALUE, e.id() + " has no label"));
        return;
      }
      if (country == null) {
        rows.add(
            rejected(
                ITEMS,
                line,
                text,
                Reason.UNKNOWN_COUNTRY,
                e.id()
                    + " ("
                    + label
                    + ") has country "
                    + (e.countries().isEmpty() ? "none (no P17)" : String.join(", ", e.countries()))
                    + ", which is not among the items read: add the country items (with P297)"
                    + " or give WikidataAtlas.Builder.country"));
        return;
      }
      String id = mint(country.code().toLowerCase(Locale.ROOT), label, e.id());
      LocalizedText.Builder names = LocalizedText.builder();
      List<String> skipped = new ArrayList<>();
      Set<String> seenTags = new java.util.HashSet<>();
      e.labels()
          .forEach(
              (language, value) -> {
                if (LanguageTags.isValid(language)
                    && seenTags.add(LanguageTags.canonical(language))) {
                  names.put(language, value);
                } else {
                  skipped.add(language);
                }
              });
      String official = e.labels().containsKey("mul") ? "mul" : "und";
      if (official.equals("und") && seenTags.add("und")) {
        names.put("und", label);
      }
      Set<String> aliases = new LinkedHashSet<>();
      e.aliases().values().forEach(aliases::addAll);
      Territory.Builder b =
          Territory.builder()
              .id(TerritoryId.of(id))
              .level(isCountry ? TerritoryLevel.COUNTRY : level(e.instanceOf()))
              .names(names.build())
              .officialLanguage(official)
              .addAllAliases(aliases)
              .country(country)
              .putExternalIds("wikidata", e.id())
              .addSources(itemSource(e));
      e.coordinates().ifPresent(b::coordinates);
      territories.put(e.id(), b);
      ids.put(e.id(), TerritoryId.of(id));
      rows.add(
          row(
              ITEMS,
              line,
              text,
              Outcome.IMPORTED,
              TerritoryId.of(id),
              "territory "
                  + id
                  + (skipped.isEmpty()
                      ? ""
                      : "; labels in " + skipped + " left out: not BCP 47 language tags")));
    }

    private void statement(WikidataEntity e, WikidataTwin twin, long line) {
      String text = twin.statementId() + " " + e.id() + " P190 " + twin.target();
      if (twin.rank() == Rank.DEPRECATED) {
        rows.add(
            rejected(
                STATEMENTS,
                line,
                text,
                Reason.DEPRECATED,
                "the statement is deprecated on Wikidata"));
        return;
      }
      if (!ids.containsKey(e.id())) {
        rows.add(
            rejected(
                STATEMENTS,
                line,
                text,
                Reason.REJECTED_NODE,
                e.id() + " was rejected (see its row)"));
        return;
      }
      if (!ids.containsKey(twin.target())) {
        rows.add(
            rejected(
                STATEMENTS,
                line,
                text,
                Reason.UNKNOWN_NODE,
                "the twin " + twin.target() + " is not among the items read"));
        return;
      }
      if (twin.target().equals(e.id())) {
        rows.add(
            rejected(
                STATEMENTS, line, text, Reason.SELF_PAIR, e.id() + " lists itself as its twin"));
        return;
      }
      String a = e.id();
      String b = twin.target();
      String key = a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
      Link link = links.get(key);
      if (link == null) {
        String id = ids.get(a) + "--" + ids.get(b);
        link = new Link(id, a, b);
        links.put(key, link);
        link.fromFirst = twin;
        rows.add(row(STATEMENTS, line, text, Outcome.IMPORTED, id, "partnership " + id));
        return;
      }
      if ((a.equals(link.first) ? link.fromFirst : link.fromSecond) != null) {
        rows.add(
            row(
                STATEMENTS,
                line,
                text,
                Outcome.MERGED,
                link.id,
                e.id() + " lists " + b + " twice: the same partnership " + link.id));
        return;
      }
      if (a.equals(link.first)) {
        link.fromFirst = twin;
      } else {
        link.fromSecond = twin;
      }
      rows.add(
          row(
              STATEMENTS,
              line,
              text,
              Outcome.MERGED,
              link.id,
              "the other side of partnership " + link.id));
    }

    private Result finish() {
      List<Territory> built = new ArrayList<>();
      territories.values().forEach(b -> built.add(b.build()));
      List<Partnership> partnerships = new ArrayList<>();
      List<String> notReciprocal = new ArrayList<>();
      List<String> disagree = new ArrayList<>();
      for (Link link : links.values()) {
        TerritoryId first = ids.get(link.first);
        TerritoryId second = ids.get(link.second);
        requireNonNull(first, "first");
        requireNonNull(second, "second");
        partnerships.add(
            Partnership.builder()
                .id(PartnershipId.of(link.id))
                .kind(PartnershipKind.TWINNING)
                .addParties(
                    party(first, link.first, link.fromSecond),
                    party(second, link.second, link.fromFirst))
                .build());
        WikidataTwin one = link.fromFirst != null ? link.fromFirst : link.fromSecond;
        requireNonNull(one, "one side");
        if (link.fromFirst == null || link.fromSecond == null) {
          String lister = link.fromFirst != null ? link.first : link.second;
          String listed = link.fromFirst != null ? link.second : link.first;
          notReciprocal.add(
              lister
                  + " lists "
                  + listed
                  + " as its twin; "
                  + listed
                  + " does not list "
                  + lister
                  + " ("
                  + link.id
                  + ")");
        } else if (link.fromFirst.start().isPresent()
            && link.fromSecond.start().isPresent()
            && !link.fromFirst.start().equals(link.fromSecond.start())) {
          disagree.add(
              link.first
                  + " says "
                  + link.fromFirst.start().get()
                  + ", "
                  + link.second
                  + " says "
                  + link.fromSecond.start().get()
                  + " ("
                  + link.id
                  + ")");
        }
      }
      Atlas atlas = Atlas.builder().addAll(built).addAll(partnerships).build();
      return new Result(
          new ImportResult(atlas, ImportReport.of(rows)),
          ImmutableList.copyOf(notReciprocal),
          ImmutableList.copyOf(disagree),
          twoLevels());
    }

    /**
     * The items twinned with an item and with an entity it is located in (P131, at any depth among
     * the items read), in the order of the items, then of their twinnings.
     */
    private ImmutableList<String> twoLevels() {
      Map<String, Map<String, Link>> partners = new LinkedHashMap<>();
      for (Link link : links.values()) {
        partners.computeIfAbsent(link.first, k -> new LinkedHashMap<>()).put(link.second, link);
        partners.computeIfAbsent(link.second, k -> new LinkedHashMap<>()).put(link.first, link);
      }
      ImmutableList.Builder<String> found = ImmutableList.builder();
      for (WikidataEntity x : latest.values()) {
        Map<String, Link> twins = partners.get(x.id());
        if (twins == null || twins.size() < 2) {
          continue;
        }
        for (Map.Entry<String, Link> twin : twins.entrySet()) {
          Map<String, String> containers = containers(twin.getKey());
          for (String wider : containers.keySet()) {
            Link other = twins.get(wider);
            if (other == null) {
              continue;
            }
            List<String> through = new ArrayList<>();
            String step = requireNonNull(containers.get(wider), "reached from");
            while (!step.equals(twin.getKey())) {
              through.add(0, step);
              step = requireNonNull(containers.get(step), "reached from");
            }
            found.add(
                label(x.id())
                    + " is twinned with "
                    + label(twin.getKey())
                    + " and with "
                    + label(wider)
                    + ", which "
                    + twin.getKey()
                    + " is located in (P131"
                    + (through.isEmpty() ? "" : ", through " + String.join(", ", through))
                    + "): check whether they are one partnership at two administrative levels ("
                    + twin.getValue().id
                    + ", "
                    + other.id
                    + ")");
          }
        }
      }
      return found.build();
    }

    /**
     * The items an item is located in, following P131 among the items read, nearest first (breadth
     * first), each with the item it was reached from; at most {@link Territory#MAX_ANCESTORS}.
     */
    private Map<String, String> containers(String qid) {
      Map<String, String> reachedFrom = new LinkedHashMap<>();
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
      queue.add(qid);
      while (!queue.isEmpty() && reachedFrom.size() < Territory.MAX_ANCESTORS) {
        WikidataEntity current = latest.get(queue.remove());
        if (current == null) {
          continue;
        }
        for (String parent : current.locatedIn()) {
          if (!parent.equals(qid)
              && latest.containsKey(parent)
              && !reachedFrom.containsKey(parent)
              && reachedFrom.size() < Territory.MAX_ANCESTORS) {
            reachedFrom.put(parent, current.id());
            queue.add(parent);
          }
        }
      }
      return reachedFrom;
    }

    /** An item as "Q2112 (Bielefeld)", with its English label, else its first. */
    private String label(String qid) {
      WikidataEntity e = latest.get(qid);
      if (e == null || e.labels().isEmpty()) {
        return qid;
      }
      return qid
          + " ("
          + e.labels().getOrDefault("en", e.labels().values().iterator().next())
          + ")";
    }

    /** The party of a territory, dated and sourced by the other side's statement naming it. */
    private static Party party(TerritoryId territory, String qid, @Nullable WikidataTwin naming) {
      Party.Builder b = Party.builder().territory(territory);
      if (naming != null) {
        PartialDate start = naming.start().orElse(null);
        PartialDate end = naming.end().orElse(null);
        if (start != null && end != null && !end.latestDay().isBefore(start.earliestDay())) {
          b.period(DateRange.between(start, end));
        } else if (start != null && end == null) {
          b.period(DateRange.began(start));
        } else if (start == null && end != null) {
          b.period(DateRange.ended(end));
        }
        b.addAllSources(naming.sources());
        b.addSources(
            Source.builder()
                .title(
                    "Wikidata statement "
                        + naming.statementId()
                        + " (P190, twinned administrative"
                        + " body, naming "
                        + qid
                        + ")")
                .publisher("Wikidata")
                .url("https://www.wikidata.org/wiki/" + statementItem(naming.statementId()))
                .build());
      }
      return b.build();
    }

    private static String statementItem(String statementId) {
      int dollar = statementId.indexOf('$');
      return (dollar > 0 ? statementId.substring(0, dollar) : statementId).toUpperCase(Locale.ROOT);
    }

    /** The level the P31 classes of an item name, if they name one and only one. */
    private static TerritoryLevel level(List<String> classes) {
      TerritoryLevel found = null;
      for (String qid : classes) {
        TerritoryLevel level = LEVELS.get(qid);
        if (level != null && found != null && level != found) {
          return TerritoryLevel.UNKNOWN;
        }
        if (level != null) {
          found = level;
        }
      }
      return found == null ? TerritoryLevel.UNKNOWN : found;
    }

    private static Source itemSource(WikidataEntity e) {
      return Source.builder()
          .title(
              "Wikidata item "
                  + e.id()
                  + e.revision().stream().mapToObj(r -> ", revision " + r).findFirst().orElse(""))
          .publisher("Wikidata")
          .url("https://www.wikidata.org/wiki/" + e.id())
          .build();
    }

    private String mint(String prefix, String label, String qid) {
      String slug = Ids.slug(label);
      if (slug.isEmpty()) {
        slug = qid.toLowerCase(Locale.ROOT);
      }
      String base = prefix + "-" + slug;
      String id = base;
      for (int n = 2; !usedIds.add(id.toLowerCase(Locale.ROOT)); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    private static RowOutcome row(
        String table,
        long line,
        String text,
        Outcome outcome,
        @Nullable Object entity,
        String message) {
      return new RowOutcome(
          table,
          line,
          text,
          outcome,
          entity == null ? Optional.empty() : Optional.of(entity.toString()),
          Optional.empty(),
          message);
    }

    private static RowOutcome rejected(
        String table, long line, String text, Reason reason, String message) {
      return new RowOutcome(
          table, line, text, Outcome.REJECTED, Optional.empty(), Optional.of(reason), message);
    }
  }
}
