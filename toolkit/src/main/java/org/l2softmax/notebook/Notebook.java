package org.l2softmax.notebook;

import java.util.concurrent.atomic.AtomicBoolean;
import org.l2softmax.plots.PlotlyScript;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * What a notebook cell calls to show tables and figures the same way in rapaio-jupyter-kernel,
 * in IJava and in plain JShell.
 *
 * <p>A notebook starts with {@link #setup()} as the last expression of its first code cell; it
 * loads plotly.js from the toolkit (no network needed). After that, a {@link Table}, a {@link
 * Figure} or an {@link HtmlView} as the last expression of a cell renders as rich HTML, and
 * {@link #show(Object)} shows one in the middle of a cell:
 *
 * <pre>{@code
 * Notebook.setup()                                  // first cell
 * Notebook.show(Notebook.table(summary));           // any cell, any number of times
 * AccuracyPlot.create(history)                      // last expression: drawn as a figure
 * }</pre>
 *
 * <p>Use {@code Notebook.show} rather than a kernel's own {@code display(...)}: IJava and
 * rapaio-jupyter-kernel both return a display id from {@code display}, which then appears as a
 * cell output of its own, and plain JShell has no {@code display} at all.
 */
public final class Notebook {

  /** Rows a table shows before it leaves out the middle ones. */
  public static final int DEFAULT_MAX_ROWS = 20;

  private static final AtomicBoolean IJAVA_RENDERERS = new AtomicBoolean();

  private Notebook() {}

  /**
   * Prepares the notebook: loads plotly.js (about 4.5 MB, once per notebook) and, under IJava,
   * teaches the kernel to render tables and figures. Make it the last expression of the first
   * code cell, so that the kernel shows what it returns.
   *
   * @return the plotly.js loader and a line that says whether plotly.js is running
   */
  public static HtmlView setup() {
    JupyterKernel kernel = JupyterKernel.current();
    if (kernel == JupyterKernel.IJAVA && IJAVA_RENDERERS.compareAndSet(false, true)) {
      registerIJavaRenderers();
    }
    String about = "l2softmax toolkit " + toolkitVersion() + ", kernel: " + kernelDescription();
    String statusId = "l2softmax_setup_" + Long.toHexString(System.nanoTime());
    String html = PlotlyScript.notebookTag()
        + "<p class=\"l2softmax-setup\" data-l2softmax-setup=\"plotly\">"
        + Markup.escape(about) + ". <span id=\"" + statusId + "\">plotly.js is not running"
        + " here (scripts are off, or the notebook is not trusted): figures show as text."
        + "</span></p>\n"
        + "<script>if (typeof Plotly !== 'undefined') { document.getElementById('" + statusId
        + "').textContent = 'plotly.js " + PlotlyScript.VERSION
        + " loaded from the toolkit, no network needed.'; }</script>\n";
    String text = about + ". plotly.js " + PlotlyScript.VERSION
        + " draws figures in Jupyter only; here they show as text.";
    return HtmlView.of("setup", "plotly", html, text);
  }

  /**
   * Shows a value as a cell output now, in the middle of a cell: a table or figure as its view,
   * a view as it is, anything else as the kernel shows it. Outside a kernel it prints the text
   * form.
   *
   * @param value what to show
   */
  public static void show(Object value) {
    JupyterKernel.current().display(asView(value));
  }

  /**
   * A table as HTML, with at most {@value #DEFAULT_MAX_ROWS} rows (the first and the last ones),
   * numbers with four significant digits.
   */
  public static HtmlView table(Table table) {
    return table(table, DEFAULT_MAX_ROWS);
  }

  /**
   * A table as HTML, numbers with four significant digits.
   *
   * @param table the table; its name becomes the caption and the name the runner checks
   * @param maxRows rows shown at most (at least 1): the first and the last ones, with a line that
   *     counts the rows left out between them
   */
  public static HtmlView table(Table table, int maxRows) {
    return TableRendering.view(table, maxRows);
  }

  /**
   * A figure as HTML: the plotly.js drawing (needs {@link #setup()} earlier in the notebook), and
   * its title and legend as text wherever no script runs.
   *
   * @param figure the figure; its title is the name the runner checks
   */
  public static HtmlView figure(Figure figure) {
    return FigureRendering.view(figure);
  }

  /**
   * Any HTML, with a text form for JShell and for viewers that show no HTML.
   *
   * @param name a name for the runner's checks, {@code data-l2softmax-html="name"}
   * @param html an HTML fragment
   * @param text the same content as plain text
   */
  public static HtmlView html(String name, String html, String text) {
    if (name == null || html == null || text == null) {
      throw new IllegalArgumentException("name, html and text must not be null, got name "
          + name + (html == null ? ", null html" : "") + (text == null ? ", null text" : ""));
    }
    String wrapped = "<div class=\"l2softmax-html\" data-l2softmax-html=\""
        + Markup.escape(name) + "\">\n" + html + "\n</div>\n";
    return HtmlView.of("html", name, wrapped, text);
  }

  /** The knobs a notebook reads from the environment; see {@link NotebookSettings}. */
  public static NotebookSettings settings() {
    return NotebookSettings.fromEnvironment();
  }

  /** The kernel this notebook runs in, with its version: for example "IJava 1.3.0". */
  public static String kernelDescription() {
    JupyterKernel kernel = JupyterKernel.current();
    String version = kernel.version();
    return version.isEmpty() ? kernel.label() : kernel.label() + " " + version;
  }

  /**
   * The versions a notebook runs on, one row per component: Java, the kernel, the toolkit,
   * Deeplearning4j, ND4J's CPU backend, Tablesaw and plotly.js. Cheap: it starts no ND4J backend.
   *
   * @return a table named "versions" with the columns "component" and "version"
   */
  public static Table versions() {
    ClassLoader loader = Notebook.class.getClassLoader();
    StringColumn component = StringColumn.create("component");
    StringColumn version = StringColumn.create("version");
    component.append("Java");
    version.append(Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")");
    component.append("Jupyter kernel");
    version.append(kernelDescription());
    component.append("l2softmax toolkit");
    version.append(toolkitVersion());
    component.append("Deeplearning4j");
    version.append(JupyterKernel.mavenVersion("org.deeplearning4j", "deeplearning4j-nn", loader));
    component.append("ND4J CPU backend");
    version.append(JupyterKernel.mavenVersion("org.nd4j", "nd4j-native", loader));
    component.append("Tablesaw");
    version.append(JupyterKernel.mavenVersion("tech.tablesaw", "tablesaw-core", loader));
    component.append("plotly.js");
    version.append(PlotlyScript.VERSION + " (inside the toolkit)");
    return Table.create("versions", component, version);
  }

  /** The toolkit's version from its jar, or a note that it runs from a build folder. */
  static String toolkitVersion() {
    String version = JupyterKernel.mavenVersion(
        "org.l2softmax", "l2softmax-toolkit", Notebook.class.getClassLoader());
    return "unknown".equals(version) ? "(from the build folder, not a jar)" : version;
  }

  static Object asView(Object value) {
    if (value instanceof Table table) {
      return table(table);
    }
    if (value instanceof Figure figure) {
      return figure(figure);
    }
    return value;
  }

  private static void registerIJavaRenderers() {
    ClassLoader loader = Notebook.class.getClassLoader();
    Object kernel = JupyterKernel.ijavaKernelInstance(loader);
    try {
      Class.forName(Notebook.class.getPackageName() + ".IJavaRenderers", true, loader)
          .getDeclaredMethod("registerWithKernel", Object.class)
          .invoke(null, kernel);
    } catch (ReflectiveOperationException | LinkageError e) {
      // Limitation: then a bare table or figure shows as text under IJava; Notebook.table(...)
      // and Notebook.figure(...) still render, since their views render themselves.
      System.err.println("l2softmax: could not register table and figure rendering with IJava: "
          + e);
    }
  }
}
