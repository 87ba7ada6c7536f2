package org.l2softmax.plots;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/** Reads back what a figure's traces hold, from the JavaScript Tablesaw generates. */
final class TraceData {

  private TraceData() {}

  static List<String> names(Figure figure) {
    return Arrays.stream(figure.getTraces()).map(Trace::name).toList();
  }

  static String javascript(Figure figure, int trace) {
    return figure.getTraces()[trace].asJavascript(trace);
  }

  static double[] x(Figure figure, int trace) {
    return array(javascript(figure, trace), "x");
  }

  static double[] y(Figure figure, int trace) {
    return array(javascript(figure, trace), "y");
  }

  /** Whether the trace's line is black and dashed, the plain softmax style. */
  static boolean isBlackDashed(Figure figure, int trace) {
    String js = javascript(figure, trace);
    return js.matches("(?s).*\"dash\"\\s*:\\s*\"dash\".*")
        && js.matches("(?s).*\"color\"\\s*:\\s*\"#000000\".*");
  }

  /** Whether the trace's line is solid. */
  static boolean isSolid(Figure figure, int trace) {
    return javascript(figure, trace).matches("(?s).*\"dash\"\\s*:\\s*\"solid\".*");
  }

  private static double[] array(String javascript, String key) {
    Matcher matcher = Pattern.compile("(?m)^" + key + ": \\[(.*?)\\],$").matcher(javascript);
    if (!matcher.find()) {
      throw new AssertionError("no '" + key + "' array in trace:\n" + javascript);
    }
    String body = matcher.group(1).trim();
    if (body.isEmpty()) {
      return new double[0];
    }
    return Arrays.stream(body.split(","))
        .map(value -> value.trim().replace("\"", ""))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }
}
