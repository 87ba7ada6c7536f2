package org.l2softmax.plots;

import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.Table;

/**
 * The standard report of an alpha sweep: test accuracy (whole run and second half), feature norm
 * and training loss of every run in a history table.
 *
 * <pre>{@code
 * SweepReport.create(history).write(Path.of("results/sweep.html"));
 * }</pre>
 */
public final class SweepReport {

  /** The title used by {@link #create(Table)}. */
  public static final String DEFAULT_TITLE = "L2-constrained softmax: alpha sweep on MNIST";

  private SweepReport() {}

  /**
   * Builds the report with {@link #DEFAULT_TITLE}.
   *
   * @param history a table with the columns of {@link HistoryColumns}
   * @throws IllegalArgumentException if a needed column is missing, or the table is empty
   */
  public static HtmlReport create(Table history) {
    return create(history, DEFAULT_TITLE);
  }

  /**
   * Builds the report.
   *
   * @param history a table with the columns of {@link HistoryColumns}
   * @param title the page title
   * @throws IllegalArgumentException if a needed column is missing, or the table is empty
   */
  public static HtmlReport create(Table history, String title) {
    return HtmlReport.builder()
        .title(title)
        .figure("Test accuracy", AccuracyPlot.create(history))
        .figure("Test accuracy after convergence", AccuracyPlot.createSecondHalf(history))
        .figure("Penultimate feature norm", FeatureNormPlot.create(history))
        .figure("Training loss", LossPlot.create(history))
        .build();
  }
}
