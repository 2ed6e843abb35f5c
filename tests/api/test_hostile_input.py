"""Hostile bodies and lost races through the API: each is refused with a 4xx and a message, and nothing
stored changes."""

import json
from unittest import mock

import pytest
from django.db import IntegrityError

from tests.api import client_for, snapshot


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


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/abc/", "/api/v1/quotes/1.5/", "/api/v1/nothing/", "/api/v1/claims/-1/"]
)
def test_an_address_that_is_no_api_resource_answers_a_json_404(db, world, path):
    response = client_for(world.analyst).get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    "query", ["language=", "status=", "kind=", "order=", "outlet=", "said_after=", "page_size=", "page_size=0",
              "page_size=101", "page_size=x"],
)  # fmt: skip
@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/quotes/"])
def test_a_value_the_schema_does_not_allow_is_refused_with_400(db, world, path, query):
    response = client_for(world.editor).get(f"{path}?{query}")

    assert response.status_code == 400, response.content
    assert query.split("=")[0] in response.json()


@pytest.mark.parametrize("outlet", ["0", "-3", "999999", "99999999999999999999"])
@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/quotes/"])
def test_an_outlet_id_of_no_outlet_finds_nothing_rather_than_failing(db, world, path, outlet):
    response = client_for(world.editor).get(f"{path}?outlet={outlet}")

    assert response.status_code == 200
    assert response.json()["results"] == []
    assert client_for(world.editor).get(f"{path}?outlet={world.outlet.pk}").json()["results"]


def test_the_schema_documents_the_error_answers_and_page_bounds(db, world):
    schema = client_for(None).get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    claims = schema["paths"]["/api/v1/claims/"]
    assert {"400", "401", "403", "404", "429", "503"} <= set(claims["get"]["responses"])
    assert "409" in claims["post"]["responses"]
    page = {parameter["name"]: parameter["schema"] for parameter in claims["get"]["parameters"]}
    assert page["page"]["minimum"] == 1 and (page["page_size"]["minimum"], page["page_size"]["maximum"]) == (1, 100)
    assert {} in claims["get"]["security"]  # a public site's reads need no credentials, by design


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/v1/topics/", {"slug": "long-name", "name_en": " " + "x" * 200, "name_uk": "Назва"}),
        ("/api/v1/speakers/", {"name": "Сергій Шойгу", "roles": [{"title": "\t" + "м" * 300}]}),
    ],
)
def test_a_string_longer_than_the_schema_allows_is_refused_even_with_spaces_around_it(db, world, path, body):
    # The schema says maxLength of the string sent; trimming first would take one a space too long.
    client = client_for(world.editor)
    before = snapshot()

    response = client.post(path, body, format="json")

    assert response.status_code == 400, response.content
    assert "Ensure this field has no more than" in json.dumps(response.json())
    assert snapshot() == before


def test_a_value_of_another_json_type_than_the_schema_states_is_refused_not_converted(db, world):
    # DRF alone takes 5 for a string and "12" for an id; the schema says string and integer.
    client = client_for(world.editor)
    before = snapshot()

    topic = client.post("/api/v1/topics/", {"slug": 1442023, "name_en": 7456699, "name_uk": "Назва"}, format="json")
    claim = client.post(
        "/api/v1/claims/",
        {"speaker": str(world.speaker_public.pk), "said_on": "2026-02-03", "summary": "x", "summary_language": "en"},
        format="json",
    )

    assert topic.status_code == 400 and {"slug", "name_en"} <= set(topic.json())
    assert claim.status_code == 400 and "Expected pk value, received str" in claim.json()["speaker"][0]
    assert snapshot() == before


@pytest.mark.parametrize("method", ["DELETE", "QUERY", "PUT"])
def test_a_method_an_address_does_not_have_is_405_whatever_the_query(db, world, method):
    response = client_for(world.editor).generic(method, "/api/v1/claims/?q=a%00b&language=")

    assert response.status_code == 405
