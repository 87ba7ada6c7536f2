package org.l2softmax.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.l2softmax.results.SummaryColumns;
import tech.tablesaw.api.Table;

/** Prints the summary table of a sweep as plain aligned text. */
public final class SummaryPrinter {

  private SummaryPrinter() {}

  /** Prints one line per run: alpha, final and best test accuracy, throughput, wall time. */
  public static void print(Table summary, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%n%-28s %9s %10s %10s %8s %8s %12s%n",
        "run",
        "alpha end",
        "test acc.",
        "best acc.",
        "img/s",
        "time s",
        "feature norm");
    for (int row = 0; row < summary.rowCount(); row++) {
      out.printf(
          Locale.ROOT,
          "%-28s %9.3f %9.2f%% %9.2f%% %8.0f %8.0f %12.4g%n",
          summary.stringColumn(SummaryColumns.RUN).get(row),
          summary.doubleColumn(SummaryColumns.FINAL_ALPHA).get(row),
          100 * summary.doubleColumn(SummaryColumns.FINAL_TEST_ACCURACY).get(row),
          100 * summary.doubleColumn(SummaryColumns.BEST_TEST_ACCURACY).get(row),
          summary.doubleColumn(SummaryColumns.IMAGES_PER_SECOND).get(row),
          summary.doubleColumn(SummaryColumns.WALL_SECONDS).get(row),
          summary.doubleColumn(SummaryColumns.FINAL_FEATURE_NORM).get(row));
    }
  }
}
