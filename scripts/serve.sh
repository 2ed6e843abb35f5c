#!/usr/bin/env bash
# `make serve`: the app as production runs it (gunicorn, whitenoise, DEBUG off, DJANGO_ENV=production)
# on http://127.0.0.1:$PORT, after the same set-up as `make run` (database, migrations, demo data).
# It serves plain http on 127.0.0.1 with no proxy in front, so the SSL redirect and secure cookies are
# off unless DJANGO_SECURE_SSL_REDIRECT / DJANGO_SECURE_COOKIES say otherwise: never expose it as is.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8000}
WEB_WORKERS=${WEB_WORKERS:-3}

INSTALL=runtime
source scripts/setup.sh

export DJANGO_ENV=production
export DJANGO_ALLOWED_HOSTS=${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}
export DJANGO_SECURE_SSL_REDIRECT=${DJANGO_SECURE_SSL_REDIRECT:-0}
export DJANGO_SECURE_COOKIES=${DJANGO_SECURE_COOKIES:-0}
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
  # One key kept across runs (so sessions survive a restart), readable by its owner only, git-ignored.
  if [ ! -s .local/secret_key ]; then
    echo "==> Generating a secret key (.local/secret_key)"
    mkdir -p .local
    (umask 077 && $PY -c "import secrets; print(secrets.token_urlsafe(50))" > .local/secret_key)
  fi
  chmod 600 .local/secret_key
  DJANGO_SECRET_KEY=$(cat .local/secret_key)
  export DJANGO_SECRET_KEY
fi

echo "==> Collecting static files"
$PY manage.py collectstatic --no-input -v0
start_worker
echo
echo "==> Serving with gunicorn (${WEB_WORKERS} workers) on http://127.0.0.1:${PORT}/ (Ctrl-C stops it)"
gunicorn=(
  .venv/bin/gunicorn config.wsgi
  --bind "127.0.0.1:${PORT}"
  --workers "${WEB_WORKERS}"
  --preload
  --access-logfile -
  --access-logformat 'ip=%(h)s method=%(m)s path="%(U)s" status=%(s)s bytes=%(B)s duration_ms=%(M)s agent="%(a)s"'
)
# Not exec: the EXIT trap must still stop the worker (and a cluster setup.sh started) once gunicorn ends.
"${gunicorn[@]}" || true
