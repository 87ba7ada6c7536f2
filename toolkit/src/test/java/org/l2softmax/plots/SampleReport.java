package org.l2softmax.plots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.l2softmax.plots.HistoryTables.RunSpec;

/**
 * Writes a sweep report from synthetic data, to look at or to feed to
 * {@code .ci/check-plot-render.sh}; not a test.
 *
 * <p>Run with the test class path: {@code java -cp ... org.l2softmax.plots.SampleReport
 * out/sample.html}.
 */
final class SampleReport {

  private SampleReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleReport OUTPUT.html");
      System.exit(2);
    }
    List<RunSpec> runs =
        List.of(
            new RunSpec("softmax", 0, false, 0.9905, 2.0, 120.0, 0.02),
            new RunSpec("alpha=1", 1, false, 0.962, 2.0, 3.0, 1.60),
            new RunSpec("alpha=4", 4, false, 0.988, 2.0, 3.5, 0.25),
            new RunSpec("alpha=16", 16, false, 0.9935, 2.0, 4.5, 0.04),
            new RunSpec("alpha=64", 64, false, 0.991, 2.0, 6.0, 0.03),
            new RunSpec("alpha trainable (start 4)", 4, true, 0.993, 2.0, 5.0, 0.05));
    HtmlReport report = SweepReport.create(HistoryTables.history(runs, 2_000, 100, 64, 1));
    Path file = report.write(Path.of(args[0]));
    System.out.println("wrote " + file.toAbsolutePath() + " with " + report.figureCount()
        + " figures");
  }
}
