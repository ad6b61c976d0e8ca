package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalScalar;
import static org.partneratlas.json.Property.optionalString;
import static org.partneratlas.json.Property.required;

import org.partneratlas.common.Source;

/** A source: {@code {"title": ..., "publisher": ..., "date": ..., "url": ..., ...}}. */
final class SourceCodec extends ObjectCodec<Source, Source.Builder> {

  static final SourceCodec INSTANCE = new SourceCodec();

  private SourceCodec() {
    super(
        "a source",
        Source::builder,
        Source.Builder::build,
        required(
            "title",
            c -> c.string("a title (a text)"),
            Source.Builder::title,
            (out, name, s) -> out.string(name, s.title())),
        optionalString(
            "publisher", "a publisher (a text)", Source.Builder::publisher, Source::publisher),
        optionalScalar("date", ScalarCodec.DATE, Source.Builder::date, Source::date),
        optional(
            "url",
            Primitives::url,
            Source.Builder::url,
            (out, name, s) -> out.optional(name, s.url())),
        optionalString("page", "a page (a text)", Source.Builder::page, Source::page),
        optionalString("note", "a note (a text)", Source.Builder::note, Source::note));
  }
}
