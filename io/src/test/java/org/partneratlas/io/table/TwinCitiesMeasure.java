package org.partneratlas.io.table;

import java.nio.file.Path;

/**
 * Measures the import of the twin-cities tables: {@code java -Xmx256m -cp ...
 * org.partneratlas.io.table.TwinCitiesMeasure ../shared/data/twin-cities}. Prints the time of each
 * of ten imports in one JVM and the heap used. Not a test: times are not asserted.
 */
final class TwinCitiesMeasure {

  private TwinCitiesMeasure() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/twin-cities");
    for (int i = 0; i < 10; i++) {
      long start = System.nanoTime();
      ImportResult result =
          TableImporter.standard()
              .importNodesAndLinks(dir.resolve("nodes.tsv"), dir.resolve("links.tsv"));
      long millis = (System.nanoTime() - start) / 1_000_000;
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "run %d: %d ms, %d territories, %d partnerships, heap used %d MB of %d MB%n",
          i + 1,
          millis,
          result.atlas().territories().size(),
          result.atlas().partnerships().size(),
          (rt.totalMemory() - rt.freeMemory()) >> 20,
          rt.maxMemory() >> 20);
    }
  }
}
