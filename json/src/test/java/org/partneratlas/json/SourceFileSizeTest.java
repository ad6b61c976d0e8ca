package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the house easy to read (issue 11): no source file of the core and json modules is over
 * {@value #MAX_LINES} lines. Run from the json module's folder, as Maven runs it.
 */
class SourceFileSizeTest {

  static final int MAX_LINES = 500;

  @Test
  void noSourceFileOfCoreOrJsonIsOverFiveHundredLines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    int files = 0;
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
      assertTrue(Files.isDirectory(root), root.toAbsolutePath()::toString);
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          long lines = Files.readAllLines(file).size();
          if (lines > MAX_LINES) {
            tooLong.add(file + ": " + lines + " lines");
          }
        }
      }
    }
    assertTrue(files > 100, "found only " + files + " source files");
    assertEquals(List.of(), tooLong, "split these files by concept");
  }
}
