package org.l2softmax.plots;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.l2softmax.results.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.plotly.components.Figure;

/**
 * A standalone HTML page of figures, each under a heading, with plotly.js inlined.
 *
 * <p>The page loads nothing from the network: plotly.js {@value PlotlyScript#VERSION} is copied
 * into it from the toolkit's resources (about 4.5 MB per page). {@link #write(Path)} replaces the
 * file atomically, so an interrupted run leaves either the old page or the new one.
 *
 * <pre>{@code
 * HtmlReport.builder()
 *     .title("alpha sweep")
 *     .figure("Test accuracy", AccuracyPlot.create(history))
 *     .build()
 *     .write(Path.of("results/report.html"));
 * }</pre>
 */
public final class HtmlReport {

  private static final Logger LOG = LoggerFactory.getLogger(HtmlReport.class);

  private static final String STYLE =
      "body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 960px;"
          + " color: #222; }\n"
          + "h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; }\n"
          + "footer { margin-top: 3em; font-size: 0.85em; color: #666; }\n";

  private final String title;
  private final List<Section> sections;

  private HtmlReport(String title, List<Section> sections) {
    this.title = title;
    this.sections = List.copyOf(sections);
  }

  /** Starts a report. */
  public static Builder builder() {
    return new Builder();
  }

  /** The page title, also its top heading. */
  public String title() {
    return title;
  }

  /** The number of figures on the page. */
  public int figureCount() {
    return sections.size();
  }

  /**
   * Writes the page to {@code file}, replacing it atomically; the file's folder is created if
   * missing.
   *
   * @param file where the page goes, usually ending in {@code .html}
   * @return {@code file}
   * @throws IOException if the file cannot be written; the old file, if any, is then unchanged
   */
  public Path write(Path file) throws IOException {
    AtomicFiles.write(file, this::writeTo);
    LOG.debug("wrote report '{}' with {} figures to {}", title, sections.size(), file);
    return file;
  }

  /** Returns the whole page as a string. */
  public String toHtml() {
    StringWriter out = new StringWriter();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail, yet it did", e);
    }
    return out.toString();
  }

  /**
   * Writes the page to {@code out}, figure by figure.
   *
   * @param out where the page goes; not closed
   * @throws IOException if {@code out} fails
   */
  public void writeTo(Writer out) throws IOException {
    String escapedTitle = HtmlText.escape(title);
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n");
    out.write("<title>" + escapedTitle + "</title>\n");
    out.write("<style>\n" + STYLE + "</style>\n");
    out.write(PlotlyScript.scriptElement());
    out.write("</head>\n<body>\n<h1>" + escapedTitle + "</h1>\n");

    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      out.write("<section>\n<h2>" + HtmlText.escape(section.heading()) + "</h2>\n");
      out.write(FigureHtml.fragment(section.figure(), "figure_" + (i + 1)));
      out.write("</section>\n");
    }

    out.write(
        "<footer>Drawn with plotly.js " + PlotlyScript.VERSION
            + " (MIT licence, copyright Plotly, Inc.), included in this page.</footer>\n");
    out.write("</body>\n</html>\n");
  }

  private record Section(String heading, Figure figure) {}

  /** Collects the title and the figures of a report; {@link #build()} checks them. */
  public static final class Builder {

    private String title;
    private final List<Section> sections = new ArrayList<>();

    private Builder() {}

    /** Sets the page title (required, not blank). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Adds a figure under a heading; figures appear in the order added.
     *
     * @param heading the heading above the figure, plain text (not blank)
     * @param figure the figure
     */
    public Builder figure(String heading, Figure figure) {
      if (heading == null || heading.isBlank()) {
        throw new IllegalArgumentException(
            "figure heading must be non-blank text, got " + quoted(heading) + " for figure "
                + (sections.size() + 1));
      }
      if (figure == null) {
        throw new IllegalArgumentException("figure under heading '" + heading + "' is null");
      }
      sections.add(new Section(heading, figure));
      return this;
    }

    /**
     * Returns the report.
     *
     * @throws IllegalStateException if the title is blank or no figure was added
     */
    public HtmlReport build() {
      if (title == null || title.isBlank()) {
        throw new IllegalStateException(
            "report title must be non-blank text, got " + quoted(title));
      }
      if (sections.isEmpty()) {
        throw new IllegalStateException(
            "report '" + title + "' has no figures; add at least one with figure(heading, figure)");
      }
      return new HtmlReport(title, sections);
    }

    private static String quoted(String text) {
      return text == null ? "null" : "'" + text + "'";
    }
  }
}
