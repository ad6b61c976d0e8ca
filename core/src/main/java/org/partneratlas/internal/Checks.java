package org.partneratlas.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Argument checks shared by the value types, with messages a data steward can act on. */
public final class Checks {

  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  /**
   * The maximum length of a name, alias or label; published as {@code
   * LocalizedText.MAX_NAME_LENGTH}, which is defined from it, so that this package needs nothing
   * from the packages it serves.
   */
  public static final int MAX_NAME_LENGTH = 1_000;

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
   * Returns the message for a name, alias or label longer than {@link #MAX_NAME_LENGTH}.
   *
   * @param what the text at fault, such as {@code "the name in 'fr'"}
   * @param value the text
   * @return the message
   */
  public static String tooLong(String what, String value) {
    return what
        + " is "
        + String.format(Locale.ROOT, "%,d", value.length())
        + " characters long ('"
        + abbreviate(value)
        + "'): a name, alias or label has at most "
        + String.format(Locale.ROOT, "%,d", MAX_NAME_LENGTH)
        + " characters; shorten it, or put the text in a description";
  }

  /**
   * Checks host attribute keys and values.
   *
   * @param attributes the attributes
   */
  public static void attributes(Map<String, String> attributes) {
    attributes(attributes, "The attributes");
  }

  /**
   * Checks host attribute keys and values, and throws one exception listing every problem.
   *
   * @param attributes the attributes
   * @param entity the value checked, for the message, such as {@code "Party fr-brest"}
   */
  public static void attributes(Map<String, String> attributes, String entity) {
    Collector problems = new Collector(entity);
    attributes(attributes, problems);
    problems.throwIfAny();
  }

  /**
   * Checks host attribute keys and values, collecting every problem.
   *
   * @param attributes the attributes
   * @param problems where problems go
   */
  public static void attributes(Map<String, String> attributes, Collector problems) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (!ATTRIBUTE_KEY.matcher(e.getKey()).matches()) {
        problems.add(
            "Attribute key '"
                + abbreviate(e.getKey())
                + "' is not allowed: start with a letter or digit and use only letters, digits,"
                + " '.', '_', ':' and '-' (at most 128 characters)");
      }
    }
  }

  /**
   * Collects the problems of one value, so that its check reports all of them in one exception.
   *
   * <p>{@link #throwIfAny()} throws an {@link IllegalArgumentException} whose message is the one
   * problem's message, or, for several, {@code "<entity> has 3 problems: 1) ...; 2) ...; 3) ..."};
   * each problem is then also a {@linkplain Throwable#getSuppressed() suppressed} {@code
   * IllegalArgumentException} with its own message, so that a reader of files can report them one
   * by one.
   */
  public static final class Collector {
    private final String entity;
    private final java.util.List<String> messages = new java.util.ArrayList<>();

    /**
     * Returns a collector.
     *
     * @param entity the value checked, for the message, such as {@code "Territory fr-brest"}
     */
    public Collector(String entity) {
      this.entity = entity;
    }

    /**
     * Adds a problem.
     *
     * @param message what is wrong and how to fix it
     */
    public void add(String message) {
      messages.add(message);
    }

    /**
     * Adds a problem for each text longer than {@link #MAX_NAME_LENGTH}, such as {@code "Actor x:
     * the name in 'fr' is 1,200 characters long (...)"}.
     *
     * @param what the texts, for the message, such as {@code "the name"} or {@code "the label"}
     * @param byLanguage the texts, by language tag
     */
    public void checkLengths(String what, Map<String, String> byLanguage) {
      byLanguage.forEach(
          (tag, text) -> {
            if (text.length() > MAX_NAME_LENGTH) {
              add(entity + ": " + Checks.tooLong(what + " in '" + tag + "'", text));
            }
          });
    }

    /**
     * Runs a check that throws {@link IllegalArgumentException}, and adds its message as a problem.
     *
     * @param check the check
     */
    public void check(Runnable check) {
      try {
        check.run();
      } catch (IllegalArgumentException e) {
        if (e.getSuppressed().length > 0) {
          for (Throwable each : e.getSuppressed()) {
            messages.add(String.valueOf(each.getMessage()));
          }
        } else {
          messages.add(String.valueOf(e.getMessage()));
        }
      }
    }

    /** Throws one exception listing every problem added, if any. */
    public void throwIfAny() {
      if (messages.isEmpty()) {
        return;
      }
      if (messages.size() == 1) {
        throw new IllegalArgumentException(messages.get(0));
      }
      StringBuilder sb = new StringBuilder(entity).append(" has ").append(messages.size());
      sb.append(" problems: ");
      for (int i = 0; i < messages.size(); i++) {
        sb.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(messages.get(i));
      }
      IllegalArgumentException e = new IllegalArgumentException(sb.toString());
      for (String message : messages) {
        e.addSuppressed(new IllegalArgumentException(message));
      }
      throw e;
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
