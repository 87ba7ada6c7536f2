# shellcheck shell=bash
# Sourced by bin/ scripts. Debian's Jupyter runs on /usr/bin/python3, which need not be the
# python3 first on PATH (pyenv, conda): find an interpreter that has the Jupyter modules we need.

# jupyter_python MODULE...: prints the first of $L2SOFTMAX_PYTHON, python3 on PATH and
# /usr/bin/python3 that imports every MODULE; returns 1 if none does.
jupyter_python() {
  local imports candidate
  imports="$(printf 'import %s;' "$@")"
  for candidate in "${L2SOFTMAX_PYTHON:-}" python3 /usr/bin/python3; do
    [[ -n "$candidate" ]] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c "$imports" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}
