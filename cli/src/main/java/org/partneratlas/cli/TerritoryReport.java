package org.partneratlas.cli;

import com.google.common.base.Splitter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.report.CrisisReport;
import org.partneratlas.report.ModalityMix;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.report.PlannedDevelopments;
import org.partneratlas.report.ThemeChange;
import org.partneratlas.report.ThemeHistory;
import org.partneratlas.report.Timeline;
import org.partneratlas.report.TimelineEvent;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/**
 * The report of one territory's international action, for any territory of any atlas: its partners
 * by kind, the themes of its partnerships and their history, a timeline, what crises did to its
 * partnerships, and what is planned; in the language of {@link Words}, wrapped to {@value #WIDTH}
 * columns.
 *
 * <p>The portfolio is the partnerships in which the territory (and, if asked, any of its
 * subdivisions) takes part at some time, planned parties included; its partners are the other
 * territories of those partnerships, planned ones counted apart.
 */
final class TerritoryReport {

  static final int WIDTH = 96;

  private final Atlas atlas;
  private final Territory home;
  private final Words words;
  private final PrintWriter out;
  private final Set<TerritoryId> homeIds = new LinkedHashSet<>();
  private final List<Partnership> portfolio;

  private TerritoryReport(
      Atlas atlas, Territory home, boolean withSubdivisions, Words words, PrintWriter out) {
    this.atlas = atlas;
    this.home = home;
    this.words = words;
    this.out = out;
    homeIds.add(home.id());
    if (withSubdivisions) {
      atlas.descendantsOf(home.id()).forEach(t -> homeIds.add(t.id()));
      portfolio = atlas.query().includingPlanned().involvingWithin(home.id()).list();
    } else {
      portfolio = atlas.query().includingPlanned().involving(home.id()).list();
    }
  }

  /** Prints the report of a territory. */
  static void print(
      Atlas atlas, Territory home, boolean withSubdivisions, Words words, PrintWriter out) {
    new TerritoryReport(atlas, home, withSubdivisions, words, out).print();
  }

  private void print() {
    String title = words.get("report.title", words.name(home));
    out.println(title.toUpperCase(Locale.forLanguageTag(words.language().tag())));
    out.println("=".repeat(Math.min(WIDTH, title.length())));
    String facts =
        capitalise(words.get("report.facts", words.word(home.level()), words.country(home)));
    if (home.population().isPresent()) {
      facts =
          words.get(
              "report.facts.population",
              facts,
              words.get(
                  "report.population",
                  words.number(home.population().get().count()),
                  home.population().get().year()));
    }
    line("", facts + ".");
    if (homeIds.size() > 1) {
      line(
          "",
          capitalise(
                  words.get(
                      "report.subdivisions",
                      homeIds.stream()
                          .skip(1)
                          .map(id -> words.name(atlas, id))
                          .collect(Collectors.joining(", "))))
              + ".");
    }
    Set<TerritoryId> partners = new LinkedHashSet<>();
    Set<TerritoryId> plannedPartners = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Partnership p : portfolio) {
      for (Party party : p.parties()) {
        if (homeIds.contains(party.territory())) {
          continue;
        }
        if (party.status() == PartyStatus.PLANNED) {
          plannedPartners.add(party.territory());
        } else {
          partners.add(party.territory());
          atlas
              .territories()
              .get(party.territory())
              .ifPresent(t -> countries.add(t.country().code()));
        }
      }
    }
    plannedPartners.removeAll(partners);
    String summary =
        words.get("report.summary", portfolio.size(), partners.size(), countries.size());
    if (!plannedPartners.isEmpty()) {
      summary = words.get("report.summary.planned", summary, plannedPartners.size());
    }
    line("", summary + ".");
    line("", words.get("report.languages", languageName(words.language()), otherLanguages()));

    partnersByKind();
    themes();
    timeline();
    crises();
    planned();
    out.flush();
  }

  /** The name of a language in the report's language: "French", "français". */
  private String languageName(Words.Language language) {
    Locale locale = Locale.forLanguageTag(words.language().tag());
    return Locale.forLanguageTag(language.tag()).getDisplayLanguage(locale);
  }

  /** The report's other languages, in the order of fallback: "French or Spanish". */
  private String otherLanguages() {
    List<String> names = new ArrayList<>();
    for (Words.Language l : Words.Language.values()) {
      if (l != words.language()) {
        names.add(languageName(l));
      }
    }
    String last = names.remove(names.size() - 1);
    return names.isEmpty() ? last : words.get("report.or", String.join(", ", names), last);
  }

  // --- Partners ---------------------------------------------------------------------------------

  private void partnersByKind() {
    heading("section.partners");
    boolean any = false;
    for (PartnershipKind kind : PartnershipKind.values()) {
      List<Partnership> ofKind =
          portfolio.stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
      if (ofKind.isEmpty()) {
        continue;
      }
      any = true;
      out.println(capitalise(words.word(kind)) + " (" + ofKind.size() + ")");
      TextTable table = new TextTable("name", "country", "period", "notes");
      for (Partnership p : ofKind) {
        for (Party party : p.parties()) {
          if (homeIds.contains(party.territory())) {
            continue;
          }
          List<String> notes = new ArrayList<>();
          if (party.role() != PartyRole.PARTNER) {
            notes.add(words.word(party.role()));
          }
          if (party.status() == PartyStatus.PLANNED) {
            notes.add(words.get("partners.planned"));
          } else if (party.status() == PartyStatus.FORMER) {
            notes.add(words.get("partners.former"));
          }
          PartnershipStatistics.latestStatus(p)
              .ifPresent(s -> notes.add(words.get("partners.latest", words.word(s))));
          Optional<Territory> t = atlas.territories().get(party.territory());
          table.add(
              words.name(atlas, party.territory()),
              t.map(words::country).orElse(""),
              words.range(
                  party.period().isOpenStart() && party.period().isOpenEnd()
                      ? p.life()
                      : party.period()),
              String.join("; ", notes));
        }
      }
      table.print(out, "  ", false);
    }
    if (!any) {
      out.println(words.get("report.none"));
    }
  }

  // --- Themes -----------------------------------------------------------------------------------

  private void themes() {
    heading("section.themes");
    boolean any = false;
    for (Partnership p : portfolio) {
      if (p.themes().isEmpty()) {
        continue;
      }
      any = true;
      out.println(title(p));
      ThemeHistory history = ThemeHistory.of(p);
      if (!history.fromTheStart().isEmpty()) {
        line("  ", words.get("themes.start", words.themes(atlas, history.fromTheStart())));
      }
      if (!history.withUnknownStart().isEmpty()) {
        line(
            "  ",
            words.get("themes.unknownStart", words.themes(atlas, history.withUnknownStart())));
      }
      // Changes of the same date and kind on one line, in the order of the history.
      Map<String, List<String>> byDateAndKind = new LinkedHashMap<>();
      for (ThemeChange change : history.changes()) {
        String key;
        switch (change.kind()) {
          case APPEARED:
            key = "themes.appeared";
            break;
          case ENDED:
            key = "themes.ended";
            break;
          default:
            key = "themes.attested";
        }
        byDateAndKind
            .computeIfAbsent(key + "\n" + words.date(change.date()), k -> new ArrayList<>())
            .add(words.theme(atlas, change.theme()));
      }
      byDateAndKind.forEach(
          (key, themes) -> {
            int cut = key.indexOf('\n');
            line(
                "  ",
                words.get(
                    key.substring(0, cut), key.substring(cut + 1), String.join(", ", themes)));
          });
    }
    if (!any) {
      out.println(words.get("report.none"));
    }
  }

  // --- Timeline ---------------------------------------------------------------------------------

  private void timeline() {
    heading("section.timeline");
    Timeline timeline = Timeline.of(atlas, portfolio);
    Set<Object> crisesShown = new LinkedHashSet<>();
    int shown = 0;
    for (TimelineEvent event : timeline.events()) {
      Optional<String> text = describe(event, crisesShown);
      if (text.isPresent()) {
        line("  " + pad(words.range(event.when()), 22) + " ", text.get());
        shown++;
      }
    }
    if (shown == 0) {
      out.println(words.get("report.none"));
    }
    undated();
  }

  /** An event in words, or empty for one the report leaves out (a crisis already shown). */
  private Optional<String> describe(TimelineEvent event, Set<Object> crisesShown) {
    Partnership p = atlas.partnerships().require(event.partnership());
    String tag = " · " + title(p);
    if (event instanceof TimelineEvent.AgreementEvent) {
      Agreement agreement = ((TimelineEvent.AgreementEvent) event).agreement();
      String name = words.text(agreement.title());
      String what = name.isEmpty() ? words.word(agreement.kind()) : name;
      return Optional.of(
          capitalise(
                  words.get(
                      agreement.signed().isPresent() ? "event.agreement.signed" : "event.agreement",
                      what))
              + tag);
    }
    if (event instanceof TimelineEvent.PartyEvent) {
      Party party = ((TimelineEvent.PartyEvent) event).party();
      String name = words.name(atlas, party.territory());
      switch (event.type()) {
        case PARTY_JOINED:
          if (homeIds.contains(party.territory())) {
            return Optional.empty(); // the partnership's beginning is told from the partner's side
          }
          boolean atStart =
              party.period().isOpenStart()
                  || (party.period().start().isPresent()
                      && party.period().start().equals(p.life().start()));
          return Optional.of(
              atStart
                  ? capitalise(words.get("event.begins", words.word(p.kind()), name))
                  : words.get("event.joins", name) + tag);
        case PARTY_LEFT:
          return Optional.of(words.get("event.leaves", name) + tag);
        case PARTY_PLANNED:
          return Optional.of(words.get("event.plannedParty", name) + tag);
        default:
          return Optional.of(words.get("event.attested", name) + tag);
      }
    }
    if (event instanceof TimelineEvent.StatusEvent) {
      StatusChange change = ((TimelineEvent.StatusEvent) event).statusChange();
      if (change.date().isEmpty() && event.type() != TimelineEvent.Type.ATTESTED) {
        return Optional.empty(); // listed with what the sources do not date
      }
      String key =
          event.type() == TimelineEvent.Type.ATTESTED ? "event.attestedStatus" : "event.status";
      return Optional.of(capitalise(words.get(key, words.word(change.status()))) + tag);
    }
    if (event instanceof TimelineEvent.ThemeEvent) {
      return Optional.empty(); // the themes have their own section
    }
    if (event instanceof TimelineEvent.CrisisEvent) {
      Crisis crisis = ((TimelineEvent.CrisisEvent) event).crisis();
      if (!crisesShown.add(crisis.id())) {
        return Optional.empty();
      }
      return Optional.of(
          capitalise(
              words.get("event.crisis", words.text(crisis.names()), words.word(crisis.kind()))));
    }
    if (event instanceof TimelineEvent.ActionEvent) {
      return Optional.of(capitalise(action(((TimelineEvent.ActionEvent) event).action())) + tag);
    }
    Perspective perspective = ((TimelineEvent.PerspectiveEvent) event).perspective();
    return Optional.of(
        capitalise(words.get("event.perspective", words.text(perspective.description()))) + tag);
  }

  /** An action: its title (or kind), place, modality when remote, status unless held or planned. */
  private String action(Action action) {
    String title = words.text(action.title());
    String text = title.isEmpty() ? words.word(action.kind()) : title;
    if (action.place().isPresent()) {
      text = words.get("event.action.place", text, words.name(atlas, action.place().get()));
    }
    List<String> notes = new ArrayList<>();
    action.modality().filter(m -> m != Modality.IN_PERSON).ifPresent(m -> notes.add(words.word(m)));
    if (action.status() != ActionStatus.HELD && action.status() != ActionStatus.PLANNED) {
      notes.add(words.word(action.status()));
    }
    return words.get("event.action", text)
        + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
  }

  /** What the sources do not date: parties, status changes, actions. */
  private void undated() {
    List<String> facts = new ArrayList<>();
    for (Partnership p : portfolio) {
      for (Party party : p.parties()) {
        if (!homeIds.contains(party.territory())
            && party.status() != PartyStatus.PLANNED
            && party.period().isUnknownStart()
            && party.period().isUnknownEnd()
            && party.attested().isEmpty()) {
          facts.add(
              words.get("undated.party", words.name(atlas, party.territory())) + " · " + title(p));
        }
      }
      for (StatusChange change : p.statusHistory()) {
        if (change.date().isEmpty() && change.attested().isEmpty()) {
          facts.add(words.get("undated.status", title(p), words.word(change.status())));
        }
      }
      for (Action a : p.actions()) {
        if (a.when().isEmpty()) {
          facts.add(words.get("undated.action", action(a)) + " · " + title(p));
        }
      }
    }
    if (facts.isEmpty()) {
      return;
    }
    out.println();
    out.println(words.get("section.undated") + ":");
    facts.forEach(f -> line("  - ", f));
  }

  // --- Crises -----------------------------------------------------------------------------------

  private void crises() {
    heading("section.crises");
    Set<PartnershipId> mine =
        portfolio.stream()
            .map(Partnership::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    boolean any = false;
    for (Crisis crisis : atlas.crises()) {
      CrisisReport report = CrisisReport.of(atlas, crisis.id());
      List<Partnership> affected =
          report.affectedPartnerships().stream().filter(p -> mine.contains(p.id())).toList();
      List<Partnership> possibly =
          report.possiblyAffectedPartnerships().stream()
              .filter(p -> mine.contains(p.id()) && !affected.contains(p))
              .toList();
      if (affected.isEmpty() && possibly.isEmpty()) {
        continue;
      }
      any = true;
      out.println(
          words.get(
              "crisis.heading",
              words.text(crisis.names()),
              words.word(crisis.kind()),
              words.range(crisis.period())));
      if (!affected.isEmpty()) {
        line("  ", words.get("crisis.affected", titles(affected)));
      }
      if (!possibly.isEmpty()) {
        line("  ", words.get("crisis.possiblyAffected", titles(possibly)));
      }
      for (CrisisImpact impact : report.impacts()) {
        if (impact.partnerships().stream().noneMatch(mine::contains)
            && impact.territories().stream().noneMatch(homeIds::contains)) {
          continue;
        }
        if (!impact.summary().isEmpty()) {
          line("  ", words.text(impact.summary()));
        }
        if (!impact.suspendedActionKinds().isEmpty()) {
          line("  ", words.get("crisis.suspended", words.words(impact.suspendedActionKinds())));
        }
        for (Adaptation adaptation : impact.adaptations()) {
          line("  ", words.get("crisis.adaptation", words.text(adaptation.description())));
          adaptation
              .actions()
              .forEach(
                  id -> atlas.actions().get(id).ifPresent(a -> line("    - ", actionWithDate(a))));
        }
        if (!impact.lessons().isEmpty()) {
          out.println("  " + words.get("crisis.lessons"));
          for (LocalizedText lesson : impact.lessons()) {
            line("    - ", words.text(lesson));
          }
        }
      }
      modalities(report, crisis);
    }
    if (!any) {
      out.println(words.get("report.none"));
    }
  }

  private String actionWithDate(Action a) {
    return action(a) + a.when().map(w -> " (" + words.range(w) + ")").orElse("");
  }

  /** The mix of modalities by year, from five years before the crisis. */
  private void modalities(CrisisReport report, Crisis crisis) {
    SortedMap<Integer, ModalityMix> byYear = report.modalitiesByYear();
    Optional<Integer> from = crisis.period().start().map(d -> d.year() - 5);
    if (from.isPresent()) {
      byYear = byYear.tailMap(from.get());
    }
    if (byYear.isEmpty()) {
      return;
    }
    out.println("  " + words.get("crisis.modalities"));
    for (ModalityMix mix : byYear.values()) {
      List<String> counts = new ArrayList<>();
      if (mix.inPerson() > 0) {
        counts.add(words.get("modality.inPerson", mix.inPerson()));
      }
      if (mix.remote() > 0) {
        counts.add(words.get("modality.remote", mix.remote()));
      }
      if (mix.hybrid() > 0) {
        counts.add(words.get("modality.hybrid", mix.hybrid()));
      }
      if (mix.unspecified() > 0) {
        counts.add(words.get("modality.unspecified", mix.unspecified()));
      }
      line(
          "    ",
          words.get(
              "crisis.phase",
              mix.year(),
              words.word(mix.phase()),
              counts.isEmpty() ? words.get("modality.none") : String.join(", ", counts)));
    }
  }

  // --- Planned ----------------------------------------------------------------------------------

  private void planned() {
    heading("section.planned");
    boolean any = false;
    for (Partnership p : portfolio) {
      PlannedDevelopments planned = PlannedDevelopments.of(p);
      if (planned.isEmpty()) {
        continue;
      }
      any = true;
      out.println(title(p));
      for (Perspective perspective : planned.perspectives()) {
        String when = perspective.when().map(w -> " (" + words.range(w) + ")").orElse("");
        line("  - ", words.text(perspective.description()) + when);
      }
      if (!planned.plannedParties().isEmpty()) {
        line(
            "  ",
            words.get(
                "planned.parties",
                planned.plannedParties().stream()
                    .map(t -> words.nameWithCountry(atlas, t))
                    .collect(Collectors.joining(", "))));
      }
      if (!planned.plannedThemes().isEmpty()) {
        line("  ", words.get("planned.themes", words.themes(atlas, planned.plannedThemes())));
      }
      if (!planned.plannedActionKinds().isEmpty()) {
        line("  ", words.get("planned.actionKinds", words.words(planned.plannedActionKinds())));
      }
      if (!planned.plannedModalities().isEmpty()) {
        line("  ", words.get("planned.modalities", words.words(planned.plannedModalities())));
      }
      for (Action a : planned.plannedActions()) {
        line("  ", words.get("planned.action", actionWithDate(a)));
      }
    }
    if (!any) {
      out.println(words.get("report.none"));
    }
  }

  // --- Text -------------------------------------------------------------------------------------

  /** A partnership's name, else its kind and the partners other than the home territories. */
  private String title(Partnership p) {
    String name = words.text(p.names());
    if (!name.isEmpty()) {
      return name;
    }
    String others =
        p.parties().stream()
            .map(Party::territory)
            .filter(t -> !homeIds.contains(t))
            .distinct()
            .map(t -> words.name(atlas, t))
            .collect(Collectors.joining(" / "));
    String kind = capitalise(words.word(p.kind()));
    return others.isEmpty() ? kind : words.get("title.unnamed", kind, others);
  }

  private String titles(List<Partnership> partnerships) {
    return partnerships.stream().map(this::title).collect(Collectors.joining("; "));
  }

  private void heading(String key) {
    String title = words.get(key);
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  /** Prints a text wrapped at {@value #WIDTH} columns, its first line after a prefix. */
  private void line(String prefix, String text) {
    out.println(wrap(prefix, text, WIDTH));
  }

  /**
   * Wraps a text at spaces so that no line is longer than the width (but a word longer than a
   * line), the first line after the prefix and the others indented as deep.
   */
  static String wrap(String prefix, String text, int width) {
    String indent = " ".repeat(prefix.length());
    StringBuilder sb = new StringBuilder();
    StringBuilder current = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : Splitter.on(' ').omitEmptyStrings().split(text)) {
      if (!empty && current.length() + 1 + word.length() > width) {
        sb.append(current).append('\n');
        current = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    return sb.append(current).toString().stripTrailing();
  }

  static String pad(String text, int width) {
    int length = text.codePointCount(0, text.length());
    return length >= width ? text : text + " ".repeat(width - length);
  }

  private String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(first)))
        + text.substring(Character.charCount(first));
  }
}
