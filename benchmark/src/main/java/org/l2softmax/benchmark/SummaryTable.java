package org.l2softmax.benchmark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's summary: per variant the median training throughput of its trials, every
 * trial's throughput, mean test accuracy, largest peak memory, the ratio to the reference, and
 * for the toolkit's variants the arithmetic rate against the SGEMM peak.
 */
final class SummaryTable {

  private final Map<Variant, List<TrialResult>> results;
  private final double gemmPeak;
  private final double flopsPerImage;

  SummaryTable(Map<Variant, List<TrialResult>> results, double gemmPeak, double flopsPerImage) {
    this.results = results;
    this.gemmPeak = gemmPeak;
    this.flopsPerImage = flopsPerImage;
  }

  void print(PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-18s %-34s %8s  %-24s %8s %11s %8s %8s %7s%n",
        "variant",
        "what",
        "img/s",
        "(each trial)",
        "accuracy",
        "peak MiB",
        "vs ref.",
        "GFLOP/s",
        "% peak");
    Double reference = median(Variant.REFERENCE);
    for (Map.Entry<Variant, List<TrialResult>> entry : results.entrySet()) {
      Variant variant = entry.getKey();
      List<TrialResult> trials = entry.getValue();
      double median = median(variant);
      boolean ours = variant.implementation() == Variant.Implementation.OURS;
      double gigaflops = median * flopsPerImage / 1e9;
      out.printf(
          Locale.ROOT,
          "%-18s %-34s %8.0f  %-24s %8.4f %5.0f/%5.0f %8s %8s %7s%n",
          variant.id(),
          variant.label(),
          median,
          trials.stream()
              .map(trial -> String.format(Locale.ROOT, "%.0f", trial.imagesPerSecond()))
              .collect(Collectors.joining(" ")),
          trials.stream().mapToDouble(TrialResult::testAccuracy).average().orElse(Double.NaN),
          trials.stream()
              .mapToDouble(TrialResult::trainingPeakMebibytes)
              .max()
              .orElse(Double.NaN),
          trials.stream().mapToDouble(TrialResult::peakMebibytes).max().orElse(Double.NaN),
          reference == null ? "-" : String.format(Locale.ROOT, "%.2f", median / reference),
          ours ? String.format(Locale.ROOT, "%.0f", gigaflops) : "-",
          ours && gemmPeak > 0
              ? String.format(Locale.ROOT, "%.0f%%", 100 * gigaflops / gemmPeak)
              : "-");
    }
    out.printf(
        Locale.ROOT,
        "img/s: median over the trials, training loop only. peak MiB: largest peak resident"
            + " memory of a trial's process, when training ended / after the evaluation.%n"
            + "GFLOP/s: %.1f MFLOP per training image (3 x forward, multiply-add = 2) times"
            + " img/s%s.%n",
        flopsPerImage / 1e6,
        gemmPeak > 0
            ? String.format(Locale.ROOT, "; %% peak: of the SGEMM peak, %.0f GFLOP/s", gemmPeak)
            : "");
  }

  /** Median images/s of a variant's trials, or null if it did not run. */
  Double median(Variant variant) {
    List<TrialResult> trials = results.get(variant);
    if (trials == null || trials.isEmpty()) {
      return null;
    }
    double[] values = trials.stream().mapToDouble(TrialResult::imagesPerSecond).toArray();
    Arrays.sort(values);
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
