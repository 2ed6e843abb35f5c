#!/usr/bin/env bash
# `make run`: everything from a fresh machine to the app on http://127.0.0.1:$PORT with demo data.
# Safe to run again: the cluster, the database and the demo rows are reused, never duplicated.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8000}

bash scripts/system.sh
bash scripts/venv.sh

if [ -z "${DATABASE_URL:-}" ]; then
  echo "==> Starting the project's PostgreSQL cluster (.local/pg)"
  already_running=0
  python3 scripts/localpg.py status .local/pg && already_running=1
  DATABASE_URL=$(python3 scripts/localpg.py up .local/pg tracker)
  export DATABASE_URL
  if [ "$already_running" = 0 ]; then
    # Ctrl-C stops the web server and then the cluster we started; the data stays in .local/pg.
    trap 'echo "==> Stopping PostgreSQL (data kept in .local/pg)"; python3 scripts/localpg.py stop .local/pg' EXIT
  fi
else
  echo "==> Using DATABASE_URL"
fi

PY=.venv/bin/python
echo "==> Migrating"
$PY manage.py migrate --no-input -v0
echo "==> Compiling translations"
$PY manage.py compilemessages -v0 --ignore=.venv
echo "==> Loading demo data"
$PY manage.py load_demo
$PY manage.py rebuild_search --missing -v0
echo
echo "==> Serving on http://127.0.0.1:${PORT}/ (Ctrl-C stops it; the data stays in .local/pg for next time)"
$PY manage.py runserver "127.0.0.1:${PORT}" || true
