"""The search page's exports for scripts: /api/v1/export/ with a token, in every file type, with the same
selection and visibility as the pages."""

import csv
import io
import json
from unittest import mock

import pytest
from django.core.cache import caches
from openpyxl import load_workbook

from tests.api import client_for


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.getvalue()


def test_a_token_client_exports_its_search_as_json_lines_with_what_an_editor_sees(db, world):
    response = client_for(world.editor).get("/api/v1/export/", {"file_type": "jsonl"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in _body(response).decode().splitlines()]
    quotes = {row["text"] for row in rows if row["type"] == "quote"}
    assert "Ми підтримуємо Москву" in quotes and "Це чернетка" in quotes  # an editor's export has drafts too


def test_readers_get_published_claims_only_and_the_query_selects(db, world):
    everything = client_for(None).get("/api/v1/export/", {"file_type": "csv"})
    selected = client_for(world.editor).get("/api/v1/export/", {"file_type": "csv", "q": "чернетка"})

    rows = list(csv.DictReader(io.StringIO(_body(everything).decode("utf-8-sig"))))
    assert everything.status_code == 200 and everything["Content-Type"].startswith("text/csv")
    assert [row["quote_text"] for row in rows] == ["Ми підтримуємо Москву"]
    assert [row["quote_text"] for row in csv.DictReader(io.StringIO(_body(selected).decode("utf-8-sig")))] == [
        "Це чернетка"
    ]


@pytest.mark.parametrize("accept", ["text/csv", "application/json", "*/*"])
def test_the_file_comes_whatever_the_accept_header_says(db, world, accept):
    response = client_for(world.editor).get("/api/v1/export/", {"file_type": "csv"}, HTTP_ACCEPT=accept)

    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")


def test_exports_count_as_searches_for_the_throttle(db, world):
    client = client_for(world.analyst)
    for _ in range(3):
        assert client.get("/api/v1/export/", {"file_type": "jsonl"}).status_code == 200
    with mock.patch("claims.throttles.SearchThrottle.get_rate", return_value="3/minute"):
        caches["throttle"].clear()
        answers = [client.get("/api/v1/export/", {"file_type": "jsonl"}).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]


def test_semicolon_csv_and_xlsx_are_for_spreadsheets(db, world):
    client = client_for(world.analyst)
    semicolon = client.get("/api/v1/export/", {"file_type": "csv-semicolon"})
    xlsx = client.get("/api/v1/export/", {"file_type": "xlsx"})

    assert ";" in _body(semicolon).decode("utf-8-sig").splitlines()[0]
    sheet = load_workbook(io.BytesIO(_body(xlsx))).active
    assert "Ми підтримуємо Москву" in [cell.value for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize(
    ("params", "field"),
    [({}, "file_type"), ({"file_type": "pdf"}, "file_type"), ({"file_type": "csv", "said_after": "soon"}, "said_after"),
     ({"file_type": "csv", "language": ""}, "language")],
)  # fmt: skip
def test_a_bad_request_is_a_400_naming_the_parameter(db, world, params, field):
    response = client_for(world.editor).get("/api/v1/export/", params)

    assert response.status_code == 400
    assert field in response.json()


def test_the_schema_describes_the_export_and_its_file_types(db, world):
    schema = client_for(None).get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    export = schema["paths"]["/api/v1/export/"]["get"]
    assert {"text/csv", "application/x-ndjson"} <= set(export["responses"]["200"]["content"])
    parameters = {parameter["name"]: parameter for parameter in export["parameters"]}
    assert parameters["file_type"]["required"] and "xlsx" in parameters["file_type"]["schema"]["enum"]
    assert {"q", "speaker", "language", "said_after"} <= set(parameters)


def test_an_unknown_order_is_refused_as_by_the_search(db, world):
    for url in ("/api/v1/export/", "/api/v1/quotes/"):
        response = client_for(world.editor).get(url, {"file_type": "csv", "order": "oldest"})
        assert response.status_code == 400, url
        assert response.json() == {"order": ["Order by “date” or “relevance”."]}
    assert (
        client_for(world.editor).get("/api/v1/export/", {"file_type": "csv", "order": "relevance"}).status_code == 200
    )
