package org.l2softmax.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Teaches IJava's renderer to show Tablesaw tables and figures as the toolkit's views, so that a
 * bare {@code table} or {@code figure} at the end of a cell renders as it does in
 * rapaio-jupyter-kernel.
 *
 * <p>Called by reflection from {@link Notebook#setup()} when IJava runs; naming this class
 * elsewhere would make the toolkit need IJava's base library.
 */
final class IJavaRenderers {

  private IJavaRenderers() {}

  /** Registers with the running kernel, an IJava {@code BaseKernel}. */
  static void registerWithKernel(Object kernel) {
    register(((BaseKernel) kernel).getRenderer());
  }

  static void register(Renderer renderer) {
    registerView(renderer, Table.class, table -> Notebook.table(table));
    registerView(renderer, Figure.class, Notebook::figure);
  }

  private static <T> void registerView(
      Renderer renderer, Class<T> type, Function<T, HtmlView> toView) {
    renderer.createRegistration(type)
        .preferring(MIMEType.TEXT_HTML)
        .supporting(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((value, context) -> {
          HtmlView view = toView.apply(value);
          context.renderIfRequested(MIMEType.TEXT_HTML, view::html);
          context.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
        });
  }
}
