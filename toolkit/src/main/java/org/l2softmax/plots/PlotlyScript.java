package org.l2softmax.plots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plotly.js library shipped inside the toolkit, so that pages and notebooks draw figures
 * without the network.
 *
 * <p>The minified bundle of plotly.js {@value #VERSION} (MIT licence, see {@code
 * plotly-LICENSE.txt} next to it) is a class path resource of this package. It is read on first
 * use and kept in memory (about 4.5 MB). Tablesaw writes layout and axis titles as plain strings,
 * which plotly.js 3 no longer accepts, so the toolkit stays on plotly.js 2.
 */
public final class PlotlyScript {

  /** The plotly.js version shipped. */
  public static final String VERSION = "2.35.3";

  /** The resource name, relative to this package. */
  static final String RESOURCE = "plotly-" + VERSION + ".min.js";

  private static final Logger LOG = LoggerFactory.getLogger(PlotlyScript.class);

  /** An end tag inside a script element would end the element early (HTML tokenisation). */
  private static final Pattern SCRIPT_END_TAG = Pattern.compile("(?i)</(script)");

  private static volatile String source;

  private PlotlyScript() {}

  /**
   * Returns the plotly.js source, safe to place between {@code <script>} and {@code </script>}.
   *
   * <p>Any {@code </script} in it is written {@code <\/script}, which JavaScript reads the same
   * inside strings and regular expressions, the only places it can occur.
   *
   * @return the source, read from the class path once and cached
   * @throws IllegalStateException if the resource is missing from the class path
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String source() {
    String cached = source;
    if (cached == null) {
      synchronized (PlotlyScript.class) {
        cached = source;
        if (cached == null) {
          cached = SCRIPT_END_TAG.matcher(read()).replaceAll("<\\\\/$1");
          source = cached;
        }
      }
    }
    return cached;
  }

  /**
   * Returns HTML that loads plotly.js once in a notebook; display it before the first figure.
   *
   * <p>Notebook front ends such as the classic Jupyter notebook carry an AMD loader
   * (require.js), and plotly.js then registers itself with that loader instead of defining the
   * global {@code Plotly} that figures call. The returned HTML hides the loader while plotly.js
   * runs and restores it afterwards. For example, in a notebook cell: {@code display("text/html",
   * PlotlyScript.notebookTag());}
   *
   * @return three script elements, plotly.js inlined in the middle one
   */
  public static String notebookTag() {
    return "<script>window.l2softmaxSavedDefine = window.define; window.define = undefined;"
        + "</script>\n"
        + scriptElement()
        + "<script>window.define = window.l2softmaxSavedDefine;"
        + " delete window.l2softmaxSavedDefine;</script>\n";
  }

  /** Returns a script element holding plotly.js, for a page of its own. */
  static String scriptElement() {
    return "<script>\n" + source() + "\n</script>\n";
  }

  private static String read() {
    try (InputStream in = PlotlyScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "plotly.js resource 'org/l2softmax/plots/" + RESOURCE + "' is not on the class path;"
                + " the toolkit jar or its build output is incomplete");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      LOG.debug("read plotly.js {} from the class path ({} characters)", VERSION, text.length());
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plotly.js resource " + RESOURCE, e);
    }
  }
}
