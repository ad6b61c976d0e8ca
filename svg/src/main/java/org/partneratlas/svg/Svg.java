package org.partneratlas.svg;

import java.util.Locale;

/** Small helpers to write SVG by hand: the document's start, number formatting and XML escaping. */
final class Svg {

  private Svg() {}

  /**
   * Appends the XML declaration, the opening {@code <svg>} element of a picture that many CSS
   * pixels wide and high (its viewBox the same, so that one unit is one pixel) and its title.
   */
  static void start(StringBuilder out, double width, double height, String title) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    out.append("<title>").append(escape(title)).append("</title>\n");
  }

  /** Formats a coordinate with at most one decimal, without locale surprises. */
  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Escapes a text for an XML attribute or element. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A rectangle in degrees, to skip the rings of countries outside an inset. */
  record Box(double x, double y, double width, double height) {
    boolean intersects(Box other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }
  }
}
