package org.partneratlas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partneratlas.io.table.ImportResult;
import org.partneratlas.io.table.TableFormat;
import org.partneratlas.io.table.TableImporter;
import org.partneratlas.io.wikidata.WikidataDump;

/** Imports tell their listener how far they have gone, seldom, in order, and up to the end. */
class ImportProgressTest {

  /** One call of a listener. */
  private record Call(long rows, long bytes, OptionalLong total) {}

  /** A listener that records its calls. */
  private static final class Recorder implements ImportProgress {
    final List<Call> calls = new ArrayList<>();

    @Override
    public void rowsRead(long rows, long bytesRead, OptionalLong totalBytes) {
      calls.add(new Call(rows, bytesRead, totalBytes));
    }

    Call last() {
      return calls.get(calls.size() - 1);
    }

    /** Both counts never decrease, the total never changes, and calls are seldom. */
    void assertMonotonicAndSeldom(long rows, long tables) {
      assertTrue(calls.size() <= rows / ImportProgress.INTERVAL + tables, calls::toString);
      for (int i = 1; i < calls.size(); i++) {
        Call before = calls.get(i - 1);
        Call after = calls.get(i);
        assertTrue(after.rows() >= before.rows(), calls::toString);
        assertTrue(after.bytes() >= before.bytes(), calls::toString);
        assertEquals(before.total(), after.total());
      }
    }
  }

  /** Made-up nodes and links tables: 2,500 towns on a line, each linked to the next. */
  private static void writeTables(Path nodes, Path links) throws IOException {
    StringBuilder n = new StringBuilder("id\tname\tlng\tlat\tcountry\tcountrycd\tcontinent\n");
    StringBuilder l = new StringBuilder("source\ttarget\n");
    for (int i = 1; i <= 2_500; i++) {
      n.append(
          String.format(
              Locale.ROOT, "Q%d\tTown %d\t%.3f\t45.0\tFrance\tFR\tEurope%n", i, i, i * 0.001));
      if (i > 1) {
        l.append("Q").append(i - 1).append("\tQ").append(i).append('\n');
      }
    }
    Files.writeString(nodes, n, UTF_8);
    Files.writeString(links, l, UTF_8);
  }

  @Test
  void aTableImportIsToldEveryThousandRowsAndEndsAtTheFileSizes(@TempDir Path dir)
      throws IOException {
    Path nodes = dir.resolve("nodes.tsv");
    Path links = dir.resolve("links.tsv");
    writeTables(nodes, links);
    Recorder recorder = new Recorder();
    ImportResult result =
        TableImporter.builder().progress(recorder).build().importNodesAndLinks(nodes, links);
    long rows = result.report().rows().size();
    assertEquals(2_500 + 2_499, rows);
    long size = Files.size(nodes) + Files.size(links);
    recorder.assertMonotonicAndSeldom(rows, 2);
    assertEquals(new Call(rows, size, OptionalLong.of(size)), recorder.last());
    // The end of the nodes table, then of the links table.
    assertTrue(recorder.calls.contains(new Call(2_500, Files.size(nodes), OptionalLong.of(size))));
    assertEquals(List.of(1_000L, 2_000L, 2_500L, 3_000L, 4_000L, 4_999L), rowsOf(recorder));
  }

  @Test
  void aStreamHasNoKnownTotal(@TempDir Path dir) throws IOException {
    Path nodes = dir.resolve("nodes.tsv");
    Path links = dir.resolve("links.tsv");
    writeTables(nodes, links);
    Recorder recorder = new Recorder();
    var unused =
        TableImporter.builder()
            .progress(recorder)
            .build()
            .importNodesAndLinks(
                "nodes.tsv",
                new ByteArrayInputStream(Files.readAllBytes(nodes)),
                "links.tsv",
                new ByteArrayInputStream(Files.readAllBytes(links)),
                TableFormat.TSV);
    recorder.assertMonotonicAndSeldom(4_999, 2);
    assertEquals(
        new Call(4_999, Files.size(nodes) + Files.size(links), OptionalLong.empty()),
        recorder.last());
  }

  @Test
  void theDefaultListenerIsSilentAndTheImportTheSame(@TempDir Path dir) throws IOException {
    Path nodes = dir.resolve("nodes.tsv");
    Path links = dir.resolve("links.tsv");
    writeTables(nodes, links);
    Recorder recorder = new Recorder();
    assertEquals(
        TableImporter.standard().importNodesAndLinks(nodes, links).atlas(),
        TableImporter.builder()
            .progress(recorder)
            .build()
            .importNodesAndLinks(nodes, links)
            .atlas());
  }

  private static List<Long> rowsOf(Recorder recorder) {
    List<Long> rows = new ArrayList<>();
    recorder.calls.forEach(c -> rows.add(c.rows()));
    return rows;
  }

  /** A made-up dump: the array lines and 2,345 minimal items, one per line. */
  private static byte[] dump() {
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 1; i <= 2_345; i++) {
      sb.append("{\"type\":\"item\",\"id\":\"Q")
          .append(i)
          .append("\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Item ")
          .append(i)
          .append("\"}},\"claims\":{}}")
          .append(i < 2_345 ? ",\n" : "\n");
    }
    return sb.append("]\n").toString().getBytes(UTF_8);
  }

  @Test
  void aDumpIsToldItsLinesAndEndsAtTheFileSize(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dump.json");
    Files.write(file, dump());
    Recorder recorder = new Recorder();
    long items = WikidataDump.read(file, recorder, e -> {});
    assertEquals(2_345, items);
    recorder.assertMonotonicAndSeldom(2_347, 1);
    long size = Files.size(file);
    assertEquals(new Call(2_347, size, OptionalLong.of(size)), recorder.last());
    assertEquals(List.of(1_000L, 2_000L, 2_347L), rowsOf(recorder));
  }

  @Test
  void aCompressedDumpIsToldTheBytesOfTheFileAsItIsOnDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dump.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(dump());
    }
    Recorder recorder = new Recorder();
    List<String> ids = new ArrayList<>();
    long items = WikidataDump.readItemsWithTwins(file, recorder, e -> ids.add(e.id()));
    assertEquals(0, items, "no item has a P190 statement");
    recorder.assertMonotonicAndSeldom(2_347, 1);
    long size = Files.size(file);
    assertTrue(size < dump().length / 5, "compressed: " + size);
    assertEquals(new Call(2_347, size, OptionalLong.of(size)), recorder.last());
  }

  @Test
  void aDumpStreamHasNoKnownTotal() {
    Recorder recorder = new Recorder();
    byte[] bytes = dump();
    long items = WikidataDump.read(new ByteArrayInputStream(bytes), recorder, e -> {});
    assertEquals(2_345, items);
    assertEquals(new Call(2_347, bytes.length, OptionalLong.empty()), recorder.last());
  }
}
