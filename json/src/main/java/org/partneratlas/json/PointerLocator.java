package org.partneratlas.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the line and column of given JSON Pointers by a second streaming pass over a document that
 * can be read again (a string, bytes or a file). Only the subtrees on the way to a wanted pointer
 * are entered; the others are skipped without decoding.
 */
final class PointerLocator {

  private final Supplier<JsonParser> parsers;

  /**
   * Returns a locator.
   *
   * @param parsers opens a new parser on the document, each time from its start
   */
  PointerLocator(Supplier<JsonParser> parsers) {
    this.parsers = parsers;
  }

  /**
   * Returns the line and column of each pointer found.
   *
   * @param pointers JSON Pointers
   * @return {@code [line, column]} by pointer; pointers not found are absent
   */
  Map<String, int[]> locate(Set<String> pointers) {
    Set<String> prefixes = new HashSet<>();
    for (String pointer : pointers) {
      int slash = pointer.indexOf('/', 1);
      while (slash > 0) {
        prefixes.add(pointer.substring(0, slash));
        slash = pointer.indexOf('/', slash + 1);
      }
      prefixes.add(pointer);
    }
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser p = parsers.get()) {
      if (p.nextToken() != null) {
        walk(p, new StringBuilder(), pointers, prefixes, found);
      }
    } catch (JacksonException | java.io.UncheckedIOException e) {
      // The document was read once already; a failure here only loses precision.
    }
    return found;
  }

  private static void walk(
      JsonParser p,
      StringBuilder path,
      Set<String> pointers,
      Set<String> prefixes,
      Map<String, int[]> found) {
    String here = path.toString();
    if (pointers.contains(here)) {
      TokenStreamLocation at = p.currentTokenLocation();
      found.put(here, new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())});
    }
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    if (!here.isEmpty() && !prefixes.contains(here)) {
      p.skipChildren();
      return;
    }
    int length = path.length();
    if (token == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        path.append('/');
        Texts.escape(path, p.currentName());
        p.nextToken();
        walk(p, path, pointers, prefixes, found);
        path.setLength(length);
      }
    } else {
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        path.append('/').append(index++);
        walk(p, path, pointers, prefixes, found);
        path.setLength(length);
      }
    }
  }
}
