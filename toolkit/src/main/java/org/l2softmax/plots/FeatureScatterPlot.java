package org.l2softmax.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Two-dimensional features of many images as points, one colour and one legend entry per digit,
 * optionally with the circle of radius alpha on which L2-normalised features lie; and the same
 * geometry in numbers, per digit ({@link #digitStatistics}).
 *
 * <p>Both axes span the same range, symmetric about the origin, and are drawn to the same scale,
 * so that directions and norms read true: a circle looks round and the origin is always in view.
 *
 * <pre>{@code
 * INDArray features = Evaluator.features(network, test);     // [images, 2]
 * FeatureScatterPlot.create("Softmax features", features, test.labels())
 * }</pre>
 */
public final class FeatureScatterPlot {

  /** The x axis title. */
  public static final String X_TITLE = "feature 1";

  /** The y axis title. */
  public static final String Y_TITLE = "feature 2";

  /** What each class is called in the legend, followed by its number. */
  public static final String CLASS_PREFIX = "digit ";

  /** Ten well separated colours, one per digit (the category palette common to plotting tools). */
  private static final String[] CLASS_COLORS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
  };

  /** Points on the drawn circle: one every two degrees. */
  private static final int CIRCLE_POINTS = 181;

  /** Room between the farthest point and the edge of the plot, as a fraction of the range. */
  private static final double PADDING = 1.08;

  private static final int SIZE = 640;

  private static final int LEGEND_WIDTH = 110;

  private FeatureScatterPlot() {}

  /**
   * Draws the features, one trace per class.
   *
   * @param title the figure's title
   * @param features a {@code [images, 2]} matrix
   * @param labels the class of each image (0 or more), one per row of {@code features}
   * @return the figure, one trace per class present, in class order
   * @throws IllegalArgumentException if the shapes disagree, a label is negative, or a feature
   *     is not finite
   */
  public static Figure create(String title, INDArray features, int[] labels) {
    return create(title, features, labels, 0);
  }

  /**
   * Draws the features, one trace per class, and the circle of the given radius around the
   * origin (a black dotted line, last in the legend).
   *
   * @param title the figure's title
   * @param features a {@code [images, 2]} matrix
   * @param labels the class of each image (0 or more), one per row of {@code features}
   * @param circleRadius the circle's radius, for example alpha; 0 draws no circle
   * @return the figure
   * @throws IllegalArgumentException as for {@link #create(String, INDArray, int[])}, or if the
   *     radius is negative or not finite
   */
  public static Figure create(
      String title, INDArray features, int[] labels, double circleRadius) {
    double[][] points = points(features, labels);
    if (!(circleRadius >= 0) || Double.isInfinite(circleRadius)) {
      throw new IllegalArgumentException(
          "circle radius must be finite and >= 0 (0 = no circle), got " + circleRadius);
    }

    List<Trace> traces = new ArrayList<>();
    int classes = Arrays.stream(labels).max().orElse(-1) + 1;
    for (int digit = 0; digit < classes; digit++) {
      Trace trace = classTrace(digit, points, labels);
      if (trace != null) {
        traces.add(trace);
      }
    }
    double extent = circleRadius;
    for (double[] point : points) {
      extent = Math.max(extent, Math.max(Math.abs(point[0]), Math.abs(point[1])));
    }
    if (circleRadius > 0) {
      traces.add(circle(circleRadius));
    }

    double limit = extent > 0 ? extent * PADDING : 1;
    Layout layout =
        Layout.builder()
            .title(title)
            .width(SIZE + LEGEND_WIDTH)
            .height(SIZE)
            .xAxis(axis(X_TITLE, limit))
            .yAxis(axis(Y_TITLE, limit))
            .build();
    return new EqualAxesFigure(layout, traces.toArray(new Trace[0]));
  }

  /**
   * The geometry of each class's features in numbers, one row per class present: images, mean
   * norm, the spread of the norms (90th over 10th percentile), the mean direction in degrees
   * (counter-clockwise from the first feature's axis, in [0, 360)) and the circular standard
   * deviation of the directions in degrees, {@code sqrt(-2 ln R)} with R the length of the mean
   * unit vector (0 when all point the same way; above about 120 they point every way). An image
   * whose features are exactly 0 has no direction and counts for the norms only.
   *
   * @param name the table's name
   * @param features a {@code [images, 2]} matrix
   * @param labels the class of each image (0 or more), one per row of {@code features}
   * @return a table with the columns digit, images, mean_norm, norm_p90_over_p10,
   *     mean_angle_degrees and angular_spread_degrees
   * @throws IllegalArgumentException as for {@link #create(String, INDArray, int[])}
   */
  public static Table digitStatistics(String name, INDArray features, int[] labels) {
    double[][] points = points(features, labels);
    IntColumn digitColumn = IntColumn.create("digit");
    IntColumn images = IntColumn.create("images");
    DoubleColumn meanNorm = DoubleColumn.create("mean_norm");
    DoubleColumn normSpread = DoubleColumn.create("norm_p90_over_p10");
    DoubleColumn meanAngle = DoubleColumn.create("mean_angle_degrees");
    DoubleColumn angularSpread = DoubleColumn.create("angular_spread_degrees");

    int classes = Arrays.stream(labels).max().orElse(-1) + 1;
    for (int digit = 0; digit < classes; digit++) {
      List<Double> norms = new ArrayList<>();
      double sumX = 0;
      double sumY = 0;
      int directions = 0;
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == digit) {
          double norm = Math.hypot(points[i][0], points[i][1]);
          norms.add(norm);
          if (norm > 0) {
            sumX += points[i][0] / norm;
            sumY += points[i][1] / norm;
            directions++;
          }
        }
      }
      if (norms.isEmpty()) {
        continue;
      }
      double[] sorted = norms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double resultant = directions == 0 ? 0 : Math.hypot(sumX, sumY) / directions;
      double angle = Math.toDegrees(Math.atan2(sumY, sumX));
      digitColumn.append(digit);
      images.append(sorted.length);
      meanNorm.append(Arrays.stream(sorted).average().orElseThrow());
      double p90 = FeatureNormHistogram.percentile(sorted, 90);
      normSpread.append(p90 / FeatureNormHistogram.percentile(sorted, 10));
      meanAngle.append(directions == 0 ? Double.NaN : (angle + 360) % 360);
      angularSpread.append(
          resultant > 0 ? Math.toDegrees(Math.sqrt(-2 * Math.log(resultant))) : Double.NaN);
    }
    return Table.create(
        name, digitColumn, images, meanNorm, normSpread, meanAngle, angularSpread);
  }

  /** The features as {@code [x, y]} pairs, after checking shapes, labels and values. */
  private static double[][] points(INDArray features, int[] labels) {
    if (features == null || labels == null) {
      throw new IllegalArgumentException("features and labels must not be null");
    }
    if (features.rank() != 2 || features.columns() != 2) {
      throw new IllegalArgumentException(
          "features must be an [images, 2] matrix (two features per image), got shape "
              + Arrays.toString(features.shape()));
    }
    if (features.rows() != labels.length) {
      throw new IllegalArgumentException(
          "features and labels must describe the same images, got " + features.rows()
              + " feature rows and " + labels.length + " labels");
    }
    if (labels.length == 0) {
      throw new IllegalArgumentException("there are no images to draw");
    }
    double[][] points = features.toDoubleMatrix();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException(
            "labels must be >= 0, got " + labels[i] + " for image " + i);
      }
      if (!Double.isFinite(points[i][0]) || !Double.isFinite(points[i][1])) {
        throw new IllegalArgumentException(
            "features must be finite, got " + Arrays.toString(points[i]) + " for image " + i);
      }
    }
    return points;
  }

  /** The points of one class, or null if it has none. */
  private static Trace classTrace(int digit, double[][] points, int[] labels) {
    int count = 0;
    for (int label : labels) {
      count += label == digit ? 1 : 0;
    }
    if (count == 0) {
      return null;
    }
    double[] x = new double[count];
    double[] y = new double[count];
    for (int i = 0, next = 0; i < labels.length; i++) {
      if (labels[i] == digit) {
        x[next] = RunTraces.significant(points[i][0]);
        y[next] = RunTraces.significant(points[i][1]);
        next++;
      }
    }
    String color = CLASS_COLORS[digit % CLASS_COLORS.length];
    return ScatterTrace.builder(x, y)
        .name(CLASS_PREFIX + digit)
        .mode(ScatterTrace.Mode.MARKERS)
        .marker(Marker.builder().color(color).size(4).opacity(0.6).build())
        .build();
  }

  private static Trace circle(double radius) {
    double[] x = new double[CIRCLE_POINTS];
    double[] y = new double[CIRCLE_POINTS];
    for (int i = 0; i < CIRCLE_POINTS; i++) {
      double angle = 2 * Math.PI * i / (CIRCLE_POINTS - 1);
      x[i] = RunTraces.significant(radius * Math.cos(angle));
      y[i] = RunTraces.significant(radius * Math.sin(angle));
    }
    String value =
        radius == Math.rint(radius)
            ? String.valueOf((long) radius)
            : String.format(Locale.ROOT, "%.2f", radius);
    return ScatterTrace.builder(x, y)
        .name("circle of radius " + value)
        .mode(ScatterTrace.Mode.LINE)
        .line(Line.builder().color("#000000").dash(Line.Dash.DOT).width(2).build())
        .build();
  }

  private static Axis axis(String title, double limit) {
    return Axis.builder().title(title).range(-limit, limit).zeroLineColor("#999999").build();
  }

  /**
   * A figure whose y axis is drawn to the same scale as its x axis. Tablesaw's axis has no
   * {@code scaleanchor}, so the figure's script sets it on the layout before plotting; without it
   * the legend's width would squash a circle into an ellipse. The script goes into the template's
   * unescaped figure part: Tablesaw HTML-escapes the plot call, quotes included.
   */
  static final class EqualAxesFigure extends Figure {

    EqualAxesFigure(Layout layout, Trace... traces) {
      super(layout, traces);
    }

    @Override
    protected void buildContext(String divName) {
      super.buildContext(divName);
      Map<String, Object> context = getContext();
      context.put(
          "figure",
          context.get("figure")
              + "if (typeof layout !== 'undefined' && layout.yaxis) {"
              + " layout.yaxis.scaleanchor = 'x'; layout.yaxis.scaleratio = 1; }\n");
    }
  }
}
