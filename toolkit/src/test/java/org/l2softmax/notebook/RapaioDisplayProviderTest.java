package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The rendering path of rapaio-jupyter-kernel 3.0.1, with its real display system. */
class RapaioDisplayProviderTest {

  private static final Table TABLE =
      Table.create("counts", IntColumn.create("digit", new int[] {0, 1}));

  @Test
  void isFoundByTheKernelsServiceLoader() {
    assertThat(ServiceLoader.load(DisplayProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(RapaioDisplayProvider.class);
  }

  @Test
  void rendersABareTableAsHtmlAndText() {
    DisplayData data = DisplaySystem.inst().render(TABLE);

    assertThat(data.data().get("text/html").toString())
        .contains("data-l2softmax-table=\"counts\"").contains("<th>digit</th>");
    assertThat(data.data().get("text/plain").toString()).startsWith("counts (2 rows x 1 column)");
  }

  @Test
  void rendersABareFigureAndAView() {
    DisplayData figure = DisplaySystem.inst().render(FigureViewTest.figure("Loss"));
    DisplayData view = DisplaySystem.inst().render(Notebook.html("note", "<i>hi</i>", "hi"));

    assertThat(figure.data().get("text/html").toString())
        .contains("data-l2softmax-figure=\"Loss\"");
    assertThat(view.data()).containsEntry("text/plain", "hi");
    assertThat(view.data().get("text/html").toString())
        .contains("data-l2softmax-html=\"note\"").contains("<i>hi</i>");
  }

  @Test
  void givesOnlyTheMimeTypeAskedFor() {
    assertThat(DisplaySystem.inst().render("text/plain", TABLE).data()).containsOnlyKeys(
        "text/plain");
    assertThat(DisplaySystem.inst().render("html", TABLE).data()).containsOnlyKeys("text/html");
  }

  @Test
  void leavesOtherMimeTypesToTheKernel() {
    RapaioDisplayProvider provider = new RapaioDisplayProvider();

    assertThat(provider.getDisplayRenderers()).allSatisfy(renderer -> {
      assertThat(renderer.canRender(null)).isTrue();
      assertThat(renderer.canRender("text/html")).isTrue();
      assertThat(renderer.canRender("image/png")).isFalse();
    });
    assertThat(provider.getDisplayTransformers()).isEmpty();
  }
}
