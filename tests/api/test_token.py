"""The API token page (/accounts/token/), token and session authentication."""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from sources.models import Outlet
from tests.factories import make_claim


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()


def _shown_key(response) -> str | None:
    match = re.search(r'<code id="api-token">([0-9a-f]{40})</code>', response.content.decode())
    return match.group(1) if match else None


def _api_as(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_the_token_page_is_for_signed_in_users(client):
    response = client.get("/accounts/token/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_new_token_is_shown_once_and_works_as_the_user(client, analyst):
    draft = make_claim(author=analyst)
    client.force_login(analyst)
    assert "You have no token." in client.get("/accounts/token/").content.decode()

    created = client.post("/accounts/token/", {"action": "create"})
    assert created.status_code == 200
    assert "no-store" in created["Cache-Control"]
    key = _shown_key(created)
    assert key == Token.objects.get(user=analyst).key

    again = client.get("/accounts/token/")
    assert _shown_key(again) is None  # never shown a second time
    assert "You have a token, created on" in again.content.decode()

    # The token acts as the analyst: their own draft is readable, which no reader could see.
    assert _api_as(key).get(f"/api/v1/claims/{draft.pk}/").status_code == 200
    assert APIClient().get(f"/api/v1/claims/{draft.pk}/").status_code == 404


def test_replacing_the_token_stops_the_old_one(client, analyst):
    client.force_login(analyst)
    old = _shown_key(client.post("/accounts/token/", {"action": "create"}))
    new = _shown_key(client.post("/accounts/token/", {"action": "create"}))
    assert old != new
    assert _api_as(old).get("/api/v1/claims/").status_code == 401
    assert _api_as(new).get("/api/v1/claims/").status_code == 200


def test_a_revoked_token_no_longer_works(client, analyst):
    client.force_login(analyst)
    key = _shown_key(client.post("/accounts/token/", {"action": "create"}))
    response = client.post("/accounts/token/", {"action": "revoke"}, follow=True)
    assert "Your API token was revoked: it no longer works." in response.content.decode()
    assert not Token.objects.filter(user=analyst).exists()
    refused = _api_as(key).get("/api/v1/claims/")
    assert refused.status_code == 401
    assert refused.json() == {"detail": "Invalid token."}


def test_the_token_page_refuses_unknown_actions_and_needs_csrf(analyst):
    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    assert client.post("/accounts/token/", {"action": "create"}).status_code == 403
    assert not Token.objects.filter(user=analyst).exists()
    relaxed = Client()
    relaxed.force_login(analyst)
    assert relaxed.post("/accounts/token/", {"action": "steal"}).status_code == 400


def test_the_browser_session_works_for_reads_and_needs_csrf_for_writes(analyst):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(analyst)
    assert client.get("/api/v1/claims/").status_code == 200
    refused = client.post("/api/v1/outlets/", {"name": "news.az"}, format="json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    assert not Outlet.objects.filter(name="news.az").exists()


def test_the_token_page_links_to_the_documentation_in_either_language(client, analyst):
    client.force_login(analyst)
    page = client.get("/accounts/token/", HTTP_ACCEPT_LANGUAGE="uk").content.decode()
    assert '<html lang="uk">' in page
    assert 'href="/api/docs/"' in page


@pytest.mark.parametrize("door", ["page", "admin", "set_password"])
def test_a_password_change_revokes_the_api_token(client, analyst, admin_user, door):
    key = Token.objects.create(user=analyst).key
    assert _api_as(key).get("/api/v1/claims/").status_code == 200

    if door == "page":
        client.force_login(analyst)
        new = {"new_password1": "a new long pass 42", "new_password2": "a new long pass 42"}
        response = client.post("/accounts/password_change/", {"old_password": "correct horse battery", **new})
        assert response.status_code == 302
    elif door == "admin":
        client.force_login(admin_user)
        response = client.post(
            f"/admin/auth/user/{analyst.pk}/password/",
            {"password1": "a new long pass 42", "password2": "a new long pass 42", "usable_password": "true"},
        )
        assert response.status_code == 302, response.content.decode()[:1500]
    else:
        analyst.set_password("a new long pass 42")
        analyst.save()

    assert not Token.objects.filter(user=analyst).exists()
    assert _api_as(key).get("/api/v1/claims/").status_code == 401


def test_saving_a_user_without_a_new_password_keeps_the_token(analyst):
    token = Token.objects.create(user=analyst)
    analyst.first_name = "Anna"
    analyst.save()

    assert Token.objects.filter(pk=token.pk).exists()
