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

  /**
   * Appends {@code <line x1=".." y1=".." x2=".." y2=".." attributes/>} and a new line.
   *
   * @param attributes the other attributes, such as {@code stroke="#333"}, or empty
   */
  static void line(
      StringBuilder out, double x1, double y1, double x2, double y2, String attributes) {
    out.append("<line x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append('"');
    attributes(out, attributes);
  }

  /**
   * Appends {@code <rect x=".." y=".." width=".." height=".." attributes/>} and a new line.
   *
   * @param attributes the other attributes, such as {@code fill="none"}, or empty
   */
  static void rect(
      StringBuilder out, double x, double y, double width, double height, String attributes) {
    out.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append('"');
    attributes(out, attributes);
  }

  /**
   * Ends an element: its other attributes, if any, after a space, then {@code />} and a new line.
   */
  private static void attributes(StringBuilder out, String attributes) {
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append("/>\n");
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
