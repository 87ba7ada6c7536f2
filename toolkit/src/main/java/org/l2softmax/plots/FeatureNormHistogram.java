package org.l2softmax.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.l2softmax.model.AlphaSetting;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * How the norms of the penultimate features spread over the images, one histogram outline per
 * run, and the same distributions summarised in a table.
 *
 * <p>All runs share one set of bins, so their outlines compare directly; the height of a bin is
 * the percentage of that run's images whose norm falls in it. Plain softmax is drawn as a black
 * dashed line, every other run in a colour of its own, as in the other plots of this package.
 *
 * <pre>{@code
 * FeatureNormHistogram histogram = FeatureNormHistogram.builder()
 *     .run(softmax.alpha(), Evaluator.features(softmax.network(), test).norm2(1).toDoubleVector())
 *     .run(l2.alpha(), Evaluator.features(l2.network(), test).norm2(1).toDoubleVector())
 *     .build();
 * histogram.figure()       // the outlines
 * histogram.statistics()   // mean, percentiles and spread per run
 * }</pre>
 */
public final class FeatureNormHistogram {

  /** The figure's default title. */
  public static final String TITLE = "Per-image feature norms";

  /** The name of the {@link #statistics()} table. */
  public static final String STATISTICS_NAME = "feature norm statistics";

  /** The x axis title. */
  public static final String X_TITLE = "‖f(x)‖₂ of one test image, before normalisation";

  /** The y axis title. */
  public static final String Y_TITLE = "images (%)";

  /** Bins of {@link Builder#bins(int)} by default. */
  public static final int DEFAULT_BINS = 40;

  private final String title;
  private final int bins;
  private final List<RunNorms> runs;

  private FeatureNormHistogram(String title, int bins, List<RunNorms> runs) {
    this.title = title;
    this.bins = bins;
    this.runs = List.copyOf(runs);
  }

  /** Starts a histogram with the default title and {@value #DEFAULT_BINS} bins. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The histogram outlines, one per run, in the order the runs were added, with plain softmax
   * last so that its dashed line lies on top.
   */
  public Figure figure() {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (RunNorms run : runs) {
      for (double norm : run.norms()) {
        low = Math.min(low, norm);
        high = Math.max(high, norm);
      }
    }
    // Every norm equal (a single spike): give the one bin a width, so it can be drawn.
    double width = high > low ? (high - low) / bins : Math.max(Math.abs(low), 1) * 0.01;

    List<Trace> traces = new ArrayList<>();
    List<Trace> plainTraces = new ArrayList<>();
    int colorIndex = 0;
    for (RunNorms run : runs) {
      RunStyle style = RunStyle.of(run.label(), run.plainSoftmax(), colorIndex);
      if (!run.plainSoftmax()) {
        colorIndex++;
      }
      (run.plainSoftmax() ? plainTraces : traces).add(outline(run, low, width, style));
    }
    traces.addAll(plainTraces);

    Layout layout = LineChartLayout.of(title, X_TITLE, Y_TITLE);
    return new Figure(layout, traces.toArray(new Trace[0]));
  }

  /**
   * The distributions in numbers, one row per run: images, mean, 10th percentile, median, 90th
   * percentile, and the spread p90 / p10 (1 when every image has the same norm; it does not
   * depend on the scale of the features, so runs of different scales compare).
   *
   * @return a table named {@value #STATISTICS_NAME}
   */
  public Table statistics() {
    StringColumn run = StringColumn.create("run");
    IntColumn images = IntColumn.create("images");
    DoubleColumn mean = DoubleColumn.create("mean");
    DoubleColumn p10 = DoubleColumn.create("p10");
    DoubleColumn median = DoubleColumn.create("median");
    DoubleColumn p90 = DoubleColumn.create("p90");
    DoubleColumn spread = DoubleColumn.create("p90_over_p10");
    for (RunNorms norms : runs) {
      double[] sorted = norms.norms().clone();
      Arrays.sort(sorted);
      double tenth = percentile(sorted, 10);
      double ninetieth = percentile(sorted, 90);
      run.append(norms.label());
      images.append(sorted.length);
      mean.append(Arrays.stream(sorted).average().orElseThrow());
      p10.append(tenth);
      median.append(percentile(sorted, 50));
      p90.append(ninetieth);
      spread.append(ninetieth / tenth);
    }
    return Table.create(STATISTICS_NAME, run, images, mean, p10, median, p90, spread);
  }

  /**
   * A percentile of sorted values, interpolating linearly between the two nearest ranks: the
   * value at position {@code (n - 1) * percent / 100}, counting from 0.
   */
  static double percentile(double[] sorted, double percent) {
    double position = (sorted.length - 1) * percent / 100;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }

  /**
   * The outline of one run's histogram as a step line: up at the first bin's left edge, across
   * each bin at its height, down at the last bin's right edge.
   */
  private Trace outline(RunNorms run, double low, double width, RunStyle style) {
    int[] counts = new int[bins];
    for (double norm : run.norms()) {
      int bin = (int) Math.floor((norm - low) / width);
      counts[Math.min(Math.max(bin, 0), bins - 1)]++;
    }
    double[] x = new double[bins + 2];
    double[] y = new double[bins + 2];
    x[0] = RunTraces.significant(low);
    for (int bin = 0; bin < bins; bin++) {
      x[bin + 1] = RunTraces.significant(low + bin * width);
      y[bin + 1] = RunTraces.significant(100.0 * counts[bin] / run.norms().length);
    }
    x[bins + 1] = RunTraces.significant(low + bins * width);
    // Line shape "hv": along to the next point's x, then up or down to its y.
    Line line =
        Line.builder()
            .color(style.color())
            .dash(style.dash())
            .width(style.width())
            .shape(Line.Shape.HV)
            .build();
    return ScatterTrace.builder(x, y)
        .name(style.legendName())
        .mode(ScatterTrace.Mode.LINE)
        .line(line)
        .build();
  }

  /** Collects the runs and options; {@link #build()} checks them. */
  public static final class Builder {
    private String title = TITLE;
    private int bins = DEFAULT_BINS;
    private final List<RunNorms> runs = new ArrayList<>();

    private Builder() {}

    /** The figure's title (default {@value FeatureNormHistogram#TITLE}). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The number of bins, shared by all runs (default {@value #DEFAULT_BINS}). */
    public Builder bins(int bins) {
      this.bins = bins;
      return this;
    }

    /**
     * Adds a run: the feature norm of each of its images.
     *
     * @param alpha the run's setting, which gives its label and whether it is plain softmax
     * @param norms one norm per image, each finite and >= 0; copied
     * @throws IllegalArgumentException if a norm is negative or not finite, or there is none
     */
    public Builder run(AlphaSetting alpha, double[] norms) {
      if (alpha == null || norms == null) {
        throw new IllegalArgumentException("alpha and norms must not be null");
      }
      if (norms.length == 0) {
        throw new IllegalArgumentException("run '" + alpha.label() + "' has no norms");
      }
      for (int i = 0; i < norms.length; i++) {
        if (!(norms[i] >= 0) || Double.isInfinite(norms[i])) {
          throw new IllegalArgumentException(
              "norms must be finite and >= 0, got " + norms[i] + " for image " + i + " of run '"
                  + alpha.label() + "'");
        }
      }
      runs.add(new RunNorms(alpha.label(), alpha.isPlain(), norms.clone()));
      return this;
    }

    /**
     * Checks the options and returns the histogram.
     *
     * @throws IllegalArgumentException if no run was added, bins is below 1 or the title is blank
     */
    public FeatureNormHistogram build() {
      if (runs.isEmpty()) {
        throw new IllegalArgumentException("add at least one run with run(alpha, norms)");
      }
      if (bins < 1) {
        throw new IllegalArgumentException("bins must be >= 1, got " + bins);
      }
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("title must not be blank, got '" + title + "'");
      }
      return new FeatureNormHistogram(title, bins, runs);
    }
  }

  /** The norms of one run and how it is labelled. */
  private record RunNorms(String label, boolean plainSoftmax, double[] norms) {}
}
