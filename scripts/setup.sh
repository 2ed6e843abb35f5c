#!/usr/bin/env bash
# The set-up `make run` and `make serve` share: system packages, the virtualenv, the database (the
# project's cluster in .local/pg unless DATABASE_URL is set), migrations, translations, demo data.
# Sourced, not run, so that the EXIT trap stopping a cluster it started belongs to the caller's shell
# and fires when the caller's web server ends. Leaves PY set, and started_cluster=1 when it started one.
# `source scripts/setup.sh database` stops once the database is up (`make backup`, `make restore`).
# With INSTALL=runtime (`make serve`) only the runtime lock is installed, nothing for tests or lint.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
setup_only_database=0
[ "${1:-}" = database ] && setup_only_database=1

[ "$setup_only_database" = 1 ] || bash scripts/system.sh
bash scripts/venv.sh "${INSTALL:-dev}"

started_cluster=0
if [ -z "${DATABASE_URL:-}" ]; then
  echo "==> Starting the project's PostgreSQL cluster (.local/pg)"
  already_running=0
  python3 scripts/localpg.py status .local/pg && already_running=1
  DATABASE_URL=$(python3 scripts/localpg.py up .local/pg tracker)
  export DATABASE_URL
  if [ "$already_running" = 0 ]; then
    started_cluster=1
    # Ctrl-C stops the web server and then the cluster we started; the data stays in .local/pg.
    trap 'echo "==> Stopping PostgreSQL (data kept in .local/pg)"; python3 scripts/localpg.py stop .local/pg' EXIT
  fi
else
  echo "==> Using DATABASE_URL"
fi

PY=.venv/bin/python
if [ "$setup_only_database" = 0 ]; then
  echo "==> Migrating"
  $PY manage.py migrate --no-input -v0
  $PY manage.py createcachetable  # the throttle counts, and the database cache when CACHE_URL is db://...
  echo "==> Compiling translations"
  $PY manage.py compilemessages -v0 --ignore=.venv
  echo "==> Loading demo data"
  $PY manage.py load_demo
  $PY manage.py rebuild_search --missing -v0
fi

# The job worker (procrastinate, queues in PostgreSQL) beside the web server: started in the background,
# stopped when the caller's shell exits (chained to the cluster's trap, so the worker stops first).
start_worker() {
  echo "==> Starting the job worker (log: .local/worker.log)"
  mkdir -p .local
  $PY manage.py procrastinate worker >> .local/worker.log 2>&1 &
  worker_pid=$!
  local previous
  previous=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
  # shellcheck disable=SC2064
  trap "echo '==> Stopping the job worker'; kill $worker_pid 2>/dev/null || true; wait $worker_pid 2>/dev/null || true; ${previous:-:}" EXIT
}
