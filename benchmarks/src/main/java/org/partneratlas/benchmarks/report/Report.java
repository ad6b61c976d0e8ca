package org.partneratlas.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one run: the environment, every measurement, and the comparisons of the figures;
 * written as JSON ({@code results.json}) and as a Markdown table ({@code results.md}).
 *
 * @param environment when and where the run was made, and how
 * @param measurements every measured benchmark
 * @param comparisons the figures
 */
public record Report(
    Map<String, Object> environment, List<Measurement> measurements, List<Comparison> comparisons) {

  /**
   * Writes {@code results.json} and {@code results.md} into a folder, creating it if needed.
   *
   * @param folder the folder
   * @throws IOException if a file cannot be written
   */
  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("environment", environment);
    document.put("comparisons", comparisons);
    document.put("measurements", measurements);
    Files.writeString(
        folder.resolve("results.json"),
        mapper.writeValueAsString(document) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
  }

  /**
   * Returns the Markdown of the results: the environment, then one table row per comparison, then
   * every measurement.
   *
   * @return the Markdown text
   */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| Figure | Measured | Size | Library | Baseline | Ratio | Goal | Met |\n");
    md.append("|---|---|---:|---|---|---:|---|---|\n");
    for (Comparison c : comparisons) {
      md.append("| ")
          .append(c.figure())
          .append(" | ")
          .append(c.title())
          .append(" | ")
          .append(String.format(Locale.ROOT, "%,d", c.size()))
          .append(" | `")
          .append(c.benchmark())
          .append("` ")
          .append(score(c.score(), c.error(), c.unit()))
          .append(" | `")
          .append(c.baseline())
          .append("` ")
          .append(score(c.baselineScore(), c.baselineError(), c.unit()))
          .append(" | ")
          .append(ratio(c.ratio()))
          .append(" | ")
          .append(c.goal() == null ? "(reported)" : c.goal())
          .append(" | ")
          .append(c.met() == null ? "–" : c.met() ? "**met**" : "**missed**")
          .append(" |\n");
    }
    md.append("\nRatios: figures 1–5, baseline time ÷ library time (higher is better; for 4 and 5,")
        .append(" the library's share of the baseline's throughput); figure 6, library time ÷")
        .append(" baseline time; figure 7, library bytes ÷ baseline bytes, goal on the library's")
        .append(" bytes; figures 1h, 2h and 8h, H2 time ÷ library time (above 1, the library is")
        .append(" ahead).\n\n");
    md.append("<details><summary>Environment and every measurement</summary>\n\n");
    environment.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append("\n| Benchmark | Size | Score | Error (99.9%) | Unit | Samples |\n");
    md.append("|---|---:|---:|---:|---|---:|\n");
    for (Measurement m : measurements) {
      md.append("| `")
          .append(m.benchmark())
          .append("` | ")
          .append(String.format(Locale.ROOT, "%,d", m.size()))
          .append(" | ")
          .append(number(m.score()))
          .append(" | ")
          .append(Double.isNaN(m.error()) ? "–" : number(m.error()))
          .append(" | ")
          .append(m.unit())
          .append(" | ")
          .append(m.samples())
          .append(" |\n");
    }
    md.append("\n</details>\n");
    return md.toString();
  }

  private static String score(double score, double error, String unit) {
    return number(score) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " " + unit;
  }

  private static String ratio(double ratio) {
    if (ratio >= 100) {
      return String.format(Locale.ROOT, "%,.0f", ratio);
    }
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  static String number(double value) {
    double abs = Math.abs(value);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 0.1) {
      return String.format(Locale.ROOT, "%.3f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }
}
