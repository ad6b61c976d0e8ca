/**
 * Partner Atlas I/O: real data in and out of an Atlas. Spreadsheet tables (CSV and TSV, UTF-8 with
 * or without a byte order mark) are imported with reconciliation and a report that accounts for
 * every row, and exported as flat tables; Wikidata's JSON entities and dumps are read, streamed.
 *
 * <p>The entry points are {@link org.partneratlas.io.table.TableImporter} and {@link
 * org.partneratlas.io.table.TableExporter} for tables, {@link
 * org.partneratlas.io.wikidata.WikidataDump} for Wikidata, {@link
 * org.partneratlas.io.graph.GraphMl} for network tools (Gephi, yEd); long imports tell an {@link
 * org.partneratlas.io.ImportProgress} how far they have gone.
 */
module org.partneratlas.io {
  requires transitive org.partneratlas.core;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.databind;
  requires tools.jackson.core;
  requires java.xml;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.partneratlas.io;
  exports org.partneratlas.io.graph;
  exports org.partneratlas.io.table;
  exports org.partneratlas.io.wikidata;
}
