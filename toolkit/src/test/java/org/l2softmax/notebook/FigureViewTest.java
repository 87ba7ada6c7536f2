package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

class FigureViewTest {

  static Figure figure(String title) {
    double[] x = {1, 2, 3};
    return new Figure(
        Layout.builder().title(title).build(),
        ScatterTrace.builder(x, new double[] {10, 40, 60}).name("softmax").build(),
        ScatterTrace.builder(x, new double[] {20, 50, 70}).name("alpha=16").build());
  }

  @Test
  void drawsTheFigureInsideADivNamedForTheRunner() {
    HtmlView view = Notebook.figure(figure("Test accuracy"));

    assertThat(view.kind()).isEqualTo("figure");
    assertThat(view.name()).isEqualTo("Test accuracy");
    assertThat(view.html())
        .startsWith("<div class=\"l2softmax-figure\" data-l2softmax-figure=\"Test accuracy\">")
        .contains("Plotly.newPlot(")
        .doesNotContain("plotly.js v")
        .endsWith("</div>\n");
  }

  @Test
  void describesTheFigureWhereNoScriptRunsAndHidesThatOnceDrawn() {
    String html = Notebook.figure(figure("Test accuracy")).html();
    String id = plotDivId(html);

    assertThat(html)
        .contains("<div id=\"" + id + "_static\" class=\"l2softmax-figure-static\">")
        .contains("<b>Figure: Test accuracy</b>")
        .contains("<li>softmax</li><li>alpha=16</li>")
        .contains("if (typeof Plotly !== 'undefined') { document.getElementById('" + id
            + "_static').style.display = 'none'; }");
  }

  @Test
  void hasATextFormWithTitleAndLegend() {
    assertThat(Notebook.figure(figure("Loss")).text())
        .isEqualTo("Figure: Loss (plotly.js, drawn only in Jupyter); lines: softmax, alpha=16");
  }

  @Test
  void escapesTheTitle() {
    String html = Notebook.figure(figure("a < b & \"c\"")).html();

    assertThat(html)
        .contains("data-l2softmax-figure=\"a &lt; b &amp; &quot;c&quot;\"")
        .contains("<b>Figure: a &lt; b &amp; &quot;c&quot;</b>");
  }

  @Test
  void givesEveryFigureItsOwnDiv() {
    String first = plotDivId(Notebook.figure(figure("A")).html());
    String second = plotDivId(Notebook.figure(figure("A")).html());

    assertThat(first).startsWith("l2softmax_nb_").isNotEqualTo(second);
    assertThat(second).matches("[A-Za-z_][A-Za-z0-9_]*");
  }

  @Test
  void namesAnUntitledFigure() {
    Figure untitled = new Figure(ScatterTrace.builder(new double[] {1}, new double[] {2}).build());

    assertThat(Notebook.figure(untitled).name()).isEqualTo("untitled figure");
  }

  @Test
  void rejectsANullFigure() {
    assertThatThrownBy(() -> Notebook.figure(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figure must not be null");
  }

  private static String plotDivId(String html) {
    Matcher matcher = Pattern.compile("\n<div id=\"([^\"]+)\"></div>").matcher(html);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
