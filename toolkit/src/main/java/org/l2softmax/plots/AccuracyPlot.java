package org.l2softmax.plots;

import java.util.List;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Test accuracy against iteration, in percent, one line per run.
 *
 * <p>Points are the evaluation rows of the history table ({@link HistoryColumns#TEST_ACCURACY} is
 * missing elsewhere). Plain softmax runs are drawn as a black dashed line, on top of the others,
 * and their legend name ends in "(plain softmax)".
 *
 * <p>Early evaluations stretch the y axis from chance level to the top, so the runs' final
 * accuracies, often within a percent of each other, are hard to tell apart; {@link
 * #createSecondHalf(Table)} draws only the later evaluations for that.
 */
public final class AccuracyPlot {

  /** The title of {@link #create(Table)}. */
  public static final String TITLE = "Test accuracy";

  /** The y axis title. */
  public static final String Y_TITLE = "test accuracy (%)";

  private static final String PURPOSE = "accuracy plot";

  private AccuracyPlot() {}

  /**
   * Draws the test accuracy of every run in a history table.
   *
   * @param history a table with the columns {@link HistoryColumns#RUN}, {@link
   *     HistoryColumns#ITERATION}, {@link HistoryColumns#ALPHA} and {@link
   *     HistoryColumns#TEST_ACCURACY}
   * @return the figure, one trace per run that has at least one evaluation
   * @throws IllegalArgumentException if a column is missing or not numeric, the table is empty, or
   *     no row holds a test accuracy
   */
  public static Figure create(Table history) {
    return create(history, RunTraces.ALL_ITERATIONS, TITLE);
  }

  /**
   * Draws the test accuracy of every run from an iteration on.
   *
   * @param history as for {@link #create(Table)}
   * @param fromIteration the first iteration drawn
   * @return the figure, one trace per run with an evaluation at or after {@code fromIteration}
   * @throws IllegalArgumentException as for {@link #create(Table)}, or if no evaluation is at or
   *     after {@code fromIteration}
   */
  public static Figure create(Table history, int fromIteration) {
    return create(history, fromIteration, TITLE + " from iteration " + fromIteration);
  }

  /**
   * Draws the test accuracy of every run over the second half of training: from half the last
   * evaluated iteration on, so that the y axis spans the differences between converged runs.
   *
   * @param history as for {@link #create(Table)}
   * @return the figure, one trace per run with an evaluation in the second half
   * @throws IllegalArgumentException as for {@link #create(Table)}
   */
  public static Figure createSecondHalf(Table history) {
    check(history);
    NumericColumn<?> iteration = history.numberColumn(HistoryColumns.ITERATION);
    NumericColumn<?> accuracy = history.numberColumn(HistoryColumns.TEST_ACCURACY);
    double lastEvaluation = RunTraces.ALL_ITERATIONS;
    for (int row = 0; row < history.rowCount(); row++) {
      double at = iteration.getDouble(row);
      if (Double.isFinite(accuracy.getDouble(row)) && Double.isFinite(at)) {
        lastEvaluation = Math.max(lastEvaluation, at);
      }
    }
    return create(history, lastEvaluation / 2, TITLE + ", second half of training");
  }

  private static Figure create(Table history, double fromIteration, String title) {
    check(history);
    List<Trace> traces =
        RunTraces.of(
            history,
            HistoryColumns.TEST_ACCURACY,
            accuracy -> 100 * accuracy,
            RunTraces.Smoothing.NONE,
            fromIteration,
            PURPOSE);
    return new Figure(
        LineChartLayout.of(title, Y_TITLE, Axis.Type.LINEAR), traces.toArray(new Trace[0]));
  }

  private static void check(Table history) {
    HistoryRuns.check(
        history,
        PURPOSE,
        HistoryColumns.ITERATION,
        HistoryColumns.ALPHA,
        HistoryColumns.TEST_ACCURACY);
  }
}
