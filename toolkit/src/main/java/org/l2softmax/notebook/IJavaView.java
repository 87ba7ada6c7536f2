package org.l2softmax.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Set;

/**
 * A view that IJava renders by itself, as HTML and as text.
 *
 * <p>Only {@link HtmlView#of} creates it, by reflection, and only when IJava's base library is
 * on the class path: naming this class anywhere else would make the toolkit need that library.
 */
final class IJavaView extends HtmlView implements DisplayDataRenderable {

  private static final Set<MIMEType> TYPES = Set.of(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN);

  IJavaView(String kind, String name, String html, String text) {
    super(kind, name, html, text);
  }

  @Override
  public Set<MIMEType> getSupportedRenderTypes() {
    return TYPES;
  }

  @Override
  public Set<MIMEType> getPreferredRenderTypes() {
    return TYPES;
  }

  @Override
  public void render(RenderContext context) {
    context.renderIfRequested(MIMEType.TEXT_HTML, this::html);
    context.renderIfRequested(MIMEType.TEXT_PLAIN, this::text);
  }
}
