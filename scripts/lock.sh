#!/usr/bin/env bash
# `make lock`: write requirements.txt (runtime) and requirements-dev.txt (runtime and the dev group) from
# pyproject.toml, every version exact and every file's hash listed. Versions already in a lock are kept
# unless pyproject.toml asks for others; `UPGRADE=1 make lock` takes the newest that fit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh
args=(--python-version 3.11 --generate-hashes --index-url https://pypi.org/simple --custom-compile-command "make lock" --quiet)
[ -n "${UPGRADE:-}" ] && args+=(--upgrade)
.venv/bin/uv pip compile pyproject.toml "${args[@]}" -o requirements.txt
.venv/bin/uv pip compile pyproject.toml --group dev "${args[@]}" -o requirements-dev.txt
