package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The rendering path of IJava, with the renderer of its base library (jupyter-jvm-basekernel
 * 2.3.0, which IJava 1.3.0 is built on): what the kernel does with a cell's last value.
 */
class IJavaRenderingTest {

  private static final Table TABLE =
      Table.create("counts", IntColumn.create("digit", new int[] {0, 1}));

  @Test
  void viewsRenderThemselvesWhenIJavasLibraryIsPresent() {
    HtmlView view = Notebook.table(TABLE);

    assertThat(view).isInstanceOf(DisplayDataRenderable.class);
    DisplayData data = new Renderer().render(view);
    assertThat(data.getData(MIMEType.TEXT_HTML)).isEqualTo(view.html());
    assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo(view.text());
  }

  @Test
  void registeredRenderersShowBareTablesAndFigures() {
    Renderer renderer = new Renderer();
    IJavaRenderers.register(renderer);

    DisplayData table = renderer.render(TABLE);
    DisplayData figure = renderer.render(FigureViewTest.figure("Loss"));

    assertThat(table.getData(MIMEType.TEXT_HTML).toString())
        .contains("data-l2softmax-table=\"counts\"");
    assertThat(table.getData(MIMEType.TEXT_PLAIN).toString()).startsWith("counts (2 rows");
    assertThat(figure.getData(MIMEType.TEXT_HTML).toString())
        .contains("data-l2softmax-figure=\"Loss\"");
  }

  @Test
  void withoutRegistrationATableIsOnlyText() {
    DisplayData data = new Renderer().render(TABLE);

    assertThat(data.hasDataForType(MIMEType.TEXT_HTML)).isFalse();
  }

  @Test
  void aPlainViewWorksWithoutIJava() {
    HtmlView plain = new HtmlView("html", "n", "<b>x</b>", "x");

    assertThat(plain).isNotInstanceOf(DisplayDataRenderable.class);
    assertThat(plain.toString()).isEqualTo("x");
    assertThat(new Renderer().render(plain).getData(MIMEType.TEXT_PLAIN)).isEqualTo("x");
  }
}
