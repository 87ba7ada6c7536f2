package org.l2softmax.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.l2softmax.plots.FigureHtml;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Draws a figure as a notebook fragment: the plotly.js drawing, and a short text description in
 * its place wherever no script runs.
 *
 * <p>The description (title and legend) is plain HTML, so a viewer that runs no scripts, such as
 * GitHub's notebook preview or a Jupyter notebook that is not trusted, shows it instead of an
 * empty space; once plotly.js has drawn the figure, a script hides it. The numbers behind a
 * figure are not repeated here: notebooks show them as tables.
 */
final class FigureRendering {

  /** Unique within this JVM and, with the random part, within one notebook across restarts. */
  private static final String ID_PREFIX =
      "l2softmax_nb_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + "_";

  private static final AtomicLong NEXT_ID = new AtomicLong(1);

  private FigureRendering() {}

  static HtmlView view(Figure figure) {
    if (figure == null) {
      throw new IllegalArgumentException("figure must not be null");
    }
    String title = title(figure);
    List<String> legend = legend(figure);
    String divId = ID_PREFIX + NEXT_ID.getAndIncrement();
    return HtmlView.of("figure", title, html(figure, divId, title, legend), text(title, legend));
  }

  private static String title(Figure figure) {
    Layout layout = figure.getLayout();
    String title = layout == null ? null : layout.getTitle();
    return title == null || title.isBlank() ? "untitled figure" : title;
  }

  private static List<String> legend(Figure figure) {
    List<String> names = new ArrayList<>();
    Trace[] traces = figure.getTraces();
    if (traces != null) {
      for (Trace trace : traces) {
        String name = trace.name();
        names.add(name == null || name.isBlank() ? "(unnamed line)" : name);
      }
    }
    return names;
  }

  private static String html(Figure figure, String divId, String title, List<String> legend) {
    String staticId = divId + "_static";
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"l2softmax-figure\" data-l2softmax-figure=\"")
        .append(Markup.escape(title)).append("\">\n")
        .append(FigureHtml.fragment(figure, divId))
        .append("<div id=\"").append(staticId).append("\" class=\"l2softmax-figure-static\">")
        .append("<p><b>Figure: ").append(Markup.escape(title)).append("</b> ")
        .append("(an interactive plot, drawn by plotly.js when the notebook runs in Jupyter)")
        .append(legend.isEmpty() ? "" : "; lines:").append("</p>\n");
    if (!legend.isEmpty()) {
      out.append("<ul>");
      for (String name : legend) {
        out.append("<li>").append(Markup.escape(name)).append("</li>");
      }
      out.append("</ul>\n");
    }
    out.append("</div>\n")
        .append("<script>if (typeof Plotly !== 'undefined') { document.getElementById('")
        .append(staticId).append("').style.display = 'none'; }</script>\n")
        .append("</div>\n");
    return out.toString();
  }

  private static String text(String title, List<String> legend) {
    String lines = legend.isEmpty() ? "" : "; lines: " + String.join(", ", legend);
    return "Figure: " + title + " (plotly.js, drawn only in Jupyter)" + lines;
  }
}
