#!/usr/bin/env bash
# Create a virtualenv and install the locked dependencies into it, checked against the lock's hashes.
#   bash scripts/venv.sh            .venv with the runtime and dev locks (tests, lint): `make run`, `make test`
#   bash scripts/venv.sh runtime    .venv with the runtime lock only: `make serve`, the container image
# VENV=path picks another folder; PYTHON another interpreter. Reinstalls only when a lock changes.
# The locks (requirements.txt, requirements-dev.txt) come from pyproject.toml through `make lock`.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
VENV=${VENV:-.venv}
locks=(requirements.txt)
[ "${1:-dev}" = runtime ] || locks+=(requirements-dev.txt)

if [ ! -x "$VENV/bin/python" ]; then
  echo "==> Creating the virtualenv ($VENV)"
  "$PYTHON" -m venv "$VENV"
fi
for lock in "${locks[@]}"; do
  stamp="$VENV/.${lock%.txt}.sha256"
  wanted=$(sha256sum "$lock" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "==> Installing the locked dependencies ($lock)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$lock"
    echo "$wanted" > "$stamp"
  fi
done
