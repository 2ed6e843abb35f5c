import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connection


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
