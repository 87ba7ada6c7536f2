package org.l2softmax.plots;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;

/**
 * The layout shared by the per-run line charts: iteration on x, a titled y axis, fixed size.
 *
 * <p>A logarithmic y axis keeps plotly's automatic ticks: with a forced 1-2-5 step ("D2") plotly
 * prints 20 and 50 as bare "2" and "5", which reads wrong when the data span one decade.
 */
final class LineChartLayout {

  static final int WIDTH = 900;

  static final int HEIGHT = 500;

  static final String ITERATION_TITLE = "iteration";

  private LineChartLayout() {}

  /** A layout with a linear y axis and any x axis title, for plots not against iteration. */
  static Layout of(String title, String xTitle, String yTitle) {
    return Layout.builder()
        .title(title)
        .width(WIDTH)
        .height(HEIGHT)
        .xAxis(Axis.builder().title(xTitle).build())
        .yAxis(Axis.builder().title(yTitle).build())
        .build();
  }

  static Layout of(String title, String yTitle, Axis.Type yType) {
    Axis.AxisBuilder yAxis = Axis.builder().title(yTitle).type(yType);
    return Layout.builder()
        .title(title)
        .width(WIDTH)
        .height(HEIGHT)
        .xAxis(Axis.builder().title(ITERATION_TITLE).build())
        .yAxis(yAxis.build())
        .build();
  }
}
