package org.partneratlas.svg;

import static org.partneratlas.svg.Svg.escape;
import static org.partneratlas.svg.Svg.num;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * Draws a world map of a territory's partners as SVG: real country outlines (Natural Earth 1:110m),
 * a marker for the home territory and one per partner territory with coordinates, and a
 * great-circle arc from home to each partner, with an inset for a crowded region.
 *
 * <p>The projection is equirectangular. Great circles are computed by spherical interpolation
 * between the two points; paths and rings that cross the antimeridian are unwrapped and drawn again
 * shifted by 360°, inside a clip rectangle, so that no line runs across the whole map.
 */
final class WorldMapSvg {

  private static final double WIDTH = 1400;
  private static final double TOP = 64;
  private static final double LAT_MAX = 84;
  private static final double LAT_MIN = -60;
  private static final double SCALE = WIDTH / 360;
  private static final double MAP_HEIGHT = (LAT_MAX - LAT_MIN) * SCALE;
  private static final double PANEL = 350;
  private static final double HEIGHT = TOP + MAP_HEIGHT + PANEL;

  // The inset: western and central Europe, where most twin towns are.
  private static final double INSET_LON_MIN = -12;
  private static final double INSET_LON_MAX = 32;
  private static final double INSET_LAT_MIN = 34;
  private static final double INSET_LAT_MAX = 58;
  private static final double INSET_SCALE = 12.5;
  private static final double INSET_COS = Math.cos(Math.toRadians(46));
  private static final double INSET_WIDTH =
      (INSET_LON_MAX - INSET_LON_MIN) * INSET_SCALE * INSET_COS;
  private static final double INSET_HEIGHT = (INSET_LAT_MAX - INSET_LAT_MIN) * INSET_SCALE;
  private static final double INSET_X = WIDTH - INSET_WIDTH - 24;
  private static final double INSET_Y = TOP + MAP_HEIGHT + 16;

  private static final Svg.Box INSET_REGION =
      new Svg.Box(
          INSET_LON_MIN,
          INSET_LAT_MIN,
          INSET_LON_MAX - INSET_LON_MIN,
          INSET_LAT_MAX - INSET_LAT_MIN);
  private static final Svg.Box INSET_BOX = new Svg.Box(INSET_X, INSET_Y, INSET_WIDTH, INSET_HEIGHT);

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

  static String label(PartnershipKind kind) {
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

  /** A partner territory as drawn: where, how, and its label. */
  record Partner(
      Territory territory,
      PartnershipKind kind,
      PartyStatus status,
      boolean endUnknown,
      String years,
      String label) {}

  private WorldMapSvg() {}

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

  /**
   * Renders the map.
   *
   * @param options what to draw
   * @param world the country outlines
   * @return the SVG document
   */
  static String render(Options options, Outlines world) {
    Territory home = options.focalTerritory();
    TerritoryId homeId = home.id();
    Coordinates origin =
        home.coordinates()
            .orElseThrow(() -> new IllegalArgumentException(homeId + " has no coordinates"));
    List<Partner> partners = partners(options);
    List<Partner> placed = new ArrayList<>();
    List<Partner> unplaced = new ArrayList<>();
    for (Partner partner : partners) {
      (partner.territory().coordinates().isPresent() ? placed : unplaced).add(partner);
    }

    // Natural Earth keys its countries by their ISO 3166-1 numeric codes.
    Set<String> partnerCountries = new HashSet<>();
    for (Partner partner : partners) {
      M49.numericCodeOf(partner.territory().country()).ifPresent(partnerCountries::add);
    }
    String homeCountry = M49.numericCodeOf(home.country()).orElse("");

    Projection main = new Projection(-180, LAT_MAX, 0, TOP, SCALE, SCALE);
    Projection inset =
        new Projection(
            INSET_LON_MIN, INSET_LAT_MAX, INSET_X, INSET_Y, INSET_SCALE * INSET_COS, INSET_SCALE);

    StringBuilder svg = new StringBuilder(400_000);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(options.width())
        .append("\" height=\"")
        .append(num(HEIGHT * options.width() / WIDTH))
        .append("\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(HEIGHT))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    String homeName = options.name(home);
    String title = options.title().orElse(homeName + " and its partners");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs>\n")
        .append("<clipPath id=\"map-clip\"><rect x=\"0\" y=\"")
        .append(num(TOP))
        .append("\" width=\"")
        .append(num(WIDTH))
        .append("\" height=\"")
        .append(num(MAP_HEIGHT))
        .append("\"/></clipPath>\n")
        .append("<clipPath id=\"inset-clip\"><rect x=\"")
        .append(num(INSET_X))
        .append("\" y=\"")
        .append(num(INSET_Y))
        .append("\" width=\"")
        .append(num(INSET_WIDTH))
        .append("\" height=\"")
        .append(num(INSET_HEIGHT))
        .append("\"/></clipPath>\n")
        .append("</defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text x=\"20\" y=\"32\" font-size=\"24\" font-weight=\"bold\" fill=\"#222\">")
        .append(escape(title))
        .append("</text>\n");
    svg.append("<text x=\"20\" y=\"53\" font-size=\"14\" fill=\"#555\">")
        .append(
            escape(
                "Twin towns and partner territories, with great-circle arcs from "
                    + homeName
                    + " (equirectangular projection)"))
        .append("</text>\n");

    // The world.
    svg.append("<g id=\"world\" clip-path=\"url(#map-clip)\">\n");
    svg.append("<rect x=\"0\" y=\"")
        .append(num(TOP))
        .append("\" width=\"")
        .append(num(WIDTH))
        .append("\" height=\"")
        .append(num(MAP_HEIGHT))
        .append("\" fill=\"")
        .append(OCEAN)
        .append("\"/>\n");
    graticule(svg, main);
    countries(svg, world, main, partnerCountries, homeCountry, 0.5, null);
    svg.append("</g>\n");

    // The inset's frame on the world map.
    svg.append("<rect class=\"inset-frame\" x=\"")
        .append(num(main.x(INSET_LON_MIN)))
        .append("\" y=\"")
        .append(num(main.y(INSET_LAT_MAX)))
        .append("\" width=\"")
        .append(num(main.x(INSET_LON_MAX) - main.x(INSET_LON_MIN)))
        .append("\" height=\"")
        .append(num(main.y(INSET_LAT_MIN) - main.y(INSET_LAT_MAX)))
        .append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\n");

    // Arcs, markers and labels on the world map; partners in the inset are labelled there.
    List<Svg.Box> taken = new ArrayList<>();
    svg.append("<g id=\"arcs\" clip-path=\"url(#map-clip)\" fill=\"none\">\n");
    for (Partner partner : placed) {
      arc(svg, main, origin, partner, 1.6);
    }
    svg.append("</g>\n");
    svg.append("<g id=\"markers\">\n");
    homeMarker(svg, main, origin, homeName, homeId, false);
    taken.add(new Svg.Box(main.x(origin.longitude()) - 8, main.y(origin.latitude()) - 8, 16, 16));
    for (Partner partner : placed) {
      Coordinates c = partner.territory().coordinates().orElseThrow();
      taken.add(new Svg.Box(main.x(c.longitude()) - 6, main.y(c.latitude()) - 6, 12, 12));
    }
    for (Partner partner : placed) {
      marker(svg, main, partner, true);
    }
    svg.append("</g>\n");
    svg.append("<g id=\"labels\" font-size=\"13\">\n");
    for (Partner partner : placed) {
      if (!inInset(partner.territory().coordinates().orElseThrow())) {
        label(
            svg,
            main,
            partner.territory().coordinates().orElseThrow(),
            partner.label(),
            taken,
            new Svg.Box(0, TOP, WIDTH, MAP_HEIGHT));
      }
    }
    svg.append("</g>\n");
    svg.append("<text x=\"")
        .append(num(main.x(INSET_LON_MIN) + 2))
        .append("\" y=\"")
        .append(num(main.y(INSET_LAT_MAX) - 4))
        .append("\" font-size=\"11\" fill=\"#444\">Europe: see inset</text>\n");

    // The inset.
    svg.append("<g id=\"inset\">\n");
    svg.append("<g clip-path=\"url(#inset-clip)\">\n");
    svg.append("<rect x=\"")
        .append(num(INSET_X))
        .append("\" y=\"")
        .append(num(INSET_Y))
        .append("\" width=\"")
        .append(num(INSET_WIDTH))
        .append("\" height=\"")
        .append(num(INSET_HEIGHT))
        .append("\" fill=\"")
        .append(OCEAN)
        .append("\"/>\n");
    countries(svg, world, inset, partnerCountries, homeCountry, 0.8, INSET_REGION);
    svg.append("<g fill=\"none\">\n");
    for (Partner partner : placed) {
      if (inInset(partner.territory().coordinates().orElseThrow())) {
        arc(svg, inset, origin, partner, 1.8);
      }
    }
    svg.append("</g>\n");
    svg.append("</g>\n");
    List<Svg.Box> insetTaken = new ArrayList<>();
    homeMarker(svg, inset, origin, homeName, homeId, true);
    insetTaken.add(
        new Svg.Box(inset.x(origin.longitude()) - 8, inset.y(origin.latitude()) - 8, 16, 16));
    for (Partner partner : placed) {
      Coordinates c = partner.territory().coordinates().orElseThrow();
      if (inInset(c)) {
        marker(svg, inset, partner, false);
        insetTaken.add(new Svg.Box(inset.x(c.longitude()) - 6, inset.y(c.latitude()) - 6, 12, 12));
      }
    }
    svg.append("<g font-size=\"13\">\n");
    label(svg, inset, origin, homeName, insetTaken, INSET_BOX);
    for (Partner partner : placed) {
      Coordinates c = partner.territory().coordinates().orElseThrow();
      if (inInset(c)) {
        label(svg, inset, c, partner.label(), insetTaken, INSET_BOX);
      }
    }
    svg.append("</g>\n");
    svg.append("<rect x=\"")
        .append(num(INSET_X))
        .append("\" y=\"")
        .append(num(INSET_Y))
        .append("\" width=\"")
        .append(num(INSET_WIDTH))
        .append("\" height=\"")
        .append(num(INSET_HEIGHT))
        .append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1\"/>\n");
    svg.append("<text x=\"")
        .append(num(INSET_X))
        .append("\" y=\"")
        .append(num(INSET_Y + INSET_HEIGHT + 16))
        .append("\" font-size=\"12\" fill=\"#444\">Inset: Europe</text>\n");
    svg.append("</g>\n");

    legend(svg, partners, unplaced, options, homeName);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static boolean inInset(Coordinates c) {
    return c.longitude() >= INSET_LON_MIN
        && c.longitude() <= INSET_LON_MAX
        && c.latitude() >= INSET_LAT_MIN
        && c.latitude() <= INSET_LAT_MAX;
  }

  private static void legend(
      StringBuilder svg,
      List<Partner> partners,
      List<Partner> unplaced,
      Options options,
      String homeName) {
    double x = 24;
    double y = TOP + MAP_HEIGHT + 34;
    svg.append("<g id=\"legend\" font-size=\"14\" fill=\"#222\">\n");
    svg.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" font-weight=\"bold\">Legend</text>\n");
    y += 26;
    svg.append("<circle cx=\"")
        .append(num(x + 10))
        .append("\" cy=\"")
        .append(num(y - 5))
        .append("\" r=\"7\" fill=\"")
        .append(HOME)
        .append("\" stroke=\"#fff\" stroke-width=\"2\"/>\n");
    svg.append("<text x=\"")
        .append(num(x + 30))
        .append("\" y=\"")
        .append(num(y))
        .append("\">")
        .append(escape(homeName))
        .append("</text>\n");
    Set<PartnershipKind> kinds = EnumSet.noneOf(PartnershipKind.class);
    partners.forEach(p -> kinds.add(p.kind()));
    for (PartnershipKind kind : kinds) {
      y += 24;
      legendEntry(
          svg,
          x,
          y,
          " stroke=\"" + colour(kind) + "\" stroke-width=\"2\"",
          " r=\"5\" fill=\"" + colour(kind) + "\" stroke=\"#fff\" stroke-width=\"1.5\"",
          label(kind));
    }
    if (partners.stream().anyMatch(Partner::endUnknown)) {
      y += 24;
      legendEntry(
          svg,
          x,
          y,
          " stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"10 3 2 3\"",
          " r=\"5\" fill=\"#555\" stroke=\"#fff\" stroke-width=\"1.5\"",
          "Partner whose end is unknown (colour of its kind)");
    }
    if (partners.stream().anyMatch(p -> p.status() == PartyStatus.FORMER)) {
      y += 24;
      legendEntry(
          svg,
          x,
          y,
          " stroke=\"" + FORMER + "\" stroke-width=\"2\" stroke-dasharray=\"2 3\"",
          " r=\"5\" fill=\"" + FORMER + "\" stroke=\"#fff\" stroke-width=\"1.5\"",
          "Former partner");
    }
    if (partners.stream().anyMatch(p -> p.status() == PartyStatus.PLANNED)) {
      y += 24;
      legendEntry(
          svg,
          x,
          y,
          " stroke=\"#444\" stroke-width=\"2\" stroke-dasharray=\"7 4\"",
          " r=\"5\" fill=\"#fff\" stroke=\"#444\" stroke-width=\"2\"",
          "Planned partner");
    }
    y += 30;
    if (!unplaced.isEmpty()) {
      StringBuilder names = new StringBuilder();
      for (Partner partner : unplaced) {
        if (names.length() > 0) {
          names.append(", ");
        }
        names
            .append(partner.label())
            .append(" (")
            .append(partner.territory().country().displayName(java.util.Locale.ENGLISH))
            .append(")");
      }
      svg.append("<text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y))
          .append("\" font-size=\"13\" fill=\"#444\">")
          .append(escape("Not on the map (no coordinates in the dataset): " + names))
          .append("</text>\n");
      y += 20;
    }
    svg.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(HEIGHT - 14))
        .append("\" font-size=\"12\" fill=\"#555\">")
        .append(
            escape(
                "Country outlines: Made with Natural Earth (public domain), 1:110m, via the npm"
                    + " package world-atlas 2.0.2."
                    + options.credit().map(c -> " " + c).orElse("")))
        .append("</text>\n");
    svg.append("</g>\n");
  }

  private static void graticule(StringBuilder svg, Projection p) {
    svg.append("<g stroke=\"#c5d8e6\" stroke-width=\"0.6\">\n");
    for (int lon = -150; lon <= 150; lon += 30) {
      svg.append("<line x1=\"")
          .append(num(p.x(lon)))
          .append("\" y1=\"")
          .append(num(TOP))
          .append("\" x2=\"")
          .append(num(p.x(lon)))
          .append("\" y2=\"")
          .append(num(TOP + MAP_HEIGHT))
          .append("\"/>\n");
    }
    for (int lat = -60; lat <= 80; lat += 30) {
      svg.append("<line x1=\"0\" y1=\"")
          .append(num(p.y(lat)))
          .append("\" x2=\"")
          .append(num(WIDTH))
          .append("\" y2=\"")
          .append(num(p.y(lat)))
          .append("\"/>\n");
    }
    svg.append("</g>\n");
  }

  private static void countries(
      StringBuilder svg,
      Outlines world,
      Projection p,
      Set<String> partnerCountries,
      String homeCountry,
      double strokeWidth,
      Svg.@Nullable Box region) {
    svg.append("<g stroke=\"#b9b3a8\" stroke-width=\"")
        .append(num(strokeWidth))
        .append("\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n");
    for (Outlines.Country country : world.countries()) {
      String fill =
          country.numericCode().equals(homeCountry)
              ? LAND_HOME
              : partnerCountries.contains(country.numericCode()) ? LAND_PARTNER : LAND;
      StringBuilder d = new StringBuilder();
      for (double[][] ring : country.rings()) {
        if (region != null && !overlaps(ring, region)) {
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
        svg.append("<path fill=\"")
            .append(fill)
            .append("\" d=\"")
            .append(d)
            .append("\"><title>")
            .append(escape(country.name()))
            .append("</title></path>\n");
      }
    }
    svg.append("</g>\n");
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

  private static void arc(
      StringBuilder svg, Projection p, Coordinates origin, Partner partner, double width) {
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
    for (double shift : shifts) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < points.length; i++) {
        d.append(i == 0 ? 'M' : 'L')
            .append(num(p.x(points[i][0] + shift)))
            .append(' ')
            .append(num(p.y(points[i][1])));
      }
      svg.append("<path class=\"arc\" data-territory=\"")
          .append(escape(partner.territory().id().value()))
          .append("\" d=\"")
          .append(d)
          .append("\" stroke=\"")
          .append(stroke)
          .append("\" stroke-width=\"")
          .append(num(width))
          .append("\" stroke-opacity=\"0.85\"")
          .append(dash)
          .append("/>\n");
    }
  }

  private static void homeMarker(
      StringBuilder svg,
      Projection p,
      Coordinates origin,
      String homeName,
      TerritoryId homeId,
      boolean inset) {
    svg.append("<circle class=\"")
        .append(inset ? "home-inset" : "home")
        .append("\" data-territory=\"")
        .append(escape(homeId.value()))
        .append("\" cx=\"")
        .append(num(p.x(origin.longitude())))
        .append("\" cy=\"")
        .append(num(p.y(origin.latitude())))
        .append("\" r=\"7\" fill=\"")
        .append(HOME)
        .append("\" stroke=\"#fff\" stroke-width=\"2\"><title>")
        .append(escape(homeName))
        .append("</title></circle>\n");
  }

  /** Draws a partner marker; only the world map's markers have the class {@code partner}. */
  private static void marker(StringBuilder svg, Projection p, Partner partner, boolean world) {
    Coordinates c = partner.territory().coordinates().orElseThrow();
    boolean planned = partner.status() == PartyStatus.PLANNED;
    String fill =
        planned
            ? "#ffffff"
            : partner.status() == PartyStatus.FORMER ? FORMER : colour(partner.kind());
    svg.append("<circle class=\"")
        .append(world ? "partner" : "partner-inset")
        .append("\" data-territory=\"")
        .append(escape(partner.territory().id().value()))
        .append("\" cx=\"")
        .append(num(p.x(c.longitude())))
        .append("\" cy=\"")
        .append(num(p.y(c.latitude())))
        .append("\" r=\"5\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(planned ? "#444" : "#fff")
        .append("\" stroke-width=\"")
        .append(planned ? "2" : "1.5")
        .append("\"><title>")
        .append(escape(partner.label()))
        .append("</title></circle>\n");
  }

  /** Places a label beside a point, at the first position that overlaps no other label. */
  private static void label(
      StringBuilder svg,
      Projection p,
      Coordinates c,
      String text,
      List<Svg.Box> taken,
      Svg.Box bounds) {
    double x = p.x(c.longitude());
    double y = p.y(c.latitude());
    double size = 13;
    double w = Svg.textWidth(text, size);
    double h = size + 2;
    // dx, dy of the text's box top-left relative to the point, and the text anchor.
    double[][] candidates = {
      {9, -h / 2},
      {-9 - w, -h / 2},
      {9, -h - 2},
      {9, 2},
      {-9 - w, -h - 2},
      {-9 - w, 2},
      {-w / 2, -h - 8},
      {-w / 2, 8},
      {14, -h - 12},
      {14, 12},
      {-14 - w, -h - 12},
      {-14 - w, 12},
    };
    Svg.Box chosen = null;
    for (double[] candidate : candidates) {
      Svg.Box box = new Svg.Box(x + candidate[0], y + candidate[1], w, h);
      if (box.x() < bounds.x() + 2
          || box.x() + w > bounds.x() + bounds.width() - 2
          || box.y() < bounds.y() + 2
          || box.y() + h > bounds.y() + bounds.height() - 2) {
        continue;
      }
      if (taken.stream().noneMatch(box::intersects)) {
        chosen = box;
        break;
      }
    }
    if (chosen == null) {
      chosen = new Svg.Box(x + 9, y - h / 2, w, h);
    }
    taken.add(chosen);
    svg.append("<text x=\"")
        .append(num(chosen.x()))
        .append("\" y=\"")
        .append(num(chosen.y() + size - 1))
        .append(
            "\" fill=\"#1b1b1b\" stroke=\"#ffffff\" stroke-width=\"3\""
                + " stroke-linejoin=\"round\" paint-order=\"stroke\">")
        .append(escape(text))
        .append("</text>\n");
  }

  /** An equirectangular projection onto the page. */
  private record Projection(
      double lonMin, double latMax, double x0, double y0, double scaleX, double scaleY) {
    double x(double lon) {
      return x0 + (lon - lonMin) * scaleX;
    }

    double y(double lat) {
      return y0 + (latMax - lat) * scaleY;
    }
  }

  /**
   * Writes one legend entry: a line sample with a marker on it, and its label.
   *
   * @param lineAttributes the attributes of the line after its coordinates, with a leading space
   * @param markerAttributes the attributes of the marker after its centre, with a leading space
   */
  private static void legendEntry(
      StringBuilder svg,
      double x,
      double y,
      String lineAttributes,
      String markerAttributes,
      String label) {
    svg.append("<line x1=\"")
        .append(num(x))
        .append("\" y1=\"")
        .append(num(y - 5))
        .append("\" x2=\"")
        .append(num(x + 20))
        .append("\" y2=\"")
        .append(num(y - 5))
        .append('"')
        .append(lineAttributes)
        .append("/>\n");
    svg.append("<circle cx=\"")
        .append(num(x + 10))
        .append("\" cy=\"")
        .append(num(y - 5))
        .append('"')
        .append(markerAttributes)
        .append("/>\n");
    svg.append("<text x=\"")
        .append(num(x + 30))
        .append("\" y=\"")
        .append(num(y))
        .append("\">")
        .append(escape(label))
        .append("</text>\n");
  }
}
