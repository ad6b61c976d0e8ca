package org.partneratlas.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns the messages of Jackson's parser into sentences a data steward can act on: no parser
 * jargon, no feature names, no Java class names. This is the one place where Jackson's wording is
 * interpreted; {@link #plain(String)} never returns Jackson's text unchanged, and an unknown
 * message keeps only its first clause, cleaned of code points, feature hints and source locations.
 */
final class ParserMessages {

  private ParserMessages() {}

  /** {@code Unexpected character ('X' (code N))}, then the rest. */
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile(
          "Unexpected character \\('(.{1,2})' \\(code (\\d+)\\)\\)(.*)", Pattern.DOTALL);

  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);

  private static final Pattern NON_STANDARD_TOKEN =
      Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);

  private static final Pattern CONTROL_CHARACTER =
      Pattern.compile(
          "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);

  private static final Pattern BAD_ESCAPE =
      Pattern.compile("Unrecognized character escape '(.{1,2})' \\(code \\d+\\).*", Pattern.DOTALL);

  private static final Pattern CLOSE_MARKER =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);

  /**
   * Returns a plain sentence for a message of Jackson's parser ({@code getOriginalMessage()}).
   *
   * @param original Jackson's message, without its location
   * @return what is wrong and how to fix it
   */
  static String plain(String original) {
    Matcher m = UNEXPECTED_CHARACTER.matcher(original);
    if (m.matches()) {
      return unexpectedCharacter(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    if (original.startsWith("Unexpected end-of-input")) {
      if (original.contains("closing quote")) {
        return "The file ends inside a text: close the text with \" and complete the document";
      }
      if (original.contains("close marker for Array")) {
        return "The file ends inside an array: close it with ] and complete the document";
      }
      if (original.contains("close marker for Object")) {
        return "The file ends inside an object: close it with } and complete the document";
      }
      return "The file ends before the document is complete: it may have been cut short";
    }
    m = UNRECOGNIZED_TOKEN.matcher(original);
    if (m.matches()) {
      return "'"
          + abbreviate(m.group(1))
          + "' is not a JSON value: write texts in double quotes (\"...\"), numbers in digits,"
          + " and true, false as they are";
    }
    m = NON_STANDARD_TOKEN.matcher(original);
    if (m.matches()) {
      return m.group(1)
          + " is not a number JSON allows: write a number in digits, or leave the property out";
    }
    if (original.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      return "A number starts with 0 followed by digits (such as 01): remove the leading zeros";
    }
    m = CONTROL_CHARACTER.matcher(original);
    if (m.matches()) {
      int code = Integer.parseInt(m.group(1));
      return "A text contains the control character U+"
          + String.format(java.util.Locale.ROOT, "%04X", code)
          + " (such as a tab or a line break): write it as an escape such as \\t, \\n or \\u"
          + String.format(java.util.Locale.ROOT, "%04X", code);
    }
    m = BAD_ESCAPE.matcher(original);
    if (m.matches()) {
      return "'\\"
          + m.group(1)
          + "' is not an escape JSON allows in a text: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r,"
          + " \\t or \\u followed by four hexadecimal digits";
    }
    m = CLOSE_MARKER.matcher(original);
    if (m.matches()) {
      return "Found "
          + m.group(1)
          + " where "
          + m.group(2)
          + " should close the "
          + (m.group(2).equals("}") ? "object" : "array")
          + ": check the brackets";
    }
    m = NAME_SURROGATE.matcher(original);
    if (m.matches()) {
      return "A property name has half of a character (the surrogate \\u"
          + m.group(1).toLowerCase(java.util.Locale.ROOT)
          + " without its pair): remove it, or write the whole character";
    }
    if (original.contains("surrogate") && original.contains("property name")) {
      return "A property name has half of a character (a surrogate without its pair): remove it,"
          + " or write the whole character";
    }
    return "The file is not valid JSON: " + clean(original);
  }

  private static final Pattern NAME_SURROGATE =
      Pattern.compile(".*surrogate in property name: 0x([0-9A-Fa-f]{1,4}).*", Pattern.DOTALL);

  private static String unexpectedCharacter(String c, int code, String rest) {
    String shown = code < 32 ? "U+" + String.format(java.util.Locale.ROOT, "%04X", code) : c;
    if (code == '/' || code == '#') {
      return "Comments are not allowed in the file: remove them";
    }
    if (code == '\'') {
      return "Texts and property names must be in double quotes (\"...\"), not single quotes";
    }
    if (rest.contains("in numeric value")) {
      if (code == '+') {
        return "A number starts with +: remove the plus sign";
      }
      return "A number is not complete before '"
          + shown
          + "': write digits after a minus sign, a decimal point or an exponent";
    }
    if (rest.contains("double-quote to start")) {
      if (code == '}') {
        return "A comma is followed by } : remove the comma after the last property";
      }
      if (code == ',') {
        return "Two commas follow each other: remove one";
      }
      return "Expected a property name in double quotes, found '" + shown + "'";
    }
    if (rest.contains("expected a valid value") || rest.contains("expected a value")) {
      if (code == ']') {
        return "A comma is followed by ] : remove the comma after the last element";
      }
      if (code == ',') {
        return "A value is missing before ',': remove the extra comma or add the value";
      }
      if (code == '.') {
        return "A number starts with '.': write a digit before the decimal point (0.5)";
      }
      return "Expected a value, found '" + shown + "'";
    }
    if (rest.contains("colon to separate")) {
      return "Expected ':' between a property name and its value, found '" + shown + "'";
    }
    if (rest.contains("comma to separate Object")) {
      return "Expected ',' or } after a property, found '" + shown + "': add the missing comma";
    }
    if (rest.contains("comma to separate Array")) {
      return "Expected ',' or ] after an element, found '" + shown + "': add the missing comma";
    }
    if (rest.contains("hex-digit")) {
      return "A \\u escape in a text needs four hexadecimal digits, found '" + shown + "'";
    }
    return "Unexpected '" + shown + "' here: the file is not valid JSON";
  }

  /** Keeps the first clause of an unknown message, without code points, hints and locations. */
  private static String clean(String original) {
    String s = original;
    int cut = s.indexOf(" (start marker at");
    if (cut < 0) {
      cut = s.indexOf(" at [Source");
    }
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    s = s.replaceAll(" \\(code \\d+\\)", "");
    s = s.replaceAll(":? ?enable `[^`]*` to allow", "");
    s = s.replaceAll("`[^`]*`", "");
    int newline = s.indexOf('\n');
    if (newline >= 0) {
      s = s.substring(0, newline);
    }
    return abbreviate(s.trim());
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  private static final Pattern TOKEN_LENGTH =
      Pattern.compile("^(Name|Number value) length \\((\\d+)\\).*", Pattern.DOTALL);

  private static final Pattern QUOTED_NON_STANDARD_TOKEN =
      Pattern.compile("^Non-standard token '([^']*)'.*", Pattern.DOTALL);

  /**
   * Jackson reports an over-long name or number, a non-standard token and a leading zero where it
   * stops reading them; such tokens never span lines, so they start a known number of characters
   * before.
   */
  static TokenStreamLocation startOfToken(String original, TokenStreamLocation location) {
    long length;
    Matcher m = TOKEN_LENGTH.matcher(original);
    Matcher token = QUOTED_NON_STANDARD_TOKEN.matcher(original);
    if (m.matches()) {
      length = Long.parseLong(m.group(2)) + (m.group(1).equals("Name") ? 2 : 0);
    } else if (token.matches()) {
      length = token.group(1).length();
    } else if (original.startsWith("Invalid numeric value: Leading zeroes")) {
      length = 1;
    } else {
      return location;
    }
    long column = location.getColumnNr() - length;
    if (location.getColumnNr() < 1 || column < 1) {
      return location;
    }
    return new TokenStreamLocation(
        location.contentReference(),
        -1L,
        location.getCharOffset() < 0 ? -1L : location.getCharOffset() - length,
        location.getLineNr(),
        (int) column);
  }

  /** The message of an exceeded limit of the parser, naming the limit of {@link JsonLimits}. */
  static String limitMessage(String original, JsonLimits limits) {
    if (original.startsWith("Document nesting depth")) {
      return "The document nests objects and arrays more than "
          + limits.maxNestingDepth()
          + " levels deep; the format needs at most 7 (limit maxNestingDepth)";
    }
    if (original.startsWith("Document length")) {
      return "The document is longer than "
          + limits.maxDocumentLength()
          + " characters (limit maxDocumentLength): split it, or raise the limit";
    }
    if (original.startsWith("String value length")) {
      return "A text is longer than "
          + limits.maxStringLength()
          + " characters (limit maxStringLength): shorten it";
    }
    if (original.startsWith("Number value length")) {
      return "A number is longer than "
          + limits.maxNumberLength()
          + " characters (limit maxNumberLength): write it with fewer digits";
    }
    if (original.startsWith("Name length")) {
      return "A property name is longer than "
          + limits.maxNameLength()
          + " characters (limit maxNameLength): shorten it";
    }
    return "The document exceeds a limit of the reader: split it, or raise the limits";
  }
}
