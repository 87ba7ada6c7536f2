package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class FigureHtmlTest {

  private final Figure figure = AccuracyPlot.create(HistoryTables.sweep(120, 20));

  @Test
  void drawsTheFigureWithoutPlotly() {
    String html = FigureHtml.fragment(figure, "accuracy");

    assertThat(html).startsWith("<div id=\"accuracy\"></div>");
    assertThat(HtmlReportTest.count(html, HtmlReportTest.NEW_PLOT)).isEqualTo(1);
    assertThat(html).doesNotContain("plotly.js v").doesNotContain("src=");
    assertThat(html.length()).isLessThan(100_000);
  }

  @Test
  void saysSoWhenPlotlyIsMissing() {
    assertThat(FigureHtml.fragment(figure, "accuracy"))
        .contains("typeof Plotly === 'undefined'")
        .contains("PlotlyScript.notebookTag()");
  }

  @Test
  void givesEachFragmentItsOwnDiv() {
    String first = divId(FigureHtml.fragment(figure));
    String second = divId(FigureHtml.fragment(figure));

    assertThat(first).startsWith("l2softmax_").isNotEqualTo(second);
    assertThat(second).matches("[A-Za-z_][A-Za-z0-9_]*");
  }

  @Test
  void rejectsADivIdThatIsNoJavaScriptName() {
    assertThatThrownBy(() -> FigureHtml.fragment(figure, "figure-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 'figure-1'");
    assertThatThrownBy(() -> FigureHtml.fragment(figure, "1figure"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsANullFigure() {
    assertThatThrownBy(() -> FigureHtml.fragment(null, "accuracy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figure must not be null");
  }

  private static String divId(String html) {
    Matcher matcher = Pattern.compile("^<div id=\"([^\"]+)\">").matcher(html);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
