#!/usr/bin/env bash
# Checks that plotly.js really drew the figures of a standalone HTML page (for example one written
# by org.l2softmax.plots.HtmlReport), in a headless browser that has no network.
#
# Usage: .ci/check-plot-render.sh [--screenshot PNG] HTML_FILE [EXPECTED_FIGURES]
#
#   EXPECTED_FIGURES  defaults to the number of figures the page draws, counted as Tablesaw's
#                     "Plotly.newPlot(target_" calls in the file.
#   --screenshot PNG  also saves a picture of the page (1000 px wide), to look at.
#
# Passes when the DOM that chromium dumps after running the page holds at least EXPECTED_FIGURES
# plot containers (class js-plotly-plot) and at least as many plot surfaces (class main-svg;
# plotly.js 2 draws two per figure). A page that loads plotly.js from the network fails here,
# since the browser gets none.
#
# Needs Debian's chromium and installs nothing: apt-get install -y --no-install-recommends chromium
# (CHROMIUM=/path/to/binary picks another). The browser runs in a network namespace of its own
# ("unshare -n", which needs root or user namespaces); where that is not allowed it runs with the
# flags below only, which keep its background networking off, and the script says so.
#
# Exit status: 0 rendered, 1 not rendered, 2 usage or environment problem.
set -euo pipefail

usage() {
  echo "usage: $0 [--screenshot PNG] HTML_FILE [EXPECTED_FIGURES]" >&2
  exit 2
}

screenshot=""
if [[ "${1:-}" == "--screenshot" ]]; then
  [[ $# -ge 2 ]] || usage
  screenshot="$2"
  shift 2
fi
[[ $# -ge 1 && $# -le 2 ]] || usage
page="$1"
[[ -f "$page" ]] || { echo "check-plot-render: no such file: $page" >&2; exit 2; }
page="$(realpath "$page")"

expected="${2:-$(grep -o 'Plotly\.newPlot(target_' "$page" | wc -l)}"
if ! [[ "$expected" =~ ^[0-9]+$ ]] || (( expected < 1 )); then
  echo "check-plot-render: expected a figure count >= 1, got '$expected' for $page" >&2
  exit 2
fi

chromium="${CHROMIUM:-chromium}"
command -v "$chromium" >/dev/null || {
  echo "check-plot-render: '$chromium' not found; apt-get install -y chromium" >&2
  exit 2
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Run a command without network if the system lets us make a network namespace.
offline=()
if unshare -n true 2>/dev/null; then
  offline=(unshare -n sh -c 'ip link set lo up 2>/dev/null; exec "$@"' sh)
else
  echo "check-plot-render: note: 'unshare -n' is not permitted here; the browser runs with" \
    "background networking off but not cut off from the network" >&2
fi

browser() {
  timeout 120 "${offline[@]}" "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --virtual-time-budget=10000 "$@"
}

if ! browser --dump-dom "file://$page" >"$work/dom.html" 2>"$work/browser.log"; then
  echo "check-plot-render: chromium failed on $page; its last messages:" >&2
  tail -n 20 "$work/browser.log" >&2
  exit 2
fi

count_class() {
  { grep -oE "class=\"([^\"]* )?$1( [^\"]*)?\"" "$work/dom.html" || true; } | wc -l
}
plots="$(count_class js-plotly-plot)"
surfaces="$(count_class main-svg)"
echo "check-plot-render: $page: $plots plot containers (js-plotly-plot), $surfaces main-svg" \
  "elements; expected at least $expected figures"

if [[ -n "$screenshot" ]]; then
  browser --hide-scrollbars --window-size=1000,2600 --screenshot="$(realpath -m "$screenshot")" \
    "file://$page" >/dev/null 2>>"$work/browser.log" \
    && echo "check-plot-render: screenshot in $screenshot" \
    || echo "check-plot-render: warning: no screenshot taken" >&2
fi

if (( plots < expected || surfaces < expected )); then
  if grep -q '>plotly.js is not loaded' "$work/dom.html"; then
    echo "check-plot-render: the page says plotly.js was not loaded before its figures" >&2
  fi
  echo "check-plot-render: FAIL: plotly.js did not draw every figure of $page" >&2
  exit 1
fi
echo "check-plot-render: OK"
