#!/usr/bin/env bash
# `make test`: lint, migrations check and every test (unit, integration, browser) on a throwaway
# PostgreSQL cluster (or DATABASE_URL when set). Exits non-zero on any failure.
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

if [ -n "${DATABASE_URL:-}" ]; then
  run_checks "$@"
else
  echo "==> Starting a throwaway PostgreSQL cluster"
  export -f run_checks
  export PY
  python3 scripts/localpg.py throwaway -- bash -c 'run_checks "$@"' _ "$@"
fi
