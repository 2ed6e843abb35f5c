"""Project-level responses: the health check for load balancers, the error page (503 while the database
is down), and the login form shown when django-axes refuses a login after too many failures."""

import logging
import math
import sys

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, connection
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from config.middleware import client_ip, request_id

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


RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: an unreachable database is a 503 with Retry-After (the page can be tried again soon),
    a uniqueness race lost to a parallel request a 409 saying so; anything else stays a 500. API paths get
    JSON. Rendered without context processors: nothing here reads the database."""
    error = sys.exc_info()[1]
    if isinstance(error, IntegrityError):
        status = 409
        title = gettext("Conflict")
        message = gettext(
            "Someone saved the same thing at the same moment, so nothing was saved. Reload the page and try again."
        )
    elif isinstance(error, (OperationalError, InterfaceError)):
        status = 503
        title = gettext("Temporarily unavailable")
        message = gettext("The database cannot be reached right now. Please try again in a minute.")
    else:
        status = 500
        title = gettext("Server error")
        message = gettext("Something went wrong on our side. It has been logged.")
    # The request id to quote when reporting the problem: the same id is on every log line of the request
    # (and on its Sentry event).
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message, "request_id": request_id.get()}, status=status)
    else:
        page = loader.get_template("errors/error.html").render(
            {"title": title, "message": message, "request_id": request_id.get()}
        )
        response = HttpResponse(page, status=status)
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    """handler404: JSON under /api/ (an address that is no API resource, such as /api/v1/claims/abc/, is
    answered in the API's own terms); Django's page elsewhere."""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": gettext("Not found.")}, status=404)
    return defaults.page_not_found(request, exception)


def login_failure_limit(request: HttpRequest, credentials=None) -> int:
    """AXES_FAILURE_LIMIT: how many failures of one username from one address lock that pair; zero (locked
    at once) when the address has failed LOGIN_ADDRESS_FAILURE_LIMIT times in the window, whatever usernames
    it tried, so spraying one password over many usernames stops too."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    address_failures = AccessAttempt.objects.filter(ip_address=client_ip(request), attempt_time__gte=since).aggregate(
        total=Sum("failures_since_start")
    )["total"]
    if (address_failures or 0) >= settings.LOGIN_ADDRESS_FAILURE_LIMIT:
        return 0
    return settings.LOGIN_FAILURE_LIMIT


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
