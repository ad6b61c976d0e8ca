package org.partneratlas.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partneratlas.action.Action;
import org.partneratlas.actor.Actor;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Territory;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/**
 * The years of every date an atlas holds, and the years a text prints: a report that prints a year
 * the dataset has no date in has made it up.
 */
final class DatasetYears {

  /** A year of four digits, 1000 to 2999, not part of a longer number ("210,047", "2.0.2"). */
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])([12]\\d{3})(?![\\d.,]\\d)");

  private DatasetYears() {}

  /**
   * Returns the years of every date of the atlas: periods and attestations of parties, themes and
   * statuses, agreements, actions, perspectives, crises, founding dates, population years and the
   * dates of every source.
   */
  static Set<Integer> of(Atlas atlas) {
    List<PartialDate> dates = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Territory t : atlas.territories()) {
      t.population().ifPresent(p -> dates.add(PartialDate.ofYear(p.year())));
      sources.addAll(t.sources());
    }
    for (Actor a : atlas.actors()) {
      a.founded().ifPresent(dates::add);
      sources.addAll(a.sources());
    }
    for (Partnership p : atlas.partnerships()) {
      sources.addAll(p.sources());
      for (Party party : p.parties()) {
        range(party.period(), dates);
        party.attested().ifPresent(dates::add);
        sources.addAll(party.sources());
      }
      for (ThemePeriod theme : p.themes()) {
        range(theme.period(), dates);
        theme.attested().ifPresent(dates::add);
        sources.addAll(theme.sources());
      }
      for (StatusChange change : p.statusHistory()) {
        change.date().ifPresent(dates::add);
        change.attested().ifPresent(dates::add);
        sources.addAll(change.sources());
      }
      for (Agreement agreement : p.agreements()) {
        agreement.signed().ifPresent(dates::add);
        agreement.period().ifPresent(r -> range(r, dates));
        sources.addAll(agreement.sources());
      }
      for (Action action : p.actions()) {
        action.when().ifPresent(r -> range(r, dates));
        sources.addAll(action.sources());
      }
      for (Perspective perspective : p.perspectives()) {
        perspective.when().ifPresent(r -> range(r, dates));
        sources.addAll(perspective.sources());
      }
    }
    for (Crisis crisis : atlas.crises()) {
      range(crisis.period(), dates);
      sources.addAll(crisis.sources());
    }
    for (CrisisImpact impact : atlas.crisisImpacts()) {
      sources.addAll(impact.sources());
    }
    for (Source source : sources) {
      source.date().ifPresent(dates::add);
    }
    Set<Integer> years = new TreeSet<>();
    for (PartialDate date : dates) {
      years.add(date.year());
      years.add(date.earliestDay().getYear());
      years.add(date.latestDay().getYear());
    }
    return years;
  }

  private static void range(DateRange range, Collection<PartialDate> dates) {
    range.start().ifPresent(dates::add);
    range.end().ifPresent(dates::add);
  }

  /** Returns the years a text prints, in order. */
  static List<Integer> printedIn(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years;
  }

  /** Returns the years a text prints that are in no date of the atlas. */
  static Set<Integer> notInDataset(String text, Atlas atlas) {
    Set<Integer> known = of(atlas);
    Set<Integer> unknown = new TreeSet<>();
    for (int year : printedIn(text)) {
      if (!known.contains(year)) {
        unknown.add(year);
      }
    }
    return unknown;
  }

  /** Returns the first line of a text that prints the year, for messages. */
  static Optional<String> lineWith(String text, int year) {
    return text.lines().filter(l -> printedIn(l).contains(year)).findFirst();
  }
}
