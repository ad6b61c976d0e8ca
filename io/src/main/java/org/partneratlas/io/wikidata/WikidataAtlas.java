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
 * Result#startsDisagree()} those whose two sides give different start times.
 *
 * <p>Instances are immutable and thread-safe once built; the builder is not thread-safe.
 */
public final class WikidataAtlas {

  private WikidataAtlas() {}

  /**
   * The P31 (instance of) classes whose level is known: city (Q515), big city (Q1549591),
   * municipality (Q15284), municipality of Germany (Q262166) and commune of France (Q484170) are
   * municipalities; country (Q6256) and sovereign state (Q3624078) are countries. An item with none
   * of them, or with classes of two levels, is of unknown level.
   */
  public static final ImmutableMap<String, TerritoryLevel> LEVELS =
      ImmutableMap.<String, TerritoryLevel>builder()
          .put("Q515", TerritoryLevel.MUNICIPALITY)
          .put("Q1549591", TerritoryLevel.MUNICIPALITY)
          .put("Q15284", TerritoryLevel.MUNICIPALITY)
          .put("Q262166", TerritoryLevel.MUNICIPALITY)
          .put("Q484170", TerritoryLevel.MUNICIPALITY)
          .put("Q6256", TerritoryLevel.COUNTRY)
          .put("Q3624078", TerritoryLevel.COUNTRY)
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
   */
  public record Result(
      ImportResult result,
      ImmutableList<String> notReciprocal,
      ImmutableList<String> startsDisagree) {

    /**
     * Checks that every part is given.
     *
     * @param result the atlas and the report
     * @param notReciprocal the twinnings listed on one side only
     * @param startsDisagree the twinnings whose sides give different start times
     */
    public Result {
      requireNonNull(result, "result");
      requireNonNull(notReciprocal, "notReciprocal");
      requireNonNull(startsDisagree, "startsDisagree");
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
      Atlas atlas =
          Atlas.builder().addAllTerritories(built).addAllPartnerships(partnerships).build();
      return new Result(
          new ImportResult(atlas, ImportReport.of(rows)),
          ImmutableList.copyOf(notReciprocal),
          ImmutableList.copyOf(disagree));
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
