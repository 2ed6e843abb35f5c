"""Request ids, security headers, the audit log of writes, and the client address both of them (and login
throttling) use.

The Content-Security-Policy is set by this small middleware rather than django-csp: the policy is one
fixed string (the app loads only same-origin files, so no nonces or per-view overrides are needed),
the admin and the API pages need a slightly wider one by path, and Django 6.0's built-in CSP will
replace it on upgrade.
"""

import contextvars
import json
import logging
import re
import time
import uuid

import sentry_sdk
from django.conf import settings
from django.http import HttpRequest, HttpResponse

audit_log = logging.getLogger("tracker.audit")

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# The id of the request being served, for every log line written while serving it and for the 500 page.
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_FORWARDED_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_record_factory = logging.getLogRecordFactory()


def _record_with_request_id(*args, **kwargs) -> logging.LogRecord:
    # Stamped when the record is made, in the request's own context: a handler that formats it later
    # (a queue, a buffer) still writes the right id.
    record = _record_factory(*args, **kwargs)
    record.request_id = request_id.get()
    return record


logging.setLogRecordFactory(_record_with_request_id)


class RequestIdMiddleware:
    """Give each request an id: the proxy's X-Request-ID when a trusted proxy sends a well-formed one (so
    the proxy's logs and ours join up), else a new one. Sent back in the X-Request-ID header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        forwarded = request.headers.get("X-Request-ID", "")
        trusted = settings.TRUSTED_PROXY_COUNT and _FORWARDED_ID.match(forwarded)
        value = forwarded if trusted else uuid.uuid4().hex
        request.request_id = value
        token = request_id.set(value)
        sentry_sdk.set_tag("request_id", value)  # does nothing unless SENTRY_DSN is set
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = value
        return response


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or, with TRUSTED_PROXY_COUNT proxies in front of the app, the
    address the outermost of them saw. Each proxy appends to X-Forwarded-For, so that address is counted
    from the right; anything further left was sent by the client and may be forged."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    return forwarded[-proxies] if len(forwarded) >= proxies else remote


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response (SecurityMiddleware and
    XFrameOptionsMiddleware set the others: nosniff, Referrer-Policy, COOP, X-Frame-Options, HSTS)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # Django's debug pages (shown only with DEBUG on) style themselves inline.
        if settings.DEBUG and response.status_code >= 400:
            return response
        policy = (
            settings.CONTENT_SECURITY_POLICY_INLINE_STYLES
            if request.path_info.startswith(tuple(settings.CONTENT_SECURITY_POLICY_INLINE_STYLE_PATHS))
            else settings.CONTENT_SECURITY_POLICY
        )
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def _value(value) -> str:
    text = str(value)
    if text and text.isprintable() and not any(char in text for char in ' "=\\'):
        return text
    return json.dumps(text, ensure_ascii=False)  # quoted, with newlines and quotes escaped: one line per entry


def key_values(fields: dict) -> str:
    return " ".join(f"{key}={_value(value)}" for key, value in fields.items())


class KeyValueFormatter(logging.Formatter):
    """One `key=value` line per log record, for log collectors: time, level, logger, then the audit
    fields of an audit record or `msg` (and `exc`) of any other."""

    def format(self, record: logging.LogRecord) -> str:
        fields = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
        }
        audit = getattr(record, "audit", None)
        if isinstance(audit, dict):
            fields.update(audit)
        else:
            fields["msg"] = record.getMessage()
        fields["request_id"] = getattr(record, "request_id", "-")
        if record.exc_info:
            fields["exc"] = self.formatException(record.exc_info)
        return key_values(fields)


def _user(request: HttpRequest):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


class AuditLogMiddleware:
    """One line on the "tracker.audit" logger for every write request: who, what, the outcome and how long.

    Only the method, path and status describe the request: never its body or query string, which may
    hold passwords or tokens. Sits after AuthenticationMiddleware, so the user is known before the view
    runs: a logout is logged as the user who logged out, a login as the user who logged in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in WRITE_METHODS:
            return self.get_response(request)
        before = _user(request)
        started = time.monotonic()
        response = self.get_response(request)
        user = _user(request) or before
        fields = {
            "user": user.get_username() if user else "anonymous",
            "user_id": user.pk if user else "-",
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round((time.monotonic() - started) * 1000, 1),
            "ip": client_ip(request),
        }
        audit_log.info(key_values(fields), extra={"audit": fields})
        return response
