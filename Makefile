# The two commands: `make run` (the app with demo data) and `make test` (every check, on a throwaway database).
SHELL := /bin/bash
PORT ?= 8000

.PHONY: run test venv lint messages lock
run:
	@bash scripts/run.sh

test:
	@bash scripts/test.sh

venv:
	@bash scripts/venv.sh

# `make lock`: the locks with hashes (requirements.txt, requirements-dev.txt) from pyproject.toml.
lock:
	@bash scripts/lock.sh

lint: venv
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

messages: venv
	.venv/bin/python manage.py makemessages -l uk --ignore=.venv --ignore=tests --ignore=demo --ignore=.local

# `make serve`: the app as production runs it (gunicorn and whitenoise, DEBUG off) on the same local
# database as `make run`. Backups of the configured database (DATABASE_URL, or the project cluster):
# `make backup [FILE=path]` (default .local/backups/), `make restore FILE=path [YES=1]`.
.PHONY: serve backup restore
serve:
	@bash scripts/serve.sh

backup:
	@bash -c 'source scripts/setup.sh database && $$PY manage.py backup $(FILE)'

restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=path/to/backup.dump [YES=1]" >&2; exit 2; }
	@bash -c 'source scripts/setup.sh database && $$PY manage.py restore "$(FILE)" $(if $(YES),--yes)'

# `make loadtest`: 16 users (30 % anonymous readers, two editors publishing, analysts recording quotes)
# for 60 s against `make serve` on the demo data plus 100,000 generated quotes whose sources carry real-size
# HTML, in a separate database (tracker_load); LOAD_QUOTES, LOAD_USERS, LOAD_SECONDS, LOAD_PORT (8765)
# override, LOAD_REUSE=1 measures the previous run's database again. Refuses to start on a taken port.
.PHONY: loadtest
loadtest: venv
	.venv/bin/python -m loadtest.run

# `make bench`: search benchmark on a generated corpus of 1,000,000 quotes in its own database
# (tracker_bench); QUOTES=N for another size, REUSE=1 to measure an existing corpus again. The 10,000,000-quote run
# by hand measures the tracker alone: QUOTES=10000000 BENCH_ARGS="--baseline-repeat 0" make bench.
.PHONY: bench
bench: venv
	@bash scripts/bench.sh $(BENCH_ARGS)

# `make eval`: quote extraction measured on the development set (../shared/corpus/dev), its extension in
# tests/data/extraction and the demo corpus,
# per language, with every speaker known and with none; GOLD="a.json b.json" for other gold files.
.PHONY: eval
eval: venv
	.venv/bin/python manage.py evaluate_extraction $(GOLD)
