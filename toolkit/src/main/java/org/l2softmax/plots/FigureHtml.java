package org.l2softmax.plots;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * The HTML of one figure, for notebooks and for pages that load plotly.js themselves.
 *
 * <p>A fragment is a {@code <div>} and the script that draws into it with {@code Plotly.newPlot};
 * it does not include plotly.js. In a notebook, display {@link PlotlyScript#notebookTag()} once,
 * then each fragment:
 *
 * <pre>{@code
 * display("text/html", PlotlyScript.notebookTag());
 * display("text/html", FigureHtml.fragment(AccuracyPlot.create(history)));
 * }</pre>
 *
 * <p>If plotly.js is not loaded when the fragment runs, the div says so instead of staying blank.
 */
public final class FigureHtml {

  /** Tablesaw names a JavaScript variable after the div, so the id must be an identifier. */
  private static final Pattern DIV_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Ids unique within this JVM, and unlikely to clash with another kernel's in one notebook. */
  private static final String ID_PREFIX =
      "l2softmax_" + Long.toHexString(System.nanoTime() & 0xffffffL) + "_";

  private static final AtomicLong NEXT_ID = new AtomicLong(1);

  private FigureHtml() {}

  /**
   * Returns the HTML of a figure in a div with a fresh id.
   *
   * @param figure the figure to draw
   * @return a div and its drawing script, without plotly.js
   */
  public static String fragment(Figure figure) {
    return fragment(figure, ID_PREFIX + NEXT_ID.getAndIncrement());
  }

  /**
   * Returns the HTML of a figure in a div with the given id.
   *
   * @param figure the figure to draw
   * @param divId the div's id, unique in the page: letters, digits and underscores, not starting
   *     with a digit
   * @return a div and its drawing script, without plotly.js
   * @throws IllegalArgumentException if {@code divId} is not of that form
   */
  public static String fragment(Figure figure, String divId) {
    if (figure == null) {
      throw new IllegalArgumentException("figure must not be null (div id '" + divId + "')");
    }
    if (divId == null || !DIV_ID.matcher(divId).matches()) {
      throw new IllegalArgumentException(
          "div id must be letters, digits and underscores, not starting with a digit"
              + " (it becomes a JavaScript variable name), got '" + divId + "'");
    }
    return "<div id=\"" + divId + "\"></div>\n"
        + "<script>if (typeof Plotly === 'undefined') { document.getElementById('" + divId
        + "').textContent = 'plotly.js is not loaded: show PlotlyScript.notebookTag() first'; }"
        + "</script>\n"
        + figure.asJavascript(divId);
  }
}
