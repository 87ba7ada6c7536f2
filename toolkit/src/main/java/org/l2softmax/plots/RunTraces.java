package org.l2softmax.plots;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.l2softmax.plots.HistoryRuns.RunRows;
import org.l2softmax.results.HistoryColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** One line per run of a history table: a numeric column against iteration, styled by run. */
final class RunTraces {

  private static final Logger LOG = LoggerFactory.getLogger(RunTraces.class);

  /** Above this many points a run is drawn without markers, which would only blur the line. */
  private static final int MAX_POINTS_WITH_MARKERS = 200;

  static final int SIGNIFICANT_DIGITS = 5;

  /** A {@code fromIteration} that draws every row. */
  static final double ALL_ITERATIONS = Double.NEGATIVE_INFINITY;

  private RunTraces() {}

  /**
   * Builds the traces of a checked history table.
   *
   * <p>Rows whose iteration or value is missing (NaN), or whose iteration is below {@code
   * fromIteration}, are left out, so the evaluation columns give one point per evaluation. A run
   * with no point left is not drawn; if no run has a point the table cannot be plotted at all.
   * Plain softmax runs come last, so that their dashed line is drawn on top of the others.
   *
   * @param history a table that passed {@link HistoryRuns#check} for {@code column}
   * @param column the column drawn on the y axis
   * @param toAxisUnits applied to each value, for example a conversion to percent
   * @param smoothing applied to the values of each run, after missing values are dropped
   * @param fromIteration the first iteration drawn
   * @param purpose what is being drawn, used in messages ("accuracy plot")
   * @throws IllegalArgumentException if {@code column} has no value in any row drawn
   */
  static List<Trace> of(
      Table history,
      String column,
      DoubleUnaryOperator toAxisUnits,
      Smoothing smoothing,
      double fromIteration,
      String purpose) {
    NumericColumn<?> iteration = history.numberColumn(HistoryColumns.ITERATION);
    NumericColumn<?> values = history.numberColumn(column);

    List<Trace> traces = new ArrayList<>();
    List<Trace> plainTraces = new ArrayList<>();
    int colorIndex = 0;
    for (RunRows run : HistoryRuns.split(history)) {
      RunStyle style = RunStyle.of(run.run(), run.plainSoftmax(), colorIndex);
      if (!run.plainSoftmax()) {
        colorIndex++;
      }

      double[][] points = points(run, iteration, values, fromIteration);
      if (points[0].length == 0) {
        LOG.debug("{}: run '{}' has no value to draw, left out", purpose, run.run());
        continue;
      }
      double[] y = smoothing.apply(Arrays.stream(points[1]).map(toAxisUnits).toArray());
      (run.plainSoftmax() ? plainTraces : traces)
          .add(trace(points[0], Arrays.stream(y).map(RunTraces::significant).toArray(), style));
      LOG.debug("{}: run '{}' drawn with {} points", purpose, run.run(), y.length);
    }

    traces.addAll(plainTraces);
    if (traces.isEmpty()) {
      String rows = fromIteration == ALL_ITERATIONS ? "" : " from iteration " + fromIteration;
      throw new IllegalArgumentException(
          String.format(
              "the %s has nothing to draw: column '%s' of history table '%s' is missing (NaN) in"
                  + " all %d rows%s",
              purpose, column, history.name(), history.rowCount(), rows));
    }
    return traces;
  }

  /** The iterations and values of a run's rows that can be drawn, as {@code [x, y]}. */
  private static double[][] points(
      RunRows run, NumericColumn<?> iteration, NumericColumn<?> values, double fromIteration) {
    double[] x = new double[run.rows().length];
    double[] y = new double[run.rows().length];
    int count = 0;
    for (int row : run.rows()) {
      double at = iteration.getDouble(row);
      double value = values.getDouble(row);
      if (Double.isFinite(at) && Double.isFinite(value) && at >= fromIteration) {
        x[count] = at;
        y[count] = value;
        count++;
      }
    }
    return new double[][] {Arrays.copyOf(x, count), Arrays.copyOf(y, count)};
  }

  private static Trace trace(double[] x, double[] y, RunStyle style) {
    ScatterTrace.Mode mode =
        x.length <= MAX_POINTS_WITH_MARKERS
            ? ScatterTrace.Mode.LINE_AND_MARKERS
            : ScatterTrace.Mode.LINE;
    return ScatterTrace.builder(x, y)
        .name(style.legendName())
        .mode(mode)
        .line(style.line())
        .marker(style.marker())
        .build();
  }

  /**
   * Rounds to {@value #SIGNIFICANT_DIGITS} significant digits: enough to tell runs apart (99.352%
   * from 99.353%), and it keeps hover labels readable and the page small, since Tablesaw writes
   * every value out in full.
   */
  static double significant(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value;
    }
    return new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS)).doubleValue();
  }

  /** Smooths the values of one run, in iteration order; returns an array of the same length. */
  @FunctionalInterface
  interface Smoothing {

    /** Leaves the values as they are. */
    Smoothing NONE = values -> values;

    double[] apply(double[] values);
  }
}
