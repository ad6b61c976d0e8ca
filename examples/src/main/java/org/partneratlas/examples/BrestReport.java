package org.partneratlas.examples;

import static org.partneratlas.examples.BrestMetropole.BREST_METROPOLE;
import static org.partneratlas.examples.BrestMetropole.COVID_19;
import static org.partneratlas.examples.BrestMetropole.SEED_YEAR;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partneratlas.action.Action;
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
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The main example: loads the bundled Brest Métropole dataset and prints a report of its
 * international action — partners by kind, themes now and their history, a timeline, what COVID-19
 * changed and what is planned.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile -Prun}.
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
    new BrestReport(atlas, System.out).print();
  }

  private void print() {
    Territory home = atlas.requireTerritory(BREST_METROPOLE);
    List<Partnership> portfolio = atlas.query().involvingWithin(BREST_METROPOLE).list();
    Set<TerritoryId> partners = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Partnership p : portfolio) {
      for (Party party : p.parties()) {
        if (!homeIds.contains(party.territory())) {
          partners.add(party.territory());
          countries.add(atlas.requireTerritory(party.territory()).country().code());
        }
      }
    }

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
                + " countries. Bundled dataset: the founding slides of Brest Métropole (2020)"
                + " and the public sources cited with each fact.",
            WIDTH));

    partnersByKind();
    themes(portfolio);
    timeline(portfolio);
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
      out.println(WorldMapSvg.label(kind) + " (" + ofKind.size() + ")");
      List<String[]> rows = new ArrayList<>();
      for (Partnership p : ofKind) {
        for (Party party : p.parties()) {
          if (homeIds.contains(party.territory())) {
            continue;
          }
          Territory t = atlas.requireTerritory(party.territory());
          String years;
          String note = "";
          if (party.status() == PartyStatus.PLANNED) {
            years = "planned";
          } else {
            years = party.period().start().map(d -> Integer.toString(d.year())).orElse("?");
            if (party.status() == PartyStatus.FORMER) {
              years += "–" + party.period().end().map(d -> Integer.toString(d.year())).orElse("");
              note = "former partner";
            } else {
              years = "since " + years;
            }
          }
          String status = p.attributes().getOrDefault("status-note", "");
          if (!status.isEmpty()) {
            note = status;
          }
          rows.add(new String[] {years, Text.name(t), Text.country(t), note});
        }
      }
      for (String[] row : rows) {
        String line = "  " + Text.pad(row[0], 15) + Text.pad(row[1], 20) + Text.pad(row[2], 16);
        out.println(row[3].isEmpty() ? line.stripTrailing() : Text.wrap(line, row[3], WIDTH));
      }
    }
  }

  // --- Themes ----------------------------------------------------------------------------------

  private void themes(List<Partnership> portfolio) {
    heading("THEMES IN " + SEED_YEAR + " (THE YEAR OF THE FOUNDING SLIDES) AND THEIR HISTORY");
    for (Partnership p : portfolio) {
      if (p.themes().isEmpty()) {
        continue;
      }
      out.println(title(p));
      String now =
          p.themesDuring(SEED_YEAR).stream()
              .map(t -> Text.theme(atlas, t))
              .collect(Collectors.joining(", "));
      out.println(Text.wrap("  in " + SEED_YEAR + ": ", now.isEmpty() ? "(none)" : now, WIDTH));
      // The history: group the theme periods by their period.
      Map<DateRange, List<ThemeId>> byPeriod = new TreeMap<>();
      for (ThemePeriod theme : p.themes()) {
        byPeriod.computeIfAbsent(theme.period(), k -> new ArrayList<>()).add(theme.theme());
      }
      if (byPeriod.size() == 1 && byPeriod.containsKey(DateRange.unbounded())) {
        out.println("  history: no dates known for these themes");
        continue;
      }
      for (Map.Entry<DateRange, List<ThemeId>> e : byPeriod.entrySet()) {
        String when = Text.range(e.getKey());
        String themes =
            e.getValue().stream().map(t -> Text.theme(atlas, t)).collect(Collectors.joining(", "));
        out.println(
            Text.wrap("  " + Text.pad(when.isEmpty() ? "undated" : when, 12) + " ", themes, WIDTH));
      }
    }
  }

  // --- Timeline --------------------------------------------------------------------------------

  private record Event(DateRange when, String text) {}

  private void timeline(List<Partnership> portfolio) {
    heading("TIMELINE");
    List<Event> events = new ArrayList<>();
    for (Partnership p : portfolio) {
      String who = partnersAtStart(p);
      String tag = " · " + partnerNames(p);
      p.life()
          .start()
          .ifPresent(
              start ->
                  events.add(
                      new Event(
                          DateRange.of(start),
                          WorldMapSvg.label(p.kind()) + " with " + who + " begins")));
      for (Party party : p.parties()) {
        if (party.status() == PartyStatus.FORMER && party.period().end().isPresent()) {
          events.add(
              new Event(
                  DateRange.of(party.period().end().get()),
                  Text.name(atlas, party.territory()) + " leaves the " + Text.words(p.kind())));
        }
        if (!homeIds.contains(party.territory())
            && party.status() != PartyStatus.PLANNED
            && party.period().start().isPresent()
            && !party.period().start().equals(p.life().start())) {
          events.add(
              new Event(
                  DateRange.of(party.period().start().get()),
                  Text.name(atlas, party.territory())
                      + " joins the "
                      + Text.words(p.kind())
                      + " (begun with "
                      + partnersAtStart(p)
                      + ")"));
        }
      }
      for (Agreement agreement : p.agreements()) {
        String label = agreementText(agreement);
        agreement
            .signed()
            .ifPresent(d -> events.add(new Event(DateRange.of(d), label + tag(p, d))));
        if (agreement.signed().isEmpty()) {
          agreement
              .period()
              .ifPresent(
                  r -> events.add(new Event(r, label + r.start().map(d -> tag(p, d)).orElse(tag))));
        }
      }
      for (Action action : p.actions()) {
        action
            .when()
            .ifPresent(
                when -> {
                  String where =
                      action.place().map(t -> ", " + Text.name(atlas, t)).orElse("")
                          + action
                              .modality()
                              .filter(m -> m == Modality.REMOTE)
                              .map(m -> ", remote")
                              .orElse("");
                  events.add(
                      new Event(
                          when,
                          Text.english(action.title())
                              + where
                              + when.start().map(d -> tag(p, d)).orElse(tag)));
                });
      }
    }
    for (Crisis crisis : atlas.crises()) {
      events.add(
          new Event(
              crisis.period(),
              Text.english(crisis.names()) + " (" + Text.words(crisis.kind()) + ")"));
    }
    events.sort(
        Comparator.comparing((Event e) -> e.when().start().orElse(PartialDate.ofYear(1)))
            .thenComparing(e -> e.when().end().orElse(PartialDate.ofYear(9999))));
    for (Event event : events) {
      out.println(
          Text.wrap("  " + Text.pad(Text.range(event.when()), 18) + " ", event.text(), WIDTH));
    }
    List<String> undated = new ArrayList<>();
    for (Partnership p : portfolio) {
      for (Action action : p.actions()) {
        if (action.when().isEmpty()) {
          undated.add(Text.english(action.title()));
        }
      }
    }
    if (!undated.isEmpty()) {
      out.println(Text.wrap("  Undated: ", String.join("; ", undated) + ".", WIDTH));
    }
  }

  private String agreementText(Agreement agreement) {
    String title = Text.english(agreement.title());
    return (title.isEmpty() ? "Twinning " + Text.words(agreement.kind()) : title)
        + (agreement.signed().isPresent() ? " signed" : "");
  }

  // --- COVID-19 --------------------------------------------------------------------------------

  private void covid() {
    Optional<Crisis> crisis = atlas.crisis(COVID_19);
    if (crisis.isEmpty()) {
      return;
    }
    heading("WHAT " + Text.english(crisis.get().names()).toUpperCase() + " CHANGED");
    for (CrisisImpact impact : atlas.crisisImpacts()) {
      if (!impact.crisis().equals(COVID_19)) {
        continue;
      }
      if (!impact.summary().isEmpty()) {
        out.println(
            Text.wrap(
                "  ",
                Text.english(impact.summary())
                    + ": "
                    + impact.territories().stream()
                        .map(t -> Text.nameWithCountry(atlas, t))
                        .collect(Collectors.joining(", "))
                    + ".",
                WIDTH));
      }
      out.println(
          Text.wrap(
              "  Made impossible: ",
              impact.suspendedActionKinds().stream()
                      .map(k -> plural(k))
                      .collect(Collectors.joining(", "))
                  + ".",
              WIDTH));
      for (Adaptation adaptation : impact.adaptations()) {
        out.println(
            Text.wrap("  Adaptation: ", Text.english(adaptation.description()) + ":", WIDTH));
        for (var id : adaptation.actions()) {
          atlas
              .action(id)
              .ifPresent(
                  a ->
                      out.println(
                          Text.wrap(
                              "    - ",
                              Text.english(a.title())
                                  + a.when().map(w -> " (" + Text.range(w) + ")").orElse("")
                                  + a.modality().map(m -> ", " + Text.words(m)).orElse(""),
                              WIDTH)));
        }
      }
      out.println("  Lessons:");
      for (LocalizedText lesson : impact.lessons()) {
        out.println(Text.wrap("    - ", Text.english(lesson), WIDTH));
      }
    }
    // The mix of modalities of the dated actions, year by year around the crisis.
    out.println("  Actions by modality, from the query API:");
    for (int year = SEED_YEAR - 2; year <= SEED_YEAR + 1; year++) {
      int all = atlas.query().involvingWithin(BREST_METROPOLE).actions().during(year).count();
      int remote =
          atlas
              .query()
              .involvingWithin(BREST_METROPOLE)
              .actions()
              .during(year)
              .withModality(Modality.REMOTE)
              .count();
      out.println(
          "    "
              + year
              + ": "
              + all
              + (all == 1 ? " dated action" : " dated actions")
              + (all == 0 ? "" : ", of which " + remote + " remote"));
    }
  }

  private static String plural(ActionKind kind) {
    String words = Text.words(kind);
    return words.endsWith("s") ? words : words + "s";
  }

  // --- Planned ---------------------------------------------------------------------------------

  private void planned(List<Partnership> portfolio) {
    heading("WHAT IS PLANNED");
    for (Partnership p : portfolio) {
      if (p.perspectives().isEmpty()) {
        continue;
      }
      out.println(title(p));
      for (Perspective perspective : p.perspectives()) {
        List<String> details = new ArrayList<>();
        if (!perspective.plannedParties().isEmpty()) {
          details.add(
              "new partner: "
                  + perspective.plannedParties().stream()
                      .map(t -> Text.name(atlas, t))
                      .collect(Collectors.joining(", ")));
        }
        if (!perspective.plannedThemes().isEmpty()) {
          details.add(
              "themes: "
                  + perspective.plannedThemes().stream()
                      .map(t -> Text.theme(atlas, t))
                      .collect(Collectors.joining(", ")));
        }
        if (!perspective.plannedActionKinds().isEmpty()) {
          details.add(
              "kinds of action: "
                  + perspective.plannedActionKinds().stream()
                      .map(Text::words)
                      .collect(Collectors.joining(", ")));
        }
        if (!perspective.plannedModalities().isEmpty()) {
          details.add(
              "modality: "
                  + perspective.plannedModalities().stream()
                      .map(Text::words)
                      .collect(Collectors.joining(", ")));
        }
        String text =
            Text.english(perspective.description())
                + (details.isEmpty() ? "" : " [" + String.join("; ", details) + "]");
        out.println(Text.wrap("  - ", text, WIDTH));
      }
    }
  }

  // --- Names -----------------------------------------------------------------------------------

  private String title(Partnership p) {
    String name = Text.english(p.names());
    return name.isEmpty() ? WorldMapSvg.label(p.kind()) + " with " + partnerNames(p) : name;
  }

  /** " · " and the partner territories that were parties in the year of a date. */
  private String tag(Partnership p, PartialDate date) {
    String names =
        p.partiesDuring(date.year()).stream()
            .filter(party -> !homeIds.contains(party.territory()))
            .map(party -> Text.name(atlas, party.territory()))
            .collect(Collectors.joining(" / "));
    return " · " + (names.isEmpty() ? partnerNames(p) : names);
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
        .filter(party -> party.period().start().isEmpty() || party.period().start().equals(start))
        .map(party -> Text.name(atlas, party.territory()))
        .collect(Collectors.joining(" and "));
  }
}
