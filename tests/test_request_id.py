"""A request id on every log line of a request, in the X-Request-ID header, and on the 500 page."""

import logging
import re

import pytest
from django.test import Client
from django.urls import path

from config.middleware import KeyValueFormatter

logger = logging.getLogger("tests.request_id")


def _fails(request):
    logger.warning("about to fail")
    raise RuntimeError("boom")


urlpatterns = [path("fails/", _fails)]
handler500 = "config.views.server_error"


def test_log_lines_and_the_response_carry_the_same_request_id(client, analyst, caplog):
    client.force_login(analyst)
    caplog.set_level(logging.INFO, logger="tracker.audit")
    response = client.post("/i18n/setlang/", {"language": "uk"})
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    lines = [KeyValueFormatter().format(record) for record in caplog.records if record.name == "tracker.audit"]
    assert lines and all(line.endswith(f"request_id={request_id}") for line in lines)
    assert client.get("/health/")["X-Request-ID"] != request_id  # each request its own


def test_a_proxys_request_id_is_kept_only_behind_a_trusted_proxy(db, client, settings):
    assert client.get("/health/", HTTP_X_REQUEST_ID="proxy-id-12345")["X-Request-ID"] != "proxy-id-12345"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client.get("/health/", HTTP_X_REQUEST_ID="proxy-id-12345")["X-Request-ID"] == "proxy-id-12345"
    assert client.get("/health/", HTTP_X_REQUEST_ID="bad id\n")["X-Request-ID"] != "bad id\n"


@pytest.mark.urls(__name__)
def test_the_500_page_shows_the_request_id_of_the_failed_request_log_lines(db, caplog):
    client = Client(raise_request_exception=False)
    caplog.set_level(logging.WARNING, logger="tests.request_id")
    response = client.get("/fails/")
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert f'<code class="request-id">{request_id}</code>' in response.content.decode()
    line = KeyValueFormatter().format(next(r for r in caplog.records if r.name == "tests.request_id"))
    assert f"request_id={request_id}" in line
