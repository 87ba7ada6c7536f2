package org.l2softmax.notebook;

import java.util.List;
import java.util.function.Function;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.MimeType;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Renders the toolkit's views, Tablesaw tables and figures as HTML with a text form in
 * rapaio-jupyter-kernel.
 *
 * <p>The kernel finds this class through its {@code DisplayProvider} service interface (listed in
 * {@code META-INF/services}) once the toolkit jar is on the kernel's class path. Other JVMs never
 * load it, so the toolkit does not need the kernel's jar.
 */
public final class RapaioDisplayProvider implements DisplayProvider {

  /** Called by the kernel's service loader. */
  public RapaioDisplayProvider() {}

  @Override
  public List<DisplayRenderer> getDisplayRenderers() {
    return List.of(
        new ViewRenderer<>(HtmlView.class, view -> view),
        new ViewRenderer<>(Table.class, table -> Notebook.table(table)),
        new ViewRenderer<>(Figure.class, Notebook::figure));
  }

  @Override
  public List<DisplayTransformer> getDisplayTransformers() {
    return List.of();
  }

  /** Renders one type through its view, as HTML, text or both. */
  private static final class ViewRenderer<T> implements DisplayRenderer {

    private final Class<T> type;
    private final Function<T, HtmlView> toView;

    ViewRenderer(Class<T> type, Function<T, HtmlView> toView) {
      this.type = type;
      this.toView = toView;
    }

    @Override
    public Class<?> rendererClass() {
      return type;
    }

    @Override
    public boolean canRender(String mime) {
      return mime == null || mime.isBlank() || mimeType(mime) != null;
    }

    @Override
    public DisplayData render(String mime, Object value) {
      HtmlView view = toView.apply(type.cast(value));
      MimeType wanted = mime == null || mime.isBlank() ? null : mimeType(mime);
      if (wanted == MimeType.TEXT) {
        return DisplayData.fromText(view.text());
      }
      DisplayData data = DisplayData.fromHtml(view.html());
      if (wanted == null) {
        data.putText(view.text());
      }
      return data;
    }

    /** HTML or text, or null for a type this renderer does not produce. */
    private static MimeType mimeType(String mime) {
      for (MimeType candidate : List.of(MimeType.HTML, MimeType.TEXT)) {
        if (candidate.longType().equals(mime) || candidate.shortTypes().contains(mime)
            || candidate.name().equals(mime)) {
          return candidate;
        }
      }
      return null;
    }
  }
}
