package org.partneratlas.svg;

import static org.partneratlas.svg.Svg.escape;
import static org.partneratlas.svg.Svg.num;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneratlas.action.Action;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.StatusStretch;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.PartialDate;

/**
 * Draws the partnerships of a territory over time as SVG: one bar per partnership, with its
 * parties, theme periods and agreement phases as sub-bars, its dated actions as marks, the planned
 * parties and themes in a column of their own, and the period of each crisis shaded.
 *
 * <p>The time axis has two scales, marked on the chart: the decades before 2005 are compressed, so
 * that the twinnings begun after the war and the detail of the recent cooperations both fit.
 */
final class TimelineSvg {

  private static final double WIDTH = 1600;
  private static final double LABEL_WIDTH = 270;
  private static final int FIRST_YEAR = 1945;
  private static final int BREAK_YEAR = 2005;
  private static final int LAST_YEAR = 2023;
  private static final double SLOW = 4.5;
  private static final double FAST = 50;
  private static final double X0 = LABEL_WIDTH;
  private static final double X_BREAK = X0 + (BREAK_YEAR - FIRST_YEAR) * SLOW;
  private static final double X_END = X_BREAK + (LAST_YEAR - BREAK_YEAR) * FAST;
  private static final double PLANNED_X = X_END + 18;
  private static final double PLANNED_WIDTH = WIDTH - PLANNED_X - 12;
  private static final double TOP = 128;

  private static final double BAR = 16;
  private static final double SUB = 9;
  private static final double SUB_STEP = 14;
  private static final double GAP = 16;
  private static final double ACTION_LANE = 15;

  private TimelineSvg() {}

  /** The x of a fractional year, on the two-scale axis. */
  static double x(double year) {
    double y = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year));
    return y <= BREAK_YEAR ? X0 + (y - FIRST_YEAR) * SLOW : X_BREAK + (y - BREAK_YEAR) * FAST;
  }

  private static double fraction(LocalDate day) {
    return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
  }

  private static double startOf(PartialDate date) {
    return fraction(date.earliestDay());
  }

  private static double endOf(PartialDate date) {
    return fraction(date.latestDay().plusDays(1));
  }

  private static double middleOf(DateRange range) {
    double start = range.start().map(TimelineSvg::startOf).orElse((double) LAST_YEAR);
    double end = range.end().map(TimelineSvg::endOf).orElse(start);
    return (start + end) / 2;
  }

  /**
   * What is known of when a fact held, in fractional years on the axis: it may have held from
   * {@code possibleStart} to {@code possibleEnd}, and certainly covers its known dates, from {@code
   * knownStart} to {@code knownEnd} (no known part if {@code knownStart} is NaN); {@code open} if
   * it goes on without known end; {@code note} says what is not known ("end unknown", "attested
   * 2017"), or is empty.
   */
  record Span(
      double possibleStart,
      double possibleEnd,
      double knownStart,
      double knownEnd,
      boolean open,
      String note) {

    boolean hasKnownPart() {
      return !Double.isNaN(knownStart);
    }

    boolean isFullyKnown() {
      return note.isEmpty() && hasKnownPart();
    }
  }

  private static final String STATUS = "#8a6d3b";
  private static final String ATTESTED = "attested ";

  /** The span of a stretch of the status history that a change began. */
  private static Span statusSpan(StatusChange change, Extent extent) {
    double possibleStart = fromEpochDay(extent.earliestStart(), FIRST_YEAR);
    double possibleEnd =
        extent.latestEnd() == Long.MAX_VALUE
            ? LAST_YEAR
            : fromEpochDay(extent.latestEnd() + 1, LAST_YEAR);
    boolean open = extent.earliestEnd() == Long.MAX_VALUE;
    double knownStart = Double.NaN;
    double knownEnd = Double.NaN;
    if (change.date().isPresent()) {
      knownStart = startOf(change.date().get());
      knownEnd = open ? LAST_YEAR : fromEpochDay(extent.earliestEnd() + 1, LAST_YEAR);
    } else if (change.attested().isPresent()) {
      knownStart = startOf(change.attested().get());
      knownEnd = endOf(change.attested().get());
    }
    String note =
        change.date().isPresent()
            ? ""
            : "date unknown" + change.attested().map(d -> ", attested " + Words.date(d)).orElse("");
    return new Span(
        possibleStart, possibleEnd, knownStart, knownEnd, open && change.date().isPresent(), note);
  }

  /** A sub-bar: its label, its spans (one per period of its party or theme), its style. */
  private record SubBar(String label, List<Span> span, String style) {}

  private static double fromEpochDay(long epochDay, double unlimited) {
    if (epochDay == Long.MIN_VALUE || epochDay == Long.MAX_VALUE) {
      return unlimited;
    }
    return fraction(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * The span of a period read within a partnership's life: an open side is the life's side, an
   * unknown side may lie anywhere within the life; an attested date is known.
   */
  static Span span(DateRange period, Optional<PartialDate> attested, Partnership partnership) {
    DateRange life = partnership.life();
    Extent extent = period.extentWithin(partnership.lifeExtent());
    if (attested.isPresent()) {
      extent = extent.attestedAt(attested.get());
    }
    double possibleStart = fromEpochDay(extent.earliestStart(), FIRST_YEAR);
    double possibleEnd =
        extent.latestEnd() == Long.MAX_VALUE
            ? LAST_YEAR
            : fromEpochDay(extent.latestEnd() + 1, LAST_YEAR);
    // The known dates: the start, the end and the attestation, the open sides being the life's.
    List<PartialDate> known = new ArrayList<>();
    Optional<PartialDate> start = period.isOpenStart() ? life.start() : period.start();
    boolean openEnd = period.isOpenEnd() && life.isOpenEnd();
    Optional<PartialDate> end = period.isOpenEnd() ? life.end() : period.end();
    start.ifPresent(known::add);
    end.ifPresent(known::add);
    attested.ifPresent(known::add);
    double knownStart = Double.NaN;
    double knownEnd = Double.NaN;
    for (PartialDate date : known) {
      knownStart = Double.isNaN(knownStart) ? startOf(date) : Math.min(knownStart, startOf(date));
      knownEnd = Double.isNaN(knownEnd) ? endOf(date) : Math.max(knownEnd, endOf(date));
    }
    if (openEnd && !Double.isNaN(knownStart)) {
      knownEnd = LAST_YEAR;
    }
    boolean startUnknown = start.isEmpty();
    boolean endUnknown = end.isEmpty() && !openEnd;
    String note;
    if (startUnknown && endUnknown) {
      note = attested.map(d -> "attested " + Words.date(d)).orElse("dates unknown");
    } else if (endUnknown) {
      note = "end unknown";
    } else if (startUnknown) {
      note = "start unknown";
    } else {
      note = "";
    }
    return new Span(possibleStart, possibleEnd, knownStart, knownEnd, openEnd, note);
  }

  /**
   * Renders the timeline.
   *
   * @param options what to draw
   * @return the SVG document
   */
  static String render(Options options) {
    Atlas atlas = options.atlas();
    Set<TerritoryId> home = options.home();
    List<Partnership> partnerships =
        options.partnerships().stream()
            .sorted(
                Comparator.comparingDouble(
                    (Partnership p) ->
                        p.life().start().map(TimelineSvg::startOf).orElse((double) LAST_YEAR)))
            .collect(Collectors.toList());

    StringBuilder body = new StringBuilder(100_000);
    double y = TOP;
    Set<PartnershipKind> kinds = EnumSet.noneOf(PartnershipKind.class);
    Set<String> styles = new LinkedHashSet<>();
    for (Partnership partnership : partnerships) {
      kinds.add(partnership.kind());
      y = row(body, options, partnership, home, y, styles);
    }
    double bottom = y;
    double height = bottom + 190;

    StringBuilder svg = new StringBuilder(body.length() + 20_000);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(options.width())
        .append("\" height=\"")
        .append(num(height * options.width() / WIDTH))
        .append("\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(height))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    String homeName = options.name(options.focalTerritory());
    String title = options.title().orElse(homeName + ": partnerships over time");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append(
        "<defs><pattern id=\"unknown-crisis\" width=\"8\" height=\"8\""
            + " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"8\" height=\"8\" fill=\"#fbe9e8\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#f2b8b5\" stroke-width=\"3\"/>"
            + "</pattern></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text x=\"20\" y=\"32\" font-size=\"24\" font-weight=\"bold\" fill=\"#222\">")
        .append(escape(title))
        .append("</text>\n");
    svg.append("<text x=\"20\" y=\"54\" font-size=\"14\" fill=\"#555\">")
        .append(
            escape(
                "One bar per partnership, with its parties, themes and phases below it; actions"
                    + " as marks; crises shaded. Before "
                    + BREAK_YEAR
                    + " the time scale is compressed."))
        .append("</text>\n");

    // Background: the compressed part, the crises, the grid and the planned column.
    svg.append("<rect x=\"")
        .append(num(X0))
        .append("\" y=\"")
        .append(num(TOP - 30))
        .append("\" width=\"")
        .append(num(X_BREAK - X0))
        .append("\" height=\"")
        .append(num(bottom - TOP + 40))
        .append("\" fill=\"#f4f4f4\"/>\n");
    boolean crisisEndUnknown = false;
    for (Crisis crisis : atlas.crises()) {
      DateRange period = crisis.period();
      double start = period.start().map(TimelineSvg::startOf).orElse((double) FIRST_YEAR);
      double end =
          period.end().map(TimelineSvg::endOf).orElse(period.isOpenEnd() ? LAST_YEAR : start);
      if (period.isUnknownEnd()) {
        // Known to hold during its start; after that, not known.
        end = period.start().map(TimelineSvg::endOf).orElse(start);
        crisisEndUnknown = true;
        svg.append("<rect class=\"crisis-unknown\" data-crisis=\"")
            .append(escape(crisis.id().value()))
            .append("\" x=\"")
            .append(num(x(end)))
            .append("\" y=\"")
            .append(num(TOP - 30))
            .append("\" width=\"")
            .append(num(x(LAST_YEAR) - x(end)))
            .append("\" height=\"")
            .append(num(bottom - TOP + 40))
            .append("\" fill=\"url(#unknown-crisis)\"><title>")
            .append(escape(crisis.names().best(options.languages()) + ": " + Words.range(period)))
            .append("</title></rect>\n");
      }
      svg.append("<rect class=\"crisis\" data-crisis=\"")
          .append(escape(crisis.id().value()))
          .append("\" x=\"")
          .append(num(x(start)))
          .append("\" y=\"")
          .append(num(TOP - 30))
          .append("\" width=\"")
          .append(num(x(end) - x(start)))
          .append("\" height=\"")
          .append(num(bottom - TOP + 40))
          .append("\" fill=\"#f2b8b5\" fill-opacity=\"0.45\"/>\n");
      svg.append("<text x=\"")
          .append(num((x(start) + x(end)) / 2))
          .append("\" y=\"")
          .append(num(TOP - 52))
          .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#a33\" text-anchor=\"middle\">")
          .append(
              escape(
                  crisis.names().best(options.languages())
                      + (period.isUnknownEnd() ? " (end unknown)" : "")))
          .append("</text>\n");
    }
    axis(svg, TOP - 30, bottom + 10);
    svg.append("<rect x=\"")
        .append(num(PLANNED_X))
        .append("\" y=\"")
        .append(num(TOP - 30))
        .append("\" width=\"")
        .append(num(PLANNED_WIDTH))
        .append("\" height=\"")
        .append(num(bottom - TOP + 40))
        .append("\" fill=\"#f7f3e8\"/>\n");
    svg.append("<text x=\"")
        .append(num(PLANNED_X + PLANNED_WIDTH / 2))
        .append("\" y=\"")
        .append(num(TOP - 52))
        .append(
            "\" font-size=\"12\" font-weight=\"bold\" fill=\"#7a6a3a\" text-anchor=\"middle\">"
                + "Planned</text>\n");
    svg.append(body);
    if (crisisEndUnknown) {
      styles.add("crisis-unknown");
    }
    legend(svg, kinds, styles, bottom + 46, options);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void axis(StringBuilder svg, double top, double bottom) {
    svg.append("<g id=\"axis\" font-size=\"11\" fill=\"#444\" text-anchor=\"middle\">\n");
    for (int year = 1950; year <= 2000; year += 10) {
      tick(svg, year, top, bottom, true);
    }
    for (int year = BREAK_YEAR; year < LAST_YEAR; year++) {
      tick(svg, year, top, bottom, true);
    }
    tick(svg, LAST_YEAR, top, bottom, false);
    // The change of scale.
    svg.append("<path d=\"M")
        .append(num(X_BREAK - 4))
        .append(' ')
        .append(num(top - 16))
        .append("l4 -5 4 5\" fill=\"none\" stroke=\"#888\"/>\n");
    svg.append("<text x=\"")
        .append(num((X0 + X_BREAK) / 2))
        .append("\" y=\"")
        .append(num(bottom + 32))
        .append("\" font-size=\"11\" fill=\"#777\">")
        .append(escape("compressed scale: " + num(SLOW) + " px per year"))
        .append("</text>\n");
    svg.append("<text x=\"")
        .append(num((X_BREAK + X_END) / 2))
        .append("\" y=\"")
        .append(num(bottom + 32))
        .append("\" font-size=\"11\" fill=\"#777\">")
        .append(escape("scale from " + BREAK_YEAR + ": " + num(FAST) + " px per year"))
        .append("</text>\n");
    svg.append("</g>\n");
  }

  private static void tick(StringBuilder svg, int year, double top, double bottom, boolean label) {
    double x = x(year);
    svg.append("<line x1=\"")
        .append(num(x))
        .append("\" y1=\"")
        .append(num(top))
        .append("\" x2=\"")
        .append(num(x))
        .append("\" y2=\"")
        .append(num(bottom))
        .append("\" stroke=\"#d9d9d9\" stroke-width=\"1\"/>\n");
    if (label) {
      double middle = year < BREAK_YEAR ? x : x + FAST / 2;
      String text =
          year < BREAK_YEAR
              ? Integer.toString(year)
              : "’" + (year % 100 < 10 ? "0" : "") + year % 100;
      if (year == BREAK_YEAR || year == 2010 || year == 2020) {
        text = Integer.toString(year);
      }
      for (double at : new double[] {top - 4, bottom + 14}) {
        svg.append("<text class=\"year\" x=\"")
            .append(num(middle))
            .append("\" y=\"")
            .append(num(at))
            .append("\">")
            .append(text)
            .append("</text>\n");
      }
    }
  }

  private static double row(
      StringBuilder svg,
      Options options,
      Partnership partnership,
      Set<TerritoryId> home,
      double top,
      Set<String> styles) {
    Atlas atlas = options.atlas();
    List<String> languages = options.languages();
    String colour = WorldMapSvg.colour(partnership.kind());
    DateRange life = partnership.life();

    // Labels: the partner territories, the kind, the life and the statuses.
    List<String> partners = new ArrayList<>();
    for (Party party : partnership.parties()) {
      if (!home.contains(party.territory()) && party.status() != PartyStatus.PLANNED) {
        partners.add(options.name(party.territory()));
      }
    }
    String title = String.join(" / ", partners);
    StringBuilder subtitle = new StringBuilder(WorldMapSvg.label(partnership.kind()));
    String lifeText = Words.range(life);
    if (!lifeText.isEmpty()) {
      subtitle.append(" · ").append(lifeText);
    }
    svg.append("<g class=\"partnership\" data-partnership=\"")
        .append(escape(partnership.id().value()))
        .append("\">\n");
    svg.append("<text x=\"")
        .append(num(X0 - 10))
        .append("\" y=\"")
        .append(num(top + 12))
        .append("\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\" text-anchor=\"end\">")
        .append(escape(title))
        .append("</text>\n");
    svg.append("<text x=\"")
        .append(num(X0 - 10))
        .append("\" y=\"")
        .append(num(top + 26))
        .append("\" font-size=\"11\" fill=\"#666\" text-anchor=\"end\">")
        .append(escape(subtitle.toString()))
        .append("</text>\n");

    // The bar of the partnership's life.
    Span lifeSpan = span(life, Optional.empty(), partnership);
    drawSpan(
        svg,
        lifeSpan,
        top,
        BAR,
        3,
        colour,
        "",
        "partnership-bar\" data-partnership=\"" + escape(partnership.id().value()),
        title
            + ": "
            + subtitle
            + partnership.statusHistory().stream()
                .map(c -> " · " + Words.status(c))
                .collect(Collectors.joining()),
        styles);
    drawNote(svg, List.of(lifeSpan), top, BAR);
    // Agreements signed on a day, month or year: a small triangle above the bar.
    for (Agreement agreement : partnership.agreements()) {
      if (agreement.period().isEmpty() && agreement.signed().isPresent()) {
        double at = x(middleOf(DateRange.of(agreement.signed().get())));
        svg.append("<path class=\"agreement\" d=\"M")
            .append(num(at - 5))
            .append(' ')
            .append(num(top - 7))
            .append("h10l-5 7z\" fill=\"#222\"><title>")
            .append(escape(agreementLabel(agreement, languages)))
            .append("</title></path>\n");
      }
    }

    // Dated actions as marks on the bar, with their titles in lanes below.
    List<Action> dated =
        partnership.actions().stream()
            .filter(a -> a.when().isPresent())
            .sorted(Comparator.comparingDouble(a -> middleOf(a.when().get())))
            .collect(Collectors.toList());
    List<Svg.Box> lanes = new ArrayList<>();
    double y = top + BAR + 4;
    for (Action action : dated) {
      double at = x(middleOf(action.when().get()));
      boolean remote = action.modality().filter(m -> m == Modality.REMOTE).isPresent();
      svg.append("<path class=\"action\" data-action=\"")
          .append(escape(action.id().value()))
          .append("\" d=\"M")
          .append(num(at))
          .append(' ')
          .append(num(top + BAR / 2 - 7))
          .append("l6 7 -6 7 -6 -7z\" fill=\"")
          .append(remote ? "#ffffff" : "#222")
          .append("\" stroke=\"")
          .append(remote ? "#0a7f8c" : "#ffffff")
          .append("\" stroke-width=\"")
          .append(remote ? "2.2" : "1")
          .append("\"><title>")
          .append(escape(actionLabel(action, languages)))
          .append("</title></path>\n");
      String text = shortTitle(action, languages);
      double w = Svg.textWidth(text, 11);
      double left = Math.min(at - 4, WIDTH - 12 - w);
      int lane = 0;
      while (true) {
        Svg.Box box = new Svg.Box(left - 3, y + lane * ACTION_LANE, w + 6, ACTION_LANE);
        boolean free = true;
        for (Svg.Box other : lanes) {
          if (other.intersects(box)) {
            free = false;
            break;
          }
        }
        if (free) {
          lanes.add(box);
          svg.append("<line x1=\"")
              .append(num(at))
              .append("\" y1=\"")
              .append(num(top + BAR))
              .append("\" x2=\"")
              .append(num(at))
              .append("\" y2=\"")
              .append(num(box.y() + 4))
              .append("\" stroke=\"#999\" stroke-width=\"0.8\"/>\n");
          svg.append("<text x=\"")
              .append(num(left))
              .append("\" y=\"")
              .append(num(box.y() + 11))
              .append("\" font-size=\"11\" fill=\"")
              .append(remote ? "#0a6570" : "#333")
              .append("\">")
              .append(escape(text))
              .append("</text>\n");
          break;
        }
        lane++;
      }
    }
    double lanesBottom = y;
    for (Svg.Box box : lanes) {
      lanesBottom = Math.max(lanesBottom, box.y() + box.height());
    }
    y = lanesBottom + 2;

    // Undated actions, listed.
    List<String> undated =
        partnership.actions().stream()
            .filter(a -> a.when().isEmpty())
            .map(a -> shortTitle(a, languages))
            .collect(Collectors.toList());
    if (!undated.isEmpty()) {
      svg.append("<text x=\"")
          .append(num(x(BREAK_YEAR) + 4))
          .append("\" y=\"")
          .append(num(y + 11))
          .append("\" font-size=\"11\" font-style=\"italic\" fill=\"#555\">")
          .append(escape("Undated: " + String.join("; ", undated)))
          .append("</text>\n");
      y += ACTION_LANE;
    }

    // Sub-bars: parties (when they tell more than the bar), agreement phases, themes.
    List<SubBar> subBars = new ArrayList<>();
    List<Party> partnerParties =
        partnership.parties().stream()
            .filter(p -> !home.contains(p.territory()))
            .collect(Collectors.toList());
    boolean partiesTellMore =
        partnerParties.size() > 1
            || partnerParties.stream().anyMatch(p -> p.status() != PartyStatus.ACTIVE);
    if (partiesTellMore) {
      Map<TerritoryId, List<Span>> spans = new LinkedHashMap<>();
      Map<TerritoryId, String> style = new LinkedHashMap<>();
      for (Party party : partnerParties) {
        List<Span> list = spans.computeIfAbsent(party.territory(), t -> new ArrayList<>());
        if (party.status() == PartyStatus.PLANNED) {
          style.putIfAbsent(party.territory(), "planned");
        } else {
          list.add(span(party.period(), party.attested(), partnership));
          style.put(party.territory(), party.status() == PartyStatus.FORMER ? "former" : "party");
        }
      }
      spans.forEach(
          (territory, list) ->
              subBars.add(
                  new SubBar(
                      "Party: " + options.name(territory),
                      list,
                      style.getOrDefault(territory, "party"))));
    }
    // Statuses other than active, from the status history.
    List<StatusChange> history = partnership.statusHistory();
    List<StatusStretch> stretches = partnership.statusStretches();
    int first = stretches.size() - history.size();
    for (int i = 0; i < history.size(); i++) {
      StatusChange change = history.get(i);
      if (change.status() != PartnershipStatus.ACTIVE) {
        subBars.add(
            new SubBar(
                "Status: " + Words.words(change.status()),
                List.of(statusSpan(change, stretches.get(first + i).extent())),
                "status"));
      }
    }
    for (Agreement agreement : partnership.agreements()) {
      agreement
          .period()
          .ifPresent(
              period ->
                  subBars.add(
                      new SubBar(
                          agreementLabel(agreement, languages),
                          List.of(span(period, Optional.empty(), partnership)),
                          "phase")));
    }
    Map<ThemeId, List<Span>> themeSpans = new LinkedHashMap<>();
    for (ThemePeriod theme : partnership.themes()) {
      themeSpans
          .computeIfAbsent(theme.theme(), t -> new ArrayList<>())
          .add(span(theme.period(), theme.attested(), partnership));
    }
    themeSpans.forEach(
        (theme, list) ->
            subBars.add(
                new SubBar("Theme: " + themeLabel(atlas, theme, languages), list, "theme")));
    for (Perspective perspective : partnership.perspectives()) {
      for (ThemeId theme : perspective.plannedThemes()) {
        subBars.add(
            new SubBar("Theme: " + themeLabel(atlas, theme, languages), List.of(), "planned"));
      }
    }
    if (!subBars.isEmpty()) {
      y = Math.max(y, top + 32); // below the subtitle
    }
    for (SubBar bar : subBars) {
      y += 2;
      svg.append("<text x=\"")
          .append(num(X0 - 10))
          .append("\" y=\"")
          .append(num(y + SUB))
          .append("\" font-size=\"11\" fill=\"#444\" text-anchor=\"end\">")
          .append(escape(bar.label()))
          .append("</text>\n");
      if (bar.style().equals("planned")) {
        styles.add("planned");
        svg.append("<rect class=\"planned\" x=\"")
            .append(num(PLANNED_X + 8))
            .append("\" y=\"")
            .append(num(y))
            .append("\" width=\"")
            .append(num(PLANNED_WIDTH - 16))
            .append("\" height=\"")
            .append(num(SUB))
            .append("\" rx=\"2\" fill=\"#ffffff\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"><title>")
            .append(escape(bar.label() + " (planned)"))
            .append("</title></rect>\n");
      } else {
        String fill;
        String extra = "";
        switch (bar.style()) {
          case "former":
            fill = "#9a9a9a";
            break;
          case "phase":
            fill = "#333333";
            break;
          case "status":
            fill = STATUS;
            break;
          case "theme":
            fill = colour;
            extra = " fill-opacity=\"0.45\"";
            break;
          default:
            fill = colour;
            extra = " fill-opacity=\"0.8\"";
        }
        styles.add(bar.style());
        for (Span span : bar.span()) {
          drawSpan(svg, span, y, SUB, 2, fill, extra, bar.style(), bar.label(), styles);
        }
        drawNote(svg, bar.span(), y, SUB);
      }
      y += SUB_STEP - 2;
    }
    svg.append("</g>\n");
    return Math.max(y, top + 34) + GAP;
  }

  /**
   * Draws a span: a dashed outline where the fact may have held, a filled bar over what is known
   * and an arrow if it goes on. The filled bar has the class {@code cssClass}; without a known
   * part, the outline has it.
   */
  private static void drawSpan(
      StringBuilder svg,
      Span span,
      double y,
      double height,
      double radius,
      String fill,
      String extra,
      String cssClass,
      String title,
      Set<String> styles) {
    String tooltip = escape(span.note().isEmpty() ? title : title + " (" + span.note() + ")");
    if (!span.isFullyKnown()) {
      styles.add("unknown");
      double from = x(span.possibleStart());
      double to = x(span.possibleEnd());
      svg.append("<rect class=\"")
          .append(span.hasKnownPart() ? "unknown" : cssClass + " unknown")
          .append("\" x=\"")
          .append(num(from))
          .append("\" y=\"")
          .append(num(y + 0.5))
          .append("\" width=\"")
          .append(num(Math.max(2, to - from)))
          .append("\" height=\"")
          .append(num(height - 1))
          .append("\" rx=\"")
          .append(num(radius))
          .append("\" fill=\"")
          .append(fill)
          .append("\" fill-opacity=\"0.08\" stroke=\"")
          .append(fill)
          .append("\" stroke-opacity=\"0.7\" stroke-width=\"1\" stroke-dasharray=\"3 2\"><title>")
          .append(tooltip)
          .append("</title></rect>\n");
    }
    if (span.hasKnownPart()) {
      if (!span.isFullyKnown()) {
        styles.add("known");
      }
      double from = x(span.knownStart());
      double width = Math.max(3, x(span.knownEnd()) - from);
      svg.append("<rect class=\"")
          .append(cssClass)
          .append("\" x=\"")
          .append(num(from))
          .append("\" y=\"")
          .append(num(y))
          .append("\" width=\"")
          .append(num(width))
          .append("\" height=\"")
          .append(num(height))
          .append("\" rx=\"")
          .append(num(radius))
          .append("\" fill=\"")
          .append(fill)
          .append('"')
          .append(extra)
          .append("><title>")
          .append(tooltip)
          .append("</title></rect>\n");
      if (span.open()) {
        arrow(svg, x(span.knownEnd()), y + height / 2, fill, height / 2 + (height > SUB ? 2 : 1));
      }
    }
  }

  /**
   * Writes what is not known of the spans of a row ("end unknown", "attested 2019; attested 2020")
   * after their known parts, or before them if there is no room after, with a white halo.
   */
  private static void drawNote(StringBuilder svg, List<Span> spans, double y, double height) {
    Set<String> notes = new LinkedHashSet<>();
    double knownStart = Double.NaN;
    double knownEnd = Double.NaN;
    double possibleStart = Double.NaN;
    for (Span span : spans) {
      if (!span.note().isEmpty()) {
        notes.add(span.note());
      }
      if (span.hasKnownPart()) {
        knownStart =
            Double.isNaN(knownStart) ? span.knownStart() : Math.min(knownStart, span.knownStart());
        knownEnd = Double.isNaN(knownEnd) ? span.knownEnd() : Math.max(knownEnd, span.knownEnd());
      }
      possibleStart =
          Double.isNaN(possibleStart)
              ? span.possibleStart()
              : Math.min(possibleStart, span.possibleStart());
    }
    if (notes.isEmpty()) {
      return;
    }
    String note =
        notes.size() > 1 && notes.stream().allMatch(n -> n.startsWith(ATTESTED))
            ? ATTESTED
                + notes.stream()
                    .map(n -> n.substring(ATTESTED.length()))
                    .collect(Collectors.joining(", "))
            : String.join("; ", notes);
    double size = height > SUB ? 11 : 9;
    double width = Svg.textWidth(note, size);
    boolean known = !Double.isNaN(knownStart);
    double after = known ? Math.max(x(knownEnd), x(knownStart) + 3) + 4 : x(possibleStart) + 4;
    boolean fitsAfter = after + width < X_END - 2 || !known;
    svg.append("<text class=\"note\" x=\"")
        .append(num(fitsAfter ? after : x(knownStart) - 4))
        .append("\" y=\"")
        .append(num(y + height - (height > SUB ? 4 : 1.5)))
        .append("\" font-size=\"")
        .append(num(size))
        .append("\" font-style=\"italic\" fill=\"#444\" stroke=\"#ffffff\" stroke-width=\"2.5\"")
        .append(" stroke-linejoin=\"round\" paint-order=\"stroke\"")
        .append(fitsAfter ? "" : " text-anchor=\"end\"")
        .append('>')
        .append(escape(note))
        .append("</text>\n");
  }

  private static void arrow(StringBuilder svg, double x, double y, String fill, double half) {
    svg.append("<path d=\"M")
        .append(num(x))
        .append(' ')
        .append(num(y - half))
        .append("l")
        .append(num(half))
        .append(' ')
        .append(num(half))
        .append(" -")
        .append(num(half))
        .append(' ')
        .append(num(half))
        .append("z\" fill=\"")
        .append(fill)
        .append("\"/>\n");
  }

  private static String themeLabel(Atlas atlas, ThemeId id, List<String> languages) {
    return atlas.themes().get(id).map(t -> t.label(languages)).orElse(id.value());
  }

  private static String agreementLabel(Agreement agreement, List<String> languages) {
    String title = agreement.title().best(languages);
    String kind =
        agreement.kind().name().charAt(0)
            + agreement.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
    String when = agreement.signed().map(d -> " signed " + d).orElse("");
    return (title.isEmpty() ? kind : title) + when;
  }

  private static String actionLabel(Action action, List<String> languages) {
    return shortTitle(action, languages)
        + action.when().map(w -> " (" + w + ")").orElse("")
        + action.modality().map(m -> ", " + m.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
  }

  private static String shortTitle(Action action, List<String> languages) {
    String title = action.title().best(languages);
    if (title.isEmpty()) {
      title = action.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return title.length() > 48 ? title.substring(0, 46) + "…" : title;
  }

  private static void legend(
      StringBuilder svg,
      Set<PartnershipKind> kinds,
      Set<String> styles,
      double top,
      Options options) {
    svg.append("<g id=\"legend\" font-size=\"13\" fill=\"#222\">\n");
    svg.append("<text x=\"20\" y=\"")
        .append(num(top))
        .append("\" font-weight=\"bold\">Legend</text>\n");
    double x = 20;
    double y = top + 24;
    for (PartnershipKind kind : kinds) {
      svg.append("<rect x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y - 11))
          .append("\" width=\"28\" height=\"12\" rx=\"3\" fill=\"")
          .append(WorldMapSvg.colour(kind))
          .append("\"/>\n");
      svg.append("<text x=\"")
          .append(num(x + 36))
          .append("\" y=\"")
          .append(num(y))
          .append("\">")
          .append(escape(WorldMapSvg.label(kind)))
          .append("</text>\n");
      x += 60 + Svg.textWidth(WorldMapSvg.label(kind), 13);
    }
    x = 20;
    y += 26;
    String[][] items = {
      {"party", "Party period"},
      {"former", "Former party"},
      {"theme", "Theme period"},
      {"phase", "Agreement phase"},
      {"status", "Status other than active"},
      {"planned", "Planned (party or theme)"},
      {"unknown", "Not known: may have held then"},
    };
    for (String[] item : items) {
      String style = item[0];
      if (!styles.contains(style)) {
        continue;
      }
      svg.append("<rect x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y - 9))
          .append("\" width=\"28\" height=\"9\" rx=\"2\"");
      switch (style) {
        case "former":
          svg.append(" fill=\"#9a9a9a\"");
          break;
        case "phase":
          svg.append(" fill=\"#333333\"");
          break;
        case "status":
          svg.append(" fill=\"" + STATUS + "\"");
          break;
        case "theme":
          svg.append(" fill=\"#c8372d\" fill-opacity=\"0.45\"");
          break;
        case "planned":
          svg.append(" fill=\"#ffffff\" stroke=\"#c8372d\" stroke-width=\"1.5\"")
              .append(" stroke-dasharray=\"4 2\"");
          break;
        case "unknown":
          svg.append(" fill=\"#ffffff\" stroke=\"#c8372d\" stroke-width=\"1\"")
              .append(" stroke-dasharray=\"3 2\"");
          break;
        default:
          svg.append(" fill=\"#c8372d\" fill-opacity=\"0.8\"");
      }
      svg.append("/>\n");
      svg.append("<text x=\"")
          .append(num(x + 36))
          .append("\" y=\"")
          .append(num(y))
          .append("\">")
          .append(escape(item[1]))
          .append("</text>\n");
      x += 60 + Svg.textWidth(item[1], 13);
    }
    x = 20;
    y += 26;
    svg.append("<path d=\"M")
        .append(num(x + 8))
        .append(' ')
        .append(num(y - 12))
        .append("l6 7 -6 7 -6 -7z\" fill=\"#222\"/>\n");
    svg.append("<text x=\"")
        .append(num(x + 22))
        .append("\" y=\"")
        .append(num(y))
        .append("\">Action (in person or not stated)</text>\n");
    x += 270;
    svg.append("<path d=\"M")
        .append(num(x + 8))
        .append(' ')
        .append(num(y - 12))
        .append("l6 7 -6 7 -6 -7z\" fill=\"#fff\" stroke=\"#0a7f8c\" stroke-width=\"2.2\"/>\n");
    svg.append("<text x=\"")
        .append(num(x + 22))
        .append("\" y=\"")
        .append(num(y))
        .append("\">Remote action</text>\n");
    x += 150;
    svg.append("<path d=\"M")
        .append(num(x + 3))
        .append(' ')
        .append(num(y - 10))
        .append("h10l-5 7z\" fill=\"#222\"/>\n");
    svg.append("<text x=\"")
        .append(num(x + 22))
        .append("\" y=\"")
        .append(num(y))
        .append("\">Agreement signed</text>\n");
    x += 160;
    svg.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y - 12))
        .append("\" width=\"28\" height=\"14\" fill=\"#f2b8b5\" fill-opacity=\"0.45\"/>\n");
    svg.append("<text x=\"")
        .append(num(x + 36))
        .append("\" y=\"")
        .append(num(y))
        .append("\">Crisis period</text>\n");
    x += 140;
    if (styles.contains("crisis-unknown")) {
      svg.append("<rect x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y - 12))
          .append("\" width=\"28\" height=\"14\" fill=\"url(#unknown-crisis)\"/>\n");
      svg.append("<text x=\"")
          .append(num(x + 36))
          .append("\" y=\"")
          .append(num(y))
          .append("\">Crisis, end unknown</text>\n");
      x += 190;
    }
    arrow(svg, x + 4, y - 5, "#555", 6);
    svg.append("<text x=\"")
        .append(num(x + 18))
        .append("\" y=\"")
        .append(num(y))
        .append("\">Ongoing (open end)</text>\n");
    if (options.credit().isPresent()) {
      y += 30;
      svg.append("<text x=\"20\" y=\"")
          .append(num(y))
          .append("\" font-size=\"12\" fill=\"#555\">")
          .append(escape(options.credit().get()))
          .append("</text>\n");
    }
    svg.append("</g>\n");
  }
}
