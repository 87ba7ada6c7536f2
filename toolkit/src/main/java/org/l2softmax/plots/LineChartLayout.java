package org.l2softmax.plots;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.TickSettings;

/**
 * The layout shared by the per-run line charts: iteration on x, a titled y axis, fixed size.
 *
 * <p>A logarithmic y axis is labelled at 1, 2 and 5 times each power of ten; plotly's default
 * labels every digit there, which crowds the axis when the data span only one or two decades.
 */
final class LineChartLayout {

  static final int WIDTH = 900;

  static final int HEIGHT = 500;

  static final String ITERATION_TITLE = "iteration";

  /** Plotly's log-axis tick step that labels 1, 2 and 5 times each power of ten. */
  private static final String LOG_TICKS_1_2_5 = "D2";

  private LineChartLayout() {}

  static Layout of(String title, String yTitle, Axis.Type yType) {
    Axis.AxisBuilder yAxis = Axis.builder().title(yTitle).type(yType);
    if (yType == Axis.Type.LOG) {
      yAxis.tickSettings(TickSettings.builder().dTick(LOG_TICKS_1_2_5).build());
    }
    return Layout.builder()
        .title(title)
        .width(WIDTH)
        .height(HEIGHT)
        .xAxis(Axis.builder().title(ITERATION_TITLE).build())
        .yAxis(yAxis.build())
        .build();
  }
}
