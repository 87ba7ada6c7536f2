/**
 * Figures and offline HTML reports drawn from a training history table.
 *
 * <p>The plot classes ({@link org.l2softmax.plots.AccuracyPlot}, {@link
 * org.l2softmax.plots.FeatureNormPlot}, {@link org.l2softmax.plots.LossPlot}) turn a table with
 * the columns of {@link org.l2softmax.results.HistoryColumns} into Tablesaw {@code Figure}s, one
 * line per run, with plain softmax runs (alpha 0 throughout) drawn as a black dashed line. {@link
 * org.l2softmax.plots.HtmlReport} writes figures into one self-contained HTML file with plotly.js
 * inlined, so nothing is fetched from the network when the page is opened; {@link
 * org.l2softmax.plots.FigureHtml} gives the HTML of a single figure for notebooks, which load
 * plotly.js once through {@link org.l2softmax.plots.PlotlyScript}.
 */
package org.l2softmax.plots;
