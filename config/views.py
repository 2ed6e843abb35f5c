"""Project-level responses: the health check for load balancers, the 500 page, and the login form shown
when django-axes refuses a login after too many failures."""

import logging
import math

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from config.middleware import request_id

logger = logging.getLogger("tracker.health")


@require_safe
@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """200 when this app server can query the database, 503 when it cannot. No login needed, and
    nothing logged while healthy: proxies call it every few seconds."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check failed: the database is unreachable: %s", error)
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def _form_with_message(form_class, request: HttpRequest, username: str, message: str):
    # The login form again, carrying the refusal as its only error, so both login templates show it where
    # they show "wrong password". Bound with a stand-in password that is never checked: clean() refuses first.
    class Refused(form_class):
        def clean(self):
            raise ValidationError(message, code="locked_out")

    form = Refused(request, data={"username": username, "password": "-"})
    form.is_valid()
    return form


def login_locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the login page again, with the refusal and how long it lasts (HTTP 429)."""
    minutes = max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    message = ngettext(
        "Too many failed login attempts. Logging in is blocked for %(minutes)d minute; try again later.",
        "Too many failed login attempts. Logging in is blocked for %(minutes)d minutes; try again later.",
        minutes,
    ) % {"minutes": minutes}
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    match = request.resolver_match
    if match is not None and match.app_name == "admin":
        context = {
            **admin.site.each_context(request),
            "title": gettext("Log in"),
            "app_path": request.get_full_path(),
            "form": _form_with_message(AdminAuthenticationForm, request, username, message),
            REDIRECT_FIELD_NAME: request.POST.get(REDIRECT_FIELD_NAME) or reverse("admin:index"),
        }
        return render(request, "admin/login.html", context, status=429)
    context = {
        "form": _form_with_message(AuthenticationForm, request, username, message),
        "next": request.POST.get(REDIRECT_FIELD_NAME, ""),
    }
    return render(request, "registration/login.html", context, status=429)


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page, with the request id to quote when reporting the problem: the same id is on every
    log line of the request (and on its Sentry event). Rendered without context processors, which may
    need the database that just failed."""
    html = loader.get_template("500.html").render({"request_id": request_id.get()})
    return HttpResponseServerError(html)
