package org.l2softmax.plots;

import java.util.List;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Training loss against iteration, one line per run, smoothed by a trailing moving mean.
 *
 * <p>The loss of a single minibatch is noisy, so each point is the mean of the last {@code window}
 * iterations of its run (fewer at the start of a run). The y axis is logarithmic: the loss falls
 * by orders of magnitude, and L2-softmax runs with a small alpha level off far above the others.
 * Plain softmax runs are drawn as a black dashed line, on top of the others.
 */
public final class LossPlot {

  /** The figure's title. */
  public static final String TITLE = "Training loss";

  /** The y axis title. */
  public static final String Y_TITLE = "cross-entropy per image (log scale)";

  /** Iterations averaged by {@link #create(Table)}. */
  public static final int DEFAULT_WINDOW = 25;

  private static final String PURPOSE = "loss plot";

  private LossPlot() {}

  /**
   * Draws the training loss of every run, averaged over {@link #DEFAULT_WINDOW} iterations.
   *
   * @param history a table with the columns {@link HistoryColumns#RUN}, {@link
   *     HistoryColumns#ITERATION}, {@link HistoryColumns#ALPHA} and {@link HistoryColumns#LOSS}
   * @return the figure, one trace per run
   * @throws IllegalArgumentException if a column is missing or not numeric, or the table is empty
   */
  public static Figure create(Table history) {
    return create(history, DEFAULT_WINDOW);
  }

  /**
   * Draws the training loss of every run, averaged over {@code window} iterations.
   *
   * @param history as for {@link #create(Table)}
   * @param window iterations per moving mean, at least 1 (1 draws the raw loss)
   * @return the figure, one trace per run
   * @throws IllegalArgumentException if {@code window} is below 1, or as for {@link
   *     #create(Table)}
   */
  public static Figure create(Table history, int window) {
    if (window < 1) {
      throw new IllegalArgumentException(
          "loss smoothing window must be >= 1 iteration (1 means no smoothing), got " + window);
    }
    HistoryRuns.check(
        history, PURPOSE, HistoryColumns.ITERATION, HistoryColumns.ALPHA, HistoryColumns.LOSS);

    List<Trace> traces =
        RunTraces.of(
            history,
            HistoryColumns.LOSS,
            loss -> loss,
            values -> movingMean(values, window),
            RunTraces.ALL_ITERATIONS,
            PURPOSE);
    String title = window == 1 ? TITLE : TITLE + " (mean of the last " + window + " iterations)";
    return new Figure(
        LineChartLayout.of(title, Y_TITLE, Axis.Type.LOG), traces.toArray(new Trace[0]));
  }

  /** Trailing mean: element i is the mean of elements max(0, i - window + 1) through i. */
  static double[] movingMean(double[] values, int window) {
    double[] means = new double[values.length];
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i];
      if (i >= window) {
        sum -= values[i - window];
      }
      means[i] = sum / Math.min(i + 1, window);
    }
    return means;
  }
}
