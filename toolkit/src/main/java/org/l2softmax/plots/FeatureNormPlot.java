package org.l2softmax.plots;

import java.util.List;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Mean L2 norm of the penultimate features against iteration, one line per run.
 *
 * <p>The y axis is logarithmic by default: without the constraint the norms grow freely, so plain
 * softmax and L2-softmax runs can lie orders of magnitude apart. Points are the evaluation rows
 * of the history table; plain softmax runs are drawn as a black dashed line.
 */
public final class FeatureNormPlot {

  /** The figure's title. */
  public static final String TITLE = "Mean penultimate feature norm";

  /** The y axis title. */
  public static final String Y_TITLE = "mean ‖f(x)‖₂ before normalisation";

  private static final String PURPOSE = "feature norm plot";

  private FeatureNormPlot() {}

  /**
   * Draws the mean feature norm of every run on a linear y axis.
   *
   * @param history a table with the columns {@link HistoryColumns#RUN}, {@link
   *     HistoryColumns#ITERATION}, {@link HistoryColumns#ALPHA} and {@link
   *     HistoryColumns#FEATURE_NORM}
   * @return the figure, one trace per run that has at least one evaluation
   * @throws IllegalArgumentException if a column is missing or not numeric, the table is empty, or
   *     no row holds a feature norm
   */
  public static Figure create(Table history) {
    return create(history, false);
  }

  /**
   * Draws the mean feature norm of every run.
   *
   * @param history as for {@link #create(Table)}
   * @param logScale whether the y axis is logarithmic (values at or below 0 are then not shown)
   * @return the figure, one trace per run that has at least one evaluation
   * @throws IllegalArgumentException as for {@link #create(Table)}
   */
  public static Figure create(Table history, boolean logScale) {
    HistoryRuns.check(
        history,
        PURPOSE,
        HistoryColumns.ITERATION,
        HistoryColumns.ALPHA,
        HistoryColumns.FEATURE_NORM);

    List<Trace> traces =
        RunTraces.of(
            history,
            HistoryColumns.FEATURE_NORM,
            norm -> norm,
            RunTraces.Smoothing.NONE,
            RunTraces.ALL_ITERATIONS,
            PURPOSE);
    Axis.Type yType = logScale ? Axis.Type.LOG : Axis.Type.LINEAR;
    String yTitle = logScale ? Y_TITLE + " (log scale)" : Y_TITLE;
    return new Figure(LineChartLayout.of(TITLE, yTitle, yType), traces.toArray(new Trace[0]));
  }
}
