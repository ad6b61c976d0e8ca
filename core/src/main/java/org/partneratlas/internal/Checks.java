package org.partneratlas.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Map;
import java.util.regex.Pattern;

/** Argument checks shared by the value types, with messages a data steward can act on. */
public final class Checks {

  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private Checks() {}

  /**
   * Checks that a text is not blank.
   *
   * @param value the text
   * @param field the field name, for the message
   * @return the text
   */
  @CanIgnoreReturnValue
  public static String notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is blank: give a non-empty text");
    }
    return value;
  }

  /**
   * Checks host attribute keys and values.
   *
   * @param attributes the attributes
   */
  public static void attributes(Map<String, String> attributes) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (!ATTRIBUTE_KEY.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "Attribute key '"
                + e.getKey()
                + "' is not allowed: start with a letter or digit and use only letters, digits,"
                + " '.', '_', ':' and '-' (at most 128 characters)");
      }
    }
  }

  /**
   * Checks that a text is an absolute http, https or mailto URI.
   *
   * @param value the text
   * @return the text
   */
  @CanIgnoreReturnValue
  public static String url(String value) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(value);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + abbreviate(value) + "' is not a valid URL: " + e.getReason(), e);
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http")
            || scheme.equalsIgnoreCase("https")
            || scheme.equalsIgnoreCase("mailto"))) {
      throw new IllegalArgumentException(
          "'"
              + abbreviate(value)
              + "' is not a web address: give an absolute URL starting with https:// or http://");
    }
    return value;
  }

  /**
   * Shortens a text for an error message.
   *
   * @param value the text
   * @return the text, cut to 60 characters
   */
  public static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "...";
  }
}
