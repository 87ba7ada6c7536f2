package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.l2softmax.plots.PlotlyScript;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class NotebookTest {

  @Test
  void setupLoadsPlotlyOnceAndSaysWhetherItRuns() {
    HtmlView setup = Notebook.setup();

    assertThat(setup.kind()).isEqualTo("setup");
    assertThat(setup.html())
        .startsWith(PlotlyScript.notebookTag())
        .contains("data-l2softmax-setup=\"plotly\"")
        .contains("plotly.js is not running here")
        .contains("textContent = 'plotly.js " + PlotlyScript.VERSION + " loaded");
    assertThat(setup.html().length()).isBetween(4_000_000, 5_000_000);
    assertThat(setup.text())
        .contains("kernel: none (plain JVM or JShell)")
        .contains("plotly.js " + PlotlyScript.VERSION + " draws figures in Jupyter only")
        .doesNotContain("<");
  }

  @Test
  void showPrintsTheTextFormOutsideAKernel() {
    Table table = Table.create("t", IntColumn.create("a", new int[] {7}));

    String printed = printed(() -> Notebook.show(table));

    assertThat(printed).isEqualTo("t (1 row x 1 column)\na\n7\n\n");
  }

  @Test
  void showTurnsTablesAndFiguresIntoViews() {
    Table table = Table.create("t", IntColumn.create("a", new int[] {7}));

    assertThat(Notebook.asView(table)).isInstanceOf(HtmlView.class);
    assertThat(Notebook.asView(FigureViewTest.figure("F"))).isInstanceOf(HtmlView.class);
    assertThat(Notebook.asView("text")).isEqualTo("text");
  }

  @Test
  void wrapsHtmlWithItsName() {
    HtmlView view = Notebook.html("alpha-bound", "<p>4.277</p>", "4.277");

    assertThat(view.html()).isEqualTo(
        "<div class=\"l2softmax-html\" data-l2softmax-html=\"alpha-bound\">\n<p>4.277</p>\n"
            + "</div>\n");
    assertThat(view.text()).isEqualTo("4.277");
    assertThatThrownBy(() -> Notebook.html("x", null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null html");
  }

  @Test
  void listsTheVersionsItRunsOn() {
    Table versions = Notebook.versions();

    assertThat(versions.name()).isEqualTo("versions");
    assertThat(versions.stringColumn("component").asList()).containsExactly("Java",
        "Jupyter kernel", "l2softmax toolkit", "Deeplearning4j", "ND4J CPU backend", "Tablesaw",
        "plotly.js");
    assertThat(versions.stringColumn("version").get(3)).isEqualTo("1.0.0-M2.1");
    assertThat(versions.stringColumn("version").get(5)).isEqualTo("0.44.4");
  }

  @Test
  void findsNoKernelInATestJvmEvenWithTheKernelLibrariesOnTheClassPath() {
    ClassLoader loader = NotebookTest.class.getClassLoader();

    assertThat(JupyterKernel.current()).isEqualTo(JupyterKernel.NONE);
    assertThat(JupyterKernel.detect("org.junit.platform.Launcher", loader))
        .isEqualTo(JupyterKernel.NONE);
    assertThat(Notebook.kernelDescription()).isEqualTo("none (plain JVM or JShell)");
  }

  @Test
  void recognisesRapaioByTheMainClassOrJarTheJvmStartedWith() {
    ClassLoader loader = NotebookTest.class.getClassLoader();

    assertThat(JupyterKernel.detect("org.rapaio.jupyter.kernel.MainApp /tmp/kernel-1.json",
        loader)).isEqualTo(JupyterKernel.RAPAIO);
    assertThat(JupyterKernel.detect("/k/rapaio-jupyter-kernel-3.0.1.jar /tmp/kernel-1.json",
        loader)).isEqualTo(JupyterKernel.RAPAIO);
    assertThat(JupyterKernel.RAPAIO.version()).isEqualTo("3.0.1");
  }

  static String printed(Runnable action) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
