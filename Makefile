# The two commands: `make run` (the app with demo data) and `make test` (every check, on a throwaway database).
SHELL := /bin/bash
PORT ?= 8000

.PHONY: run test venv lint messages
run:
	@bash scripts/run.sh

test:
	@bash scripts/test.sh

venv:
	@bash scripts/venv.sh

lint: venv
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

messages: venv
	.venv/bin/python manage.py makemessages -l uk --ignore=.venv --ignore=tests --ignore=demo --ignore=.local
