package org.l2softmax.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.l2softmax.layer.AlphaBound;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The paper's lower bound on alpha against the target probability, one line per number of
 * classes.
 *
 * <p>Each line is {@link AlphaBound#lowerBound(int, double)}, {@code alpha_low(p) = log(p (C - 2)
 * / (1 - p))}: the smallest feature norm at which a sample that points exactly at its own class
 * weight reaches probability p. The same numbers are available as a table, for readers whose
 * viewer draws no plots.
 */
public final class BoundPlot {

  /** The figure's title. */
  public static final String TITLE = "Lower bound on alpha";

  /** The x axis title. */
  public static final String X_TITLE = "target probability p of the true class";

  /** The y axis title. */
  public static final String Y_TITLE = "alpha_low = log(p (C - 2) / (1 - p))";

  /** The name of the table from {@link #table(double[], int...)}. */
  public static final String TABLE_NAME = "alpha_low";

  /** The table's probability column. */
  public static final String PROBABILITY = "p";

  private BoundPlot() {}

  /**
   * The probabilities drawn by {@link #create(int...)}: 0.50 to 0.99 in steps of 0.01, then
   * 0.995 and 0.999, where the bound rises steeply.
   */
  public static double[] defaultProbabilities() {
    double[] probabilities = new double[52];
    for (int i = 0; i < 50; i++) {
      // From hundredths, so that 0.57 is 0.57 and not 0.5 + 7 * 0.01.
      probabilities[i] = (50 + i) / 100.0;
    }
    probabilities[50] = 0.995;
    probabilities[51] = 0.999;
    return probabilities;
  }

  /**
   * Draws the bound at {@link #defaultProbabilities()}.
   *
   * @param classes numbers of classes C, one line each, every one at least 3
   * @return the figure, one trace per number of classes, named "C = 10" and so on
   * @throws IllegalArgumentException as for {@link #table(double[], int...)}
   */
  public static Figure create(int... classes) {
    return create(defaultProbabilities(), classes);
  }

  /**
   * Draws the bound at the given probabilities.
   *
   * @param probabilities target probabilities, increasing, each strictly between 0 and 1
   * @param classes numbers of classes C, one line each, every one at least 3
   * @return the figure, one trace per number of classes, named "C = 10" and so on
   * @throws IllegalArgumentException as for {@link #table(double[], int...)}
   */
  public static Figure create(double[] probabilities, int... classes) {
    Table bounds = table(probabilities, classes);
    double[] x = bounds.doubleColumn(PROBABILITY).asDoubleArray();

    List<Trace> traces = new ArrayList<>();
    for (int i = 0; i < classes.length; i++) {
      String name = column(classes[i]);
      double[] y =
          Arrays.stream(bounds.doubleColumn(name).asDoubleArray())
              .map(RunTraces::significant)
              .toArray();
      RunStyle style = RunStyle.of(name, false, i);
      traces.add(
          ScatterTrace.builder(x, y)
              .name(style.legendName())
              .mode(ScatterTrace.Mode.LINE)
              .line(style.line())
              .build());
    }

    Layout layout = LineChartLayout.of(TITLE, X_TITLE, Y_TITLE);
    return new Figure(layout, traces.toArray(new Trace[0]));
  }

  /**
   * The bound as a table named {@value #TABLE_NAME}: a column {@value #PROBABILITY} and one column
   * per number of classes, named "C = 10" and so on.
   *
   * @param probabilities target probabilities, increasing, each strictly between 0 and 1
   * @param classes numbers of classes C, distinct, every one at least 3
   * @return one row per probability
   * @throws IllegalArgumentException naming the bad probability or number of classes
   */
  public static Table table(double[] probabilities, int... classes) {
    checkProbabilities(probabilities);
    checkClasses(classes);

    Table bounds = Table.create(TABLE_NAME, DoubleColumn.create(PROBABILITY, probabilities));
    for (int c : classes) {
      double[] alphas =
          Arrays.stream(probabilities).map(p -> AlphaBound.lowerBound(c, p)).toArray();
      bounds.addColumns(DoubleColumn.create(column(c), alphas));
    }
    return bounds;
  }

  /** The column and legend name of a number of classes: "C = 10". */
  public static String column(int classes) {
    return "C = " + classes;
  }

  private static void checkProbabilities(double[] probabilities) {
    if (probabilities == null || probabilities.length == 0) {
      throw new IllegalArgumentException("give at least one probability, got none");
    }
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      if (!(p > 0 && p < 1)) {
        throw new IllegalArgumentException(
            "probabilities must be strictly between 0 and 1, got " + p + " at index " + i);
      }
      if (i > 0 && !(p > probabilities[i - 1])) {
        throw new IllegalArgumentException("probabilities must increase, got "
            + probabilities[i - 1] + " then " + p + " at index " + i);
      }
    }
  }

  private static void checkClasses(int[] classes) {
    if (classes == null || classes.length == 0) {
      throw new IllegalArgumentException(
          "give at least one number of classes (for example 10), got none");
    }
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] <= 2) {
        throw new IllegalArgumentException(
            "numbers of classes must be > 2 (the bound uses log(C - 2)), got " + classes[i]);
      }
      for (int j = 0; j < i; j++) {
        if (classes[j] == classes[i]) {
          throw new IllegalArgumentException(
              "numbers of classes must be distinct, got " + classes[i] + " twice");
        }
      }
    }
  }
}
