package org.partneratlas.json;

import static org.partneratlas.json.Property.optional;
import static org.partneratlas.json.Property.optionalScalar;
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
        optional(
            "publisher",
            c -> c.string("a publisher (a text)"),
            Source.Builder::publisher,
            (out, name, s) -> out.optional(name, s.publisher())),
        optionalScalar("date", ScalarCodec.DATE, Source.Builder::date, Source::date),
        optional(
            "url",
            JsonCursor::url,
            Source.Builder::url,
            (out, name, s) -> out.optional(name, s.url())),
        optional(
            "page",
            c -> c.string("a page (a text)"),
            Source.Builder::page,
            (out, name, s) -> out.optional(name, s.page())),
        optional(
            "note",
            c -> c.string("a note (a text)"),
            Source.Builder::note,
            (out, name, s) -> out.optional(name, s.note())));
  }
}
