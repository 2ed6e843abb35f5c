import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import IntegrityError, OperationalError, connection
from django.test import Client


@pytest.mark.django_db
def test_health_reports_ok_when_the_database_answers(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_reports_503_when_the_database_is_unreachable(client, caplog):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error"}
    # A warning that says why (beside django.request's own "Service Unavailable" line).
    warnings = [record for record in caplog.records if record.name == "tracker.health"]
    assert len(warnings) == 1 and "connection refused" in warnings[0].getMessage()


@pytest.mark.django_db
def test_health_needs_no_login_even_on_a_private_site(client, settings):
    settings.SITE_PUBLIC = False

    assert client.get("/health/").status_code == 200


@pytest.mark.django_db
def test_health_is_not_logged_while_healthy(client, caplog):
    caplog.set_level("DEBUG")
    client.get("/health/")

    assert [record for record in caplog.records if record.name.startswith(("tracker", "django.request"))] == []


def test_load_balancers_may_check_app_servers_over_plain_http_in_production():
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_ENV="production", DJANGO_SECRET_KEY=secrets.token_urlsafe(64), DJANGO_ALLOWED_HOSTS="tracker.example.org"
    )
    script = (
        "from django.test import Client; c = Client(HTTP_HOST='tracker.example.org'); "
        "print(c.get('/health/').status_code, c.get('/').status_code)"
    )

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.stdout.split()[-2:] == ["200", "301"], result.stderr  # every other page goes to https


# Pages that need the database for everyone (the anonymous login form does not, and still answers).
PAGES = ["/", "/search/?q=Shoigu", "/api/v1/claims/", "/api/v1/quotes/?q=Shoigu"]
TEAM_PAGES = ["/speakers/", "/sources/", "/review/", "/import/", "/accounts/login/"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "signed_in"), [(path, False) for path in PAGES] + [(path, True) for path in PAGES + TEAM_PAGES]
)
def test_every_page_answers_503_with_retry_after_while_the_database_is_down(path, signed_in, analyst, settings):
    settings.SITE_PUBLIC = True
    client = Client(raise_request_exception=False)
    if signed_in:
        client.force_login(analyst)  # the session itself is then read from the unreachable database
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("connection refused")):
        response = client.get(path)

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "try again" in response.content.decode()


@pytest.mark.django_db
def test_a_uniqueness_race_lost_answers_409_not_500(analyst):
    client = Client(raise_request_exception=False)
    client.force_login(analyst)
    with mock.patch("claims.views.claim.render", side_effect=IntegrityError("duplicate key value")):
        response = client.get("/")

    assert response.status_code == 409
    assert "Reload the page and try again" in response.content.decode()
