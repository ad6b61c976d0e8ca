package org.partneratlas.json;

import org.jspecify.annotations.Nullable;
import org.partneratlas.common.LocalizedText;

/** A text by language: {@code {"en": "...", "fr": "..."}}, languages written in order. */
final class LocalizedTextCodec implements Codec<LocalizedText> {

  static final LocalizedTextCodec INSTANCE = new LocalizedTextCodec();

  private LocalizedTextCodec() {}

  @Override
  public @Nullable LocalizedText read(JsonCursor c) {
    return c.text();
  }

  @Override
  public void write(JsonOutput out, LocalizedText value) {
    out.text(value);
  }
}
