"""Tests of the notebook runner's output checks, without a kernel.

Run: python3 -m unittest discover -s tools -p 'test_*.py'   (a Python with nbformat and nbclient,
for example Debian's /usr/bin/python3 after apt-get install jupyter-nbconvert)
"""

import contextlib
import io
import unittest

from nbformat.v4 import (new_code_cell, new_markdown_cell, new_notebook, new_output)

import run_notebooks as runner


def stream(text, name="stdout"):
    return new_output("stream", name=name, text=text)


def html(page):
    return new_output("display_data", data={"text/html": page, "text/plain": "text"})


def notebook(*outputs, expect=None):
    cell = new_code_cell("x")
    cell.outputs = list(outputs)
    nb = new_notebook(cells=[new_markdown_cell("# t"), cell])
    if expect is not None:
        nb.metadata["l2softmax"] = {"expect": expect}
    return nb


class CoalesceStreamsTest(unittest.TestCase):

    def test_joins_consecutive_pieces_of_one_stream(self):
        nb = notebook(stream("alpha=16"), stream(", iteration "), stream("4\n"),
                      stream("warn\n", "stderr"), stream("a"), html("<b>x</b>"), stream("b"))
        runner.coalesce_streams(nb)
        outputs = nb.cells[1].outputs
        self.assertEqual([o.get("text") for o in outputs],
                         ["alpha=16, iteration 4\n", "warn\n", "a", None, "b"])


class FindOutputsTest(unittest.TestCase):

    def test_reads_check_lines_even_when_printed_in_pieces(self):
        nb = notebook(stream("CHECK grad: error 1e-09 < "), stream("tolerance 1e-06 OK\nother\n"),
                      stream("CHECK acc: value 0.1 >= minimum 0.2 FAIL\n"))
        found = runner.find_outputs(nb)
        self.assertEqual(sorted(found["checks"]), ["acc", "grad"])
        self.assertEqual(found["checks"]["grad"][0][0], "OK")
        self.assertEqual(found["checks"]["acc"][0][0], "FAIL")
        self.assertEqual(found["malformed"], [])

    def test_reports_malformed_check_lines(self):
        found = runner.find_outputs(notebook(stream("CHECK no colon OK\nCHECK x: y maybe\n")))
        self.assertEqual(found["malformed"], ["CHECK no colon OK", "CHECK x: y maybe"])

    def test_ignores_check_lines_on_stderr(self):
        found = runner.find_outputs(notebook(stream("CHECK a: b FAIL\n", "stderr")))
        self.assertEqual(found["checks"], {})

    def test_finds_named_tables_figures_and_html_with_escaped_names(self):
        nb = notebook(
            html('<div class="l2softmax-table" data-l2softmax-table="class counts">'),
            html('<div data-l2softmax-figure="a &lt; b &amp; &quot;c&quot;">'),
            new_output("execute_result", execution_count=1,
                       data={"text/html": '<div data-l2softmax-html="bound">'}))
        found = runner.find_outputs(nb)
        self.assertEqual(found["tables"], {"class counts"})
        self.assertEqual(found["figures"], {'a < b & "c"'})
        self.assertEqual(found["html"], {"bound"})


class CheckOutputsTest(unittest.TestCase):

    def test_passes_when_everything_declared_is_there(self):
        nb = notebook(stream("CHECK grad: error 1e-09 < tolerance 1e-06 OK\n"),
                      html('data-l2softmax-table="summary"'),
                      html('data-l2softmax-figure="Test accuracy"'),
                      expect={"checks": ["grad"], "tables": ["summary"],
                              "figures": ["Test accuracy"]})
        problems, summary = runner.check_outputs(nb, require_expect=True)
        self.assertEqual(problems, [])
        self.assertEqual(summary, "1 CHECK lines OK, 1 tables, 1 figures")

    def test_fails_on_a_failed_check_even_if_undeclared(self):
        nb = notebook(stream("CHECK extra: value 1 <= maximum 0 FAIL\n"))
        problems, _ = runner.check_outputs(nb, require_expect=False)
        self.assertEqual(problems, ["check failed: CHECK extra: value 1 <= maximum 0 FAIL"])

    def test_fails_on_anything_declared_but_missing(self):
        nb = notebook(html('data-l2softmax-table="t"'),
                      expect={"checks": ["grad"], "tables": ["t", "u"], "figures": ["F"],
                              "html": ["note"]})
        problems, _ = runner.check_outputs(nb, require_expect=False)
        self.assertEqual(len(problems), 4)
        self.assertIn("expected check 'grad' was not produced (found: [])", problems[0])
        self.assertIn("expected table 'u' was not produced (found: ['t'])", problems[1])
        self.assertIn("expected figure 'F'", problems[2])
        self.assertIn("expected html view 'note'", problems[3])

    def test_a_check_that_only_failed_is_not_counted_as_produced_ok(self):
        nb = notebook(stream("CHECK grad: error 1 < tolerance 0.1 FAIL\n"),
                      expect={"checks": ["grad"]})
        problems, _ = runner.check_outputs(nb, require_expect=False)
        self.assertEqual(problems, ["check failed: CHECK grad: error 1 < tolerance 0.1 FAIL"])

    def test_requires_declarations_only_when_asked(self):
        self.assertEqual(runner.check_outputs(notebook(), require_expect=False)[0], [])
        problems, _ = runner.check_outputs(notebook(), require_expect=True)
        self.assertIn("declares no expected outputs", problems[0])

    def test_rejects_unknown_or_malformed_declarations(self):
        problems, _ = runner.check_outputs(notebook(expect={"plots": ["x"]}), False)
        self.assertIn("unknown keys ['plots']", problems[0])
        problems, _ = runner.check_outputs(notebook(expect={"checks": "grad"}), False)
        self.assertIn("must be a list of names", problems[0])


class StripPlotlyTest(unittest.TestCase):

    def test_removes_only_the_inlined_library(self):
        loader = ("<script>window.l2softmaxSavedDefine = window.define; window.define = undefined;"
                  "</script>\n<script>\n/* plotly.js v2 */ var Plotly = {};\n</script>\n"
                  "<script>window.define = window.l2softmaxSavedDefine;"
                  " delete window.l2softmaxSavedDefine;</script>\n")
        status = '<p class="l2softmax-setup" data-l2softmax-setup="plotly">toolkit</p>\n'
        figure = html('<div data-l2softmax-figure="F"><script>Plotly.newPlot()</script></div>')
        nb = notebook(html(loader + status), figure)
        saved = runner.strip_plotly(nb)
        self.assertEqual(saved, len(loader))
        self.assertEqual(nb.cells[1].outputs[0]["data"]["text/html"], status)
        self.assertIn("Plotly.newPlot", nb.cells[1].outputs[1]["data"]["text/html"])


class CheckCommittedTest(unittest.TestCase):

    def test_wants_every_code_cell_run(self):
        nb = notebook(stream("x"))
        self.assertIn("never executed", runner.check_committed(nb)[0])
        nb.cells[1].execution_count = 3
        self.assertEqual(runner.check_committed(nb), [])

    def test_ignores_empty_code_cells(self):
        nb = notebook()
        nb.cells[1].source = "  "
        self.assertEqual(runner.check_committed(nb), [])


class ArgumentsTest(unittest.TestCase):

    def test_defaults(self):
        args = runner.parse_args([])
        self.assertFalse(args.ci)
        self.assertEqual((args.startup_timeout, args.answer_timeout, args.attempts),
                         (120, 15, 4))
        self.assertEqual(args.kernel, "l2softmax-java")

    def test_in_place_and_output_exclude_each_other(self):
        with self.assertRaises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
            runner.parse_args(["--in-place", "--output", "x"])

    def test_rejects_non_positive_limits(self):
        errors = io.StringIO()
        with self.assertRaises(SystemExit), contextlib.redirect_stderr(errors):
            runner.parse_args(["--attempts", "0"])
        self.assertIn("--attempts must be >= 1, got 0", errors.getvalue())


if __name__ == "__main__":
    unittest.main()
