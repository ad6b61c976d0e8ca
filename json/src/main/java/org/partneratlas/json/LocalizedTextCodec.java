package org.partneratlas.json;

import static org.partneratlas.json.Texts.surrogateMessage;
import static org.partneratlas.json.Texts.unpairedSurrogate;

import org.jspecify.annotations.Nullable;
import org.partneratlas.common.LocalizedText;

/**
 * A text by language: {@code {"en": "...", "fr": "..."}}, an object of BCP 47 language tags to
 * texts, languages written in order.
 */
final class LocalizedTextCodec implements Codec<LocalizedText> {

  static final LocalizedTextCodec INSTANCE = new LocalizedTextCodec();

  private LocalizedTextCodec() {}

  @Override
  public @Nullable LocalizedText read(JsonCursor c) {
    int before = c.problems.size();
    LocalizedText.Builder text = LocalizedText.builder();
    boolean ok =
        c.entries(
            "a text by language (an object such as {\"en\": \"...\", \"fr\": \"...\"})",
            "languages",
            (language, keyLocation) -> {
              String value = c.string("a text");
              if (value != null && unpairedSurrogate(language) >= 0) {
                c.problem(keyLocation, c.pointer(), surrogateMessage("The language tag", language));
              } else if (value != null) {
                try {
                  text.put(language, value);
                } catch (IllegalArgumentException e) {
                  c.problem(keyLocation, c.pointer(), String.valueOf(e.getMessage()));
                }
              }
            });
    return ok && c.problems.size() == before ? text.build() : null;
  }

  @Override
  public void write(JsonOutput out, LocalizedText value) {
    out.text(value);
  }
}
