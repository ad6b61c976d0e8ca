package org.partneratlas.benchmarks;

import com.google.common.base.Splitter;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.partneratlas.benchmarks.build.BuildBenchmark;
import org.partneratlas.benchmarks.build.MakeAndBuildBenchmark;
import org.partneratlas.benchmarks.heap.RetainedHeap;
import org.partneratlas.benchmarks.json.ReadBenchmark;
import org.partneratlas.benchmarks.json.WriteBenchmark;
import org.partneratlas.benchmarks.query.CompoundQueryBenchmark;
import org.partneratlas.benchmarks.query.MostPartnershipsBenchmark;
import org.partneratlas.benchmarks.query.NameLookupBenchmark;
import org.partneratlas.benchmarks.query.PartnershipsOfTerritoryBenchmark;
import org.partneratlas.benchmarks.report.Comparison;
import org.partneratlas.benchmarks.report.Figure;
import org.partneratlas.benchmarks.report.Figure.Direction;
import org.partneratlas.benchmarks.report.Measurement;
import org.partneratlas.benchmarks.report.Report;
import org.partneratlas.benchmarks.synthetic.Fixtures;
import org.partneratlas.benchmarks.synthetic.SyntheticAtlas;

/**
 * Runs every figure of the benchmark issue side by side and writes {@code results.json} and {@code
 * results.md}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [quick|full] [--out DIR] [--only 1,2,6] [--size N]
 * </pre>
 *
 * <p>{@code quick} (the default) runs two JVMs: one at 1,000,000 partnerships that measures the
 * retained heap while making the atlas, then runs figures 1, 1h, 2, 2h, 3, 8h and 6a on it; one at
 * 100,000 for figures 4, 5 and 6b. In each, the iterations are as each benchmark class's {@code
 * Warmup} and {@code Measurement} say: 3 warm-up and 10 measurement iterations of half a second for
 * the queries (2 and 6 for the top 10, whose H2 side takes seconds per call), 2 and 8 of one second
 * for JSON, 1 and 5 for the 1,000,000 build, 2 and 6 for 6b; with three measurement iterations
 * JMH's 99.9% error was 18 standard deviations of the mean, with ten it is under two. It takes
 * eight to ten minutes on two cores. {@code full} runs every benchmark in two JMH forks with three
 * warm-up and five measurement iterations at 10,000, 100,000 and 1,000,000 partnerships, and
 * measures the heap in a JVM of its own; it takes hours. Results go to {@code benchmarks/results}
 * when run from the root of the repository, else to {@code results}. For other JMH runs use {@code
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class Main {

  private static final String MILLION = "1000000";
  private static final String GROUP_OPTION = "--group";
  private static final String MEASUREMENT = "MEASUREMENT";

  /** The figures, in the order of the issue. */
  static final List<Figure> FIGURES =
      List.of(
          new Figure(
              "1",
              "Partnerships of a territory: index vs stream filter",
              "PartnershipsOfTerritoryBenchmark.indexed",
              "PartnershipsOfTerritoryBenchmark.streamFilter",
              Direction.SPEEDUP,
              100_000.0),
          new Figure(
              "1h",
              "Partnerships of a territory: index vs a prepared statement in H2",
              "PartnershipsOfTerritoryBenchmark.indexed",
              "PartnershipsOfTerritoryBenchmark.h2",
              Direction.SPEEDUP,
              1.0),
          new Figure(
              "2",
              "Compound query (theme, active in a year, country): index vs stream filters",
              "CompoundQueryBenchmark.indexed",
              "CompoundQueryBenchmark.streamFilter",
              Direction.SPEEDUP,
              2000.0),
          new Figure(
              "2h",
              "Compound query (theme, active in a year, country): index vs a prepared statement in"
                  + " H2",
              "CompoundQueryBenchmark.indexed",
              "CompoundQueryBenchmark.h2",
              Direction.SPEEDUP,
              1.0),
          new Figure(
              "3a",
              "Territories by name ignoring case and accents: index vs linear normalised scan",
              "NameLookupBenchmark.indexed",
              "NameLookupBenchmark.linearScan",
              Direction.SPEEDUP,
              null),
          new Figure(
              "3b",
              "Territories by name: index vs linear scan of names folded beforehand",
              "NameLookupBenchmark.indexed",
              "NameLookupBenchmark.linearScanPrefolded",
              Direction.SPEEDUP,
              null),
          new Figure(
              "4a",
              "Read a whole atlas (validated, indexed) vs Jackson databind into plain records",
              "ReadBenchmark.atlasJson",
              "ReadBenchmark.jacksonRecords",
              Direction.SPEEDUP,
              1.0),
          new Figure(
              "4b",
              "Read a whole atlas vs a bare token scan (the floor)",
              "ReadBenchmark.atlasJson",
              "ReadBenchmark.tokenScan",
              Direction.SPEEDUP,
              0.3),
          new Figure(
              "5",
              "Write a whole atlas vs Jackson databind from plain records",
              "WriteBenchmark.atlasJson",
              "WriteBenchmark.jacksonRecords",
              Direction.SPEEDUP,
              1.0),
          new Figure(
              "6a",
              "Build an Atlas from ready entities vs copy them into lists",
              "BuildBenchmark.buildAtlas",
              "BuildBenchmark.copyIntoLists",
              Direction.SCORE_AT_MOST,
              1500.0),
          new Figure(
              "6c",
              "Build an Atlas on two threads (parallelOn the common pool) vs copy into lists",
              "BuildBenchmark.buildAtlasOnTwoThreads",
              "BuildBenchmark.copyIntoLists",
              Direction.SCORE_AT_MOST,
              1500.0),
          new Figure(
              "6b",
              "Make the entities and build an Atlas vs make them into lists",
              "MakeAndBuildBenchmark.makeAndBuildAtlas",
              "MakeAndBuildBenchmark.makeIntoLists",
              Direction.COST,
              1.5),
          new Figure(
              "8h",
              "Top 10 territories by number of partnerships: territory index vs GROUP BY in H2",
              "MostPartnershipsBenchmark.library",
              "MostPartnershipsBenchmark.h2",
              Direction.SPEEDUP,
              1.0),
          new Figure(
              "7",
              "Retained heap per partnership: built Atlas vs the entities in lists",
              "RetainedHeap.atlas",
              "RetainedHeap.lists",
              Direction.SCORE_AT_MOST,
              1024.0),
          new Figure(
              "7b",
              "Retained heap per partnership, references sharing the referenced entity's id",
              "RetainedHeap.atlasSharedIds",
              "RetainedHeap.listsSharedIds",
              Direction.SCORE_AT_MOST,
              1024.0));

  /**
   * The benchmarks of some figures, run together: in the quick profile in one JVM of their own that
   * makes the synthetic data once for all of them (and, for the large group, measures the heap
   * while making it); in the full profile in JMH forks.
   *
   * @param name the name of the group
   * @param figures the figures it measures
   * @param benchmarks the benchmark classes, in the order they run
   * @param quick the size in the quick profile
   * @param full the sizes in the full profile
   * @param heap the heap option of its JVMs
   * @param measuresHeap whether the quick profile measures the heap (figure 7) in its JVM
   */
  private record Group(
      String name,
      String figures,
      List<Class<?>> benchmarks,
      String quick,
      List<String> full,
      String heap,
      boolean measuresHeap) {}

  private static final List<Group> GROUPS =
      List.of(
          new Group(
              "large",
              "1,1h,2,2h,3a,3b,6a,6c,7,8h",
              // The build last: it leaves garbage behind that would disturb the queries.
              List.of(
                  PartnershipsOfTerritoryBenchmark.class,
                  CompoundQueryBenchmark.class,
                  MostPartnershipsBenchmark.class,
                  NameLookupBenchmark.class,
                  BuildBenchmark.class),
              MILLION,
              List.of("10000", "100000", MILLION),
              "-Xmx12g",
              true),
          new Group(
              "medium",
              "4a,4b,5,6b",
              List.of(ReadBenchmark.class, WriteBenchmark.class, MakeAndBuildBenchmark.class),
              "100000",
              List.of("10000", "100000", MILLION),
              "-Xmx8g",
              false));

  private Main() {}

  /**
   * Runs the benchmarks.
   *
   * @param args {@code quick} or {@code full}, {@code --out DIR}, {@code --only 1,2,6}, and, for
   *     trying the runner out, {@code --size N} to run every figure at N partnerships
   * @throws Exception if a benchmark fails or the results cannot be written
   */
  public static void main(String[] args) throws Exception {
    String profile = "quick";
    Path out =
        Files.isDirectory(Path.of("benchmarks"))
            ? Path.of("benchmarks", "results")
            : Path.of("results");
    Set<String> only = new LinkedHashSet<>();
    String inJvm = null;
    String size = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "quick", "full" -> profile = args[i];
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
        case GROUP_OPTION -> inJvm = args[++i];
        case "--size" -> size = args[++i];
        default -> {
          System.err.println(
              "Usage: java -jar benchmarks.jar [quick|full] [--out DIR] [--only 1,2,6] [--size N]");
          System.exit(2);
        }
      }
    }
    boolean quick = profile.equals("quick");
    if (inJvm != null) {
      runGroupHere(inJvm, size, only);
      return;
    }
    Instant start = Instant.now();
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("date", start.truncatedTo(ChronoUnit.SECONDS).toString());
    environment.put("profile", profile);
    environment.put(
        "command",
        ("java -jar benchmarks/target/benchmarks.jar " + String.join(" ", args)).strip());
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
            ? "one JVM per group of figures (JMH forks 0 in it), warm-up and measurement"
                + " iterations as each class says (queries 3 + 10 x 0.5 s, top 10 2 + 6 x 0.5 s,"
                + " JSON 2 + 8 x 1 s, 6a 1 + 5 x 1 s, 6b 2 + 6 x 1 s), average time; heap measured"
                + " once, with G1, at the start of the 1,000,000 group"
            : "2 forks per benchmark, 3 warm-up x 1 s, 5 measurement x 1 s, average time; heap"
                + " measured 3 times in a JVM of its own with the serial collector");

    List<Measurement> measurements = new ArrayList<>();
    for (Group group : GROUPS) {
      if (!selected(only, group.figures())) {
        continue;
      }
      measurements.addAll(
          quick ? runGroupInChild(group, size, only) : runJmh(group, false, size, only));
    }
    if (!quick && selected(only, "7")) {
      // The quick profile measures the heap in the JVM of the large group.
      String partnerships = size == null ? MILLION : size;
      measurements.addAll(measureHeap(partnerships, 3, SyntheticAtlas.References.FRESH));
      measurements.addAll(measureHeap(partnerships, 1, SyntheticAtlas.References.SHARED));
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

  /**
   * Whether some of the figures (ids separated by commas) are selected: a selected "2" selects "2"
   * and "2h", a selected "4" selects "4a" and "4b".
   */
  private static boolean selected(Set<String> only, String figures) {
    if (only.isEmpty()) {
      return true;
    }
    for (String figure : Splitter.on(',').split(figures)) {
      for (String wanted : only) {
        if (figure.equals(wanted)
            || (figure.startsWith(wanted) && !Character.isDigit(figure.charAt(wanted.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The figures a benchmark class measures (as the library's side or the baseline's). */
  private static String figuresOf(Class<?> benchmark) {
    List<String> figures = new ArrayList<>();
    String prefix = benchmark.getSimpleName() + ".";
    for (Figure figure : FIGURES) {
      if (figure.library().startsWith(prefix) || figure.baseline().startsWith(prefix)) {
        figures.add(figure.figure());
      }
    }
    return String.join(",", figures);
  }

  /**
   * Runs a group in a JVM of its own, with the heap the group needs, and reads back its
   * measurements.
   */
  private static List<Measurement> runGroupInChild(
      Group group, @Nullable String size, Set<String> only)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                group.heap(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "quick",
                GROUP_OPTION,
                group.name()));
    if (size != null) {
      command.add("--size");
      command.add(size);
    }
    if (!only.isEmpty()) {
      command.add("--only");
      command.add(String.join(",", only));
    }
    List<Measurement> measurements = new ArrayList<>();
    int exit =
        runChild(
            command,
            line -> {
              if (line.startsWith(MEASUREMENT)) {
                List<String> cells = Splitter.on('\t').splitToList(line);
                measurements.add(
                    new Measurement(
                        cells.get(1),
                        Long.parseLong(cells.get(2)),
                        Double.parseDouble(cells.get(3)),
                        Double.parseDouble(cells.get(4)),
                        cells.get(5),
                        Integer.parseInt(cells.get(6))));
              }
            });
    if (exit != 0 || measurements.isEmpty()) {
      throw new IllegalStateException(
          "The benchmarks of figures " + group.figures() + " failed: see their output above");
    }
    return measurements;
  }

  /** In the JVM made by {@link #runGroupInChild}: runs the group without forks, prints results. */
  private static void runGroupHere(String name, @Nullable String size, Set<String> only)
      throws RunnerException {
    for (Group group : GROUPS) {
      if (group.name().equals(name)) {
        List<Measurement> measurements = new ArrayList<>();
        if (group.measuresHeap() && selected(only, "7")) {
          int partnerships = Integer.parseInt(size != null ? size : group.quick());
          Fixtures.keep(
              RetainedHeap.measure(
                  partnerships,
                  1,
                  SyntheticAtlas.References.FRESH,
                  (kind, repetition, bytes) ->
                      measurements.add(
                          new Measurement(
                              "RetainedHeap." + kind,
                              partnerships,
                              (double) bytes / partnerships,
                              Double.NaN,
                              "B/partnership",
                              1))));
        }
        measurements.addAll(runJmh(group, true, size, only));
        for (Measurement m : measurements) {
          System.out.println(
              String.join(
                  "\t",
                  MEASUREMENT,
                  m.benchmark(),
                  Long.toString(m.size()),
                  Double.toString(m.score()),
                  Double.toString(m.error()),
                  m.unit(),
                  Integer.toString(m.samples())));
        }
        return;
      }
    }
    throw new IllegalArgumentException("No group " + name);
  }

  /** Runs the benchmark classes of a group one after the other, in the group's order. */
  private static List<Measurement> runJmh(
      Group group, boolean quick, @Nullable String size, Set<String> only) throws RunnerException {
    List<String> sizes =
        size != null ? List.of(size) : quick ? List.of(group.quick()) : group.full();
    List<Measurement> measurements = new ArrayList<>();
    for (Class<?> benchmark : group.benchmarks()) {
      if (!selected(only, figuresOf(benchmark))) {
        continue;
      }
      ChainedOptionsBuilder options =
          new OptionsBuilder()
              .include("\\." + benchmark.getSimpleName() + "\\.")
              .param("size", sizes.toArray(new String[0]))
              .shouldFailOnError(true);
      if (quick) {
        // Iterations as each class's annotations say; no fork: this JVM is the group's own.
        options.forks(0);
      } else {
        options
            .forks(2)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .jvmArgsAppend(group.heap());
      }
      for (RunResult result : new Runner(options.build()).run()) {
        String name = result.getParams().getBenchmark();
        List<String> parts = Splitter.on('.').splitToList(name);
        String partnerships = result.getParams().getParam("size");
        measurements.add(
            new Measurement(
                parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1),
                partnerships == null ? 0 : Long.parseLong(partnerships),
                result.getPrimaryResult().getScore(),
                result.getPrimaryResult().getScoreError(),
                result.getPrimaryResult().getScoreUnit(),
                (int) result.getPrimaryResult().getSampleCount()));
      }
    }
    return measurements;
  }

  /** Runs {@link RetainedHeap} in a JVM of its own and averages its repetitions. */
  private static List<Measurement> measureHeap(
      String size, int repetitions, SyntheticAtlas.References references)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            java(),
            "-Xmx8g",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            RetainedHeap.class.getName(),
            size,
            Integer.toString(repetitions),
            references.name());
    Map<String, List<Long>> bytes = new LinkedHashMap<>();
    int exit =
        runChild(
            command,
            line -> {
              List<String> cells = Splitter.on(' ').splitToList(line);
              if (cells.size() == 4
                  && (cells.get(0).startsWith("atlas") || cells.get(0).startsWith("lists"))) {
                bytes
                    .computeIfAbsent(cells.get(0), k -> new ArrayList<>())
                    .add(Long.parseLong(cells.get(3)));
              }
            });
    if (exit != 0 || bytes.size() != 2) {
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
                  values.size() < 2 ? Double.NaN : (max - min) / 2.0 / partnerships,
                  "B/partnership",
                  values.size()));
        });
    return measurements;
  }

  private static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Runs a command, echoing its output and giving each line to a consumer; returns its exit. */
  private static int runChild(List<String> command, Consumer<String> lines)
      throws IOException, InterruptedException {
    System.out.println("# " + String.join(" ", command));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        System.out.println(line);
        lines.accept(line);
      }
    }
    return process.waitFor();
  }

  private static @Nullable String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? null : String.format(Locale.ROOT, "%.2f", load);
  }
}
