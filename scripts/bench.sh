#!/usr/bin/env bash
# `make bench` (QUOTES=N make bench; REUSE=1 keeps a corpus of that size): generate the synthetic corpus
# into a database of its own and measure the search against Django admin's icontains and SQLite FTS5.
# The database is BENCH_DATABASE_URL, or `tracker_bench` in the project's cluster (.local/pg), never the
# `tracker` database of `make run`. Results: a table on stdout and bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh
PY=.venv/bin/python

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  echo "==> Using BENCH_DATABASE_URL"
  url=$BENCH_DATABASE_URL
else
  echo "==> Starting the project's PostgreSQL cluster (.local/pg), database tracker_bench"
  already_running=0
  python3 scripts/localpg.py status .local/pg && already_running=1
  url=$(python3 scripts/localpg.py up .local/pg tracker_bench)
  if [ "$already_running" = 0 ]; then
    trap 'echo "==> Stopping PostgreSQL (data kept in .local/pg)"; python3 scripts/localpg.py stop .local/pg' EXIT
  fi
fi

# Only the bench database: no read replica, whatever the environment says.
unset DATABASE_REPLICA_URL
export DATABASE_URL=$url
echo "==> Migrating"
$PY manage.py migrate --no-input -v0
$PY manage.py createcachetable
args=(--quotes "${QUOTES:-1000000}")
[ -n "${REUSE:-}" ] && args+=(--reuse)
$PY -m bench.run "${args[@]}" "$@"
