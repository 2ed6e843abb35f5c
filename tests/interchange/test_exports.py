"""Exports of search results: CSV and JSON Lines, streamed, the search page's selection and visibility."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, Quote, QuoteSearch, Speaker
from claims.services import translation_create
from interchange import exports
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish


def _body(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


def _jsonl(client, params=None) -> list[dict]:
    response = client.get(reverse("interchange:data_export_jsonl"), params or {})
    assert response.status_code == 200
    return [json.loads(line) for line in _body(response).splitlines()]


def _csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_jsonl_export_streams_every_quote_with_its_source_claim_speaker_and_translations(client, demo, editor):
    client.force_login(editor)
    response = client.get(reverse("interchange:data_export_jsonl"))
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("application/x-ndjson")
    assert "attachment" in response["Content-Disposition"]
    rows = [json.loads(line) for line in _body(response).splitlines()]
    assert len(rows) == Quote.objects.count() == 14

    support = next(row for row in rows if row["external_id"] == "demo:quote:000-1")
    assert support["language"] == "uk" and support["kind"] == "direct"
    assert support["text"].startswith("Ви можете повністю розраховувати")
    assert support["translations"] == [
        {
            "language": "en",
            "text": "You can fully count on Moscow's comprehensive support, including in the international arena",
            "method": "human",
            "engine": "",
        }
    ]
    assert support["source"]["outlet"]["name"] == "UNIAN" and support["source"]["published_on"] == "2026-02-03"
    claim = support["claim"]
    assert claim["status"] == "published" and claim["said_on"] == "2026-02-03"
    assert {t["slug"] for t in claim["topics"]} == {"russia-myanmar", "military-cooperation"}
    assert claim["summary_translations"][0]["language"] == "uk"
    assert claim["author"] == "analyst"  # workflow details for editors
    speaker = support["speaker"]
    assert speaker["name"] == "Sergei Shoigu" and speaker["names"]["uk"] == "Сергій Шойгу"
    assert "Shoigu" in speaker["aliases"]
    assert {role["end_date"] for role in speaker["roles"]} == {"2024-05-12", None}

    # A source's text is written once, with its first quote; the order is newest statement first.
    texts = [row["source"]["text"] for row in rows if row["source"]["external_id"] == support["source"]["external_id"]]
    assert texts[0] and all(text is None for text in texts[1:])
    keys = [(row["claim"]["said_on"], row["id"]) for row in rows]
    assert keys == sorted(keys, reverse=True)


def test_export_takes_the_search_query_string_and_matches_the_search_page(client, demo, editor):
    client.force_login(editor)
    shoigu = Speaker.objects.get(name="Sergei Shoigu")
    params = {"q": "Myanmar", "language": "en", "speaker": str(shoigu.pk)}
    rows = _jsonl(client, params)
    page = client.get(reverse("claims:search"), params)
    shown = {result.quote.pk for result in page.context["results"].results}
    assert {row["id"] for row in rows} == shown and shown
    assert all(row["language"] == "en" and row["speaker"]["name"] == "Sergei Shoigu" for row in rows)
    # The search page offers the export of exactly these results.
    html = page.content.decode()
    assert reverse("interchange:data_export_csv") + "?q=Myanmar&amp;language=en" in html
    assert reverse("interchange:data_export_jsonl") + "?q=Myanmar&amp;language=en" in html


def test_readers_export_only_published_claims_without_workflow_details(client, demo):
    rows = _jsonl(client)
    published = QuoteSearch.objects.filter(status=Claim.Status.PUBLISHED).count()
    assert len(rows) == published and published < Quote.objects.count()
    assert {row["claim"]["status"] for row in rows} == {"published"}
    assert all(row["claim"]["author"] is None and row["claim"]["status_note"] is None for row in rows)
    # The status facet is for staff only: a reader cannot widen the selection with it.
    assert len(_jsonl(client, {"status": "draft"})) == published


def test_analysts_export_their_own_drafts_too(client, analyst):
    own = make_claim(author=analyst, summary="My draft")
    make_quote(claim=own, source=make_source(), fragment="Ви можете повністю")
    client.force_login(analyst)
    assert [row["claim"]["summary"] for row in _jsonl(client)] == ["My draft"]


def test_relevance_order_puts_the_ranked_matches_first_and_keeps_every_match(client, demo, editor):
    client.force_login(editor)
    by_date = _jsonl(client, {"q": "Shoigu"})
    by_relevance = _jsonl(client, {"q": "Shoigu", "order": "relevance"})
    assert sorted(row["id"] for row in by_relevance) == sorted(row["id"] for row in by_date)


def test_invalid_facets_are_refused_with_the_field_errors(client, demo):
    response = client.get(reverse("interchange:data_export_csv"), {"said_after": "not a date"})
    assert response.status_code == 400
    assert "said_after" in response.json()["errors"]


def test_csv_export_flattens_rows_with_a_column_per_language(client, demo, editor):
    client.force_login(editor)
    response = client.get(reverse("interchange:data_export_csv"))
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    text = _body(response)
    assert text.startswith("\ufeff")  # spreadsheets then read the Cyrillic as UTF-8
    rows = _csv_rows(text)
    assert list(rows[0]) == exports.csv_columns()
    row = next(row for row in rows if row["quote_external_id"] == "demo:quote:000-1")
    assert row["quote_translation_en"].startswith("You can fully count")
    assert row["quote_translation_methods"] == "en:human"
    assert row["summary_translation_uk"].startswith("Шойгу заявив")
    assert row["speaker_name_uk"] == "Сергій Шойгу" and "Shoigu" in row["speaker_aliases"].split(" | ")
    assert row["claim_topics"] == "military-cooperation | russia-myanmar"
    assert row["source_outlet"] == "UNIAN"


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(client, analyst, editor):
    text = (
        '=HYPERLINK("http://evil.example","click") +1 said the minister. @SUM(A1) -2 thought. '
        "\tcmd|' /C calc'!A0 and 'quoted' too."
    )
    source = make_source(text=text, language="en", title="=cmd|' /C calc'!A0")
    speaker = make_speaker("@admin", names={"en": "+Plus"})
    claim = make_claim(author=analyst, speaker=speaker, summary="-1+1 is a summary", occasion="=1+2")
    fragments = [
        '=HYPERLINK("http://evil.example","click")',
        "+1 said",
        "@SUM(A1)",
        "-2 thought",
        "\tcmd|'",
        "'quoted'",
    ]
    for fragment in fragments:
        make_quote(claim=claim, source=source, fragment=fragment)
    publish(claim, editor=editor)
    client.force_login(editor)
    rows = _csv_rows(_body(client.get(reverse("interchange:data_export_csv"))))
    cells = {row["quote_text"] for row in rows}
    assert cells == {"'" + fragment for fragment in fragments}
    row = rows[0]
    assert row["source_title"] == "'=cmd|' /C calc'!A0"
    assert row["speaker_name"] == "'@admin" and row["speaker_name_en"] == "'+Plus"
    assert row["claim_summary"] == "'-1+1 is a summary" and row["claim_occasion"] == "'=1+2"
    assert row["source_text"] == "'" + source.text
    # No cell of any row starts with a formula character.
    assert not any(cell.startswith(exports.FORMULA_PREFIXES) for row in rows for cell in row.values())
    # The importer reads the original text back.
    assert {exports.unflatten(row)["text"] for row in rows} == set(fragments)


@pytest.mark.parametrize("blanks", ["  ", "\u00a0", " \u200b", "\u3000"])
def test_a_formula_after_leading_spaces_is_neutralised_too(client, analyst, editor, blanks):
    claim = make_claim(author=analyst, summary=blanks + "=1+1", occasion=blanks + "@SUM(A1)")
    make_quote(claim=claim, source=make_source(text="He said it plainly.", language="en"), fragment="said it")
    publish(claim, editor=editor)
    client.force_login(editor)

    row = _csv_rows(_body(client.get(reverse("interchange:data_export_csv"))))[0]

    assert row["claim_summary"] == "'" + blanks + "=1+1"
    assert row["claim_occasion"] == "'" + blanks + "@SUM(A1)"
    assert exports.unflatten(row)["claim"]["summary"] == blanks + "=1+1"  # the importer reads it back


def test_export_reads_in_batches_so_queries_do_not_grow_with_rows(
    client, analyst, editor, django_assert_max_num_queries, monkeypatch
):
    def add_claims(count: int):
        source = make_source(text=" ".join(f"Sentence number {n} about Myanmar." for n in range(count)), language="en")
        for n in range(count):
            claim = make_claim(author=analyst, speaker=make_speaker(f"Speaker {n} {source.pk}"), summary=f"S {n}")
            make_quote(claim=claim, source=source, fragment=f"Sentence number {n} about")
            translation_create(quote=claim.quotes.get(), language="uk", text=f"Речення {n}", translator=analyst)

    def export_queries() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("interchange:data_export_jsonl"))
            rows = _body(response).splitlines()
        return len(rows), len(captured.captured_queries)

    client.force_login(editor)
    add_claims(5)
    few_rows, few_queries = export_queries()
    add_claims(40)
    many_rows, many_queries = export_queries()
    assert (few_rows, many_rows) == (5, 45)
    assert many_queries == few_queries  # one batch either way: no query per row
    with django_assert_max_num_queries(few_queries):
        assert len(_body(client.get(reverse("interchange:data_export_jsonl"))).splitlines()) == 45

    # In batches of 10: five batches, each a fixed handful of queries (keys, quotes, their related rows).
    monkeypatch.setattr(exports, "BATCH_SIZE", 10)
    batched_rows, batched_queries = export_queries()
    assert batched_rows == 45
    per_batch = 10
    assert batched_queries <= few_queries + 4 * per_batch
    with django_assert_max_num_queries(few_queries + 4 * per_batch):
        assert len(_body(client.get(reverse("interchange:data_export_jsonl"))).splitlines()) == 45


def test_export_command_writes_jsonl_and_csv_with_facets(demo, analyst, tmp_path):
    jsonl = tmp_path / "all.jsonl"
    call_command("export_data", "--format", "jsonl", "--output", str(jsonl))
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == Quote.objects.count()  # every status from the command line
    assert any(row["claim"]["status"] == "draft" for row in rows)

    ukrainian = tmp_path / "uk.csv"
    call_command("export_data", "--format", "csv", "--output", str(ukrainian), "--language", "uk", "--q", "Шойгу")
    rows = _csv_rows(ukrainian.read_text(encoding="utf-8"))
    assert rows and all(row["quote_language"] == "uk" for row in rows)

    # --as takes a user's view: another analyst sees published claims only, and no workflow details.
    readers = tmp_path / "readers.jsonl"
    call_command("export_data", "--output", str(readers), "--as", analyst.username)
    rows = [json.loads(line) for line in readers.read_text(encoding="utf-8").splitlines()]
    assert rows and {row["claim"]["status"] for row in rows} == {"published"}
    assert all(row["claim"]["author"] is None for row in rows)


def test_semicolon_csv_for_ukrainian_spreadsheets_has_the_same_rows_and_imports_back(client, demo, editor):
    from interchange.importing import import_file

    client.force_login(editor)
    response = client.get(reverse("interchange:data_export_csv_semicolon"))
    assert response.status_code == 200 and "semicolon" in response["Content-Disposition"]
    text = _body(response)
    header = text.removeprefix("\ufeff").splitlines()[0]
    assert header.split(";") == exports.csv_columns()
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    comma_rows = _csv_rows(_body(client.get(reverse("interchange:data_export_csv"))))
    assert rows == comma_rows
    report = import_file(io.BytesIO(text.encode("utf-8")), format="csv", actor=editor, dry_run=True)
    assert report.ok and report.outcomes["unchanged"] == 14  # read as the same rows, already here


def test_xlsx_export_has_the_csv_columns_and_rows_with_formulas_neutralised(client, demo, editor):
    from openpyxl import load_workbook

    client.force_login(editor)
    response = client.get(reverse("interchange:data_export_xlsx"), {"language": "uk"})
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)["quotes"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == exports.csv_columns()
    expected = _csv_rows(_body(client.get(reverse("interchange:data_export_csv"), {"language": "uk"})))
    assert len(rows) - 1 == len(expected) > 0
    column = exports.csv_columns().index("quote_external_id")
    assert [row[column] for row in rows[1:]] == [row["quote_external_id"] for row in expected]
    assert all(not str(cell).startswith("=") for row in rows for cell in row if cell is not None)


def test_export_command_writes_xlsx_to_a_file(demo, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "quotes.xlsx"
    call_command("export_data", "--format", "xlsx", "--output", str(path))
    rows = list(load_workbook(path, read_only=True)["quotes"].iter_rows(values_only=True))
    assert len(rows) == 15  # the header and 14 quotes
