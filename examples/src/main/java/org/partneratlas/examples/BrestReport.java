package org.partneratlas.examples;

import static org.partneratlas.examples.BrestMetropole.BREST_METROPOLE;
import static org.partneratlas.examples.BrestMetropole.COVID_19;
import static org.partneratlas.examples.BrestMetropole.SEED_YEAR;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.PlannedDevelopments;
import org.partneratlas.report.Timeline;
import org.partneratlas.report.TimelineEvent;
import org.partneratlas.svg.Words;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Certainty;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The main example: loads the bundled Brest Métropole dataset and prints a report of its
 * international action — partners by kind, themes now and their history, a timeline, what COVID-19
 * changed and what is planned.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class BrestReport {

  private static final int WIDTH = 96;

  private final Atlas atlas;
  private final PrintStream out;
  private final Set<TerritoryId> homeIds = new LinkedHashSet<>();

  private BrestReport(Atlas atlas, PrintStream out) {
    this.atlas = atlas;
    this.out = out;
    homeIds.add(BREST_METROPOLE);
    atlas.descendantsOf(BREST_METROPOLE).forEach(t -> homeIds.add(t.id()));
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Atlas atlas;
    try {
      atlas = BrestMetropole.load();
    } catch (RuntimeException e) {
      System.err.println("Could not read the bundled dataset: " + e.getMessage());
      System.exit(1);
      return;
    }
    print(atlas, System.out);
  }

  /**
   * Prints the report of an atlas holding Brest Métropole.
   *
   * @param atlas the atlas
   * @param out where to print
   */
  static void print(Atlas atlas, PrintStream out) {
    new BrestReport(atlas, out).print();
  }

  private void print() {
    Territory home = atlas.territories().require(BREST_METROPOLE);
    List<Partnership> portfolio = atlas.query().involvingWithin(BREST_METROPOLE).list();
    Set<TerritoryId> partners = new LinkedHashSet<>();
    Set<TerritoryId> planned = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Partnership p : portfolio) {
      for (Party party : p.parties()) {
        if (!homeIds.contains(party.territory())) {
          if (party.status() == PartyStatus.PLANNED) {
            planned.add(party.territory());
          } else {
            partners.add(party.territory());
            countries.add(atlas.territories().require(party.territory()).country().code());
          }
        }
      }
    }
    planned.removeAll(partners);

    out.println("=".repeat(WIDTH));
    out.println(" THE INTERNATIONAL ACTION OF BREST MÉTROPOLE AND THE CITY OF BREST");
    out.println("=".repeat(WIDTH));
    out.println(
        Text.wrap(
            "",
            Text.name(home)
                + " ("
                + home.population()
                    .map(p -> String.format("%,d inhabitants in %d, ", p.count(), p.year()))
                    .orElse("")
                + Text.country(home)
                + ") and its city of Brest: "
                + portfolio.size()
                + " partnerships with "
                + partners.size()
                + " partner territories in "
                + countries.size()
                + " countries"
                + (planned.isEmpty() ? "" : ", and " + planned.size() + " planned")
                + ". Bundled dataset: the founding slides of Brest Métropole (2020)"
                + " and the public sources cited with each fact.",
            WIDTH));

    partnersByKind();
    themes(portfolio);
    timeline();
    covid();
    planned(portfolio);
    out.println();
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  // --- Partners by kind ------------------------------------------------------------------------

  private void partnersByKind() {
    heading("PARTNERS BY KIND");
    for (PartnershipKind kind : PartnershipKind.values()) {
      List<Partnership> ofKind = atlas.query().involvingWithin(BREST_METROPOLE).ofKind(kind).list();
      if (ofKind.isEmpty()) {
        continue;
      }
      out.println(Words.kind(kind) + " (" + ofKind.size() + ")");
      List<String[]> rows = new ArrayList<>();
      for (Partnership p : ofKind) {
        for (Party party : p.parties()) {
          if (homeIds.contains(party.territory())) {
            continue;
          }
          Territory t = atlas.territories().require(party.territory());
          List<String> notes = new ArrayList<>();
          if (party.status() == PartyStatus.FORMER) {
            notes.add("former partner");
          }
          for (StatusChange change : p.statusHistory()) {
            notes.add(Words.status(change));
          }
          rows.add(
              new String[] {
                Words.party(party, p), Text.name(t), Text.country(t), String.join("; ", notes)
              });
        }
      }
      for (String[] row : rows) {
        String line = "  " + Text.pad(row[0], 20) + Text.pad(row[1], 20) + Text.pad(row[2], 16);
        out.println(row[3].isEmpty() ? line.stripTrailing() : Text.wrap(line, row[3], WIDTH));
      }
    }
  }

  // --- Themes ----------------------------------------------------------------------------------

  private void themes(List<Partnership> portfolio) {
    heading("THEMES IN " + SEED_YEAR + " (THE YEAR OF THE FOUNDING SLIDES) AND WHEN THEY HELD");
    DateRange seedYear = DateRange.ofYear(SEED_YEAR);
    for (Partnership p : portfolio) {
      if (p.themes().isEmpty()) {
        continue;
      }
      out.println(title(p));
      Set<ThemeId> definitely = p.themesDuring(seedYear, Certainty.DEFINITELY);
      Set<ThemeId> possibly = new LinkedHashSet<>(p.themesDuring(seedYear, Certainty.POSSIBLY));
      possibly.removeAll(definitely);
      out.println(Text.wrap("  in " + SEED_YEAR + ": ", themeList(definitely), WIDTH));
      if (!possibly.isEmpty()) {
        out.println(Text.wrap("  possibly in " + SEED_YEAR + ": ", themeList(possibly), WIDTH));
      }
      // What is known of each theme's period, themes with the same periods together.
      Map<ThemeId, List<ThemePeriod>> periods = new LinkedHashMap<>();
      for (ThemePeriod theme : p.themes()) {
        periods.computeIfAbsent(theme.theme(), t -> new ArrayList<>()).add(theme);
      }
      Map<String, List<ThemeId>> byPeriod = new LinkedHashMap<>();
      periods.forEach(
          (theme, list) ->
              byPeriod.computeIfAbsent(Words.themes(list, p), k -> new ArrayList<>()).add(theme));
      byPeriod.forEach(
          (when, themes) ->
              out.println(Text.wrap("    - ", themeList(themes) + ": " + when, WIDTH)));
    }
  }

  private String themeList(Collection<ThemeId> themes) {
    return themes.isEmpty()
        ? "(none)"
        : themes.stream().map(t -> Text.theme(atlas, t)).collect(Collectors.joining(", "));
  }

  // --- Timeline --------------------------------------------------------------------------------

  private void timeline() {
    heading("TIMELINE (THEMES: SEE ABOVE)");
    Timeline timeline = Timeline.ofTerritoryAndSubdivisions(atlas, BREST_METROPOLE);
    Set<Object> crisesShown = new HashSet<>();
    for (TimelineEvent event : timeline.events()) {
      Partnership p = atlas.partnerships().require(event.partnership());
      String text;
      switch (event.type()) {
        case AGREEMENT:
          text =
              agreementText(((TimelineEvent.AgreementEvent) event).agreement())
                  + tag(p, event.when());
          break;
        case PARTY_JOINED:
          Party joined = ((TimelineEvent.PartyEvent) event).party();
          if (homeIds.contains(joined.territory())) {
            continue;
          }
          text =
              event.when().start().equals(p.life().start())
                  ? Words.kind(p.kind())
                      + " with "
                      + Text.name(atlas, joined.territory())
                      + " begins"
                  : Text.name(atlas, joined.territory())
                      + " joins the "
                      + Words.words(p.kind())
                      + " begun with "
                      + partnersAtStart(p);
          break;
        case PARTY_LEFT:
          text =
              Text.name(atlas, ((TimelineEvent.PartyEvent) event).party().territory())
                  + " leaves the "
                  + Words.words(p.kind());
          break;
        case PARTY_PLANNED:
          text =
              Text.name(atlas, ((TimelineEvent.PartyEvent) event).party().territory())
                  + " is planned to join";
          break;
        case STATUS_CHANGE:
          StatusChange change = ((TimelineEvent.StatusEvent) event).statusChange();
          if (change.date().isEmpty()) {
            continue; // listed with the facts of unknown date
          }
          text = "Status: " + Words.words(change.status()) + tag(p, event.when());
          break;
        case CRISIS:
          Crisis crisis = ((TimelineEvent.CrisisEvent) event).crisis();
          if (!crisesShown.add(crisis.id())) {
            continue;
          }
          text = Text.english(crisis.names()) + " (" + Words.words(crisis.kind()) + ")";
          break;
        case ACTION:
          Action action = ((TimelineEvent.ActionEvent) event).action();
          text =
              Text.english(action.title())
                  + action.place().map(t -> ", " + Text.name(atlas, t)).orElse("")
                  + action
                      .modality()
                      .filter(m -> m == Modality.REMOTE)
                      .map(m -> ", remote")
                      .orElse("")
                  + tag(p, event.when());
          break;
        case ATTESTED:
          if (event instanceof TimelineEvent.PartyEvent) {
            text =
                Text.name(atlas, ((TimelineEvent.PartyEvent) event).party().territory())
                    + " takes part (attested; start and end not known)";
          } else if (event instanceof TimelineEvent.StatusEvent) {
            text =
                "Status: "
                    + Words.words(((TimelineEvent.StatusEvent) event).statusChange().status())
                    + " (attested; since when not known)"
                    + tag(p, event.when());
          } else {
            continue; // themes have their own section
          }
          break;
        case PERSPECTIVE:
          text =
              "Planned: "
                  + Text.english(
                      ((TimelineEvent.PerspectiveEvent) event).perspective().description());
          break;
        default:
          // Theme changes have their own section.
          continue;
      }
      out.println(Text.wrap("  " + Text.pad(Words.range(event.when()), 18) + " ", text, WIDTH));
    }
    // What the sources do not date.
    List<String[]> unknown = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (Partnership p : atlas.partnershipsWithin(BREST_METROPOLE)) {
      for (Party party : p.parties()) {
        if (party.status() == PartyStatus.PLANNED || homeIds.contains(party.territory())) {
          continue;
        }
        String part =
            Text.name(atlas, party.territory()) + "'s part in the " + Words.words(p.kind());
        Optional<PartialDate> start = party.period().start();
        Optional<PartialDate> end = party.period().end();
        if (party.period().isUnknownStart() && party.period().isUnknownEnd()) {
          unknown.add(new String[] {"Dates unknown", part + attested(party.attested())});
        } else if (party.period().isUnknownEnd()) {
          unknown.add(
              new String[] {
                "End unknown",
                part
                    + start.map(d -> ", begun in " + Words.date(d)).orElse("")
                    + attested(party.attested())
              });
        } else if (party.period().isUnknownStart()) {
          unknown.add(
              new String[] {
                "Start unknown",
                part
                    + end.map(d -> ", ended in " + Words.date(d)).orElse("")
                    + attested(party.attested())
              });
        }
      }
      for (StatusChange change : p.statusHistory()) {
        if (change.date().isEmpty()) {
          unknown.add(
              new String[] {
                "Date unknown",
                title(p) + " becomes " + Words.words(change.status()) + attested(change.attested())
              });
        }
      }
      for (Action action : p.actions()) {
        if (action.when().isEmpty()) {
          undated.add(Text.english(action.title()));
        }
      }
    }
    for (String[] fact : unknown) {
      out.println(Text.wrap("  " + Text.pad(fact[0], 18) + " ", fact[1], WIDTH));
    }
    if (!undated.isEmpty()) {
      out.println(
          Text.wrap(
              "  " + Text.pad("Undated actions", 18) + " ",
              String.join("; ", undated) + ".",
              WIDTH));
    }
  }

  private static String attested(Optional<PartialDate> date) {
    return date.map(d -> " (attested " + Words.date(d) + ")").orElse("");
  }

  private String agreementText(Agreement agreement) {
    String title = Text.english(agreement.title());
    return (title.isEmpty() ? "Twinning " + Words.words(agreement.kind()) : title)
        + (agreement.signed().isPresent() ? " signed" : "");
  }

  // --- COVID-19 --------------------------------------------------------------------------------

  private void covid() {
    if (atlas.crises().get(COVID_19).isEmpty()) {
      return;
    }
    CrisisReport report = CrisisReport.of(atlas, COVID_19);
    heading("WHAT " + Text.english(report.crisis().names()).toUpperCase(Locale.ROOT) + " CHANGED");
    out.println(Text.wrap("  Period: ", Words.range(report.crisis().period()), WIDTH));
    for (CrisisImpact impact : report.impacts()) {
      if (!impact.summary().isEmpty()) {
        out.println(Text.wrap("  ", Text.english(impact.summary()) + ":", WIDTH));
      }
    }
    out.println(
        Text.wrap(
            "    ",
            report.affectedTerritories().stream()
                    .map(t -> Text.nameWithCountry(atlas, t))
                    .collect(Collectors.joining(", "))
                + "; partnerships affected: "
                + report.affectedPartnerships().stream()
                    .map(this::title)
                    .collect(Collectors.joining("; "))
                + ".",
            WIDTH));
    out.println(
        Text.wrap(
            "  Made impossible: ",
            report.suspendedActionKinds().stream()
                    .map(BrestReport::plural)
                    .collect(Collectors.joining(", "))
                + ".",
            WIDTH));
    for (Adaptation adaptation : report.adaptations()) {
      out.println(Text.wrap("  Adaptation: ", Text.english(adaptation.description()) + ":", WIDTH));
      for (ActionId id : adaptation.actions()) {
        atlas
            .actions()
            .get(id)
            .ifPresent(
                a ->
                    out.println(
                        Text.wrap(
                            "    - ",
                            Text.english(a.title())
                                + a.when().map(w -> " (" + Words.range(w) + ")").orElse("")
                                + a.modality().map(m -> ", " + Words.words(m)).orElse(""),
                            WIDTH)));
      }
    }
    out.println("  Lessons:");
    for (LocalizedText lesson : report.lessons()) {
      out.println(Text.wrap("    - ", Text.english(lesson), WIDTH));
    }
    out.println("  Dated actions of the affected partnerships, by modality:");
    report
        .modalitiesByYear()
        .tailMap(SEED_YEAR - 5)
        .forEach(
            (year, mix) -> {
              List<String> counts = new ArrayList<>();
              if (mix.inPerson() > 0) {
                counts.add(mix.inPerson() + " in person");
              }
              if (mix.remote() > 0) {
                counts.add(mix.remote() + " remote");
              }
              if (mix.hybrid() > 0) {
                counts.add(mix.hybrid() + " hybrid");
              }
              if (mix.unspecified() > 0) {
                counts.add(mix.unspecified() + " modality not stated");
              }
              out.println(
                  "    "
                      + year
                      + " "
                      + Text.pad(Words.words(mix.phase()) + " the crisis:", 19)
                      + (counts.isEmpty() ? "none" : String.join(", ", counts)));
            });
  }

  private static String plural(ActionKind kind) {
    String words = Words.words(kind);
    return words.endsWith("s") ? words : words + "s";
  }

  // --- Planned ---------------------------------------------------------------------------------

  private void planned(List<Partnership> portfolio) {
    heading("WHAT IS PLANNED");
    for (Partnership p : portfolio) {
      PlannedDevelopments planned = PlannedDevelopments.of(p);
      if (planned.isEmpty()) {
        continue;
      }
      out.println(title(p));
      for (Perspective perspective : planned.perspectives()) {
        out.println(Text.wrap("  - ", Text.english(perspective.description()), WIDTH));
      }
      if (!planned.plannedParties().isEmpty()) {
        out.println(
            Text.wrap(
                "  new partners: ",
                planned.plannedParties().stream()
                    .map(t -> Text.nameWithCountry(atlas, t))
                    .collect(Collectors.joining(", ")),
                WIDTH));
      }
      if (!planned.plannedThemes().isEmpty()) {
        out.println(Text.wrap("  new themes: ", themeList(planned.plannedThemes()), WIDTH));
      }
      if (!planned.plannedActionKinds().isEmpty() || !planned.plannedModalities().isEmpty()) {
        out.println(
            Text.wrap(
                "  new kinds of action: ",
                planned.plannedActionKinds().stream()
                        .map(Words::words)
                        .collect(Collectors.joining(", "))
                    + (planned.plannedModalities().isEmpty()
                        ? ""
                        : " ("
                            + planned.plannedModalities().stream()
                                .map(Words::words)
                                .collect(Collectors.joining(", "))
                            + ")"),
                WIDTH));
      }
    }
  }

  // --- Names -----------------------------------------------------------------------------------

  private String title(Partnership p) {
    String name = Text.english(p.names());
    return name.isEmpty() ? Words.kind(p.kind()) + " with " + partnerNames(p) : name;
  }

  /** " · " and the partner territories that were parties when a dated fact began. */
  private String tag(Partnership p, DateRange when) {
    return when.start().map(d -> tag(p, d)).orElse(" · " + partnerNames(p));
  }

  /**
   * " · " and the partner territories that were parties in the year of a date, then those that may
   * have been: " · Tierra del Fuego; possibly Chubut".
   */
  private String tag(Partnership p, PartialDate date) {
    DateRange when = DateRange.ofYear(date.year());
    List<Party> definitely = p.partiesDuring(when, Certainty.DEFINITELY);
    String sure = names(definitely, List.of());
    String maybe = names(p.partiesDuring(when, Certainty.POSSIBLY), definitely);
    if (sure.isEmpty() && maybe.isEmpty()) {
      return " · " + partnerNames(p);
    }
    return " · "
        + sure
        + (sure.isEmpty() || maybe.isEmpty() ? "" : "; ")
        + (maybe.isEmpty() ? "" : "possibly " + maybe);
  }

  private String names(List<Party> parties, List<Party> except) {
    return parties.stream()
        .filter(party -> !homeIds.contains(party.territory()))
        .filter(party -> !except.contains(party))
        .map(party -> Text.name(atlas, party.territory()))
        .distinct()
        .collect(Collectors.joining(" / "));
  }

  /** The partner territories, planned ones excepted. */
  private String partnerNames(Partnership p) {
    return p.parties().stream()
        .filter(party -> !homeIds.contains(party.territory()))
        .filter(party -> party.status() != PartyStatus.PLANNED)
        .map(party -> Text.name(atlas, party.territory()))
        .collect(Collectors.joining(" / "));
  }

  /** The partner territories that were parties when the partnership began. */
  private String partnersAtStart(Partnership p) {
    Optional<PartialDate> start = p.life().start();
    return p.parties().stream()
        .filter(party -> !homeIds.contains(party.territory()))
        .filter(party -> party.status() != PartyStatus.PLANNED)
        .filter(
            party ->
                party.period().isOpenStart()
                    || (start.isPresent() && party.period().start().equals(start)))
        .map(party -> Text.name(atlas, party.territory()))
        .collect(Collectors.joining(" and "));
  }
}
