package org.partneratlas.theme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StandardThemes} holds exactly the ids of {@link ThemeCatalogue#standard()}, one constant
 * per id named by the rule (dots and hyphens become underscores, upper case), and its source is the
 * one {@link #source()} writes from the catalogue, Javadoc labels included, so the two cannot
 * drift.
 *
 * <p>After changing {@code standard-themes.tsv}, run this test: when the source is out of date it
 * writes the new one to {@code core/target/StandardThemes.java}; copy it over {@code
 * core/src/main/java/org/partneratlas/theme/StandardThemes.java}.
 */
class StandardThemesTest {

  private static final Path SOURCE =
      Path.of("src", "main", "java", "org", "partneratlas", "theme", "StandardThemes.java");
  private static final int MAX_LINE = 100;

  /** The constant's name for a theme id: dots and hyphens become underscores, upper case. */
  static String constantName(ThemeId id) {
    return id.value().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The ThemeId constants of StandardThemes, by name, in declaration order. */
  private static Map<String, ThemeId> constants() throws IllegalAccessException {
    Map<String, ThemeId> constants = new LinkedHashMap<>();
    for (Field field : StandardThemes.class.getDeclaredFields()) {
      if (field.isSynthetic()) {
        continue;
      }
      int modifiers = field.getModifiers();
      assertTrue(
          Modifier.isPublic(modifiers)
              && Modifier.isStatic(modifiers)
              && Modifier.isFinal(modifiers),
          field.getName() + " is public static final");
      assertEquals(ThemeId.class, field.getType(), field.getName() + " is a ThemeId");
      constants.put(field.getName(), (ThemeId) field.get(null));
    }
    return constants;
  }

  @Test
  void theConstantsAreExactlyTheCataloguesIdsNamedByTheRule() throws Exception {
    Map<String, ThemeId> expected = new LinkedHashMap<>();
    for (Theme theme : ThemeCatalogue.standard().themes()) {
      ThemeId previous = expected.put(constantName(theme.id()), theme.id());
      assertEquals(null, previous, "two ids give the constant name " + constantName(theme.id()));
    }
    Map<String, ThemeId> actual = constants();
    assertEquals(expected, actual, "no constant missing, none extra, each with its id");
    assertEquals(
        new ArrayList<>(expected.keySet()),
        new ArrayList<>(actual.keySet()),
        "in the catalogue's order");
    assertEquals(ThemeCatalogue.standard().size(), actual.size());
  }

  @Test
  void someConstantsByName() {
    assertEquals(ThemeId.of("culture"), StandardThemes.CULTURE);
    assertEquals(ThemeId.of("maritime.aquaculture"), StandardThemes.MARITIME_AQUACULTURE);
    assertEquals(ThemeId.of("energy.marine"), StandardThemes.ENERGY_MARINE);
    assertEquals(
        ThemeId.of("environment.management.river-basin"),
        StandardThemes.ENVIRONMENT_MANAGEMENT_RIVER_BASIN);
  }

  @Test
  void theClassCannotBeInstantiated() {
    assertTrue(Modifier.isFinal(StandardThemes.class.getModifiers()));
    for (Constructor<?> constructor : StandardThemes.class.getDeclaredConstructors()) {
      assertTrue(Modifier.isPrivate(constructor.getModifiers()), "the constructor is private");
    }
  }

  @Test
  void theSourceIsTheOneWrittenFromTheCatalogue() throws IOException {
    String expected = source();
    String actual = Files.readString(SOURCE, UTF_8);
    if (!expected.equals(actual)) {
      Path fresh = Path.of("target", "StandardThemes.java");
      Files.createDirectories(fresh.getParent());
      Files.writeString(fresh, expected, UTF_8);
      assertEquals(
          expected,
          actual,
          "StandardThemes.java is out of date with the catalogue: copy core/"
              + fresh
              + " over core/"
              + SOURCE);
    }
  }

  /** The Java source of StandardThemes, formatted as google-java-format leaves it. */
  static String source() {
    List<Theme> themes = ThemeCatalogue.standard().themes();
    StringBuilder out = new StringBuilder();
    out.append("package org.partneratlas.theme;\n\n");
    out.append("/**\n");
    fill(
        out,
        " *",
        "The ids of the {@linkplain ThemeCatalogue#standard() standard themes}, one constant per"
            + " theme, so that a query names a theme the compiler checks: {@code"
            + " atlas.query().onTheme(StandardThemes.ENERGY_MARINE)}. A constant's name is its id"
            + " with dots and hyphens turned into underscores, in upper case. Each is the {@link"
            + " ThemeId} of a theme of the catalogue, and its labels are the catalogue's.");
    out.append(" *\n");
    fill(
        out,
        " *",
        "<p>Written from the catalogue file {@code standard-themes.tsv} by {@code"
            + " StandardThemesTest}, which fails when the two differ. The constants are in the"
            + " catalogue's order, parents before children; each one's documentation gives the"
            + " theme's id and its English and French labels, so the field summary is the table of"
            + " the standard themes.");
    out.append(" */\n");
    out.append("public final class StandardThemes {\n\n");
    out.append("  private StandardThemes() {}\n");
    for (Theme theme : themes) {
      out.append('\n');
      String french = theme.labels().get("fr").map(fr -> " (fr: " + html(fr) + ")").orElse("");
      javadoc(out, "{@code " + theme.id() + "}: " + html(label(theme, "en")) + french + ".");
      String declaration = "  public static final ThemeId " + constantName(theme.id()) + " =";
      String value = "ThemeId.of(\"" + theme.id() + "\");";
      out.append(declaration)
          .append(declaration.length() + 1 + value.length() <= MAX_LINE ? " " : "\n      ")
          .append(value)
          .append('\n');
    }
    out.append("}\n");
    return out.toString();
  }

  private static String label(Theme theme, String language) {
    return theme.labels().get(language).orElse("");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A member's Javadoc at indent 2: on one line if it fits, else filled to 100 columns. */
  private static void javadoc(StringBuilder out, String text) {
    String oneLine = "  /** " + text + " */";
    if (oneLine.length() <= MAX_LINE) {
      out.append(oneLine).append('\n');
      return;
    }
    out.append("  /**\n");
    fill(out, "   *", text);
    out.append("   */\n");
  }

  /** Fills a paragraph of Javadoc to 100 columns, as google-java-format does. */
  private static void fill(StringBuilder out, String prefix, String text) {
    StringBuilder line = new StringBuilder(prefix);
    for (String word : words(text)) {
      if (line.length() + 1 + word.length() > MAX_LINE && line.length() > prefix.length()) {
        out.append(line).append('\n');
        line = new StringBuilder(prefix);
      }
      line.append(' ').append(word);
    }
    out.append(line).append('\n');
  }

  /** The words of a text, split at spaces. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : com.google.common.base.Splitter.on(' ').split(text)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
