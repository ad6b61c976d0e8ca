package org.partneratlas.json;

import static org.partneratlas.json.Texts.abbreviate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.partneratlas.common.LanguageTags;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The readers of {@link JsonCursor} for numbers, enumerations and language tags, which check more
 * than the token type; each records its problem on the cursor and returns null.
 */
final class Primitives {

  private Primitives() {}

  private static final Map<Class<?>, String> ENUM_VALUES = new ConcurrentHashMap<>();

  /** The constants of each enumeration by name, filled once, then only read. */
  private static final ClassValue<TextTable> ENUM_TABLES =
      new ClassValue<>() {
        @Override
        protected TextTable computeValue(Class<?> type) {
          TextTable table = new TextTable();
          for (Object constant : type.getEnumConstants()) {
            table.put(((Enum<?>) constant).name(), constant);
          }
          return table;
        }
      };

  static <E extends Enum<E>> @Nullable E enumValue(JsonCursor c, Class<E> type, String what) {
    JsonParser p = c.p;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // A constant's name, found by the parser's characters without making a string of them.
      Object constant =
          ENUM_TABLES
              .get(type)
              .get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (constant != null) {
        return type.cast(constant);
      }
    }
    String text = c.string(what + " (a text)");
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String values =
        ENUM_VALUES.computeIfAbsent(
            type,
            t ->
                Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
    c.problemHere(
        "'" + abbreviate(text) + "' is not " + what + ": use one of " + values + " (upper case)");
    return null;
  }

  /**
   * Reads a whole number. As in JSON Schema, a number with a zero fraction ({@code 2018.0}, {@code
   * 2.018e3}) is a whole number.
   */
  static @Nullable Long wholeNumber(JsonCursor c, String what, long min, long max) {
    JsonParser p = c.p;
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      c.expected(what + " (a whole number)");
      return null;
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = p.getLongValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
    }
    String text = p.getString();
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      c.problemHere("Expected a whole number for " + c.here() + ", found " + abbreviate(text));
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      c.problemHere(
          "Expected "
              + what
              + " (a whole number) for "
              + c.here()
              + ", found "
              + abbreviate(text)
              + ": write it without a fraction");
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      c.problemHere("The number " + abbreviate(text) + " is too large for " + what);
      return null;
    }
    return value.longValueExact();
  }

  static @Nullable Double doubleValue(JsonCursor c, String what) {
    JsonParser p = c.p;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = p.getDoubleValue();
      if (Double.isInfinite(value)) {
        c.problemHere(
            "The number " + abbreviate(p.getString()) + " is too large for " + what + ": check it");
        return null;
      }
      return value;
    }
    c.expected(what + " (a number)");
    return null;
  }

  /**
   * Reads a BCP 47 language tag in any letter case, as its canonical form ({@code "ES-ar"} gives
   * {@code "es-AR"}): the one rule for codes and tags of docs/glossary.md, as for the languages of
   * texts and for country codes.
   */
  static @Nullable String languageTag(JsonCursor c) {
    JsonParser p = c.p;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      c.remember(p.getString(), p.currentTokenLocation());
    }
    return c.parsed("a BCP 47 language tag (a text such as \"fr\")", LanguageTags::canonical);
  }
}
