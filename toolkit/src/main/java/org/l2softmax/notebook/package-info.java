/**
 * What notebooks need from the toolkit: rich output that does not depend on one kernel, the
 * knobs that size a run, and numeric checks the notebook runner reads.
 *
 * <p>{@link org.l2softmax.notebook.Notebook} turns Tablesaw tables and figures into {@link
 * org.l2softmax.notebook.HtmlView}s, which render as HTML in rapaio-jupyter-kernel (through
 * {@link org.l2softmax.notebook.RapaioDisplayProvider}, found by the kernel's service loader) and
 * in IJava (views implement IJava's {@code DisplayDataRenderable}), and as text in JShell. Neither
 * kernel library is needed to use the toolkit: both are reached by reflection or service lookup
 * only when their kernel runs. {@link org.l2softmax.notebook.NotebookSettings} reads the
 * environment variables {@code L2SOFTMAX_EXAMPLES}, {@code L2SOFTMAX_TEST_EXAMPLES} and {@code
 * L2SOFTMAX_EPOCHS}; {@link org.l2softmax.notebook.Check} prints the {@code CHECK name: ... OK}
 * lines that {@code bin/run-notebooks} verifies.
 */
package org.l2softmax.notebook;
