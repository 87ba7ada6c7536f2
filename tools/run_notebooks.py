"""Executes the l2softmax notebooks headless with the real Java kernel and checks what they show.

Run it through bin/run-notebooks, which picks a Python that has Jupyter (Debian's runs on
/usr/bin/python3) and cuts the network off. For each notebook this script

1. starts the kernel named in --kernel (default l2softmax-java, see bin/setup-kernel) with the
   caller's environment, in the CI setting with --ci, and the kernel's own log in the output
   folder;
2. waits for it to answer, in two bounded steps: start-up (JVM, class path, imports) until the
   kernel's log says it bound its shell socket, at most --startup-timeout seconds; then an answer
   to kernel_info within --answer-timeout seconds. A kernel that bound its sockets but never
   answers has hit rapaio-jupyter-kernel 3.0.1's start-up race (its channel loop thread can exit
   before its running flag is set); it is killed and started again, up to --attempts starts, and
   each retry is logged. A kernel that exits during start-up is an error, not retried;
3. runs every cell with nbclient (what `jupyter nbconvert --execute` uses), each cell bounded by
   --cell-timeout; any cell error fails the notebook;
4. checks the outputs: every line that starts with "CHECK " must read
   "CHECK <name>: <comparison> OK" (one that ends in FAIL, or is malformed, fails the notebook),
   and the names a notebook declares in its metadata must all appear:

       "metadata": {"l2softmax": {"expect": {
           "checks": ["l2-row-norms"], "tables": ["versions"], "figures": ["Test accuracy"]}}}

   Tables and figures are found by the data-l2softmax-table / data-l2softmax-figure attributes
   that org.l2softmax.notebook.Notebook puts on their HTML (the Tablesaw table name, the figure
   title); "html" names the data-l2softmax-html attribute of Notebook.html(...) views;
5. writes the executed notebook to --output (default target/notebooks), or back over the
   notebook with --in-place (only when it passed), and checks its size against --max-mb.

Exit status: 0 when every notebook passed, 1 when one failed, 2 for a usage or setup problem.
"""

import argparse
import asyncio
import html
import os
import re
import sys
import time
from pathlib import Path

try:
    import nbformat
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    from nbclient.util import ensure_async
except ImportError as missing:  # pragma: no cover - reported to the user
    sys.exit(f"run-notebooks: this Python lacks Jupyter's nbclient ({missing}); install it with"
             " apt-get install -y --no-install-recommends jupyter-nbconvert")

ROOT = Path(__file__).resolve().parent.parent

KERNEL = "l2softmax-java"

# The small setting CI runs every notebook in; notebooks read these through
# org.l2softmax.notebook.NotebookSettings.
CI_SETTING = {
    "L2SOFTMAX_EXAMPLES": "512",
    "L2SOFTMAX_TEST_EXAMPLES": "256",
    "L2SOFTMAX_EPOCHS": "1",
}

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
CHECK_LINE = re.compile(r"^CHECK ([A-Za-z0-9][A-Za-z0-9._-]*): (.*) (OK|FAIL)$")
MARKERS = {
    "tables": re.compile(r'data-l2softmax-table="([^"]*)"'),
    "figures": re.compile(r'data-l2softmax-figure="([^"]*)"'),
    "html": re.compile(r'data-l2softmax-html="([^"]*)"'),
}
EXPECTATION_KINDS = ("checks", "tables", "figures", "html")

# rapaio-jupyter-kernel logs this once its shell socket is bound, after the class path and the
# init script are loaded; from then on it answers at once unless the start-up race hit it.
SHELL_BOUND = re.compile(r"\[ShellChannel\]: Binding to ")


class StartupRace(Exception):
    """The kernel bound its sockets (or is alive) but never answered."""


class KernelStartError(Exception):
    """The kernel could not start at all: it exited, or its spec is missing."""


def log(message):
    print(f"run-notebooks: {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# Output checks


def coalesce_streams(nb):
    """Joins consecutive stream outputs of a cell with the same name into one output.

    Kernels forward printed text in pieces (a printf can arrive as eight messages); Jupyter
    shows them joined, and so does the saved notebook after this, which also keeps a line that
    arrived in pieces whole for the CHECK search.
    """
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        merged = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (output.get("output_type") == "stream" and previous is not None
                    and previous.get("output_type") == "stream"
                    and previous.get("name") == output.get("name")):
                previous["text"] = previous.get("text", "") + output.get("text", "")
            else:
                merged.append(output)
        cell["outputs"] = merged


PLOTLY_LOADER = re.compile(
    r"<script>window\.l2softmaxSavedDefine = .*?delete window\.l2softmaxSavedDefine;</script>\n",
    re.DOTALL)


def strip_plotly(nb):
    """Removes the inlined plotly.js (4.5 MB) from Notebook.setup()'s output; returns bytes saved.

    The figures' outputs keep their drawing scripts and their text description, so Jupyter
    draws them again once the notebook's first cell runs, and viewers without scripts (GitHub)
    show the same as before.
    """
    saved = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            page = output.get("data", {}).get("text/html")
            if isinstance(page, str) and 'data-l2softmax-setup="plotly"' in page:
                slim = PLOTLY_LOADER.sub("", page)
                saved += len(page) - len(slim)
                output["data"]["text/html"] = slim
    return saved


def find_outputs(nb):
    """The CHECK lines, malformed CHECK lines and named views a notebook's outputs hold."""
    found = {"checks": {}, "malformed": [], "tables": set(), "figures": set(), "html": set()}
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        printed = "".join(output.get("text", "") for output in cell.get("outputs", [])
                          if output.get("output_type") == "stream"
                          and output.get("name") == "stdout")
        for line in printed.splitlines():
            if not line.startswith("CHECK "):
                continue
            match = CHECK_LINE.match(line.rstrip())
            if match is None:
                found["malformed"].append(line)
            else:
                found["checks"].setdefault(match.group(1), []).append(
                    (match.group(3), line.rstrip()))
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind in ("display_data", "execute_result"):
                page = output.get("data", {}).get("text/html", "")
                if isinstance(page, list):
                    page = "".join(page)
                for name, marker in MARKERS.items():
                    found[name].update(html.unescape(m) for m in marker.findall(page))
    return found


def expectations(nb):
    """What a notebook declares it produces, from metadata.l2softmax.expect."""
    declared = nb.metadata.get("l2softmax", {}).get("expect", {})
    unknown = set(declared) - set(EXPECTATION_KINDS)
    if unknown:
        raise ValueError(f"metadata l2softmax.expect has unknown keys {sorted(unknown)};"
                         f" allowed: {list(EXPECTATION_KINDS)}")
    result = {}
    for kind in EXPECTATION_KINDS:
        names = declared.get(kind, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"metadata l2softmax.expect.{kind} must be a list of names,"
                             f" got {names!r}")
        result[kind] = names
    return result


def check_committed(nb):
    """Problems with a notebook as committed: code cells that were never run have no outputs."""
    unrun = [index for index, cell in enumerate(nb.cells)
             if cell.get("cell_type") == "code" and cell.get("source", "").strip()
             and cell.get("execution_count") is None]
    if unrun:
        return [f"committed without the outputs of a run (code cells {unrun} were never"
                " executed); run bin/run-notebooks --in-place and commit the result"]
    return []


def check_outputs(nb, require_expect):
    """Problems with a notebook's outputs, and a one-line summary of what it showed."""
    problems = []
    found = find_outputs(nb)
    for line in found["malformed"]:
        problems.append(f"malformed CHECK line (want 'CHECK <name>: ... OK|FAIL'): {line!r}")
    for name, results in sorted(found["checks"].items()):
        for verdict, line in results:
            if verdict == "FAIL":
                problems.append(f"check failed: {line}")
    try:
        expected = expectations(nb)
    except ValueError as bad:
        problems.append(str(bad))
        expected = {kind: [] for kind in EXPECTATION_KINDS}
    if require_expect and not any(expected.values()):
        problems.append("declares no expected outputs: add metadata l2softmax.expect with its"
                        " checks, tables and figures (see docs/notebooks.md)")
    for kind in EXPECTATION_KINDS:
        present = set(found["checks"]) if kind == "checks" else found[kind]
        for name in expected[kind]:
            if name not in present:
                problems.append(f"expected {kind[:-1] if kind != 'html' else 'html view'}"
                                f" '{name}' was not produced (found: {sorted(present)})")
    passed = sum(1 for results in found["checks"].values()
                 for verdict, _ in results if verdict == "OK")
    summary = (f"{passed} CHECK lines OK, {len(found['tables'])} tables,"
               f" {len(found['figures'])} figures")
    return problems, summary


# ---------------------------------------------------------------------------------------------
# Kernel start with retries


async def wait_until_answering(client, kernel_log, startup_timeout, answer_timeout):
    """Waits for a started kernel to answer kernel_info, in the two bounded steps."""
    started = time.monotonic()
    bound_at = None
    while True:
        if not await ensure_async(client.km.is_alive()):
            raise KernelStartError("the kernel exited during start-up")
        if SHELL_BOUND.search(kernel_log.read_text(errors="replace")):
            bound_at = time.monotonic()
            break
        if time.monotonic() - started > startup_timeout:
            break
        await asyncio.sleep(0.2)

    if bound_at is None:
        # No start-up line in the log (another kernel, or a very slow start): the kernel gets
        # what is left of the start-up time to answer.
        remaining = max(1.0, startup_timeout - (time.monotonic() - started))
    else:
        remaining = answer_timeout
    try:
        await ensure_async(client.kc.wait_for_ready(timeout=remaining))
    except RuntimeError as error:
        if not await ensure_async(client.km.is_alive()):
            raise KernelStartError(f"the kernel exited during start-up ({error})") from error
        when = ("it bound its sockets after %.1f s but did not answer within %.0f s"
                % (bound_at - started, answer_timeout) if bound_at is not None
                else "it did not answer within %.0f s" % startup_timeout)
        raise StartupRace(when) from error
    return time.monotonic() - started


async def start_kernel(client, env, log_dir, name, args):
    """Starts the client's kernel, retrying a kernel that never answers; returns timings."""
    retries = []
    for attempt in range(1, args.attempts + 1):
        kernel_log = log_dir / f"{name}.kernel-{attempt}.log"
        client.km = client.create_kernel_manager()
        with open(kernel_log, "w") as sink:
            try:
                await client.async_start_new_kernel(env=env, stdout=sink, stderr=sink)
            except NoSuchKernel as missing:
                raise KernelStartError(f"no kernelspec '{client.kernel_name}' ({missing});"
                                       " run bin/setup-kernel first") from missing
        client.kc = client.km.client()
        await ensure_async(client.kc.start_channels())
        try:
            seconds = await wait_until_answering(
                client, kernel_log, args.startup_timeout, args.answer_timeout)
            client.kc.allow_stdin = False
            return seconds, retries, kernel_log
        except StartupRace as race:
            retries.append(str(race))
            await client._async_cleanup_kernel()
            what = ("retrying" if attempt < args.attempts else "giving up")
            log(f"{name}: kernel start {attempt}/{args.attempts} failed: {race} (the known"
                f" rapaio-jupyter-kernel 3.0.1 start-up race); {what}; its log: {kernel_log}")
        except KernelStartError as error:
            await client._async_cleanup_kernel()
            raise KernelStartError(f"{error}; last lines of {kernel_log}:\n"
                                   + tail(kernel_log)) from error
    raise KernelStartError(f"the kernel did not answer in {args.attempts} starts")


def tail(path, lines=25):
    text = path.read_text(errors="replace").splitlines()
    return "\n".join("    " + line for line in text[-lines:])


# ---------------------------------------------------------------------------------------------
# One notebook


async def run_notebook(path, args, env, out_dir, log_dir):
    name = path.stem
    nb = nbformat.read(path, as_version=4)
    committed_problems = check_committed(nb) if args.require_committed_outputs else []
    declared_kernel = nb.metadata.get("kernelspec", {}).get("name")
    if declared_kernel != args.kernel:
        log(f"{name}: warning: its metadata names kernel '{declared_kernel}', running it on"
            f" '{args.kernel}' (notebooks should name '{KERNEL}', which Binder's IJava kernel"
            " also uses)")
    cell_timeout = int(nb.metadata.get("l2softmax", {}).get("cell_timeout", args.cell_timeout))

    client = NotebookClient(
        nb,
        kernel_name=args.kernel,
        timeout=cell_timeout,
        startup_timeout=args.startup_timeout,
        allow_errors=False,
        record_timing=False,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(path.parent)}},
    )
    result = {"name": path.name, "retries": [], "problems": list(committed_problems),
              "start_s": None, "run_s": None, "size_mb": None, "summary": ""}
    began = time.monotonic()
    try:
        seconds, retries, _ = await start_kernel(client, env, log_dir, name, args)
        result["start_s"], result["retries"] = seconds, retries
        log(f"{name}: kernel answered after {seconds:.1f} s"
            + (f" ({len(retries)} {'retry' if len(retries) == 1 else 'retries'})"
               if retries else "")
            + f"; running cells (each at most {cell_timeout} s)")
        await client.async_execute()
    except KernelStartError as error:
        result["problems"].append(f"kernel did not start: {error}")
    except CellTimeoutError as error:
        result["problems"].append(f"a cell ran longer than {cell_timeout} s: {first_line(error)}")
    except DeadKernelError as error:
        result["problems"].append(f"the kernel died while running cells: {error}")
    except CellExecutionError as error:
        result["problems"].append("a cell failed:\n" + ANSI_ESCAPE.sub("", str(error)).strip())
    finally:
        if client.km is not None:
            await client._async_cleanup_kernel()
    result["run_s"] = time.monotonic() - began
    coalesce_streams(nb)

    if not result["problems"] or result["problems"] == committed_problems:
        problems, summary = check_outputs(nb, args.require_expect)
        result["problems"].extend(problems)
        result["summary"] = summary

    if args.without_plotly:
        strip_plotly(nb)
    if args.in_place and not result["problems"]:
        target = path
    else:
        target = out_dir / path.name
    nbformat.write(nb, target)
    result["size_mb"] = target.stat().st_size / 1e6
    result["written"] = target
    if result["size_mb"] > args.max_mb:
        result["problems"].append(f"the executed notebook is {result['size_mb']:.1f} MB, over"
                                  f" the limit of {args.max_mb} MB (--max-mb)")
    return result


def first_line(error):
    return str(error).strip().splitlines()[0] if str(error).strip() else repr(error)


# ---------------------------------------------------------------------------------------------
# Command line


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="bin/run-notebooks",
        description="Run the l2softmax notebooks headless with the real kernel and check them.")
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to run (default: every notebooks/*.ipynb)")
    parser.add_argument("--ci", action="store_true",
                        help="the small CI setting: "
                        + ", ".join(f"{k}={v}" for k, v in CI_SETTING.items()))
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--output", type=Path, default=ROOT / "target" / "notebooks",
                       help="folder for the executed copies and kernel logs"
                       " (default: target/notebooks)")
    where.add_argument("--in-place", action="store_true",
                       help="write each notebook that passed back over itself, outputs included,"
                       " ready to commit (kernel logs still go to target/notebooks)")
    parser.add_argument("--kernel", default=KERNEL, help=f"kernelspec (default {KERNEL})")
    parser.add_argument("--cell-timeout", type=int, default=1800,
                        help="seconds one cell may run (default 1800; a notebook's metadata"
                        " l2softmax.cell_timeout overrides it)")
    parser.add_argument("--startup-timeout", type=int, default=120,
                        help="seconds the kernel may take to load its class path and imports"
                        " (default 120)")
    parser.add_argument("--answer-timeout", type=int, default=15,
                        help="seconds a kernel that bound its sockets may take to answer before"
                        " it counts as hung and is restarted (default 15)")
    parser.add_argument("--attempts", type=int, default=4,
                        help="kernel starts per notebook before giving up (default 4)")
    parser.add_argument("--max-mb", type=float, default=6.0,
                        help="largest executed notebook allowed, in MB (default 6)")
    parser.add_argument("--require-expect", action="store_true",
                        help="fail a notebook whose metadata declares no expected outputs")
    parser.add_argument("--without-plotly", action="store_true",
                        help="leave the inlined plotly.js (4.5 MB) out of the written notebooks;"
                        " figures are drawn again when the notebook runs")
    parser.add_argument("--require-committed-outputs", action="store_true",
                        help="fail a notebook that was committed without the outputs of a run")
    args = parser.parse_args(argv)
    for name in ("cell_timeout", "startup_timeout", "answer_timeout", "attempts"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    return args


def main(argv=None):
    args = parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    paths = [p.resolve() for p in paths]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing or not paths:
        log(f"no such notebook: {', '.join(missing)}" if missing else "no notebooks to run")
        return 2

    out_dir = ROOT / "target" / "notebooks" if args.in_place else args.output.resolve()
    log_dir = out_dir / "kernel-logs"
    log_dir.mkdir(parents=True, exist_ok=True)

    env = dict(os.environ)
    local = str(ROOT / ".jupyter-local")
    env["JUPYTER_PATH"] = local + (os.pathsep + env["JUPYTER_PATH"]
                                   if env.get("JUPYTER_PATH") else "")
    os.environ["JUPYTER_PATH"] = env["JUPYTER_PATH"]
    if args.ci:
        env.update(CI_SETTING)
    knobs = ", ".join(f"{k}={env[k]}" for k in CI_SETTING if env.get(k)) or "defaults"
    log(f"{len(paths)} notebooks, kernel {args.kernel}, knobs: {knobs}; output: "
        + ("in place" if args.in_place else str(out_dir)))

    results = []
    for path in paths:
        log(f"{path.stem}: starting")
        result = asyncio.run(run_notebook(path, args, env, out_dir, log_dir))
        results.append(result)
        verdict = "FAILED" if result["problems"] else "passed"
        shown = f"; {result['summary']}" if result["summary"] else ""
        log(f"{path.stem}: {verdict} in {result['run_s']:.0f} s{shown}"
            f"; wrote {result['written']} ({result['size_mb']:.2f} MB)")
        for problem in result["problems"]:
            log(f"{path.stem}: problem: {problem}")

    print()
    print(f"{'notebook':<32} {'result':<7} {'start s':>7} {'retries':>7} {'run s':>6}"
          f" {'MB':>5}")
    for r in results:
        start = f"{r['start_s']:.1f}" if r["start_s"] is not None else "-"
        print(f"{r['name']:<32} {'FAIL' if r['problems'] else 'ok':<7} {start:>7}"
              f" {len(r['retries']):>7} {r['run_s']:>6.0f} {r['size_mb']:>5.2f}")
    failed = [r["name"] for r in results if r["problems"]]
    retried = sum(len(r["retries"]) for r in results)
    print(f"run-notebooks: {len(results) - len(failed)} of {len(results)} passed;"
          f" kernel start retries: {retried}" + (f"; failed: {', '.join(failed)}" if failed
                                                else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
