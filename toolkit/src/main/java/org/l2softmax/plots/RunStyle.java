package org.l2softmax.plots;

import java.util.Locale;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;

/**
 * How a run is drawn: plain softmax as a thick black dashed line, every other run as a solid line
 * in a colour of the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies), in the order the runs appear.
 *
 * @param legendName the name shown in the legend and on hover
 * @param color the CSS colour of line and markers
 * @param dash the line's dash pattern
 * @param width the line width in pixels
 */
record RunStyle(String legendName, String color, Line.Dash dash, double width) {

  static final String PLAIN_SOFTMAX_COLOR = "#000000";

  static final String PLAIN_SOFTMAX_SUFFIX = " (plain softmax)";

  /** Characters that end a line in JavaScript source but not in Java's. */
  private static final char LINE_SEPARATOR = 0x2028;

  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  /**
   * Okabe-Ito without its black (kept for plain softmax); the sky blue comes late, as it is hard
   * to tell from the first colour, and the yellow last, as it is faint.
   */
  private static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442"
  };

  /**
   * The style of a run.
   *
   * @param run the run label from the history table
   * @param plainSoftmax whether the run is plain softmax
   * @param colorIndex how many non-plain runs came before this one
   */
  static RunStyle of(String run, boolean plainSoftmax, int colorIndex) {
    String name = legendSafe(run);
    if (plainSoftmax) {
      String legendName = plainSoftmaxName(name);
      return new RunStyle(legendName, PLAIN_SOFTMAX_COLOR, Line.Dash.DASH, 3);
    }
    return new RunStyle(name, PALETTE[colorIndex % PALETTE.length], Line.Dash.SOLID, 2);
  }

  /** "softmax" becomes "plain softmax"; another label gains the suffix unless it says so. */
  private static String plainSoftmaxName(String name) {
    String lower = name.toLowerCase(Locale.ROOT).trim();
    if (lower.contains("plain softmax")) {
      return name;
    }
    return lower.equals("softmax") ? "plain softmax" : name + PLAIN_SOFTMAX_SUFFIX;
  }

  Line line() {
    return Line.builder().color(color).dash(dash).width(width).build();
  }

  Marker marker() {
    return Marker.builder().color(color).size(5).build();
  }

  /**
   * Replaces what would break Tablesaw's trace template, which puts the name between single
   * quotes in JavaScript and escapes only HTML: backslashes and line or control characters become
   * spaces. Double quotes become single ones, since the template writes them as {@code &quot;},
   * which plotly's legend shows literally (it decodes {@code &#39;}, the single quote's escape).
   */
  private static String legendSafe(String run) {
    StringBuilder safe = new StringBuilder(run.length());
    for (char c : run.toCharArray()) {
      boolean endsLine = c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
      if (c == '"') {
        safe.append('\'');
      } else {
        safe.append(c == '\\' || Character.isISOControl(c) || endsLine ? ' ' : c);
      }
    }
    return safe.toString();
  }
}
