package org.partneratlas.svg;

import static org.partneratlas.svg.Svg.escape;
import static org.partneratlas.svg.Svg.num;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.geography.M49;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;

/**
 * Draws a world map of a territory's partners as SVG, laid out for the width it is shown at: real
 * country outlines (Natural Earth 1:110m), a marker for the focal territory and one per partner
 * territory with coordinates (markers that would touch are spread around their place, with a thin
 * line to it), a great-circle arc from the focal territory to each partner, and labels beside the
 * markers that cross no other label, marker or line. Where partners crowd near the focal territory,
 * an inset below the world map shows their region at a larger scale, and they are labelled there.
 *
 * <p>The projection is equirectangular. Great circles are computed by spherical interpolation
 * between the two points; paths and rings that cross the antimeridian are unwrapped and drawn again
 * shifted by 360°, inside a clip rectangle, so that no line runs across the whole map.
 */
final class WorldMapSvg {

  private static final double MARGIN = 12;
  private static final double FONT = 12;
  private static final double LAT_MAX = 84;
  private static final double LAT_MIN = -60;

  /** Partners within this distance of the focal territory may go in the inset. */
  private static final double INSET_KM = 2500;

  private static final String OCEAN = "#dbe9f2";
  private static final String LAND = "#efece6";
  private static final String LAND_PARTNER = "#f6e3c6";
  private static final String LAND_HOME = "#e6d2f0";
  private static final String HOME = "#5b2a86";
  private static final String FORMER = "#8c8c8c";

  /** The colour of each kind of partnership, in the order of the legend. */
  static String colour(PartnershipKind kind) {
    switch (kind) {
      case TWINNING:
        return "#1f6fb2";
      case FRIENDSHIP:
        return "#2e8b3a";
      case DECENTRALISED_COOPERATION:
        return "#c8372d";
      case MEMORANDUM_OF_UNDERSTANDING:
        return "#7b4fb3";
      case PROJECT_PARTNERSHIP:
        return "#d9822b";
    }
    throw new AssertionError(kind);
  }

  /** A partner territory as drawn: where, how, and its label. */
  record Partner(
      Territory territory,
      PartnershipKind kind,
      PartyStatus status,
      boolean endUnknown,
      String years,
      String label) {}

  /**
   * Returns the partners of a home territory and of the territories within it, in the order of its
   * portfolio ({@link Atlas#partnershipsWithin}), each once (with its first partnership).
   */
  static List<Partner> partners(Options options) {
    Atlas atlas = options.atlas();
    Set<TerritoryId> home = options.home();
    Map<TerritoryId, Partner> partners = new LinkedHashMap<>();
    for (Partnership partnership : options.partnerships()) {
      for (Party party : partnership.parties()) {
        if (home.contains(party.territory()) || partners.containsKey(party.territory())) {
          continue;
        }
        Territory territory = atlas.territories().require(party.territory());
        String years = years(party, partnership);
        String name = options.name(territory);
        partners.put(
            territory.id(),
            new Partner(
                territory,
                partnership.kind(),
                party.status(),
                party.status() != PartyStatus.PLANNED && party.period().isUnknownEnd(),
                years,
                years.isEmpty() ? name : name + " · " + years));
      }
    }
    return new ArrayList<>(partners.values());
  }

  /**
   * When a party took part, as the sources say ("since 1948", "2010 – end unknown", "planned"),
   * with the statuses of its partnership other than active ("dormant (date unknown)").
   */
  private static String years(Party party, Partnership partnership) {
    List<String> parts = new ArrayList<>();
    String period = Words.party(party, partnership);
    if (!period.isEmpty()) {
      parts.add(period);
    }
    for (StatusChange change : partnership.statusHistory()) {
      if (change.status() != PartnershipStatus.ACTIVE) {
        parts.add(Words.status(change));
      }
    }
    return String.join(" · ", parts);
  }

  /** A region in degrees: longitudes and latitudes. */
  record Region(double lonMin, double lonMax, double latMin, double latMax) {
    boolean contains(Coordinates c) {
      return c.longitude() >= lonMin
          && c.longitude() <= lonMax
          && c.latitude() >= latMin
          && c.latitude() <= latMax;
    }

    Svg.Box box() {
      return new Svg.Box(lonMin, latMin, lonMax - lonMin, latMax - latMin);
    }
  }

  /** An equirectangular projection onto a frame of the page. */
  record Projection(Region region, Layout.Box frame, double scaleX, double scaleY) {
    double x(double lon) {
      return frame.x() + (lon - region.lonMin()) * scaleX;
    }

    double y(double lat) {
      return frame.y() + (region.latMax() - lat) * scaleY;
    }
  }

  private final Options options;
  private final Outlines world;
  private final double width;
  private final Layout layout;
  private final StringBuilder svg = new StringBuilder(400_000);
  private final List<String> unlabelled = new ArrayList<>();
  private final List<String> numbered = new ArrayList<>();
  private boolean spreadDrawn;
  private final List<String> labelled = new ArrayList<>();
  private String text = "";

  private WorldMapSvg(Options options, Outlines world) {
    this.options = options;
    this.world = world;
    this.width = options.width();
    this.layout = new Layout(width);
  }

  /**
   * Renders the map.
   *
   * @param options what to draw
   * @param world the country outlines
   * @return the SVG document
   */
  static String render(Options options, Outlines world) {
    return layOut(options, world).text;
  }

  /** Lays out and draws the map. */
  static WorldMapSvg layOut(Options options, Outlines world) {
    WorldMapSvg map = new WorldMapSvg(options, world);
    map.draw();
    return map;
  }

  Layout layout() {
    return layout;
  }

  /** The partners labelled in full beside their markers. */
  List<String> labelled() {
    return labelled;
  }

  /** The partners labelled by a number on the map, as listed under it ("1 Kiel · since 1964"). */
  List<String> numbered() {
    return numbered;
  }

  /** The partners that found no room for a label or a number on the map (listed under it). */
  List<String> unlabelled() {
    return unlabelled;
  }

  private void draw() {
    Territory home = options.focalTerritory();
    Coordinates origin =
        home.coordinates()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The focal territory "
                            + home.id()
                            + " has no coordinates: a map needs them to draw its arcs"));
    List<Partner> partners = partners(options);
    List<Partner> placed = new ArrayList<>();
    List<Partner> unplaced = new ArrayList<>();
    for (Partner partner : partners) {
      (partner.territory().coordinates().isPresent() ? placed : unplaced).add(partner);
    }
    Set<String> partnerCountries = new HashSet<>();
    for (Partner partner : partners) {
      M49.numericCodeOf(partner.territory().country()).ifPresent(partnerCountries::add);
    }
    String homeCountry = M49.numericCodeOf(home.country()).orElse("");
    String homeName = options.name(home);
    String title = options.title().orElse(homeName + " and its partners");

    StringBuilder head = new StringBuilder();
    double y = MARGIN;
    Layout.Label t = label(title, MARGIN, y, width - 2 * MARGIN, 18, true);
    Layout.write(head, t, " fill=\"#222\"");
    y += t.box().height() + 2;
    Layout.Label sub =
        label(
            "Partner territories, with great-circle arcs from "
                + homeName
                + " (equirectangular projection)",
            MARGIN,
            y,
            width - 2 * MARGIN,
            FONT,
            false);
    Layout.write(head, sub, " fill=\"#555\"");
    y += sub.box().height() + 6;

    // The world.
    double scale = width / 360;
    Region whole = new Region(-180, 180, LAT_MIN, LAT_MAX);
    Layout.Box worldFrame = new Layout.Box(0, y, width, (LAT_MAX - LAT_MIN) * scale);
    Projection main = new Projection(whole, worldFrame, scale, scale);
    Optional<Region> insetRegion = insetRegion(origin, placed);
    List<Partner> inWorld = new ArrayList<>();
    List<Partner> inInset = new ArrayList<>();
    for (Partner partner : placed) {
      Coordinates c = partner.territory().coordinates().orElseThrow();
      (insetRegion.isPresent() && insetRegion.get().contains(c) ? inInset : inWorld).add(partner);
    }
    StringBuilder body = new StringBuilder();
    frame(body, "world", main, partnerCountries, homeCountry, 0.5, null, origin, placed);
    if (insetRegion.isPresent()) {
      Region r = insetRegion.get();
      Layout.Box box =
          new Layout.Box(
              main.x(r.lonMin()),
              main.y(r.latMax()),
              main.x(r.lonMax()) - main.x(r.lonMin()),
              main.y(r.latMin()) - main.y(r.latMax()));
      body.append("<rect class=\"inset-frame\" x=\"")
          .append(num(box.x()))
          .append("\" y=\"")
          .append(num(box.y()))
          .append("\" width=\"")
          .append(num(box.width()))
          .append("\" height=\"")
          .append(num(box.height()))
          .append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1\"")
          .append(" stroke-dasharray=\"4 3\"/>\n");
      frameSides(box);
    }
    markers(body, main, origin, homeName, home.id(), inWorld, !insetRegion.isPresent(), "");
    if (!inInset.isEmpty()) {
      // The partners of the inset are marked on the world map too, unlabelled, inside its frame.
      body.append("<g id=\"markers-in-frame\">\n");
      for (Partner partner : inInset) {
        Coordinates c = partner.territory().coordinates().orElseThrow();
        body.append("<circle class=\"partner\" data-territory=\"")
            .append(escape(partner.territory().id().value()))
            .append("\" cx=\"")
            .append(num(main.x(c.longitude())))
            .append("\" cy=\"")
            .append(num(main.y(c.latitude())))
            .append("\" r=\"2.5\" fill=\"")
            .append(colour(partner.kind()))
            .append("\"><title>")
            .append(escape(partner.label()))
            .append("</title></circle>\n");
      }
      body.append("</g>\n");
    }
    double bottom = worldFrame.y() + worldFrame.height();

    if (insetRegion.isPresent()) {
      Region r = insetRegion.get();
      double cos = Math.cos(Math.toRadians((r.latMin() + r.latMax()) / 2));
      double available = width - 2 * MARGIN;
      double s = available / ((r.lonMax() - r.lonMin()) * cos);
      double h = (r.latMax() - r.latMin()) * s;
      double maxHeight = width * 0.6;
      if (h > maxHeight) {
        s *= maxHeight / h;
        h = maxHeight;
      }
      double w = (r.lonMax() - r.lonMin()) * cos * s;
      Layout.Label insetTitle =
          label(
              "Inset: the region of the partners nearest to " + homeName,
              MARGIN,
              bottom + 8,
              width - 2 * MARGIN,
              FONT,
              true);
      Layout.write(body, insetTitle, " fill=\"#444\"");
      Layout.Box frame =
          new Layout.Box(
              (width - w) / 2, insetTitle.box().y() + insetTitle.box().height() + 4, w, h);
      Projection inset = new Projection(r, frame, s * cos, s);
      frame(body, "inset", inset, partnerCountries, homeCountry, 0.8, r, origin, inInset);
      markers(body, inset, origin, homeName, home.id(), inInset, true, "-inset");
      Svg.rect(
          body,
          frame.x(),
          frame.y(),
          frame.width(),
          frame.height(),
          "fill=\"none\" stroke=\"#444\" stroke-width=\"1\"");
      frameSides(frame);
      bottom = frame.y() + frame.height();
    }

    double height = legend(body, placed, unplaced, homeName, bottom + 14) + MARGIN;

    Svg.start(svg, width, height, title);
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append(head).append(body).append("</svg>\n");
    text = svg.toString();
  }

  /** The sides of a frame are lines that labels must not cross. */
  private void frameSides(Layout.Box box) {
    double x2 = box.x() + box.width();
    double y2 = box.y() + box.height();
    layout.add(new Layout.Segment(box.x(), box.y(), x2, box.y()));
    layout.add(new Layout.Segment(x2, box.y(), x2, y2));
    layout.add(new Layout.Segment(box.x(), y2, x2, y2));
    layout.add(new Layout.Segment(box.x(), box.y(), box.x(), y2));
  }

  /**
   * The region of the inset: the focal territory and the partners within {@value #INSET_KM} km of
   * it, with a margin, if there are at least two of them; none otherwise.
   */
  private static Optional<Region> insetRegion(Coordinates origin, List<Partner> placed) {
    double lonMin = origin.longitude();
    double lonMax = origin.longitude();
    double latMin = origin.latitude();
    double latMax = origin.latitude();
    int near = 0;
    for (Partner partner : placed) {
      Coordinates c = partner.territory().coordinates().orElseThrow();
      if (kilometres(origin, c) <= INSET_KM) {
        near++;
        lonMin = Math.min(lonMin, c.longitude());
        lonMax = Math.max(lonMax, c.longitude());
        latMin = Math.min(latMin, c.latitude());
        latMax = Math.max(latMax, c.latitude());
      }
    }
    if (near < 2) {
      return Optional.empty();
    }
    double padLon = Math.max(5, (lonMax - lonMin) * 0.2);
    double padLat = Math.max(3, (latMax - latMin) * 0.2);
    return Optional.of(
        new Region(
            Math.max(-180, lonMin - padLon),
            Math.min(180, lonMax + padLon),
            Math.max(LAT_MIN, latMin - padLat),
            Math.min(LAT_MAX, latMax + padLat)));
  }

  private static double kilometres(Coordinates a, Coordinates b) {
    double[] u = vector(a);
    double[] v = vector(b);
    double dot = Math.max(-1, Math.min(1, u[0] * v[0] + u[1] * v[1] + u[2] * v[2]));
    return 6371.0 * Math.acos(dot);
  }

  /** The ocean, graticule, countries and arcs of a frame, clipped to it. */
  private void frame(
      StringBuilder out,
      String id,
      Projection p,
      Set<String> partnerCountries,
      String homeCountry,
      double strokeWidth,
      @org.jspecify.annotations.Nullable Region region,
      Coordinates origin,
      List<Partner> arcs) {
    Layout.Box f = p.frame();
    out.append("<defs><clipPath id=\"")
        .append(id)
        .append("-clip\"><rect x=\"")
        .append(num(f.x()))
        .append("\" y=\"")
        .append(num(f.y()))
        .append("\" width=\"")
        .append(num(f.width()))
        .append("\" height=\"")
        .append(num(f.height()))
        .append("\"/></clipPath></defs>\n");
    out.append("<g id=\"")
        .append(id)
        .append("\" clip-path=\"url(#")
        .append(id)
        .append("-clip)\">\n");
    Svg.rect(out, f.x(), f.y(), f.width(), f.height(), "fill=\"" + OCEAN + "\"");
    if (region == null) {
      graticule(out, p);
    }
    countries(out, p, partnerCountries, homeCountry, strokeWidth, region);
    out.append("<g fill=\"none\">\n");
    for (Partner partner : arcs) {
      arc(out, p, origin, partner, region == null ? 1.4 : 1.8);
    }
    out.append("</g>\n</g>\n");
  }

  private void graticule(StringBuilder out, Projection p) {
    Layout.Box f = p.frame();
    out.append("<g stroke=\"#c5d8e6\" stroke-width=\"0.6\">\n");
    for (int lon = -150; lon <= 150; lon += 30) {
      Svg.line(out, p.x(lon), f.y(), p.x(lon), f.y() + f.height(), "");
    }
    for (int lat = -60; lat <= 80; lat += 30) {
      Svg.line(out, f.x(), p.y(lat), f.x() + f.width(), p.y(lat), "");
    }
    out.append("</g>\n");
  }

  private void countries(
      StringBuilder out,
      Projection p,
      Set<String> partnerCountries,
      String homeCountry,
      double strokeWidth,
      @org.jspecify.annotations.Nullable Region region) {
    out.append("<g stroke=\"#b9b3a8\" stroke-width=\"")
        .append(num(strokeWidth))
        .append("\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n");
    for (Outlines.Country country : world.countries()) {
      String fill =
          country.numericCode().equals(homeCountry)
              ? LAND_HOME
              : partnerCountries.contains(country.numericCode()) ? LAND_PARTNER : LAND;
      StringBuilder d = new StringBuilder();
      for (double[][] ring : country.rings()) {
        if (region != null && !overlaps(ring, region.box())) {
          continue;
        }
        double[][] unwrapped = unwrap(ring);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double[] point : unwrapped) {
          min = Math.min(min, point[0]);
          max = Math.max(max, point[0]);
        }
        ringPath(d, p, unwrapped, 0);
        if (min < -180) {
          ringPath(d, p, unwrapped, 360);
        }
        if (max > 180) {
          ringPath(d, p, unwrapped, -360);
        }
      }
      if (d.length() > 0) {
        out.append("<path fill=\"")
            .append(fill)
            .append("\" d=\"")
            .append(d)
            .append("\"><title>")
            .append(escape(country.name()))
            .append("</title></path>\n");
      }
    }
    out.append("</g>\n");
  }

  private static void ringPath(StringBuilder d, Projection p, double[][] ring, double shift) {
    String lastX = "";
    String lastY = "";
    for (int i = 0; i < ring.length; i++) {
      String x = num(p.x(ring[i][0] + shift));
      String y = num(p.y(ring[i][1]));
      if (i > 0 && x.equals(lastX) && y.equals(lastY)) {
        continue;
      }
      d.append(i == 0 ? 'M' : 'L').append(x).append(' ').append(y);
      lastX = x;
      lastY = y;
    }
    d.append('Z');
  }

  private void arc(
      StringBuilder out, Projection p, Coordinates origin, Partner partner, double strokeWidth) {
    Coordinates target = partner.territory().coordinates().orElseThrow();
    double[][] points = greatCircle(origin, target, 96);
    String stroke =
        partner.status() == PartyStatus.FORMER
            ? FORMER
            : partner.status() == PartyStatus.PLANNED ? "#444" : colour(partner.kind());
    String dash =
        partner.status() == PartyStatus.FORMER
            ? " stroke-dasharray=\"2 3\""
            : partner.status() == PartyStatus.PLANNED
                ? " stroke-dasharray=\"7 4\""
                : partner.endUnknown() ? " stroke-dasharray=\"10 3 2 3\"" : "";
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double[] point : points) {
      min = Math.min(min, point[0]);
      max = Math.max(max, point[0]);
    }
    List<Double> shifts = new ArrayList<>(List.of(0.0));
    if (min < -180) {
      shifts.add(360.0);
    }
    if (max > 180) {
      shifts.add(-360.0);
    }
    Layout.Box f = p.frame().grow(2);
    for (double shift : shifts) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < points.length; i++) {
        double x = p.x(points[i][0] + shift);
        double y = p.y(points[i][1]);
        d.append(i == 0 ? 'M' : 'L').append(num(x)).append(' ').append(num(y));
        if (i > 0) {
          double px = p.x(points[i - 1][0] + shift);
          double py = p.y(points[i - 1][1]);
          Layout.Segment s = new Layout.Segment(px, py, x, y);
          if (f.crosses(s)) {
            layout.add(s);
          }
        }
      }
      out.append("<path class=\"arc\" data-territory=\"")
          .append(escape(partner.territory().id().value()))
          .append("\" d=\"")
          .append(d)
          .append("\" stroke=\"")
          .append(stroke)
          .append("\" stroke-width=\"")
          .append(num(strokeWidth))
          .append("\" stroke-opacity=\"0.85\"")
          .append(dash)
          .append("/>\n");
    }
  }

  /**
   * Draws the focal marker and the partners' markers of a frame, spreading those that would touch,
   * then labels them if asked, beside their markers.
   */
  private void markers(
      StringBuilder out,
      Projection p,
      Coordinates origin,
      String homeName,
      TerritoryId homeId,
      List<Partner> partners,
      boolean labelHome,
      String suffix) {
    double hx = p.x(origin.longitude());
    double hy = p.y(origin.latitude());
    // Where each marker goes: groups of markers closer than 11 px are spread on a circle.
    List<double[]> at = new ArrayList<>();
    for (Partner partner : partners) {
      Coordinates c = partner.territory().coordinates().orElseThrow();
      at.add(new double[] {p.x(c.longitude()), p.y(c.latitude())});
    }
    List<double[]> drawn = spread(at, hx, hy);
    out.append("<g id=\"markers").append(suffix).append("\">\n");
    out.append("<circle class=\"home")
        .append(suffix)
        .append("\" data-territory=\"")
        .append(escape(homeId.value()))
        .append("\" cx=\"")
        .append(num(hx))
        .append("\" cy=\"")
        .append(num(hy))
        .append("\" r=\"6\" fill=\"")
        .append(HOME)
        .append("\" stroke=\"#fff\" stroke-width=\"2\"><title>")
        .append(escape(homeName))
        .append("</title></circle>\n");
    layout.addMarker(new Layout.Box(hx - 7, hy - 7, 14, 14));
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      double[] from = at.get(i);
      double[] to = drawn.get(i);
      if (Math.hypot(to[0] - from[0], to[1] - from[1]) > 0.5) {
        // Spread from its place: a small dot marks the place itself, where the arc ends.
        out.append("<circle class=\"place\" cx=\"")
            .append(num(from[0]))
            .append("\" cy=\"")
            .append(num(from[1]))
            .append("\" r=\"2\" fill=\"#333\"/>\n");
        spreadDrawn = true;
      }
      boolean planned = partner.status() == PartyStatus.PLANNED;
      String fill =
          planned
              ? "#ffffff"
              : partner.status() == PartyStatus.FORMER ? FORMER : colour(partner.kind());
      out.append("<circle class=\"partner")
          .append(suffix)
          .append("\" data-territory=\"")
          .append(escape(partner.territory().id().value()))
          .append("\" cx=\"")
          .append(num(to[0]))
          .append("\" cy=\"")
          .append(num(to[1]))
          .append("\" r=\"4.5\" fill=\"")
          .append(fill)
          .append("\" stroke=\"")
          .append(planned ? "#444" : "#fff")
          .append("\" stroke-width=\"")
          .append(planned ? "2" : "1.5")
          .append("\"><title>")
          .append(escape(partner.label()))
          .append("</title></circle>\n");
      layout.addMarker(new Layout.Box(to[0] - 5.5, to[1] - 5.5, 11, 11));
    }
    out.append("</g>\n");
    out.append("<g class=\"labels\">\n");
    Layout.Box bounds = p.frame().grow(-2);
    if (labelHome && !place(out, hx, hy, 7, homeName, bounds, true)) {
      unlabelled.add(homeName);
    }
    List<Integer> noRoom = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      double[] to = drawn.get(i);
      if (place(out, to[0], to[1], 5.5, partners.get(i).label(), bounds, false)) {
        labelled.add(partners.get(i).label());
      } else {
        noRoom.add(i);
      }
    }
    // Where a full label finds no room, a number beside the marker refers to a list under the map.
    for (int i : noRoom) {
      double[] to = drawn.get(i);
      String number = Integer.toString(numbered.size() + 1);
      if (place(out, to[0], to[1], 5.5, number, bounds, true)) {
        numbered.add(number + " " + partners.get(i).label());
      } else {
        unlabelled.add(partners.get(i).label());
      }
    }
    out.append("</g>\n");
  }

  /**
   * Spreads markers that would touch one another or the focal marker: each group is put on a circle
   * around its centre, wide enough for its markers to stand apart.
   */
  private static List<double[]> spread(List<double[]> at, double hx, double hy) {
    int n = at.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (Math.hypot(at.get(i)[0] - at.get(j)[0], at.get(i)[1] - at.get(j)[1]) < 11) {
          int a = find(group, i);
          int b = find(group, j);
          group[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
    }
    List<double[]> out = new ArrayList<>();
    for (double[] a : at) {
      out.add(a.clone());
    }
    for (List<Integer> members : groups.values()) {
      double cx = 0;
      double cy = 0;
      for (int i : members) {
        cx += at.get(i)[0] / members.size();
        cy += at.get(i)[1] / members.size();
      }
      boolean nearHome = Math.hypot(cx - hx, cy - hy) < 12;
      if (members.size() == 1 && !nearHome) {
        continue;
      }
      // Rings of markers 18 px apart, with room between them for leader lines.
      int placed = 0;
      int ring = 0;
      while (placed < members.size()) {
        double radius = 16 + ring * 18;
        int capacity = (int) Math.floor(2 * Math.PI * radius / 18);
        for (int k = 0; k < capacity && placed < members.size(); k++) {
          double angle = 2 * Math.PI * k / capacity - Math.PI / 2 + ring * 0.4;
          int i = members.get(placed++);
          out.set(i, new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        ring++;
      }
    }
    return out;
  }

  private static int find(int[] group, int i) {
    while (group[i] != i) {
      i = group[i];
    }
    return i;
  }

  /**
   * Places a label beside a marker, at the nearest position, of 16 directions and growing
   * distances, where it overlaps no label or marker and crosses no line; farther than beside, a
   * leader line joins it to the marker. Returns false if there was no room.
   */
  private boolean place(
      StringBuilder out,
      double x,
      double y,
      double radius,
      String text,
      Layout.Box bounds,
      boolean bold) {
    List<String> lines = Layout.wrap(text, Math.min(220, width * 0.3), FONT, bold);
    Layout.Label proto = new Layout.Label(lines, 0, 0, FONT, bold);
    double w = proto.width();
    double h = lines.size() * proto.lineHeight();
    for (double distance : new double[] {3, 10, 20, 32, 48, 70, 100, 140, 190, 250}) {
      for (int k = 0; k < 16; k++) {
        double angle = 2 * Math.PI * k / 16;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // The point of the box nearest the marker is at (radius + distance) in the direction.
        double px = x + (radius + distance) * cos;
        double py = y + (radius + distance) * sin;
        double left = cos > 0.3 ? px : cos < -0.3 ? px - w : px - w / 2;
        double top = sin > 0.3 ? py : sin < -0.3 ? py - h : py - h / 2;
        Layout.Label candidate = proto.at(left, top);
        Layout.Box box = candidate.box();
        if (!box.inside(bounds) || !layout.isFree(box.grow(1))) {
          continue;
        }
        Layout.Segment leader = null;
        if (distance > 12) {
          double lx = Math.max(box.x(), Math.min(x, box.x() + box.width()));
          double ly = Math.max(box.y(), Math.min(y, box.y() + box.height()));
          double len = Math.hypot(lx - x, ly - y);
          double ux = (lx - x) / len;
          double uy = (ly - y) / len;
          leader =
              new Layout.Segment(
                  x + ux * (radius + 0.5), y + uy * (radius + 0.5), lx - ux * 1.5, ly - uy * 1.5);
          if (!layout.isFree(leader) || crossesMarker(leader, x, y)) {
            continue;
          }
        }
        layout.add(candidate);
        if (leader != null) {
          layout.add(leader);
          Svg.line(
              out,
              leader.x1(),
              leader.y1(),
              leader.x2(),
              leader.y2(),
              "stroke=\"#333\" stroke-width=\"0.8\"");
        }
        Layout.write(
            out,
            candidate,
            " fill=\"#1b1b1b\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\""
                + " paint-order=\"stroke\"");
        return true;
      }
    }
    return false;
  }

  /** Whether a leader line crosses a marker other than the one it starts from. */
  private boolean crossesMarker(Layout.Segment s, double x, double y) {
    for (Layout.Box m : layout.markers()) {
      boolean own =
          Math.abs(m.x() + m.width() / 2 - x) < 0.01 && Math.abs(m.y() + m.height() / 2 - y) < 0.01;
      if (!own && m.crosses(s)) {
        return true;
      }
    }
    return false;
  }

  private Layout.Label label(
      String text, double x, double y, double maxWidth, double size, boolean bold) {
    Layout.Label l = new Layout.Label(Layout.wrap(text, maxWidth, size, bold), x, y, size, bold);
    layout.add(l);
    return l;
  }

  /** Writes the legend of what is drawn; returns its bottom. */
  private double legend(
      StringBuilder out,
      List<Partner> partners, // the partners drawn on the map
      List<Partner> unplaced,
      String homeName,
      double top) {
    out.append("<g id=\"legend\" fill=\"#222\">\n");
    Layout.Label heading = label("Legend", MARGIN, top, 200, 13, true);
    Layout.write(out, heading, "");
    double y = top + heading.box().height() + 4;
    double x = MARGIN;
    List<String[]> entries = new ArrayList<>();
    entries.add(
        new String[] {
          homeName, "", " r=\"6\" fill=\"" + HOME + "\" stroke=\"#fff\" stroke-width=\"2\""
        });
    Set<PartnershipKind> kinds = EnumSet.noneOf(PartnershipKind.class);
    partners.forEach(p -> kinds.add(p.kind()));
    for (PartnershipKind kind : kinds) {
      entries.add(
          new String[] {
            Words.kind(kind),
            " stroke=\"" + colour(kind) + "\" stroke-width=\"2\"",
            " r=\"4.5\" fill=\"" + colour(kind) + "\" stroke=\"#fff\" stroke-width=\"1.5\""
          });
    }
    if (partners.stream().anyMatch(Partner::endUnknown)) {
      entries.add(
          new String[] {
            "Partner whose end is unknown (colour of its kind)",
            " stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"10 3 2 3\"",
            " r=\"4.5\" fill=\"#555\" stroke=\"#fff\" stroke-width=\"1.5\""
          });
    }
    if (partners.stream().anyMatch(p -> p.status() == PartyStatus.FORMER)) {
      entries.add(
          new String[] {
            "Former partner",
            " stroke=\"" + FORMER + "\" stroke-width=\"2\" stroke-dasharray=\"2 3\"",
            " r=\"4.5\" fill=\"" + FORMER + "\" stroke=\"#fff\" stroke-width=\"1.5\""
          });
    }
    if (partners.stream().anyMatch(p -> p.status() == PartyStatus.PLANNED)) {
      entries.add(
          new String[] {
            "Planned partner",
            " stroke=\"#444\" stroke-width=\"2\" stroke-dasharray=\"7 4\"",
            " r=\"4.5\" fill=\"#fff\" stroke=\"#444\" stroke-width=\"2\""
          });
    }
    double rowBottom = y;
    for (String[] entry : entries) {
      double w = 30 + Layout.textWidth(entry[0], FONT, false);
      if (x + w > width - MARGIN && x > MARGIN) {
        x = MARGIN;
        y = rowBottom + 4;
      }
      Layout.Label l = new Layout.Label(List.of(entry[0]), x + 30, y, FONT, false);
      layout.add(l);
      double cy = y + l.lineHeight() / 2;
      if (!entry[1].isEmpty()) {
        out.append("<line x1=\"")
            .append(num(x))
            .append("\" y1=\"")
            .append(num(cy))
            .append("\" x2=\"")
            .append(num(x + 22))
            .append("\" y2=\"")
            .append(num(cy))
            .append('"')
            .append(entry[1])
            .append("/>\n");
      }
      out.append("<circle cx=\"")
          .append(num(x + 11))
          .append("\" cy=\"")
          .append(num(cy))
          .append('"')
          .append(entry[2])
          .append("/>\n");
      Layout.write(out, l, "");
      x += w + 20;
      rowBottom = Math.max(rowBottom, y + l.lineHeight());
    }
    y = rowBottom + 8;
    List<String> notes = new ArrayList<>();
    if (!unplaced.isEmpty()) {
      StringBuilder names = new StringBuilder();
      for (Partner partner : unplaced) {
        if (names.length() > 0) {
          names.append(", ");
        }
        names
            .append(partner.label())
            .append(" (")
            .append(partner.territory().country().displayName(Locale.ENGLISH))
            .append(")");
      }
      notes.add("Not on the map (no coordinates in the dataset): " + names);
    }
    if (spreadDrawn) {
      notes.add(
          "Markers of partners too close to tell apart are spread around their place, marked by a"
              + " small dot where their arcs end.");
    }
    if (!numbered.isEmpty()) {
      notes.add("Numbered on the map: " + String.join("; ", numbered));
    }
    if (!unlabelled.isEmpty()) {
      notes.add("On the map without a label, for lack of room: " + String.join("; ", unlabelled));
    }
    notes.add(
        "Country outlines: Made with Natural Earth (public domain), 1:110m, via the npm"
            + " package world-atlas 2.0.2.");
    options.credit().ifPresent(notes::add);
    for (String note : notes) {
      Layout.Label l = label(note, MARGIN, y, width - 2 * MARGIN, FONT, false);
      Layout.write(out, l, " fill=\"#444\"");
      y += l.box().height() + 2;
    }
    out.append("</g>\n");
    return y;
  }

  /** Whether a ring's longitude/latitude bounding box overlaps a region in degrees. */
  private static boolean overlaps(double[][] ring, Svg.Box region) {
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    for (double[] point : ring) {
      minLon = Math.min(minLon, point[0]);
      maxLon = Math.max(maxLon, point[0]);
      minLat = Math.min(minLat, point[1]);
      maxLat = Math.max(maxLat, point[1]);
    }
    return new Svg.Box(minLon, minLat, maxLon - minLon, maxLat - minLat).intersects(region);
  }

  /**
   * Unwraps the longitudes of a line or ring so that no step jumps by more than 180°: a path that
   * crosses the antimeridian then runs past ±180 instead of across the whole map.
   */
  static double[][] unwrap(double[][] points) {
    double[][] out = new double[points.length][];
    double offset = 0;
    for (int i = 0; i < points.length; i++) {
      double lon = points[i][0];
      if (i > 0) {
        double previous = points[i - 1][0];
        if (lon - previous > 180) {
          offset -= 360;
        } else if (previous - lon > 180) {
          offset += 360;
        }
      }
      out[i] = new double[] {lon + offset, points[i][1]};
    }
    return out;
  }

  /**
   * Returns points along the great circle from one place to another, as longitude/latitude pairs
   * with unwrapped longitudes (see {@link #unwrap}).
   *
   * @param from the start
   * @param to the end
   * @param segments the number of segments, at least 1
   * @return {@code segments + 1} points, from {@code from} to {@code to}
   */
  static double[][] greatCircle(Coordinates from, Coordinates to, int segments) {
    double[] a = vector(from);
    double[] b = vector(to);
    double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
    double omega = Math.acos(dot);
    double[][] points = new double[segments + 1][];
    for (int i = 0; i <= segments; i++) {
      double t = (double) i / segments;
      double[] v;
      if (omega < 1e-9) {
        v = a;
      } else {
        double s = Math.sin(omega);
        double wa = Math.sin((1 - t) * omega) / s;
        double wb = Math.sin(t * omega) / s;
        v = new double[] {wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]};
      }
      double lat = Math.toDegrees(Math.atan2(v[2], Math.hypot(v[0], v[1])));
      double lon = Math.toDegrees(Math.atan2(v[1], v[0]));
      points[i] = new double[] {lon, lat};
    }
    points[0] = new double[] {from.longitude(), from.latitude()};
    points[segments] = new double[] {to.longitude(), to.latitude()};
    return unwrap(points);
  }

  private static double[] vector(Coordinates c) {
    double lat = Math.toRadians(c.latitude());
    double lon = Math.toRadians(c.longitude());
    return new double[] {
      Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)
    };
  }
}
