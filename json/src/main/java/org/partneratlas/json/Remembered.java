package org.partneratlas.json;

import tools.jackson.core.TokenStreamLocation;

/**
 * A value read that core checks only when it builds its entity (a link, a goal, a map key, a
 * language tag), with its JSON Pointer and where it starts, so that a build failure that quotes it
 * is reported at the value rather than at the entity.
 */
final class Remembered {
  final String text;
  final String pointer;
  final TokenStreamLocation location;

  Remembered(String text, String pointer, TokenStreamLocation location) {
    this.text = text;
    this.pointer = pointer;
    this.location = location;
  }

  /** Whether a message of core is about this value. */
  boolean isQuotedIn(String message) {
    String quoted = text.length() > 30 ? "'" + text.substring(0, 30) : "'" + text + "'";
    return message.contains(quoted)
        || message.startsWith(text + " ")
        || message.contains(": " + text + " ");
  }
}
