# The tracker's image: gunicorn serving the app (the default command) or the job worker
# (`python manage.py procrastinate worker`), as a user without privileges. See docs/deploy.md.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
# The runtime lock only, every file checked against its hash.
RUN /venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.txt
WORKDIR /app
COPY . .
# Translations compiled and static files collected at build time, with the production storage (hashed,
# compressed names); the build needs no database and no real secret.
RUN DJANGO_ENV=production DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=build \
    /venv/bin/python manage.py compilemessages -v0 --ignore=.venv \
 && DJANGO_ENV=production DJANGO_SECRET_KEY=build-only DJANGO_ALLOWED_HOSTS=build \
    /venv/bin/python manage.py collectstatic --no-input -v0 \
 && rm -rf tests loadtest bench/results.json docs/*.png node_modules .venv .local

FROM python:3.11-slim-bookworm
# postgresql-client: pg_dump and pg_restore for `manage.py backup` and `restore` (15, as the server).
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin tracker
COPY --from=build /venv /venv
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /app/.local/backups && chown -R tracker /app/.local
WORKDIR /app
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 DJANGO_ENV=production WEB_WORKERS=3
USER tracker
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["python", "scripts/healthcheck.py"]
# Migrations and the cache table first (both idempotent), then gunicorn.
CMD ["sh", "-c", "python manage.py migrate --no-input -v0 && python manage.py createcachetable && exec gunicorn config.wsgi --bind 0.0.0.0:8000 --workers \"$WEB_WORKERS\" --access-logfile -"]
