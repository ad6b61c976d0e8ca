/**
 * Wikidata in: entities in the canonical Wikibase JSON format, one document or a dump streamed one
 * entity per line ({@link org.partneratlas.io.wikidata.WikidataDump}), read into {@link
 * org.partneratlas.io.wikidata.WikidataEntity} values with their labels and aliases in every
 * language, country (P17), ISO code (P297), coordinates (P625), instance of (P31) and twinned
 * administrative bodies (P190, {@link org.partneratlas.io.wikidata.WikidataTwin}) with start and
 * end times (P580, P582) and references; an Atlas of twinnings made from them with a report and a
 * reconciliation of both sides ({@link org.partneratlas.io.wikidata.WikidataAtlas}); and
 * QuickStatements for the twinnings Wikidata lacks ({@link
 * org.partneratlas.io.wikidata.QuickStatements}).
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.io.wikidata;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
