package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.ScatterTrace;

class HtmlReportTest {

  private static final Pattern SCRIPT_WITH_SRC =
      Pattern.compile("<script[^>]*\\bsrc\\s*=", Pattern.CASE_INSENSITIVE);

  /** How Tablesaw calls plotly for a figure; plotly.js itself mentions Plotly.newPlot too. */
  static final String NEW_PLOT = "Plotly.newPlot(target_";

  private final Table history = HistoryTables.sweep(120, 20);

  @TempDir Path folder;

  private HtmlReport twoFigures() {
    return HtmlReport.builder()
        .title("sweep")
        .figure("Accuracy", AccuracyPlot.create(history))
        .figure("Norm", FeatureNormPlot.create(history))
        .build();
  }

  @Test
  void inlinesPlotlyAndDrawsEachFigureOnce() throws IOException {
    Path file = twoFigures().write(folder.resolve("report.html"));

    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("plotly.js v2.35.3");
    assertThat(html.length()).isGreaterThan(4_000_000);
    assertThat(count(html, NEW_PLOT)).isEqualTo(2);
    assertThat(html).contains("<div id=\"figure_1\">").contains("<div id=\"figure_2\">");
    assertThat(html).contains("<h2>Accuracy</h2>").contains("<h2>Norm</h2>");
  }

  @Test
  void loadsNoScriptFromAnywhere() {
    String html = twoFigures().toHtml();

    assertThat(SCRIPT_WITH_SRC.matcher(html).find()).isFalse();
    // plotly.js names URLs (map tiles, the geo data it would fetch for maps), the rest none.
    assertThat(html.substring(html.indexOf("</head>"))).doesNotContain("http");
  }

  @Test
  void placesPlotlyBeforeTheFigures() {
    String html = twoFigures().toHtml();

    assertThat(html.indexOf("plotly.js v2.35.3")).isLessThan(html.indexOf(NEW_PLOT));
    assertThat(html.indexOf("</head>")).isLessThan(html.indexOf("<h1>sweep</h1>"));
  }

  @Test
  void escapesTitleAndHeadings() {
    String html =
        HtmlReport.builder()
            .title("a <b> & c")
            .figure("x < y", AccuracyPlot.create(history))
            .build()
            .toHtml();

    assertThat(html)
        .contains("<title>a &lt;b&gt; &amp; c</title>")
        .contains("<h2>x &lt; y</h2>")
        .doesNotContain("<b>");
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    twoFigures().write(folder.resolve("report.html"));

    assertThat(filesIn(folder)).containsExactly("report.html");
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path file = folder.resolve("report.html");
    Files.writeString(file, "old report");

    twoFigures().write(file);

    assertThat(Files.readString(file)).contains("plotly.js v2.35.3").doesNotContain("old report");
    assertThat(filesIn(folder)).containsExactly("report.html");
  }

  @Test
  void leavesTheOldFileAsItWasWhenAFigureFails() throws IOException {
    Path file = folder.resolve("report.html");
    Files.writeString(file, "old report");
    HtmlReport report =
        HtmlReport.builder()
            .title("sweep")
            .figure("Accuracy", AccuracyPlot.create(history))
            .figure("Broken", new FailingFigure())
            .build();

    assertThatThrownBy(() -> report.write(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("figure failed on purpose");

    assertThat(Files.readString(file)).isEqualTo("old report");
    assertThat(filesIn(folder)).containsExactly("report.html");
  }

  @Test
  void createsNoFileWhenAFigureFails() throws IOException {
    HtmlReport report =
        HtmlReport.builder().title("sweep").figure("Broken", new FailingFigure()).build();

    assertThatThrownBy(() -> report.write(folder.resolve("report.html")))
        .isInstanceOf(IllegalStateException.class);

    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void createsTheFolder() throws IOException {
    Path file = folder.resolve("results/sweep/report.html");

    twoFigures().write(file);

    assertThat(file).isRegularFile();
  }

  @Test
  void refusesToReplaceAFolder() throws IOException {
    Path target = Files.createDirectory(folder.resolve("report.html"));

    assertThatThrownBy(() -> twoFigures().write(target))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("it is a folder");
    assertThat(target).isDirectory();
  }

  @Test
  void rejectsAReportWithoutFigures() {
    assertThatThrownBy(() -> HtmlReport.builder().title("sweep").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no figures");
  }

  @Test
  void rejectsABlankTitle() {
    HtmlReport.Builder builder =
        HtmlReport.builder().title(" ").figure("Accuracy", AccuracyPlot.create(history));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title must be non-blank text, got ' '");
  }

  @Test
  void rejectsABlankHeading() {
    Figure figure = AccuracyPlot.create(history);

    assertThatThrownBy(() -> HtmlReport.builder().figure("", figure))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heading must be non-blank text, got '' for figure 1");
  }

  @Test
  void sweepReportHasTheFourStandardFigures() {
    HtmlReport report = SweepReport.create(history);

    String html = report.toHtml();
    assertThat(report.figureCount()).isEqualTo(4);
    assertThat(report.title()).isEqualTo(SweepReport.DEFAULT_TITLE);
    assertThat(count(html, NEW_PLOT)).isEqualTo(4);
    assertThat(html)
        .contains("<h2>Test accuracy</h2>")
        .contains("<h2>Test accuracy after convergence</h2>")
        .contains("<h2>Penultimate feature norm</h2>")
        .contains("<h2>Training loss</h2>");
  }

  static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  /** A figure whose drawing script cannot be generated. */
  private static final class FailingFigure extends Figure {

    FailingFigure() {
      super(ScatterTrace.builder(new double[] {1}, new double[] {1}).build());
    }

    @Override
    public String asJavascript(String divName) {
      throw new IllegalStateException("figure failed on purpose");
    }
  }
}
