package org.partneratlas.svg;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.time.Bound;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Precision;

/**
 * Readable English forms of dates and periods, as the pictures write them: what the sources do not
 * give is written as unknown ("2010 – end unknown", "dormant (date unknown)"). Public so that a
 * text report can write dates as the pictures beside it do.
 */
public final class Words {

  private Words() {}

  /**
   * The kind of a partnership as the legends and reports name it: "Twinning", "Decentralised
   * cooperation".
   *
   * @param kind the kind
   * @return its name, capitalised
   */
  public static String kind(PartnershipKind kind) {
    switch (kind) {
      case TWINNING:
        return "Twinning";
      case FRIENDSHIP:
        return "Friendship";
      case DECENTRALISED_COOPERATION:
        return "Decentralised cooperation";
      case MEMORANDUM_OF_UNDERSTANDING:
        return "Memorandum of understanding";
      case PROJECT_PARTNERSHIP:
        return "Project partnership";
    }
    throw new AssertionError(kind);
  }

  /**
   * An enum constant as lower-case words: {@code STEERING_COMMITTEE} gives "steering committee".
   *
   * @param constant the constant
   * @return its name in lower-case words
   */
  public static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * "2016", "autumn 2020", "July 2012" or "12 Oct 2020"; "the 1960s" for {@code 196X}; "about 1960"
   * for {@code 1960~}, "2016 (uncertain)" for {@code 2016?}; an EDTF text for the other dates with
   * unspecified digits ("2020-XX").
   *
   * @param date the date
   * @return the date in words
   */
  public static String date(PartialDate date) {
    String text = exactDate(date.unqualified());
    if (date.isUncertain() && date.isApproximate()) {
      return "about " + text + " (uncertain)";
    }
    if (date.isApproximate()) {
      return "about " + text;
    }
    return date.isUncertain() ? text + " (uncertain)" : text;
  }

  private static String exactDate(PartialDate date) {
    if (date.unspecifiedYearDigits() == 1) {
      return "the " + date.year() + "s";
    }
    if (date.hasUnspecifiedDigits()) {
      return date.toString();
    }
    switch (date.precision()) {
      case YEAR:
        return Integer.toString(date.year());
      case SEASON:
        return words(date.season()) + " " + date.year();
      case MONTH:
        return date.month().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.year();
      case DAY:
        return date.dayOfMonth()
            + " "
            + date.month().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
            + " "
            + date.year();
    }
    throw new AssertionError(date);
  }

  /**
   * A period in words, saying "unknown" where the sources do: "2016", "2017–2018", "12–16 Oct
   * 2020", "since 2009" (open end: ongoing), "2010 – end unknown", "until 2016", "start unknown –
   * 2016", "dates unknown"; "" for a period open on both sides (at every time of its context).
   *
   * @param range the period
   * @return the period in words, its unknown sides written as unknown
   */
  public static String range(DateRange range) {
    if (range.isSingleDate()) {
      return date(range.start().orElseThrow());
    }
    Optional<PartialDate> start = range.start();
    Optional<PartialDate> end = range.end();
    if (start.isPresent() && end.isPresent()) {
      return closed(start.get(), end.get());
    }
    if (start.isPresent()) {
      return range.isOpenEnd()
          ? "since " + date(start.get())
          : date(start.get()) + " – end unknown";
    }
    if (end.isPresent()) {
      return range.isOpenStart()
          ? "until " + date(end.get())
          : "start unknown – " + date(end.get());
    }
    if (range.isOpenStart() && range.isOpenEnd()) {
      return "";
    }
    if (range.isUnknownStart() && range.isUnknownEnd()) {
      return "dates unknown";
    }
    return range.isUnknownStart() ? "start unknown – ongoing" : "end unknown";
  }

  private static String closed(PartialDate start, PartialDate end) {
    if (start.isQualified() || end.isQualified() || start.hasUnspecifiedDigits()) {
      return date(start) + " – " + date(end);
    }
    if (start.precision() == Precision.DAY
        && end.precision() == Precision.DAY
        && start.year() == end.year()
        && start.month() == end.month()) {
      return start.dayOfMonth() + "–" + date(end);
    }
    if (start.precision() == Precision.YEAR && end.precision() == Precision.YEAR) {
      return start.year() + "–" + end.year();
    }
    return date(start) + " – " + date(end);
  }

  /**
   * When a party or theme held, within the life of its partnership, in words: its period, an open
   * side being the partnership's ("since 2006" for a theme over the whole of a partnership begun in
   * 2006; "start unknown" if the partnership's start is not known), and the date a source shows it,
   * if any ("attested 12 Oct 2017").
   *
   * @param period the period, within the partnership's life
   * @param attested the date at which the fact is attested, if any
   * @param partnership the partnership whose life bounds the period
   * @return the period in words
   */
  public static String within(
      DateRange period, Optional<PartialDate> attested, Partnership partnership) {
    DateRange life = partnership.life();
    Bound startBound = period.startBound();
    PartialDate start = period.start().orElse(null);
    if (startBound == Bound.OPEN) {
      startBound = life.startBound();
      start = life.start().orElse(null);
    }
    Bound endBound = period.endBound();
    PartialDate end = period.end().orElse(null);
    if (endBound == Bound.OPEN && life.endBound() != Bound.OPEN) {
      endBound = life.endBound();
      end = life.end().orElse(null);
    }
    if (startBound == Bound.OPEN) {
      startBound = Bound.UNKNOWN; // a partnership's life never has an open start; be safe
    }
    String text =
        range(
            start != null && end != null && end.latestDay().isBefore(start.earliestDay())
                ? period
                : DateRange.of(startBound, start, endBound, end));
    if (attested.isEmpty()) {
      return text;
    }
    String when = "attested " + date(attested.get());
    if (text.equals("dates unknown")) {
      return when + " (start and end unknown)";
    }
    return text + ", " + when;
  }

  /**
   * When a party took part, in words: "planned", or its period within the partnership.
   *
   * @param party a party of the partnership
   * @param partnership the partnership
   * @return when the party took part, in words
   */
  public static String party(Party party, Partnership partnership) {
    if (party.status() == PartyStatus.PLANNED) {
      return "planned";
    }
    return within(party.period(), party.attested(), partnership);
  }

  /**
   * When a theme was worked on, in words.
   *
   * @param theme a theme period of the partnership
   * @param partnership the partnership
   * @return when the theme was worked on, in words
   */
  public static String theme(ThemePeriod theme, Partnership partnership) {
    return within(theme.period(), theme.attested(), partnership);
  }

  /**
   * When a theme with one or more periods was worked on, in words: "2009 – end unknown", "attested
   * 2019 and 2020 (start and end unknown)".
   *
   * @param periods theme periods of the partnership
   * @param partnership the partnership
   * @return when the themes were worked on, in words
   */
  public static String themes(List<ThemePeriod> periods, Partnership partnership) {
    List<String> attested = new ArrayList<>();
    for (ThemePeriod period : periods) {
      if (period.attested().isPresent() && period.period().equals(DateRange.unknown())) {
        attested.add(date(period.attested().get()));
      }
    }
    if (attested.size() == periods.size() && attested.size() > 1) {
      return "attested "
          + String.join(", ", attested.subList(0, attested.size() - 1))
          + " and "
          + attested.get(attested.size() - 1)
          + " (start and end unknown)";
    }
    return periods.stream().map(t -> theme(t, partnership)).collect(Collectors.joining("; "));
  }

  /**
   * A status change in words: "dormant since 2019", "dormant (date unknown)", "dormant (date
   * unknown), attested 2020".
   *
   * @param change a status change
   * @return the status and its date in words, "date unknown" when no source gives it
   */
  public static String status(StatusChange change) {
    String text =
        words(change.status())
            + change.date().map(d -> " since " + date(d)).orElse(" (date unknown)");
    return text + change.attested().map(d -> ", attested " + date(d)).orElse("");
  }
}
