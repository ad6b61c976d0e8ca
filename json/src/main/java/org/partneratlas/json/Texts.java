package org.partneratlas.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/** Text helpers shared by reading and writing: surrogates, abbreviations, pointer segments. */
final class Texts {

  private Texts() {}

  /**
   * Returns the index of the first unpaired UTF-16 surrogate in a text, or -1: such a text (written
   * in JSON as an escape such as {@code \\ud800} without its pair) cannot be written as UTF-8.
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The message for a text with an unpaired surrogate. */
  static String surrogateMessage(String what, String text) {
    int at = unpairedSurrogate(text);
    return what
        + " '"
        + abbreviate(text.substring(0, at))
        + "...' has half of a character (the surrogate \\u"
        + String.format(java.util.Locale.ROOT, "%04x", (int) text.charAt(at))
        + " without its pair) at character "
        + (at + 1)
        + ": remove it, or write the whole character";
  }

  /** A text shortened to 60 characters for messages. */
  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  /** Appends a JSON Pointer segment, escaping {@code ~} and {@code /} (RFC 6901). */
  static void escape(StringBuilder sb, String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }

  /** Names a token for messages: "an object", "a text". */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
