package org.l2softmax.notebook;

import java.lang.reflect.Constructor;
import java.util.Objects;

/**
 * Something a notebook shows: HTML for Jupyter, and plain text for JShell and for readers whose
 * viewer runs no scripts.
 *
 * <p>Views come from {@link Notebook#table}, {@link Notebook#figure}, {@link Notebook#html} and
 * {@link Notebook#setup()}. As the last expression of a notebook cell a view renders itself as
 * rich HTML in both supported kernels: rapaio-jupyter-kernel finds the toolkit's display provider
 * through its service interface, and under IJava every view implements the kernel's {@code
 * DisplayDataRenderable}. In plain JShell, {@link #toString()} gives the text.
 *
 * <p>The outermost HTML element carries a {@code data-l2softmax-KIND="NAME"} attribute (for
 * example {@code data-l2softmax-table="summary"}), by which the notebook runner checks that a
 * notebook produced the tables and figures it declares.
 */
public class HtmlView {

  /** The base library of IJava, present only when the notebook runs on IJava. */
  private static final String IJAVA_RENDERABLE =
      "io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable";

  /** Builds {@code IJavaView}s when IJava's interface is loadable, else null. */
  private static final Constructor<? extends HtmlView> IJAVA_VIEW = ijavaConstructor();

  private final String kind;
  private final String name;
  private final String html;
  private final String text;

  /** Views are made by {@link #of}; only {@code IJavaView} extends this class. */
  HtmlView(String kind, String name, String html, String text) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.html = Objects.requireNonNull(html, "html");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * A view of the kind the running kernel renders best: one that IJava renders by itself when
   * IJava's base library is present, otherwise a plain view.
   */
  static HtmlView of(String kind, String name, String html, String text) {
    if (IJAVA_VIEW != null) {
      try {
        return IJAVA_VIEW.newInstance(kind, name, html, text);
      } catch (ReflectiveOperationException | LinkageError e) {
        // Limitation: a broken IJava installation gets plain views, which IJava shows as text.
        return new HtmlView(kind, name, html, text);
      }
    }
    return new HtmlView(kind, name, html, text);
  }

  /** What is shown: {@code "table"}, {@code "figure"}, {@code "html"} or {@code "setup"}. */
  public String kind() {
    return kind;
  }

  /** The table's name, the figure's title, or the name given to {@link Notebook#html}. */
  public String name() {
    return name;
  }

  /** The HTML fragment shown in Jupyter. */
  public String html() {
    return html;
  }

  /** The plain-text form, for JShell and for viewers that run no scripts. */
  public String text() {
    return text;
  }

  /** The plain-text form; JShell prints it for a view that is the value of an expression. */
  @Override
  public String toString() {
    return text;
  }

  @SuppressWarnings("unchecked")
  private static Constructor<? extends HtmlView> ijavaConstructor() {
    ClassLoader loader = HtmlView.class.getClassLoader();
    try {
      Class.forName(IJAVA_RENDERABLE, false, loader);
      Class<?> view = Class.forName(HtmlView.class.getPackageName() + ".IJavaView", true, loader);
      return (Constructor<? extends HtmlView>)
          view.getDeclaredConstructor(String.class, String.class, String.class, String.class);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
