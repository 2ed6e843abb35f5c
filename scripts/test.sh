#!/usr/bin/env bash
# `make test`: lint, migrations check and every test (unit, integration, browser) on a throwaway
# PostgreSQL cluster (or DATABASE_URL when set); then the suite without the browser tests again in
# .venv-next, the same lock with the newest Django 6 (NEXT=0 skips that). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system.sh --browser
bash scripts/venv.sh
# axe-core for the accessibility checks of the browser tests, pinned in package-lock.json.
if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing browser-test tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
PY=.venv/bin/python

echo "==> ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "==> Compiling translations"
$PY manage.py compilemessages -v0 --ignore=.venv

run_checks() {
  echo "==> makemigrations --check"
  $PY manage.py makemigrations --check --dry-run
  echo "==> pytest"
  $PY -m pytest "$@"
}

on_database() {
  if [ -n "${DATABASE_URL:-}" ]; then
    run_checks "$@"
  else
    echo "==> Starting a throwaway PostgreSQL cluster"
    export -f run_checks
    export PY
    python3 scripts/localpg.py throwaway -- bash -c 'run_checks "$@"' _ "$@"
  fi
}
# The next Django: the same locked packages with Django replaced by the newest 6.x, which needs
# Python 3.12 or later (NEXT_PYTHON picks the interpreter). NEXT=0 skips it.
next_ready=0
if [ "${NEXT:-1}" != 0 ]; then
  next_python=${NEXT_PYTHON:-}
  if [ -z "$next_python" ]; then
    # Each candidate is run, not only looked up: a pyenv shim is found for versions it cannot run.
    for candidate in python3.13 python3.12 "$(pyenv root 2>/dev/null)"/versions/3.1[2-9]*/bin/python3; do
      if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
        next_python=$candidate
        break
      fi
    done
  fi
  if [ -z "$next_python" ]; then
    # Django 6 needs Python 3.12+, which no package registry this project may use provides on Debian 12:
    # without one on the machine the run cannot happen, and says so loudly instead of failing the rest.
    echo "==> NOT RUN: the suite on Django 6 needs Python 3.12 or later, and none was found (NEXT_PYTHON)" >&2
  else
    VENV=.venv-next PYTHON=$next_python bash scripts/venv.sh
    if [ "$(cat .venv-next/.django-next 2>/dev/null)" != "$(sha256sum requirements.txt | cut -d' ' -f1)" ]; then
      echo "==> Installing the newest Django 6 into .venv-next"
      .venv-next/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "Django>=6,<7"
      sha256sum requirements.txt | cut -d' ' -f1 > .venv-next/.django-next
    fi
    next_ready=1
  fi
fi

next_log=$(mktemp -t tracker-next-XXXXXX.log)
next_pid=""
if [ "$next_ready" = 1 ] && [ -z "${DATABASE_URL:-}" ]; then
  # On a throwaway cluster of its own, beside the main run: the two share the machine's cores instead of
  # taking turns, which keeps `make test` near the time of one run.
  echo "==> The suite on $(.venv-next/bin/python -m django --version | sed 's/^/Django /') (.venv-next), in the background: $next_log"
  (PY=.venv-next/bin/python on_database --ignore=tests/e2e -p no:cacheprovider "$@" >"$next_log" 2>&1) &
  next_pid=$!
fi

status=0
on_database "$@" || status=$?

if [ -n "$next_pid" ]; then
  next_status=0
  wait "$next_pid" || next_status=$?
  echo "==> The suite on the newest Django 6 (.venv-next): the end of $next_log"
  tail -n 40 "$next_log"
  [ "$next_status" = 0 ] || status=$next_status
elif [ "$next_ready" = 1 ]; then
  PY=.venv-next/bin/python
  echo "==> The suite on $($PY -m django --version | sed 's/^/Django /') (.venv-next)"
  on_database --ignore=tests/e2e "$@" || status=$?
fi
exit "$status"
