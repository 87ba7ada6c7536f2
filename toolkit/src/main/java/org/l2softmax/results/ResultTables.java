package org.l2softmax.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the summary table of several runs, joins histories and saves tables as CSV. */
public final class ResultTables {

  private ResultTables() {}

  /** One row per run, with the columns of {@link SummaryColumns}. */
  public static Table summary(List<RunSummary> runs) {
    Table table =
        Table.create(
            "summary",
            StringColumn.create(SummaryColumns.RUN),
            DoubleColumn.create(SummaryColumns.ALPHA),
            BooleanColumn.create(SummaryColumns.TRAINABLE),
            DoubleColumn.create(SummaryColumns.FINAL_ALPHA),
            DoubleColumn.create(SummaryColumns.FINAL_TEST_ACCURACY),
            DoubleColumn.create(SummaryColumns.BEST_TEST_ACCURACY),
            DoubleColumn.create(SummaryColumns.IMAGES_PER_SECOND),
            DoubleColumn.create(SummaryColumns.WALL_SECONDS),
            DoubleColumn.create(SummaryColumns.FINAL_FEATURE_NORM));
    for (RunSummary run : runs) {
      table.stringColumn(SummaryColumns.RUN).append(run.run());
      table.doubleColumn(SummaryColumns.ALPHA).append(run.alpha());
      table.booleanColumn(SummaryColumns.TRAINABLE).append(run.trainable());
      table.doubleColumn(SummaryColumns.FINAL_ALPHA).append(run.finalAlpha());
      table.doubleColumn(SummaryColumns.FINAL_TEST_ACCURACY).append(run.finalTestAccuracy());
      table.doubleColumn(SummaryColumns.BEST_TEST_ACCURACY).append(run.bestTestAccuracy());
      table.doubleColumn(SummaryColumns.IMAGES_PER_SECOND).append(run.imagesPerSecond());
      table.doubleColumn(SummaryColumns.WALL_SECONDS).append(run.wallSeconds());
      table.doubleColumn(SummaryColumns.FINAL_FEATURE_NORM).append(run.finalFeatureNorm());
    }
    return table;
  }

  /** The histories of several runs stacked into one table named "history". */
  public static Table history(List<Table> histories) {
    if (histories.isEmpty()) {
      throw new IllegalArgumentException("no run histories to join");
    }
    Table joined = histories.get(0).emptyCopy().setName("history");
    histories.forEach(joined::append);
    return joined;
  }

  /**
   * Writes a table as CSV (with a header row) atomically; see {@link AtomicFiles}.
   *
   * @throws IOException if the file cannot be written; the old file, if any, is then unchanged
   */
  public static void writeCsv(Table table, Path file) throws IOException {
    AtomicFiles.write(file, writer -> table.write().csv(writer));
  }
}
