"""Hostile bodies and lost races through the API: each is refused with a 4xx and a message, and nothing
stored changes."""

import json
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import IntegrityError

from tests.api import client_for, shared_world, snapshot


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with shared_world(django_db_blocker) as world:
        yield world


def post_raw(client, path: str, body: str):
    return client.generic("POST", path, body.encode("utf-8", "surrogatepass"), content_type="application/json")


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deeply_nested_json_is_refused_with_400(db, world, depth):
    client = client_for(world.analyst)
    before = snapshot()
    body = '{"text": "x", "language": "uk", "outlet": ' + "[" * depth + "]" * depth + "}"

    response = post_raw(client, "/api/v1/sources/", body)

    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]
    assert snapshot() == before


def test_a_lone_surrogate_in_a_body_is_refused_with_400(db, world):
    client = client_for(world.analyst)
    before = snapshot()
    body = json.dumps({"text": "Шойгу заявив \ud800 щось.", "language": "uk"})  # "\\ud800" escaped in JSON

    response = post_raw(client, "/api/v1/sources/", body)

    assert response.status_code == 400
    assert "surrogate" in response.json()["detail"]
    assert snapshot() == before


def test_a_uniqueness_race_lost_is_a_409_with_a_message(db, world):
    # Two requests capture the same article at once: the loser meets the unique index, not our check.
    client = client_for(world.analyst)
    before = snapshot()
    with mock.patch("api.views.source_create", side_effect=IntegrityError("duplicate key value")):
        response = client.post(
            "/api/v1/sources/", {"text": "A new article about Myanmar.", "language": "en"}, format="json"
        )

    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert "try again" in response.json()["detail"].lower()
    assert snapshot() == before
