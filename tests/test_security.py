import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

BASE_DIR = Path(__file__).resolve().parent.parent
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def production_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE is set for the browser tests only; a deployment never has it.
        if key
        not in {
            "DJANGO_DEBUG",
            "DJANGO_SECURE_SSL_REDIRECT",
            "DJANGO_SECURE_COOKIES",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env.update(
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),  # 86 characters, fresh every run
        DJANGO_ALLOWED_HOSTS="tracker.example.org",
    )
    env.update(extra)
    return env


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output and "?:" not in output
    assert "System check identified no issues" in output


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY in production." in result.stderr


def test_production_cookies_are_secure_and_local_serving_may_turn_that_off():
    script = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)"
    )

    assert manage("shell", "--no-imports", "-c", script, env=production_env()).stdout.split() == ["True"] * 4
    local = production_env(DJANGO_SECURE_COOKIES="0", DJANGO_SECURE_SSL_REDIRECT="0")
    assert manage("shell", "--no-imports", "-c", script, env=local).stdout.split() == ["False"] * 4


def test_the_settings_file_holds_no_secret():
    text = (BASE_DIR / "config" / "settings.py").read_text()

    assigned = re.findall(r"^\s*(?:SECRET_KEY|EMAIL_HOST_PASSWORD)\s*=\s*(.+)$", text, re.MULTILINE)
    assert assigned, "the secret settings are read in settings.py"
    for value in assigned:
        assert value.startswith("os.environ") or "development-only" in value, value


@pytest.mark.django_db
def test_pages_carry_the_content_security_policy_and_other_security_headers(client):
    response = client.get("/")

    assert response.status_code == 200
    assert response["Content-Security-Policy"] == POLICY
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_inline_styles_are_allowed_only_on_the_admin_and_api_pages(client, admin_user):
    client.force_login(admin_user)

    admin_policy = client.get("/admin/claims/claim/")["Content-Security-Policy"]
    site_policy = client.get("/dashboard/")["Content-Security-Policy"]

    assert "style-src 'self' 'unsafe-inline'" in admin_policy
    assert "script-src 'self';" in admin_policy  # never inline scripts, not even in the admin
    assert site_policy == POLICY


def test_templates_have_no_inline_scripts_styles_or_event_handlers():
    # The policy blocks them: a page that needed one would silently lose its behaviour or look.
    # (JSON data blocks are not run, so the policy leaves them alone.)
    inline = re.compile(
        r'<script(?![^>]*\b(?:src=|type="application/(?:ld\+)?json"))[^>]*>|<style\b|\sstyle=|\son[a-z]+=',
        re.IGNORECASE,
    )
    offenders = [
        f"{path.relative_to(BASE_DIR)}: {match.group(0)}"
        for path in sorted((BASE_DIR / "templates").rglob("*.html"))
        for match in inline.finditer(path.read_text())
    ]

    assert offenders == []


@pytest.mark.django_db
def test_cookies_are_http_only_and_same_site(client, analyst):
    login_page = client.get("/accounts/login/")
    csrf = login_page.cookies[django_settings.CSRF_COOKIE_NAME]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"

    response = client.post("/i18n/setlang/", {"language": "uk", "next": "/"})
    language = response.cookies[django_settings.LANGUAGE_COOKIE_NAME]
    assert language.value == "uk"
    assert language["httponly"] and language["samesite"] == "Lax"

    logged_in = client.post("/accounts/login/", {"username": "ana", "password": "correct horse battery"})
    session = logged_in.cookies[django_settings.SESSION_COOKIE_NAME]
    assert session["httponly"] and session["samesite"] == "Lax"
