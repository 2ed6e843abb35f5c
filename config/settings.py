"""Settings for the claim and quote tracker, read from the environment.

Development is the default and needs nothing set. Production (DJANGO_ENV=production) refuses
to start without DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
import sentry_sdk
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
LOCAL_DIR = BASE_DIR / ".local"  # git-ignored: the local cluster, demo credentials


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


ENVIRONMENT = os.environ.get("DJANGO_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("DJANGO_DEBUG", not PRODUCTION)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY in production.")
    # Development only: a key that is obviously not a secret.
    SECRET_KEY = "development-only-key-never-use-in-production-0123456789abcdef"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,[::1]")
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS in production.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# When true, anonymous readers see published claims; when false, every page asks for a login.
SITE_PUBLIC = env_bool("TRACKER_SITE_PUBLIC", True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "axes",
    "extraction",
    "sources",
    "claims",
    "interchange",
    "ops",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "procrastinate.contrib.django",
    "jobs",
    "api",
]

MIDDLEWARE = [
    "config.middleware.RequestIdMiddleware",  # first: every later log line carries the request's id
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.middleware.AuditLogMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.middleware.PrivateCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires: turns a refused login into its page
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _local_database_url() -> str:
    # The socket folder of the cluster that `make run` provisions (scripts/localpg.py).
    from urllib.parse import quote

    return f"postgresql://postgres@{quote(str(LOCAL_DIR / 'pg' / 'run'), safe='')}:5432/tracker"


# Each connection tells the planner that a random read costs little more than a sequential one: the
# working set of a tracker lives in memory or on SSD, and with PostgreSQL's default (4, for spinning disks)
# it counts a common word's matches by reading the whole table instead of its GIN index (32 ms → 5 ms).
PLANNER_OPTIONS = f"-c random_page_cost={float(os.environ.get('DATABASE_RANDOM_PAGE_COST', '1.1'))}"


def _database(url: str) -> dict:
    """A DATABASES entry for a postgresql:// URL, with PLANNER_OPTIONS after any `options` the URL gives."""
    config = dj_database_url.parse(
        url, conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")), conn_health_checks=True
    )
    options = config.setdefault("OPTIONS", {})
    options["options"] = " ".join(filter(None, [options.get("options", ""), PLANNER_OPTIONS]))
    return config


DATABASES = {"default": _database(os.environ.get("DATABASE_URL") or _local_database_url())}
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("The tracker runs on PostgreSQL only: DATABASE_URL must be postgresql://...")
# A read replica (streaming replication of "default") for search reads: see config/routers.py.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = _database(os.environ["DATABASE_REPLICA_URL"])
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["config.routers.SearchReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "claims:dashboard"

# Login throttling (django-axes): after TRACKER_LOGIN_FAILURE_LIMIT failed logins for one username from
# one address, further logins for that pair are refused for TRACKER_LOGIN_LOCKOUT_MINUTES (each refused try
# restarts the wait); a successful login clears the count. Counting the pair, not the username, means a
# stranger guessing a password cannot lock its owner out; an address that fails
# TRACKER_LOGIN_ADDRESS_FAILURE_LIMIT times in the window, whatever the usernames, is refused too
# (config.views.login_failure_limit), which stops password spraying. The counts live in PostgreSQL
# (axes's database handler), so every app server sees the same ones. Admins unlock in the admin
# ("Access attempts") or with `manage.py axes_reset_ip ADDRESS`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses before a password is checked
    "core.auth.PermissionsBackend",  # ModelBackend, with the permissions read with the user
]
LOGIN_FAILURE_LIMIT = int(os.environ.get("TRACKER_LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("TRACKER_LOGIN_ADDRESS_FAILURE_LIMIT", "30"))
AXES_FAILURE_LIMIT = "config.views.login_failure_limit"
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("TRACKER_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.views.login_locked_out"
AXES_CLIENT_IP_CALLABLE = "config.middleware.client_ip"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_VERBOSE = False  # no start-up banner in every manage.py command's output; failures are still logged

# How many reverse proxies in front of the app append to X-Forwarded-For (nginx with
# $proxy_add_x_forwarded_for: 1). 0 ignores the header: the client address is the connection's.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))

LANGUAGE_CODE = "en"
LANGUAGES = [("uk", _("Ukrainian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = os.environ.get("TRACKER_TIME_ZONE", "Europe/Kyiv")
USE_I18N = True
USE_TZ = True

# Languages a source, quote or translation may be in: ISO 639-1 codes, checked in the database too.
CONTENT_LANGUAGES = ["uk", "en", "ru", "be", "pl", "de", "fr", "es", "zh", "ar", "tr", "my", "ka", "kk"]

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

DEMO_CREDENTIALS_FILE = Path(os.environ.get("TRACKER_DEMO_CREDENTIALS", LOCAL_DIR / "demo-users.txt"))

# Response headers, in every environment so development shows what production enforces. The pages
# load only the site's own CSS and JS files. Third-party pages under these paths (the Django admin's
# change list, django-simple-history's history, the REST framework's browsable API and Swagger UI)
# write a few inline styles, so there, and only there, inline styles are allowed; scripts never.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
CONTENT_SECURITY_POLICY_INLINE_STYLES = CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'", 1
)
CONTENT_SECURITY_POLICY_INLINE_STYLE_PATHS = ("/admin/", "/api/")
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"


# The cache backend, from CACHE_URL: each process's memory by default (locmem://); redis://host:6379/0
# (or rediss://), memcached://host:11211 (pymemcache), or db://table for the database cache (made by
# `manage.py createcachetable`). What is cached is keyed on versions kept in the database (such as a
# speaker's profile_version), so app servers never serve each other's stale entries whichever is used.
def cache_from_url(url: str, *, prefix: str, max_entries: int) -> dict:
    scheme, _, rest = url.partition("://")
    if scheme in {"", "locmem"}:
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": rest or prefix,
            "OPTIONS": {"MAX_ENTRIES": max_entries},
        }
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}
    if scheme in {"memcached", "pymemcache"}:
        return {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": rest.rstrip("/"),
            "KEY_PREFIX": prefix,
        }
    if scheme == "db":
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": rest.strip("/") or "tracker_cache",
            "KEY_PREFIX": prefix,
            "OPTIONS": {"MAX_ENTRIES": max_entries * 10},
        }
    raise ImproperlyConfigured(f"CACHE_URL: unknown scheme {scheme!r} (use locmem, redis, memcached or db).")


CACHE_URL = os.environ.get("CACHE_URL", "locmem://")
CACHES = {
    "default": cache_from_url(CACHE_URL, prefix="tracker", max_entries=10_000),
    # Throttle counts (logins aside, which django-axes keeps): shared by every process and app server, so a
    # client cannot multiply its allowance by the number of workers. Created by `manage.py createcachetable`.
    "throttle": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "tracker_throttle_cache",
    },
}

# Cookies: none is read by JavaScript (forms carry the CSRF token in the page), all are SameSite=Lax.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # DJANGO_SECURE_SSL_REDIRECT=0 and DJANGO_SECURE_COOKIES=0 are only for `make serve`: plain http
    # on 127.0.0.1 with no proxy in front. Behind an https proxy leave both on.
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # load balancers check app servers over plain http
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Logs go to stdout, one `key=value` line each (config.middleware.KeyValueFormatter). "tracker.audit"
# has a line for every write request: who, method, path, status, duration, client address. Management
# commands other than runserver log to stderr instead: their stdout is data (`export_data > file.jsonl`).
_COMMAND = sys.argv[1] if len(sys.argv) > 1 and Path(sys.argv[0]).name == "manage.py" else None
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"keyvalue": {"()": "config.middleware.KeyValueFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr" if _COMMAND not in {None, "runserver"} else "ext://sys.stdout",
            "formatter": "keyvalue",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Procrastinate announces every periodic task at start-up and every job it runs: warnings are enough.
    "loggers": {"procrastinate": {"level": os.environ.get("TRACKER_JOBS_LOG_LEVEL", "WARNING")}},
}

# Error reports to Sentry (or a compatible service) only when SENTRY_DSN is set; no personal data is sent
# (user ids only, no cookies, bodies or addresses). Each event carries the request id of its log lines.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", ENVIRONMENT),
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

WHITENOISE_USE_FINDERS = DEBUG  # development serves straight from static/, no collectstatic needed

# Email: the console in development; set EMAIL_URL-style variables in production.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
# Seconds an SMTP connection may wait: mail is sent by jobs, which retry a delivery that timed out.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "tracker@localhost")
# Absolute links in emails.
SITE_URL = os.environ.get("TRACKER_SITE_URL", "http://127.0.0.1:8000")

# Background jobs (procrastinate, queued in PostgreSQL): `manage.py procrastinate worker` runs them;
# `make run` and `make serve` start one beside the web server. The tests run each job at once in the
# process that queued it (JOBS_RUN_INLINE, set by tests/conftest.py).
JOBS_RUN_INLINE = False

# Capturing articles from URLs (sources/fetch.py): timeouts in seconds, a size cap, and whether
# loopback addresses may be fetched (only ever for tests; private networks are always refused).
CAPTURE_CONNECT_TIMEOUT = float(os.environ.get("TRACKER_CAPTURE_CONNECT_TIMEOUT", "5"))
CAPTURE_READ_TIMEOUT = float(os.environ.get("TRACKER_CAPTURE_READ_TIMEOUT", "15"))
CAPTURE_TOTAL_TIMEOUT = float(os.environ.get("TRACKER_CAPTURE_TOTAL_TIMEOUT", "30"))  # the whole fetch
CAPTURE_MAX_BYTES = int(os.environ.get("TRACKER_CAPTURE_MAX_BYTES", str(5 * 1024 * 1024)))
CAPTURE_ALLOW_LOOPBACK = env_bool("TRACKER_CAPTURE_ALLOW_LOOPBACK", False)

# The REST API (/api/v1/): tokens for scripts, the session for the browser; reads follow SITE_PUBLIC,
# writes the roles (api.permissions). Anonymous callers are throttled; the rate is "number/period".
# Throttle counts live in the database cache ("throttle"), which every process shares.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an anonymous call is told to authenticate (401 with WWW-Authenticate: Token).
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.RoleAccess"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.SafeJSONParser"],
    # Pagination: every viewset names its own class (api.views.StablePagination, numbered, stable order).
    "DEFAULT_THROTTLE_CLASSES": ["claims.throttles.AnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("TRACKER_API_ANON_RATE", "60/minute"),
        # Searches, on the page and in the API, by anyone: each costs far more than any other read.
        "search": os.environ.get("TRACKER_SEARCH_RATE", "60/minute"),
    },
    # Throttling counts by client address: trust X-Forwarded-For as far as the login throttle does.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "EXCEPTION_HANDLER": "api.views.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Claim tracker API",
    "DESCRIPTION": "Claims, their quotes in every language, speakers, sources, outlets and topics.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,  # separate request and response schemas: read-only fields stay out of input
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    # Swagger UI from the drf-spectacular-sidecar wheel, served as static files: nothing from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "LanguageEnum": "sources.languages.language_choices",
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "QuoteKindEnum": "claims.models.QuoteKind",
        "SpeakerKindEnum": "claims.models.SpeakerKind",
        "OutletKindEnum": "sources.models.OutletKind",
    },
}
