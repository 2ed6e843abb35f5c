import logging

import pytest
from django.test import RequestFactory
from rest_framework.authtoken.models import Token

from config.middleware import KeyValueFormatter, client_ip
from tests.factories import make_claim


def audit_records(caplog) -> list[dict]:
    return [record.audit for record in caplog.records if record.name == "tracker.audit"]


@pytest.fixture
def audit(caplog):
    caplog.set_level(logging.INFO, logger="tracker.audit")
    return caplog


@pytest.mark.django_db
def test_a_write_is_logged_with_who_what_outcome_and_duration(client, analyst, audit):
    claim = make_claim(author=analyst)
    client.force_login(analyst)

    response = client.post(f"/claims/{claim.pk}/transition/", {"to": "in_review", "version": claim.version})

    [entry] = audit_records(audit)
    assert entry["user"] == "ana" and entry["user_id"] == analyst.pk
    assert (entry["method"], entry["path"], entry["status"]) == ("POST", f"/claims/{claim.pk}/transition/", 302)
    assert response.status_code == 302
    assert entry["duration_ms"] >= 0
    assert entry["ip"] == "127.0.0.1"


@pytest.mark.django_db
def test_reads_are_not_logged(client, analyst, audit):
    client.force_login(analyst)

    client.get("/dashboard/")
    client.get("/")

    assert audit_records(audit) == []


@pytest.mark.django_db
def test_login_and_logout_name_the_user_and_never_the_password(client, analyst, audit):
    client.post("/accounts/login/", {"username": "ana", "password": "correct horse battery"})
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": "ana", "password": "wrong guess"})

    login, logout, failed = audit_records(audit)
    assert (login["user"], login["path"], login["status"]) == ("ana", "/accounts/login/", 302)
    assert (logout["user"], logout["path"]) == ("ana", "/accounts/logout/")
    assert (failed["user"], failed["user_id"], failed["status"]) == ("anonymous", "-", 200)
    assert "correct horse" not in audit.text and "wrong guess" not in audit.text


@pytest.mark.django_db
def test_api_writes_name_the_user_of_the_token(client, analyst, audit):
    token = Token.objects.create(user=analyst)

    client.post("/api/v1/claims/", {}, content_type="application/json", HTTP_AUTHORIZATION=f"Token {token.key}")

    [entry] = audit_records(audit)
    assert (entry["user"], entry["method"], entry["path"]) == ("ana", "POST", "/api/v1/claims/")
    assert token.key not in audit.text


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(settings):
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")

    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.7"  # what nginx saw; the client wrote 6.6.6.6 itself
    settings.TRUSTED_PROXY_COUNT = 3
    assert client_ip(request) == "10.0.0.2"  # fewer addresses than proxies: the header is not to be trusted


def test_audit_lines_are_one_key_value_line_each():
    fields = {"user": "ana", "method": "POST", "path": '/claims/1/ "x"\nforged=1', "status": 302}
    record = logging.LogRecord("tracker.audit", logging.INFO, __file__, 1, "ignored", None, None)
    record.audit = fields

    line = KeyValueFormatter().format(record)

    assert "\n" not in line
    assert "level=INFO logger=tracker.audit user=ana method=POST" in line
    assert r'path="/claims/1/ \"x\"\nforged=1" status=302' in line
