#!/usr/bin/env bash
# `make run`: everything from a fresh machine to the app on http://127.0.0.1:$PORT with demo data.
# Safe to run again: the cluster, the database and the demo rows are reused, never duplicated.
# A job worker runs beside the web server and stops with it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8000}

# System packages, virtualenv, database, migrations, translations, demo data (shared with `make serve`).
source scripts/setup.sh
start_worker
echo
echo "==> Serving on http://127.0.0.1:${PORT}/ (Ctrl-C stops it; the data stays in .local/pg for next time)"
$PY manage.py runserver "127.0.0.1:${PORT}" || true
