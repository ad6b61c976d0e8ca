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
 * Draws the partnerships of a territory over time as SVG, laid out for the width it is shown at:
 * one panel per partnership, headed by its partners, kind and life, with the bar of its life, its
 * dated actions as marks with their titles in lanes below (leader lines that cross no text), and
 * one row per party, status, agreement phase and theme, its label wrapped in a column on the left.
 * Planned parties and themes have a column of their own; the period of each crisis is shaded.
 *
 * <p>The time axis runs from the first known start to the year after the last known date. When it
 * spans more than 30 years, the years before the last 18 are compressed, and the chart says so.
 */
final class TimelineSvg {

  private static final double MARGIN = 12;
  private static final double FONT = Layout.MIN_FONT;
  private static final double BAR = 14;
  private static final double SUB = 9;
  private static final String STATUS = "#8a6d3b";
  private static final String ATTESTED = "attested ";
  private static final double MIN_ACTION_LABEL = 90;

  private final Options options;
  private final Atlas atlas;
  private final double width;
  private final double labelWidth;
  private final double x0;
  private final double xEnd;
  private final double plannedX;
  private final double plannedWidth;
  private final int first;
  private final int last;
  private final int breakYear;
  private final double slow;
  private final double fast;
  private final double xBreak;
  private final Layout layout;
  private final StringBuilder body = new StringBuilder(100_000);
  private final Set<String> styles = new LinkedHashSet<>();

  private TimelineSvg(Options options, List<Partnership> partnerships) {
    this.options = options;
    this.atlas = options.atlas();
    this.width = options.width();
    this.layout = new Layout(width);
    this.labelWidth = Math.round(width * 0.26);
    boolean planned =
        partnerships.stream()
            .anyMatch(
                p ->
                    p.parties().stream().anyMatch(q -> q.status() == PartyStatus.PLANNED)
                        || p.perspectives().stream().anyMatch(v -> !v.plannedThemes().isEmpty()));
    this.plannedWidth = planned ? 64 : 0;
    this.plannedX = width - MARGIN - plannedWidth;
    this.x0 = MARGIN + labelWidth + 8;
    this.xEnd = planned ? plannedX - 10 : width - MARGIN;
    int[] range = yearRange(partnerships, atlas);
    this.first = range[0];
    this.last = range[1];
    double axis = xEnd - x0;
    if (last - first > 30) {
      this.breakYear = last - 18;
      this.fast = axis * 0.72 / (last - breakYear);
      this.slow = axis * 0.28 / (breakYear - first);
    } else {
      this.breakYear = first;
      this.fast = axis / (last - first);
      this.slow = fast;
    }
    this.xBreak = x0 + (breakYear - first) * slow;
  }

  /** The first and last years of the axis: from the first known date to the year after the last. */
  private static int[] yearRange(List<Partnership> partnerships, Atlas atlas) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    List<PartialDate> dates = new ArrayList<>();
    for (Partnership p : partnerships) {
      p.life().start().ifPresent(dates::add);
      p.life().end().ifPresent(dates::add);
      for (Party party : p.parties()) {
        party.period().start().ifPresent(dates::add);
        party.period().end().ifPresent(dates::add);
        party.attested().ifPresent(dates::add);
      }
      for (ThemePeriod t : p.themes()) {
        t.period().start().ifPresent(dates::add);
        t.period().end().ifPresent(dates::add);
        t.attested().ifPresent(dates::add);
      }
      for (StatusChange c : p.statusHistory()) {
        c.date().ifPresent(dates::add);
        c.attested().ifPresent(dates::add);
      }
      for (Agreement a : p.agreements()) {
        a.signed().ifPresent(dates::add);
        a.period().flatMap(DateRange::start).ifPresent(dates::add);
        a.period().flatMap(DateRange::end).ifPresent(dates::add);
      }
      for (Action a : p.actions()) {
        a.when().flatMap(DateRange::start).ifPresent(dates::add);
        a.when().flatMap(DateRange::end).ifPresent(dates::add);
      }
    }
    for (PartialDate d : dates) {
      min = Math.min(min, d.earliestDay().getYear());
      max = Math.max(max, d.latestDay().getYear());
    }
    if (min == Integer.MAX_VALUE) {
      int year =
          atlas.crises().stream()
              .flatMap(c -> c.period().start().stream())
              .mapToInt(d -> d.earliestDay().getYear())
              .max()
              .orElse(2000);
      return new int[] {year - 10, year + 1};
    }
    int from = Math.floorDiv(min, 5) * 5;
    int to = Math.max(max + 1, from + 10);
    return new int[] {from, to};
  }

  /** The x of a fractional year, on the axis. */
  double x(double year) {
    double y = Math.max(first, Math.min(last, year));
    return y <= breakYear ? x0 + (y - first) * slow : xBreak + (y - breakYear) * fast;
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

  private double middleOf(DateRange range) {
    double start = range.start().map(TimelineSvg::startOf).orElse((double) last);
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

  /** The span of a stretch of the status history that a change began. */
  private Span statusSpan(StatusChange change, Extent extent) {
    double possibleStart = fromEpochDay(extent.earliestStart(), first);
    double possibleEnd =
        extent.latestEnd() == Long.MAX_VALUE ? last : fromEpochDay(extent.latestEnd() + 1, last);
    boolean open = extent.earliestEnd() == Long.MAX_VALUE;
    double knownStart = Double.NaN;
    double knownEnd = Double.NaN;
    if (change.date().isPresent()) {
      knownStart = startOf(change.date().get());
      knownEnd = open ? last : fromEpochDay(extent.earliestEnd() + 1, last);
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

  /** The x of the leader line of marks that share a label: at the first of them. */
  private double leaderX(List<Action> cluster) {
    return x(middleOf(cluster.get(0).when().orElseThrow()));
  }

  /** A row: its label, its spans (one per period of its party or theme), its style. */
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
  Span span(DateRange period, Optional<PartialDate> attested, Partnership partnership) {
    DateRange life = partnership.life();
    Extent extent = period.extentWithin(partnership.lifeExtent());
    if (attested.isPresent()) {
      extent = extent.attestedAt(attested.get());
    }
    double possibleStart = fromEpochDay(extent.earliestStart(), first);
    double possibleEnd =
        extent.latestEnd() == Long.MAX_VALUE ? last : fromEpochDay(extent.latestEnd() + 1, last);
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
      knownEnd = last;
    }
    boolean startUnknown = start.isEmpty();
    boolean endUnknown = end.isEmpty() && !openEnd;
    String note;
    if (startUnknown && endUnknown) {
      note = attested.map(d -> ATTESTED + Words.date(d)).orElse("dates unknown");
    } else if (endUnknown) {
      note = "end unknown";
    } else if (startUnknown) {
      note = "start unknown";
    } else {
      note = "";
    }
    return new Span(possibleStart, possibleEnd, knownStart, knownEnd, openEnd, note);
  }

  /** Lays out the timeline. */
  static TimelineSvg layOut(Options options) {
    List<Partnership> partnerships =
        options.partnerships().stream()
            .sorted(
                Comparator.comparingDouble(
                    (Partnership p) ->
                        p.life().start().map(TimelineSvg::startOf).orElse(Double.MAX_VALUE)))
            .collect(Collectors.toList());
    TimelineSvg chart = new TimelineSvg(options, partnerships);
    chart.draw(partnerships);
    return chart;
  }

  /**
   * Renders the timeline.
   *
   * @param options what to draw
   * @return the SVG document
   */
  static String render(Options options) {
    return layOut(options).svg;
  }

  Layout layout() {
    return layout;
  }

  private String svg = "";

  private void draw(List<Partnership> partnerships) {
    Set<TerritoryId> home = options.home();
    String homeName = options.name(options.focalTerritory());
    String title = options.title().orElse(homeName + ": partnerships over time");

    StringBuilder head = new StringBuilder();
    double y = MARGIN;
    Layout.Label titleLabel = label(title, MARGIN, y, width - 2 * MARGIN, 18, true);
    Layout.write(head, titleLabel, " fill=\"#222\"");
    y += titleLabel.box().height() + 4;
    String subtitle =
        "One panel per partnership: its life, its actions (marks), then its parties, statuses,"
            + " agreement phases and themes, one row each; crises shaded."
            + (breakYear > first ? " Before " + breakYear + " the time scale is compressed." : "");
    Layout.Label sub = label(subtitle, MARGIN, y, width - 2 * MARGIN, 12, false);
    Layout.write(head, sub, " fill=\"#555\"");
    y += sub.box().height() + 8;

    // Crisis names, above the axis, each in the first row where it fits.
    List<Crisis> crises = atlas.crises().list();
    double crisisTop = y;
    double crisisBottom = y;
    for (Crisis crisis : crises) {
      DateRange period = crisis.period();
      double start = period.start().map(TimelineSvg::startOf).orElse((double) first);
      double end = crisisKnownEnd(period, start);
      String text =
          crisis.names().best(options.languages())
              + (period.isUnknownEnd() ? " (end unknown)" : "");
      double w = Layout.textWidth(text, FONT, true);
      double cx = Math.max(x0, Math.min(xEnd - w, (x(start) + x(end)) / 2 - w / 2));
      Layout.Label l = new Layout.Label(List.of(text), cx, crisisTop, FONT, true);
      while (!layout.isFree(l.box())) {
        l = l.at(cx, l.y() + l.lineHeight());
      }
      layout.add(l);
      Layout.write(head, l, " fill=\"#a33\"");
      crisisBottom = Math.max(crisisBottom, l.box().y() + l.box().height());
    }
    y = crisisBottom + 2;
    double axisTop = y;
    yearLabels(head, axisTop);
    y += FONT * 1.25 + 6;
    double chartTop = y;
    if (plannedWidth > 0) {
      Layout.Label p =
          new Layout.Label(
              List.of("Planned"),
              plannedX + plannedWidth / 2 - Layout.textWidth("Planned", FONT, true) / 2,
              axisTop,
              FONT,
              true);
      layout.add(p);
      Layout.write(head, p, " fill=\"#7a6a3a\"");
    }

    Set<PartnershipKind> kinds = EnumSet.noneOf(PartnershipKind.class);
    for (Partnership partnership : partnerships) {
      kinds.add(partnership.kind());
      y = panel(partnership, home, y);
    }
    double chartBottom = y;

    // The background, now that the height is known: compressed part, crises, grid, planned column.
    StringBuilder back = new StringBuilder();
    if (breakYear > first) {
      Svg.rect(back, x0, chartTop - 4, xBreak - x0, chartBottom - chartTop + 4, "fill=\"#f4f4f4\"");
    }
    boolean crisisEndUnknown = false;
    for (Crisis crisis : crises) {
      DateRange period = crisis.period();
      double start = period.start().map(TimelineSvg::startOf).orElse((double) first);
      double end = crisisKnownEnd(period, start);
      String name = crisis.names().best(options.languages());
      if (period.isUnknownEnd()) {
        crisisEndUnknown = true;
        back.append("<rect class=\"crisis-unknown\" data-crisis=\"")
            .append(escape(crisis.id().value()))
            .append("\" x=\"")
            .append(num(x(end)))
            .append("\" y=\"")
            .append(num(chartTop - 4))
            .append("\" width=\"")
            .append(num(x(last) - x(end)))
            .append("\" height=\"")
            .append(num(chartBottom - chartTop + 4))
            .append("\" fill=\"url(#unknown-crisis)\"><title>")
            .append(escape(name + ": " + Words.range(period)))
            .append("</title></rect>\n");
      }
      back.append("<rect class=\"crisis\" data-crisis=\"")
          .append(escape(crisis.id().value()))
          .append("\" x=\"")
          .append(num(x(start)))
          .append("\" y=\"")
          .append(num(chartTop - 4))
          .append("\" width=\"")
          .append(num(Math.max(1, x(end) - x(start))))
          .append("\" height=\"")
          .append(num(chartBottom - chartTop + 4))
          .append("\" fill=\"#f2b8b5\" fill-opacity=\"0.45\"><title>")
          .append(escape(name + ": " + Words.range(period)))
          .append("</title></rect>\n");
    }
    grid(back, chartTop - 4, chartBottom);
    if (plannedWidth > 0) {
      Svg.rect(
          back,
          plannedX,
          chartTop - 4,
          plannedWidth,
          chartBottom - chartTop + 4,
          "fill=\"#f7f3e8\"");
    }
    if (crisisEndUnknown) {
      styles.add("crisis-unknown");
    }
    StringBuilder foot = new StringBuilder();
    double height = legend(foot, kinds, chartBottom + 16) + MARGIN;

    StringBuilder out = new StringBuilder(body.length() + back.length() + 20_000);
    Svg.start(out, width, height, title);
    out.append(
        "<defs><pattern id=\"unknown-crisis\" width=\"8\" height=\"8\""
            + " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"8\" height=\"8\" fill=\"#fbe9e8\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#f2b8b5\" stroke-width=\"3\"/>"
            + "</pattern></defs>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out.append(back).append(head).append(body).append(foot).append("</svg>\n");
    svg = out.toString();
  }

  /** Where a crisis is known to hold until: its end, the end of its start if its end is unknown. */
  private double crisisKnownEnd(DateRange period, double start) {
    if (period.isUnknownEnd()) {
      return period.start().map(TimelineSvg::endOf).orElse(start);
    }
    return period.end().map(TimelineSvg::endOf).orElse(period.isOpenEnd() ? last : start);
  }

  private Layout.Label label(
      String text, double x, double y, double maxWidth, double size, boolean bold) {
    Layout.Label l = new Layout.Label(Layout.wrap(text, maxWidth, size, bold), x, y, size, bold);
    layout.add(l);
    return l;
  }

  /** The years of the axis, as many as fit without touching. */
  private void yearLabels(StringBuilder svg, double top) {
    svg.append("<g class=\"axis\" fill=\"#444\">\n");
    double previousRight = -1;
    for (int year : tickYears()) {
      String text = Integer.toString(year);
      double w = Layout.textWidth(text, FONT, false);
      double left = x(year) - w / 2;
      if (left < previousRight + 6 || left + w > xEnd + 4) {
        continue;
      }
      Layout.Label l = new Layout.Label(List.of(text), left, top, FONT, false);
      layout.add(l);
      Layout.write(svg, l, " class=\"year\"");
      previousRight = left + w;
    }
    svg.append("</g>\n");
  }

  private List<Integer> tickYears() {
    List<Integer> years = new ArrayList<>();
    int slowStep = step(slow);
    int fastStep = step(fast);
    for (int year = first; year < breakYear; year++) {
      if (year % slowStep == 0) {
        years.add(year);
      }
    }
    for (int year = breakYear; year <= last; year++) {
      if (year % fastStep == 0 || year == breakYear) {
        years.add(year);
      }
    }
    return years;
  }

  /** The step of the years labelled: the smallest of 1, 2, 5, 10, 20, 50 that leaves room. */
  private static int step(double pixelsPerYear) {
    for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
      if (pixelsPerYear * step >= 40) {
        return step;
      }
    }
    return 100;
  }

  private void grid(StringBuilder svg, double top, double bottom) {
    svg.append("<g stroke=\"#e2e2e2\" stroke-width=\"1\">\n");
    for (int year : tickYears()) {
      Svg.line(svg, x(year), top, x(year), bottom, "");
    }
    svg.append("</g>\n");
    if (breakYear > first) {
      svg.append("<path d=\"M")
          .append(num(xBreak - 4))
          .append(' ')
          .append(num(top + 1))
          .append("l4 -5 4 5\" fill=\"none\" stroke=\"#888\"/>\n");
    }
  }

  /** Draws the panel of a partnership from a top; returns the top of the next one. */
  private double panel(Partnership partnership, Set<TerritoryId> home, double top) {
    String colour = WorldMapSvg.colour(partnership.kind());
    DateRange life = partnership.life();
    List<String> languages = options.languages();

    List<String> partners = new ArrayList<>();
    for (Party party : partnership.parties()) {
      if (!home.contains(party.territory()) && party.status() != PartyStatus.PLANNED) {
        partners.add(options.name(party.territory()));
      }
    }
    String title =
        partners.isEmpty() ? options.name(options.focal()) : String.join(" / ", partners);
    StringBuilder subtitle = new StringBuilder(Words.kind(partnership.kind()));
    String lifeText = Words.range(life);
    if (!lifeText.isEmpty()) {
      subtitle.append(" · ").append(lifeText);
    }
    body.append("<g class=\"partnership\" data-partnership=\"")
        .append(escape(partnership.id().value()))
        .append("\">\n");
    Svg.line(body, MARGIN, top, width - MARGIN, top, "stroke=\"#bbb\" stroke-width=\"1\"");
    double y = top + 4;
    Layout.Label heading = label(title, MARGIN, y, labelWidth, 13, true);
    Layout.write(body, heading, " fill=\"#222\"");
    Layout.Label kind =
        label(subtitle.toString(), MARGIN, y + heading.box().height(), labelWidth, FONT, false);
    Layout.write(body, kind, " fill=\"#555\"");
    double labelsBottom = kind.box().y() + kind.box().height();

    // The bar of the partnership's life, beside the heading.
    double barY = y + 2;
    Span lifeSpan = span(life, Optional.empty(), partnership);
    drawSpan(
        lifeSpan,
        barY,
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
                .collect(Collectors.joining()));
    double rowBottom = note(List.of(lifeSpan), barY, BAR);
    for (Agreement agreement : partnership.agreements()) {
      if (agreement.period().isEmpty() && agreement.signed().isPresent()) {
        styles.add("signed");
        double at = x(middleOf(DateRange.of(agreement.signed().get())));
        body.append("<path class=\"agreement\" d=\"M")
            .append(num(at - 5))
            .append(' ')
            .append(num(barY - 4))
            .append("h10l-5 7z\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"0.8\"><title>")
            .append(escape(agreementLabel(agreement, languages)))
            .append("</title></path>\n");
      }
    }

    // Dated actions: a mark on the bar each; the titles of the marks that nearly coincide go in one
    // label, placed below in the first free place, right to left, its leader line crossing no text.
    List<Action> dated =
        partnership.actions().stream()
            .filter(a -> a.when().isPresent())
            .sorted(Comparator.comparingDouble((Action a) -> middleOf(a.when().get())))
            .collect(Collectors.toList());
    List<List<Action>> clusters = new ArrayList<>();
    for (Action action : dated) {
      double at = x(middleOf(action.when().get()));
      List<Action> lastCluster = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (lastCluster != null && at - x(middleOf(lastCluster.get(0).when().orElseThrow())) <= 6) {
        lastCluster.add(action);
      } else {
        clusters.add(new ArrayList<>(List.of(action)));
      }
      boolean remote = action.modality().filter(m -> m == Modality.REMOTE).isPresent();
      styles.add(remote ? "remote" : "action");
      body.append("<path class=\"action\" data-action=\"")
          .append(escape(action.id().value()))
          .append("\" d=\"M")
          .append(num(at))
          .append(' ')
          .append(num(barY + BAR / 2 - 7))
          .append("l6 7 -6 7 -6 -7z\" fill=\"")
          .append(remote ? "#ffffff" : "#222")
          .append("\" stroke=\"")
          .append(remote ? "#0a7f8c" : "#ffffff")
          .append("\" stroke-width=\"")
          .append(remote ? "2.2" : "1")
          .append("\"><title>")
          .append(escape(actionLabel(action, languages)))
          .append("</title></path>\n");
    }
    double lanesTop = Math.max(barY + BAR + 6, rowBottom + 2);
    double lanesBottom = Math.max(barY + BAR, rowBottom);
    double right = width - MARGIN;
    // Marks with no room for a label of their own before the right edge share the label of the
    // marks before them: a label may not reach over the leader line of the marks before it.
    for (int c = clusters.size() - 1; c >= 1; c--) {
      if (right - (leaderX(clusters.get(c - 1)) + 3) < MIN_ACTION_LABEL) {
        clusters.get(c - 1).addAll(clusters.remove(c));
      }
    }
    for (int c = clusters.size() - 1; c >= 0; c--) {
      List<Action> cluster = clusters.get(c);
      double at = leaderX(cluster);
      // A label may reach left up to the leader line of the marks before it, not over it.
      double leftLimit = c == 0 ? x0 : leaderX(clusters.get(c - 1)) + 3;
      double maxLabel = Math.max(MIN_ACTION_LABEL, Math.min(190, right - leftLimit));
      boolean dates = cluster.stream().map(a -> a.when().orElseThrow()).distinct().count() > 1;
      List<String> lines = new ArrayList<>();
      for (Action action : cluster) {
        String text =
            actionTitle(action, languages)
                + (dates ? " (" + Words.range(action.when().orElseThrow()) + ")" : "");
        lines.addAll(Layout.wrap(text, maxLabel, FONT, false));
      }
      Layout.Label l = new Layout.Label(lines, 0, 0, FONT, false);
      double w = l.width();
      double left = Math.max(leftLimit, Math.min(at - 3, right - w));
      double candidate = lanesTop;
      Layout.Label placed = l.at(left, candidate);
      Layout.Segment leader = new Layout.Segment(at, barY + BAR + 1, at, candidate - 1);
      for (int tries = 0; tries < 2000; tries++) {
        placed = l.at(left, candidate);
        leader = new Layout.Segment(at, barY + BAR + 1, at, candidate - 1);
        if (layout.isFree(placed.box().grow(1)) && layout.isFree(leader)) {
          break;
        }
        candidate += 3;
      }
      layout.add(placed);
      layout.add(leader);
      Svg.line(body, at, leader.y1(), at, leader.y2(), "stroke=\"#999\" stroke-width=\"0.8\"");
      boolean remote =
          cluster.stream()
              .allMatch(a -> a.modality().filter(m -> m == Modality.REMOTE).isPresent());
      Layout.write(body, placed, " fill=\"" + (remote ? "#0a6570" : "#333") + "\"");
      lanesBottom = Math.max(lanesBottom, placed.box().y() + placed.box().height());
    }
    y = Math.max(labelsBottom, lanesBottom) + 4;

    List<String> undated =
        partnership.actions().stream()
            .filter(a -> a.when().isEmpty())
            .map(a -> actionTitle(a, languages))
            .collect(Collectors.toList());
    if (!undated.isEmpty()) {
      Layout.Label l =
          label("Undated: " + String.join("; ", undated), x0, y, width - MARGIN - x0, FONT, false);
      Layout.write(body, l, " font-style=\"italic\" fill=\"#555\"");
      y += l.box().height() + 2;
    }

    for (SubBar bar : subBars(partnership, home, languages)) {
      Layout.Label l = label(bar.label(), MARGIN + 8, y, labelWidth - 8, FONT, false);
      Layout.write(body, l, " fill=\"#444\"");
      double rowY = y + (l.lineHeight() - SUB) / 2;
      double bottom = l.box().y() + l.box().height();
      if (bar.style().equals("planned")) {
        styles.add("planned");
        body.append("<rect class=\"planned\" x=\"")
            .append(num(plannedX + 8))
            .append("\" y=\"")
            .append(num(rowY))
            .append("\" width=\"")
            .append(num(plannedWidth - 16))
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
          drawSpan(span, rowY, SUB, 2, fill, extra, bar.style(), bar.label());
        }
        bottom = Math.max(bottom, note(bar.span(), rowY, SUB));
      }
      y = bottom + 2;
    }
    body.append("</g>\n");
    return y + 8;
  }

  private List<SubBar> subBars(Partnership partnership, Set<TerritoryId> home, List<String> lang) {
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
    List<StatusChange> history = partnership.statusHistory();
    List<StatusStretch> stretches = partnership.statusStretches();
    int firstStretch = stretches.size() - history.size();
    for (int i = 0; i < history.size(); i++) {
      StatusChange change = history.get(i);
      if (change.status() != PartnershipStatus.ACTIVE) {
        subBars.add(
            new SubBar(
                "Status: " + Words.words(change.status()),
                List.of(statusSpan(change, stretches.get(firstStretch + i).extent())),
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
                          agreementLabel(agreement, lang),
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
            subBars.add(new SubBar("Theme: " + themeLabel(theme, lang), list, "theme")));
    for (Perspective perspective : partnership.perspectives()) {
      for (ThemeId theme : perspective.plannedThemes()) {
        subBars.add(new SubBar("Theme: " + themeLabel(theme, lang), List.of(), "planned"));
      }
    }
    return subBars;
  }

  /**
   * Draws a span: a dashed outline where the fact may have held, a filled bar over what is known
   * and an arrow if it goes on. The filled bar has the class {@code cssClass}; without a known
   * part, the outline has it.
   */
  private void drawSpan(
      Span span,
      double y,
      double height,
      double radius,
      String fill,
      String extra,
      String cssClass,
      String title) {
    String tooltip = escape(span.note().isEmpty() ? title : title + " (" + span.note() + ")");
    if (!span.isFullyKnown()) {
      styles.add("unknown");
      double from = x(span.possibleStart());
      double to = x(span.possibleEnd());
      body.append("<rect class=\"")
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
          .append("\" stroke-opacity=\"0.8\" stroke-width=\"1\" stroke-dasharray=\"3 2\"><title>")
          .append(tooltip)
          .append("</title></rect>\n");
    }
    if (span.hasKnownPart()) {
      double from = x(span.knownStart());
      double w = Math.max(3, x(span.knownEnd()) - from);
      body.append("<rect class=\"")
          .append(cssClass)
          .append("\" x=\"")
          .append(num(from))
          .append("\" y=\"")
          .append(num(y))
          .append("\" width=\"")
          .append(num(w))
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
        styles.add("open");
        arrow(body, x(span.knownEnd()), y + height / 2, fill, height / 2 + 1);
      }
    }
  }

  /**
   * Writes what is not known of the spans of a row ("end unknown", "attested 2019, 2020") after
   * their known parts, else before them, else below the row; returns the bottom of the row.
   */
  private double note(List<Span> spans, double y, double height) {
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
      return y + height;
    }
    String text =
        notes.size() > 1 && notes.stream().allMatch(n -> n.startsWith(ATTESTED))
            ? ATTESTED
                + notes.stream()
                    .map(n -> n.substring(ATTESTED.length()))
                    .collect(Collectors.joining(", "))
            : String.join("; ", notes);
    double w = Layout.textWidth(text, FONT, false);
    double lineHeight = Math.ceil(FONT * 1.25);
    double top = y + height / 2 - lineHeight / 2;
    boolean known = !Double.isNaN(knownStart);
    double after = known ? Math.max(x(knownEnd), x(knownStart) + 3) + 8 : x(possibleStart) + 4;
    double before = (known ? x(knownStart) : x(possibleStart)) - 6 - w;
    Layout.Label l;
    if (after + w <= xEnd) {
      l = new Layout.Label(List.of(text), after, top, FONT, false);
    } else if (before >= x0) {
      l = new Layout.Label(List.of(text), before, top, FONT, false);
    } else {
      l =
          new Layout.Label(
              Layout.wrap(text, xEnd - x0, FONT, false),
              Math.max(x0, Math.min(after, xEnd - w)),
              y + height + 1,
              FONT,
              false);
    }
    layout.add(l);
    Layout.write(
        body,
        l,
        " class=\"note\" font-style=\"italic\" fill=\"#333\" stroke=\"#ffffff\""
            + " stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
    return Math.max(y + height, l.box().y() + l.box().height());
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

  private String themeLabel(ThemeId id, List<String> languages) {
    return atlas.themes().get(id).map(t -> t.label(languages)).orElse(id.value());
  }

  private static String agreementLabel(Agreement agreement, List<String> languages) {
    String title = agreement.title().best(languages);
    String kind =
        agreement.kind().name().charAt(0)
            + agreement.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
    String when = agreement.signed().map(d -> " signed " + Words.date(d)).orElse("");
    return (title.isEmpty() ? kind : title) + when;
  }

  private static String actionLabel(Action action, List<String> languages) {
    return actionTitle(action, languages)
        + action.when().map(w -> " (" + Words.range(w) + ")").orElse("")
        + action.modality().map(m -> ", " + Words.words(m)).orElse("");
  }

  /** An action's title in full (wrapped where it is drawn, never cut), else its kind. */
  private static String actionTitle(Action action, List<String> languages) {
    String title = action.title().best(languages);
    return title.isEmpty() ? Words.words(action.kind()) : title;
  }

  /** Writes the legend of what is drawn, in rows that fit the width; returns its bottom. */
  private double legend(StringBuilder svg, Set<PartnershipKind> kinds, double top) {
    svg.append("<g id=\"legend\" fill=\"#222\">\n");
    Layout.Label heading = label("Legend", MARGIN, top, 200, 13, true);
    Layout.write(svg, heading, "");
    Flow flow = new Flow(top + heading.box().height() + 4);
    for (PartnershipKind kind : kinds) {
      flow.item(
          svg,
          Words.kind(kind),
          (x, y) ->
              "<rect x=\""
                  + num(x)
                  + "\" y=\""
                  + num(y - 6)
                  + "\" width=\"26\" height=\"12\" rx=\"3\" fill=\""
                  + WorldMapSvg.colour(kind)
                  + "\"/>");
    }
    flow.newRow();
    String[][] items = {
      {"party", "Party period"},
      {"former", "Former party"},
      {"theme", "Theme period"},
      {"phase", "Agreement phase"},
      {"status", "Status other than active"},
      {"planned", "Planned (party or theme)"},
      {"unknown", "Not known: may have held then (dashed)"},
      {"open", "Ongoing (open end)"},
      {"action", "Action (in person or not stated)"},
      {"remote", "Remote action"},
      {"signed", "Agreement signed"},
      {"crisis", "Crisis period"},
      {"crisis-unknown", "Crisis, end unknown"},
    };
    boolean anyCrisis = !atlas.crises().isEmpty();
    for (String[] item : items) {
      String style = item[0];
      if (style.equals("crisis") ? !anyCrisis : !styles.contains(style)) {
        continue;
      }
      flow.item(svg, item[1], (x, y) -> sample(style, x, y));
    }
    double y = flow.bottom() + 6;
    if (breakYear > first) {
      Layout.Label scale =
          label(
              "Time scale: "
                  + num(slow)
                  + " px per year before "
                  + breakYear
                  + ", "
                  + num(fast)
                  + " px per year from "
                  + breakYear
                  + " (at "
                  + num(width)
                  + " px wide).",
              MARGIN,
              y,
              width - 2 * MARGIN,
              FONT,
              false);
      Layout.write(svg, scale, " fill=\"#555\"");
      y += scale.box().height() + 2;
    }
    if (options.credit().isPresent()) {
      Layout.Label credit =
          label(options.credit().get(), MARGIN, y, width - 2 * MARGIN, FONT, false);
      Layout.write(svg, credit, " fill=\"#555\"");
      y += credit.box().height();
    }
    svg.append("</g>\n");
    return y;
  }

  private String sample(String style, double x, double y) {
    String r = "<rect x=\"" + num(x) + "\" y=\"" + num(y - 4.5) + "\" width=\"26\" height=\"9\"";
    switch (style) {
      case "former":
        return r + " rx=\"2\" fill=\"#9a9a9a\"/>";
      case "phase":
        return r + " rx=\"2\" fill=\"#333333\"/>";
      case "status":
        return r + " rx=\"2\" fill=\"" + STATUS + "\"/>";
      case "theme":
        return r + " rx=\"2\" fill=\"#555\" fill-opacity=\"0.45\"/>";
      case "planned":
        return r
            + " rx=\"2\" fill=\"#ffffff\" stroke=\"#555\" stroke-width=\"1.5\""
            + " stroke-dasharray=\"4 2\"/>";
      case "unknown":
        return r
            + " rx=\"2\" fill=\"#ffffff\" stroke=\"#555\" stroke-width=\"1\""
            + " stroke-dasharray=\"3 2\"/>";
      case "open":
        StringBuilder a = new StringBuilder();
        a.append("<rect x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(y - 4.5))
            .append("\" width=\"18\" height=\"9\" fill=\"#555\"/>");
        arrow(a, x + 18, y, "#555", 5.5);
        return a.toString();
      case "action":
        return "<path d=\"M"
            + num(x + 13)
            + ' '
            + num(y - 7)
            + "l6 7 -6 7 -6 -7z\" fill=\"#222\"/>";
      case "remote":
        return "<path d=\"M"
            + num(x + 13)
            + ' '
            + num(y - 7)
            + "l6 7 -6 7 -6 -7z\" fill=\"#fff\" stroke=\"#0a7f8c\" stroke-width=\"2.2\"/>";
      case "signed":
        return "<path d=\"M" + num(x + 8) + ' ' + num(y - 4) + "h10l-5 7z\" fill=\"#222\"/>";
      case "crisis":
        return "<rect x=\""
            + num(x)
            + "\" y=\""
            + num(y - 7)
            + "\" width=\"26\" height=\"14\" fill=\"#f2b8b5\" fill-opacity=\"0.45\"/>";
      case "crisis-unknown":
        return "<rect x=\""
            + num(x)
            + "\" y=\""
            + num(y - 7)
            + "\" width=\"26\" height=\"14\" fill=\"url(#unknown-crisis)\"/>";
      default:
        return r + " rx=\"2\" fill=\"#555\" fill-opacity=\"0.8\"/>";
    }
  }

  /** Draws a legend sample at the centre-left of its place. */
  private interface Sample {
    String at(double x, double y);
  }

  /** Legend items laid out left to right, in rows that fit the width. */
  private final class Flow {
    private double x = MARGIN;
    private double y;
    private double rowBottom;

    Flow(double top) {
      this.y = top;
      this.rowBottom = top;
    }

    void item(StringBuilder svg, String text, Sample sample) {
      double w = 34 + Layout.textWidth(text, FONT, false);
      if (x + w > width - MARGIN && x > MARGIN) {
        newRow();
      }
      Layout.Label l = new Layout.Label(List.of(text), x + 34, y, FONT, false);
      layout.add(l);
      svg.append(sample.at(x, y + l.lineHeight() / 2)).append('\n');
      Layout.write(svg, l, "");
      x += w + 18;
      rowBottom = Math.max(rowBottom, y + Math.max(l.lineHeight(), 16));
    }

    void newRow() {
      if (x > MARGIN) {
        x = MARGIN;
        y = rowBottom + 4;
      }
    }

    double bottom() {
      return rowBottom;
    }
  }
}
