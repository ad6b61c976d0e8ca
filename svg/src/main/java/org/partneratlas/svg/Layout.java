package org.partneratlas.svg;

import static org.partneratlas.svg.Svg.escape;
import static org.partneratlas.svg.Svg.num;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The computed layout of a picture: every text as a box, every marker as a box and every line that
 * a text must not cross, in the picture's own units (its viewBox, as wide as the width it is laid
 * out for). The renderers place texts through it, and the tests check it: no text under the minimum
 * size, no text box over another or over a line.
 */
final class Layout {

  /** The smallest font size used, in pixels at the width the picture is laid out for. */
  static final double MIN_FONT = 11;

  /** A rectangle. */
  record Box(double x, double y, double width, double height) {
    boolean intersects(Box other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }

    Box grow(double margin) {
      return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    boolean inside(Box bounds) {
      return x >= bounds.x
          && y >= bounds.y
          && x + width <= bounds.x + bounds.width
          && y + height <= bounds.y + bounds.height;
    }

    /** Whether a segment passes through the inside of this box (Liang–Barsky clipping). */
    boolean crosses(Segment s) {
      double dx = s.x2() - s.x1();
      double dy = s.y2() - s.y1();
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {s.x1() - x, x + width - s.x1(), s.y1() - y, y + height - s.y1()};
      double t0 = 0;
      double t1 = 1;
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] <= 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t1 - t0 > 1e-9;
    }
  }

  /** A straight line. */
  record Segment(double x1, double y1, double x2, double y2) {}

  /**
   * A text of one or more lines, its box's top left at {@code x, y}.
   *
   * @param lines the lines, wrapped, never cut
   * @param x the left of its box
   * @param y the top of its box
   * @param fontSize its size
   * @param bold whether it is bold
   */
  record Label(List<String> lines, double x, double y, double fontSize, boolean bold) {
    double lineHeight() {
      return Math.ceil(fontSize * 1.25);
    }

    double width() {
      double w = 0;
      for (String line : lines) {
        w = Math.max(w, textWidth(line, fontSize, bold));
      }
      return w;
    }

    Box box() {
      return new Box(x, y, width(), lines.size() * lineHeight());
    }

    Label at(double newX, double newY) {
      return new Label(lines, newX, newY, fontSize, bold);
    }
  }

  private final double width;
  private final List<Label> labels = new ArrayList<>();
  private final List<Segment> lines = new ArrayList<>();
  private final List<Box> markers = new ArrayList<>();

  Layout(double width) {
    this.width = width;
  }

  double width() {
    return width;
  }

  List<Label> labels() {
    return labels;
  }

  List<Segment> lines() {
    return lines;
  }

  List<Box> markers() {
    return markers;
  }

  void add(Label label) {
    labels.add(label);
  }

  void add(Segment line) {
    lines.add(line);
  }

  void addMarker(Box marker) {
    markers.add(marker);
  }

  /** Whether a box is clear of every text, marker and line placed so far. */
  boolean isFree(Box box) {
    for (Label other : labels) {
      if (other.box().intersects(box)) {
        return false;
      }
    }
    for (Box marker : markers) {
      if (marker.intersects(box)) {
        return false;
      }
    }
    for (Segment line : lines) {
      if (box.crosses(line)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line would cross no text placed so far. */
  boolean isFree(Segment line) {
    for (Label other : labels) {
      if (other.box().crosses(line)) {
        return false;
      }
    }
    return true;
  }

  /** The smallest font size of the texts. */
  double minFontSize() {
    return labels.stream().mapToDouble(Label::fontSize).min().orElse(Double.NaN);
  }

  /** Every pair of texts that overlap and every text that a line crosses, described. */
  List<String> overlaps() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Box a = labels.get(i).box();
      for (int j = i + 1; j < labels.size(); j++) {
        if (a.intersects(labels.get(j).box())) {
          problems.add(labels.get(i).lines() + " overlaps " + labels.get(j).lines());
        }
      }
      for (Segment line : lines) {
        if (a.crosses(line)) {
          problems.add(labels.get(i).lines() + " is crossed by " + line);
        }
      }
    }
    return problems;
  }

  /** A rough width of a text in the sans-serif fonts used (Helvetica, Arial). */
  static double textWidth(String text, double fontSize, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("iljI.,;:'’!|·".indexOf(c) >= 0) {
        em += 0.3;
      } else if ("ftr ()-–/".indexOf(c) >= 0) {
        em += 0.38;
      } else if ("mwMW".indexOf(c) >= 0) {
        em += 0.86;
      } else if (Character.isUpperCase(c) || Character.isDigit(c)) {
        em += 0.68;
      } else {
        em += 0.58;
      }
    }
    return em * fontSize * (bold ? 1.1 : 1.0);
  }

  /** Wraps a text into lines no wider than a width; a longer word gets a line of its own. */
  static List<String> wrap(String text, double maxWidth, double fontSize, boolean bold) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Splitter.on(' ').omitEmptyStrings().split(text)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && textWidth(candidate, fontSize, bold) > maxWidth) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  /**
   * Writes a label as an SVG text, one tspan per line.
   *
   * @param attributes more attributes, with a leading space (fill, class, halo)
   */
  static void write(StringBuilder svg, Label label, String attributes) {
    double first = label.y() + label.fontSize() * 0.9 + (label.lineHeight() - label.fontSize()) / 2;
    svg.append("<text x=\"")
        .append(num(label.x()))
        .append("\" y=\"")
        .append(num(first))
        .append("\" font-size=\"")
        .append(num(label.fontSize()))
        .append('"')
        .append(label.bold() ? " font-weight=\"bold\"" : "")
        .append(attributes)
        .append('>');
    if (label.lines().size() == 1) {
      svg.append(escape(label.lines().get(0)));
    } else {
      for (int i = 0; i < label.lines().size(); i++) {
        svg.append("<tspan x=\"")
            .append(num(label.x()))
            .append("\" y=\"")
            .append(num(first + i * label.lineHeight()))
            .append("\">")
            .append(escape(label.lines().get(i)))
            .append("</tspan>");
      }
    }
    svg.append("</text>\n");
  }
}
