package org.partneratlas.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.partneratlas.benchmarks.build.BuildBenchmark;
import org.partneratlas.benchmarks.heap.RetainedHeap;
import org.partneratlas.benchmarks.query.PartnershipsOfTerritoryBenchmark;
import org.partneratlas.benchmarks.report.Comparison;
import org.partneratlas.benchmarks.report.Figure;
import org.partneratlas.benchmarks.report.Figure.Direction;
import org.partneratlas.benchmarks.report.Measurement;
import org.partneratlas.benchmarks.report.Report;

/**
 * Runs every figure of the benchmark issue side by side and writes {@code results.json} and {@code
 * results.md}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [quick|full] [--out DIR] [--only 1,2,6]
 * </pre>
 *
 * <p>{@code quick} (the default) runs each benchmark in one fork with two warm-up and three
 * measurement iterations of one second, at 1,000,000 partnerships except the JSON figures
 * (100,000), and measures the heap three times; it takes about six minutes on two cores. {@code
 * full} runs three forks with five warm-up and five measurement iterations at 10,000, 100,000 and
 * 1,000,000 partnerships. Results go to {@code benchmarks/results} when run from the root of the
 * repository, else to {@code results}. For other JMH runs use {@code java -cp
 * benchmarks/target/benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class Main {

  private static final String MILLION = "1000000";

  /** The figures, in the order of the issue. */
  static final List<Figure> FIGURES =
      List.of(
          new Figure(
              "1",
              "Partnerships of a territory: index vs stream filter",
              "PartnershipsOfTerritoryBenchmark.indexed",
              "PartnershipsOfTerritoryBenchmark.streamFilter",
              Direction.SPEEDUP,
              1000.0),
          new Figure(
              "6a",
              "Build an Atlas from ready entities vs copy them into lists",
              "BuildBenchmark.buildAtlas",
              "BuildBenchmark.copyIntoLists",
              Direction.COST,
              3.0),
          new Figure(
              "6b",
              "Make the entities and build an Atlas vs make them into lists",
              "BuildBenchmark.makeAndBuildAtlas",
              "BuildBenchmark.makeIntoLists",
              Direction.COST,
              3.0),
          new Figure(
              "7",
              "Retained heap per partnership: built Atlas vs the entities in lists",
              "RetainedHeap.atlas",
              "RetainedHeap.lists",
              Direction.SCORE_AT_MOST,
              1024.0));

  /** A JMH run: one benchmark class, the sizes of each profile and the heap of its forks. */
  private record Group(
      String figures, Class<?> benchmark, List<String> quick, List<String> full, String heap) {}

  private static final List<Group> GROUPS =
      List.of(
          new Group(
              "1",
              PartnershipsOfTerritoryBenchmark.class,
              List.of(MILLION),
              List.of("10000", "100000", MILLION),
              "-Xmx6g"),
          new Group(
              "6", BuildBenchmark.class, List.of(MILLION), List.of("100000", MILLION), "-Xmx10g"));

  private Main() {}

  /**
   * Runs the benchmarks.
   *
   * @param args {@code quick} or {@code full}, {@code --out DIR}, {@code --only 1,2,6}
   * @throws Exception if a benchmark fails or the results cannot be written
   */
  public static void main(String[] args) throws Exception {
    String profile = "quick";
    Path out =
        Files.isDirectory(Path.of("benchmarks"))
            ? Path.of("benchmarks", "results")
            : Path.of("results");
    Set<String> only = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "quick", "full" -> profile = args[i];
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
        default -> {
          System.err.println(
              "Usage: java -jar benchmarks.jar [quick|full] [--out DIR] [--only 1,2,6]");
          System.exit(2);
        }
      }
    }
    boolean quick = profile.equals("quick");
    Instant start = Instant.now();
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("date", start.truncatedTo(ChronoUnit.SECONDS).toString());
    environment.put("profile", profile);
    environment.put(
        "command", "java -jar benchmarks/target/benchmarks.jar " + String.join(" ", args));
    environment.put("cores", Runtime.getRuntime().availableProcessors());
    environment.put(
        "jdk",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
    environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    environment.put("loadAverageAtStart", loadAverage());
    environment.put(
        "jmh",
        quick
            ? "1 fork, 2 warm-up x 1 s, 3 measurement x 1 s, average time"
            : "3 forks, 5 warm-up x 1 s, 5 measurement x 1 s, average time");

    List<Measurement> measurements = new ArrayList<>();
    for (Group group : GROUPS) {
      if (!selected(only, group.figures())) {
        continue;
      }
      measurements.addAll(runJmh(group, quick));
    }
    if (selected(only, "7")) {
      measurements.addAll(measureHeap(MILLION, quick ? 3 : 5));
    }

    List<Comparison> comparisons = new ArrayList<>();
    for (Figure figure : FIGURES) {
      for (Measurement library : measurements) {
        if (!library.benchmark().equals(figure.library())) {
          continue;
        }
        for (Measurement baseline : measurements) {
          if (baseline.benchmark().equals(figure.baseline()) && baseline.size() == library.size()) {
            comparisons.add(figure.compare(library, baseline));
          }
        }
      }
    }
    environment.put("loadAverageAtEnd", loadAverage());
    environment.put(
        "duration",
        Duration.between(start, Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString());
    Report report = new Report(environment, measurements, comparisons);
    report.write(out);
    System.out.println();
    System.out.println(report.markdown());
    System.out.println(
        "Written to " + out.toAbsolutePath().resolve("results.json") + " and results.md");
  }

  private static boolean selected(Set<String> only, String figures) {
    if (only.isEmpty()) {
      return true;
    }
    for (String figure : figures.split(",")) {
      if (only.contains(figure)) {
        return true;
      }
    }
    return false;
  }

  private static List<Measurement> runJmh(Group group, boolean quick) throws RunnerException {
    List<String> sizes = quick ? group.quick() : group.full();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("\\." + group.benchmark().getSimpleName() + "\\.")
            .param("size", sizes.toArray(new String[0]))
            .forks(quick ? 1 : 3)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1))
            .jvmArgsAppend(group.heap())
            .shouldFailOnError(true);
    List<Measurement> measurements = new ArrayList<>();
    for (RunResult result : new Runner(options.build()).run()) {
      String name = result.getParams().getBenchmark();
      String[] parts = name.split("\\.");
      String size = result.getParams().getParam("size");
      measurements.add(
          new Measurement(
              parts[parts.length - 2] + "." + parts[parts.length - 1],
              size == null ? 0 : Long.parseLong(size),
              result.getPrimaryResult().getScore(),
              result.getPrimaryResult().getScoreError(),
              result.getPrimaryResult().getScoreUnit(),
              (int) result.getPrimaryResult().getSampleCount()));
    }
    return measurements;
  }

  /** Runs {@link RetainedHeap} in a JVM of its own and averages its repetitions. */
  private static List<Measurement> measureHeap(String size, int repetitions)
      throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command =
        List.of(
            java,
            "-Xmx8g",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            RetainedHeap.class.getName(),
            size,
            Integer.toString(repetitions));
    System.out.println("# Retained heap: " + String.join(" ", command));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, List<Long>> bytes = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        System.out.println(line);
        String[] cells = line.split(" ");
        if (cells.length == 4 && (cells[0].equals("atlas") || cells[0].equals("lists"))) {
          bytes.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(Long.parseLong(cells[3]));
        }
      }
    }
    if (process.waitFor() != 0 || bytes.size() != 2) {
      throw new IllegalStateException("The heap measurement failed: see its output above");
    }
    long partnerships = Long.parseLong(size);
    List<Measurement> measurements = new ArrayList<>();
    bytes.forEach(
        (kind, values) -> {
          double mean = values.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
          long min = values.stream().mapToLong(Long::longValue).min().orElse(0);
          long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
          measurements.add(
              new Measurement(
                  "RetainedHeap." + kind,
                  partnerships,
                  mean / partnerships,
                  (max - min) / 2.0 / partnerships,
                  "B/partnership",
                  values.size()));
        });
    return measurements;
  }

  private static @Nullable String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? null : String.format(Locale.ROOT, "%.2f", load);
  }
}
