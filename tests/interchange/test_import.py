"""Bulk import: round trips with the export, idempotence, rejected rows with reasons, dry runs, the page."""

import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse

from claims.models import Claim, Quote, QuoteSearch, Speaker, Topic, Translation
from claims.services import claim_create
from interchange import exports, importing
from interchange.importing import import_file, workflow_path
from sources.batch import Batch
from sources.models import Outlet, Source
from tests.factories import make_claim, make_quote, make_source, publish
from tests.workers import as_worker_process

# --- helpers ------------------------------------------------------------------------------------------------


def export_jsonl(client, user) -> bytes:
    client.force_login(user)
    response = client.get(reverse("interchange:data_export_jsonl"))
    return b"".join(response.streaming_content)


def export_csv(client, user) -> bytes:
    client.force_login(user)
    response = client.get(reverse("interchange:data_export_csv"))
    return b"".join(response.streaming_content)


def flush_content() -> None:
    """Empty the content tables, in dependency order (users, groups and history stay)."""
    Translation.objects.all().delete()
    Quote.objects.all().delete()
    Claim.objects.all().delete()
    Speaker.objects.all().delete()
    Source.objects.all().delete()
    Outlet.objects.all().delete()
    Topic.objects.all().delete()


def canonical(*, roles: bool = True, outlet_details: bool = True, topic_names: bool = True) -> dict:
    """Everything an analyst reads, keyed by external ids, independent of database ids."""

    def translations(rows) -> list:
        return sorted((t.language, t.text, t.method, t.engine) for t in rows)

    def outlet(o) -> tuple:
        return (o.name, sorted(o.domains), o.country, o.kind, o.ownership) if outlet_details else (o.name,)

    sources = {
        s.external_id: {
            "text": s.text,
            "language": s.language,
            "title": s.title,
            "url": s.url,
            "published_on": s.published_on,
            "author": s.author,
            "outlet": outlet(s.outlet) if s.outlet else None,
        }
        for s in Source.objects.select_related("outlet")
    }
    speakers = {
        sp.external_id: {
            "name": sp.name,
            "kind": sp.kind,
            "wikidata_id": sp.wikidata_id,
            "names": sorted((n.language, n.name) for n in sp.names.all()),
            "aliases": sorted(a.alias for a in sp.aliases.all()),
            "roles": sorted((r.title, r.organization, str(r.start_date), str(r.end_date)) for r in sp.roles.all())
            if roles
            else None,
        }
        for sp in Speaker.objects.prefetch_related("names", "aliases", "roles")
    }
    claims = {
        c.external_id: {
            "speaker": c.speaker.external_id,
            "said_on": c.said_on,
            "occasion": c.occasion,
            "summary": c.summary,
            "summary_language": c.summary_language,
            "status": c.status,
            "author": c.author.username,
            "topics": sorted((t.slug, t.name_en, t.name_uk) if topic_names else t.slug for t in c.topics.all()),
            "summary_translations": translations(c.summary_translations.all()),
            "published": c.published_at is not None,
        }
        for c in Claim.objects.select_related("speaker", "author").prefetch_related("topics", "summary_translations")
    }
    quotes = {
        q.external_id: {
            "claim": q.claim.external_id,
            "source": q.source.external_id,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "translations": translations(q.translations.all()),
        }
        for q in Quote.objects.select_related("claim", "source").prefetch_related("translations")
    }
    return {"sources": sources, "speakers": speakers, "claims": claims, "quotes": quotes}


def run_import(data: bytes | str, *, actor, format: str = "jsonl", dry_run: bool = False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return import_file(io.BytesIO(data), format=format, actor=actor, dry_run=dry_run)


def jsonl(*rows) -> str:
    return "\n".join(row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows) + "\n"


def reasons(report) -> dict[int, dict[str, list[str]]]:
    return {row.line: row.errors for row in report.rejected}


# --- round trips and idempotence ------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_database_reproduces_the_same_data(client, demo, editor, admin_user):
    before = canonical()
    assert len(before["quotes"]) == 14 and len(before["claims"]) == 12
    exported = export_jsonl(client, editor)

    flush_content()
    assert Quote.objects.count() == Source.objects.count() == Speaker.objects.count() == 0
    report = run_import(exported, actor=admin_user)

    assert report.ok, report.rejected
    assert report.outcomes["created"] == 14
    assert report.created["claims"] == 12 and report.created["speakers"] == 8 and report.created["sources"] == 3
    assert canonical() == before
    # The statuses were reached through the workflow, so every claim has its review events.
    published = Claim.objects.get(external_id="demo:claim:putin-relations")
    assert [e.to_status for e in published.review_events.all()] == ["in_review", "published"]
    returned = Claim.objects.get(external_id="demo:claim:trump-better-deal")
    assert returned.review_events.last().note.startswith("The date is the article's")
    # And the search finds the imported quotes again.
    page = client.get(reverse("claims:search"), {"q": "Шойгу"})
    assert page.context["results"].count >= 3


def test_csv_export_imports_back_as_well(client, demo, editor, admin_user):
    # CSV leaves out roles, outlet details and topic names (JSON Lines is the lossless format).
    options = {"roles": False, "outlet_details": False, "topic_names": False}
    before = canonical(**options)
    exported = export_csv(client, editor)
    flush_content()
    report = run_import(exported, actor=admin_user, format="csv")
    assert report.ok, report.rejected
    assert canonical(**options) == before


def test_importing_the_same_file_twice_changes_nothing_the_second_time(client, demo, editor, admin_user):
    exported = export_jsonl(client, editor)
    flush_content()
    first = run_import(exported, actor=admin_user)
    after_first = canonical()
    events = Claim.objects.values_list("review_events__pk", flat=True).count()

    second = run_import(exported, actor=admin_user)
    assert second.ok and second.outcomes["unchanged"] == 14 and not second.created and second.status_changes == 0
    assert first.outcomes["created"] == 14
    assert canonical() == after_first
    assert Claim.objects.values_list("review_events__pk", flat=True).count() == events


def test_reimporting_an_export_into_its_own_database_changes_nothing(client, analyst, editor):
    # Records made in the web pages have no external id: the export mints tracker:<kind>:<id> for them,
    # and the import finds them again by those ids, by their text or by their span.
    claim = make_claim(author=analyst, summary="Made in the web page")
    make_quote(claim=claim, source=make_source(), fragment="Ви можете повністю")
    publish(claim, editor=editor)
    before = canonical()
    exported = export_jsonl(client, editor)
    assert "tracker:claim:" in exported.decode()
    report = run_import(exported, actor=editor)
    assert report.ok and report.outcomes["unchanged"] == 1 and not report.created
    assert canonical() == before


def test_dry_run_reports_what_would_happen_and_writes_nothing(client, demo, editor, admin_user):
    exported = export_jsonl(client, editor)
    flush_content()
    report = run_import(exported, actor=admin_user, dry_run=True)
    assert report.dry_run and report.ok
    assert report.outcomes["created"] == 14 and report.created["quotes"] == 14 and report.status_changes == 10
    assert Quote.objects.count() == Claim.objects.count() == Speaker.objects.count() == Source.objects.count() == 0
    assert "Dry run" in report.summary()


# --- rows: the typed form and bad input ----------------------------------------------------------------------

TEXT = "Міністр заявив: «Ми підтримуємо союзників». Потім він пішов."
SPAN = "Ми підтримуємо союзників"


def typed_rows() -> list[dict]:
    start = TEXT.index(SPAN)
    return [
        {"type": "source", "external_id": "t:s1", "text": TEXT, "language": "uk", "outlet": "UNIAN"},
        {"type": "speaker", "external_id": "t:p1", "name": "A Minister", "names": {"uk": "Міністр"}},
        {
            "type": "claim",
            "external_id": "t:c1",
            "speaker": "t:p1",
            "said_on": "2026-02-01",
            "summary": "The minister supports the allies.",
            "summary_language": "en",
        },
        {
            "type": "quote",
            "external_id": "t:q1",
            "source": "t:s1",
            "claim": "t:c1",
            "text": SPAN,
            "start": start,
            "end": start + len(SPAN),
            "translations": [{"language": "en", "text": "We support the allies"}],
        },
    ]


def test_typed_rows_import_sources_speakers_claims_and_quotes(analyst):
    report = run_import(jsonl(*typed_rows()), actor=analyst)
    assert report.ok, report.rejected
    quote = Quote.objects.get(external_id="t:q1")
    assert quote.text == SPAN and quote.claim.speaker.localized_name("uk") == "Міністр"
    assert quote.source.outlet.name == "UNIAN" and quote.translations.get().language == "en"
    assert quote.claim.author == analyst and quote.claim.status == "draft"


def test_bad_rows_are_rejected_with_their_reasons_and_good_rows_still_import(demo, editor):
    rows = typed_rows()
    start = TEXT.index(SPAN)
    published = Claim.objects.get(external_id="demo:claim:putin-relations")
    bad = [
        '{"type": "source", "external_id": "t:broken", "text": ',  # line 5: malformed JSON
        {  # line 6: wrong types
            "type": "quote",
            "external_id": "t:q-types",
            "source": "t:s1",
            "claim": "t:c1",
            "text": SPAN,
            "start": "ten",
            "end": [1],
            "kind": "shouted",
        },
        {  # line 7: unknown speaker
            "type": "claim",
            "external_id": "t:c-nobody",
            "speaker": "nobody:42",
            "said_on": "2026-02-01",
            "summary": "Who said it?",
            "summary_language": "en",
        },
        {  # line 8: offsets outside the text, with a new source and claim that must not be written either
            "type": "quote",
            "external_id": "t:q-outside",
            "source": {"external_id": "t:s-new", "text": "A short text.", "language": "en"},
            "claim": {
                "external_id": "t:c-new",
                "speaker": "t:p1",
                "said_on": "2026-02-02",
                "summary": "Short.",
                "summary_language": "en",
            },
            "text": "text beyond",
            "start": 8,
            "end": 500,
        },
        {  # line 9: a status change the workflow forbids (back from published)
            "type": "claim",
            "external_id": published.external_id,
            "status": "draft",
        },
        {  # line 10: publishing one's own claim (the importing editor would be its author)
            "type": "quote",
            "external_id": "t:q-own",
            "source": "t:s1",
            "claim": {
                "external_id": "t:c-own",
                "speaker": "t:p1",
                "said_on": "2026-02-03",
                "summary": "Own claim.",
                "summary_language": "en",
                "status": "published",
            },
            "text": SPAN,
            "start": start,
            "end": start + len(SPAN),
        },
        {  # line 11: a decision without its note
            "type": "claim",
            "external_id": "demo:claim:mishustin-ties",
            "status": "rejected",
        },
    ]
    report = run_import(jsonl(*rows, *bad), actor=editor)

    problems = reasons(report)
    assert sorted(problems) == [5, 6, 7, 8, 9, 10, 11]
    assert "Malformed JSON" in problems[5]["line"][0]
    assert set(problems[6]) == {"quote.start", "quote.end", "quote.kind"}
    assert problems[6]["quote.start"] == ["Expected a whole number."]
    assert problems[7] == {"claim.speaker": ["Unknown speaker “nobody:42”."]}
    assert "outside the source text" in problems[8]["quote.end"][0]
    assert problems[9] == {"claim.status": ["A claim cannot go from “published” to “draft”."]}
    assert problems[10] == {"claim.status": ["Nobody reviews their own claim: another editor must do this."]}
    assert problems[11] == {"claim.status_note": ["A note is required for this decision."]}
    assert {row.external_id for row in report.rejected} >= {"t:q-types", "t:c-nobody", "t:q-outside", "t:q-own"}

    # Nothing of a rejected row was written; the good rows were.
    assert not Source.objects.filter(external_id="t:s-new").exists()
    assert not Claim.objects.filter(external_id__in=["t:c-new", "t:c-own", "t:c-nobody"]).exists()
    assert not Quote.objects.filter(external_id__in=["t:q-types", "t:q-outside", "t:q-own"]).exists()
    published.refresh_from_db()
    assert published.status == "published"
    assert Claim.objects.get(external_id="demo:claim:mishustin-ties").status == "in_review"
    assert Quote.objects.filter(external_id="t:q1").exists()
    assert report.outcomes["created"] == 4


def test_a_status_reached_through_the_workflow_by_an_admin_restoring_with_the_row_author(demo, admin_user):
    rows = typed_rows()
    rows[2] |= {"author": "analyst", "status": "published"}
    report = run_import(jsonl(*rows), actor=admin_user)
    assert report.ok, report.rejected
    claim = Claim.objects.get(external_id="t:c1")
    assert claim.author.username == "analyst" and claim.status == "published"
    # The quote of the next row was added while the claim was still a draft; the moves came after.
    assert claim.quotes.count() == 1
    assert [(e.to_status, e.actor) for e in claim.review_events.all()] == [
        ("in_review", admin_user),
        ("published", admin_user),
    ]


def test_an_editor_cannot_publish_a_claim_they_import_under_an_analysts_name(demo, editor):
    rows = typed_rows()
    rows[2] |= {"author": "analyst", "status": "published"}
    report = run_import(jsonl(*rows), actor=editor)

    assert reasons(report)[3] == {"claim.status": ["Nobody reviews their own claim: another editor must do this."]}
    assert not Claim.objects.filter(external_id="t:c1", status="published").exists()


def test_an_editor_cannot_publish_later_a_claim_they_imported_under_an_analysts_name(demo, editor):
    rows = typed_rows()
    rows[2] |= {"author": "analyst", "status": "in_review"}
    assert run_import(jsonl(*rows), actor=editor).ok
    claim = Claim.objects.get(external_id="t:c1")
    assert claim.status == "in_review" and claim.author.username == "analyst"

    report = run_import(jsonl({"type": "claim", "external_id": "t:c1", "status": "published"}), actor=editor)

    assert reasons(report) == {1: {"claim.status": ["Nobody reviews their own claim: another editor must do this."]}}
    claim.refresh_from_db()
    assert claim.status == "in_review"


def test_an_analyst_import_can_submit_but_not_publish(analyst):
    rows = typed_rows()
    rows[2] |= {"status": "in_review", "author": "someone-else"}
    report = run_import(jsonl(*rows), actor=analyst)
    assert report.ok, report.rejected
    claim = Claim.objects.get(external_id="t:c1")
    assert claim.status == "in_review" and claim.author == analyst  # only editors import others' claims
    assert claim.quotes.count() == 1  # added before the claim went to review

    more = {"type": "claim", "external_id": "t:c1", "status": "published"}
    report = run_import(jsonl(more), actor=analyst)
    assert reasons(report) == {1: {"claim.status": ["Only editors may do this."]}}


def test_analysts_cannot_add_topics_and_their_quotes_of_others_claims_are_proposed(demo, analyst):
    claim = {
        "type": "claim",
        "external_id": "t:c-topic",
        "speaker": "demo:speaker:putin",
        "said_on": "2026-01-01",
        "summary": "With a new topic.",
        "summary_language": "en",
        "topics": ["brand-new-topic"],
    }
    source = Source.objects.get(external_id="demo:source:002_79ba90339376d06f.txt")
    start = source.text.index("Putin remarked")
    quote = {
        "external_id": "t:q-other",
        "source": source.external_id,
        "claim": "demo:claim:putin-relations",
        "text": "Putin remarked",
        "start": start,
        "end": start + len("Putin remarked"),
    }
    problems = reasons(run_import(jsonl(claim, quote), actor=analyst))
    assert problems[1] == {"claim.topics": ["Unknown topic “brand-new-topic”: only editors may add topics."]}
    assert 2 not in problems
    imported = Quote.objects.get(external_id="t:q-other")
    assert (imported.report_status, imported.created_by) == (Quote.ReportStatus.PROPOSED, analyst)


def test_the_same_row_twice_in_one_file_is_imported_once(analyst):
    rows = typed_rows()
    report = run_import(jsonl(*rows, rows[3]), actor=analyst)
    assert report.ok and report.outcomes["created"] == 4 and report.outcomes["unchanged"] == 1
    assert Quote.objects.count() == 1 and Translation.objects.filter(quote__isnull=False).count() == 1


def test_an_external_id_used_by_another_quote_is_refused(demo, editor):
    row = typed_rows()
    row[3]["external_id"] = "demo:quote:000-1"
    problems = reasons(run_import(jsonl(*row), actor=editor))
    assert list(problems[4]) == ["quote.external_id"]


def test_a_csv_without_the_needed_columns_is_refused_as_a_whole(editor):
    report = run_import("a,b\n1,2\n", actor=editor, format="csv")
    assert not report.ok and "quote_text" in report.file_errors[0] and report.rows == 0


def test_workflow_paths_follow_the_transition_table():
    assert workflow_path("draft", "published") == ["in_review", "published"]
    assert workflow_path("draft", "retracted") == ["in_review", "published", "retracted"]
    assert workflow_path("changes_requested", "rejected") == ["in_review", "rejected"]
    assert workflow_path("published", "draft") is None
    assert workflow_path("draft", "draft") == []


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r", "'"])
def test_neutralised_cells_are_restored_exactly(prefix):
    value = f"{prefix}1+2"
    assert exports.neutralize(value) == "'" + value
    assert exports.restore(exports.neutralize(value)) == value
    assert exports.neutralize("Plain 1+2") == "Plain 1+2"


# --- units of rows: history, rollback, retries ---------------------------------------------------------------


def history(record) -> list[tuple]:
    """What a record's history says, oldest first: (type, user, topics for a claim)."""
    rows = record.history.order_by("history_date", "history_id")
    return [
        (h.history_type, h.history_user, sorted(t.topic_id for t in h.topics.all()) if hasattr(h, "topics") else None)
        for h in rows
    ]


def test_imported_records_have_the_history_rows_the_services_write(editor):
    topic = Topic.objects.create(slug="security", name_en="Security", name_uk="Безпека")
    rows = typed_rows()
    rows[2]["topics"] = ["security"]
    rows[2]["summary_translations"] = [{"language": "uk", "text": "Міністр підтримує союзників."}]
    report = run_import(jsonl(*rows), actor=editor)
    assert report.ok, report.rejected

    quote = Quote.objects.select_related("claim", "source").get(external_id="t:q1")
    claim, source = quote.claim, quote.source
    translations = [quote.translations.get(), claim.summary_translations.get()]
    for record in [source, claim.speaker, quote, *translations]:
        assert history(record) == [("+", editor, None)]
        assert record.history.get().history_change_reason is None
    # A claim with topics: created, then its topics set (and recorded with them), as claim_create does it.
    made = claim_create(
        speaker=claim.speaker,
        said_on=claim.said_on,
        summary="Made by the service.",
        summary_language="en",
        author=editor,
        topics=[topic],
    )
    assert history(claim) == history(made) == [("+", editor, []), ("~", editor, [topic.pk])]
    assert claim.history.earliest("history_date").summary == claim.summary


def test_a_row_rejected_in_the_middle_of_a_unit_leaves_nothing_and_its_neighbours_import(editor, monkeypatch):
    monkeypatch.setattr(importing, "UNIT_ROWS", 4)  # rows 1-4, 5-8, 9-10
    start = TEXT.index(SPAN)

    def quote_row(n: int, **changes) -> dict:
        row = {
            "external_id": f"t:q{n}",
            "source": {"external_id": f"t:s{n}", "text": f"{TEXT} ({n})", "language": "uk", "outlet": f"Outlet {n}"},
            "claim": {
                "external_id": f"t:c{n}",
                "speaker": {"external_id": f"t:p{n}", "name": f"Speaker {n}"},
                "said_on": "2026-02-01",
                "summary": f"Claim {n}.",
                "summary_language": "en",
            },
            "text": SPAN,
            "start": start,
            "end": start + len(SPAN),
            "translations": [{"language": "en", "text": f"We support the allies ({n})"}],
        }
        return row | changes

    rows = [quote_row(n) for n in range(1, 11)]
    rows[5] = quote_row(6, end=start + 3)  # after writing its outlet and speaker, the span is refused
    rows[2] = quote_row(3, kind="shouted")  # refused before writing anything
    report = run_import(jsonl(*rows), actor=editor)

    assert sorted(reasons(report)) == [3, 6]
    assert list(reasons(report)[6]) == ["quote.text"]
    assert report.outcomes["created"] == 8 and report.created["quotes"] == 8
    # Nothing of the refused rows was written, not even the history of what row 6 wrote before its refusal.
    for n in (3, 6):
        assert not Source.objects.filter(external_id=f"t:s{n}").exists()
        assert not Source.history.filter(external_id=f"t:s{n}").exists()
        assert not Claim.objects.filter(external_id=f"t:c{n}").exists()
        assert not Speaker.objects.filter(external_id=f"t:p{n}").exists()
        assert not Outlet.objects.filter(name=f"Outlet {n}").exists()
    good = [f"t:q{n}" for n in (1, 2, 4, 5, 7, 8, 9, 10)]
    assert sorted(Quote.objects.values_list("external_id", flat=True)) == sorted(good)
    assert Quote.history.filter(external_id__in=good).count() == 8
    assert Translation.objects.filter(quote__external_id__in=good).count() == 8
    # Every imported quote is searchable, with its translation.
    assert QuoteSearch.objects.filter(quote__external_id__in=good).count() == 8
    client = Client()
    client.force_login(editor)
    page = client.get(reverse("claims:search"), {"q": "allies"})
    assert page.context["results"].count == 8


def test_a_unit_the_database_refuses_is_written_again_row_by_row(analyst, monkeypatch):
    saves = []
    save = Batch.save

    def refused_once(batch):
        saves.append(len(batch))
        save(batch)  # the inserts happen, then fail: the unit's rollback must take them back
        if len(saves) == 1:
            raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(Batch, "save", refused_once)
    report = run_import(jsonl(*typed_rows()), actor=analyst)

    assert report.ok, report.rejected
    assert report.outcomes["created"] == 4 and len(saves) == 5  # the unit, then each row alone
    assert Quote.objects.get().history.count() == 1
    assert Source.objects.count() == Claim.objects.count() == Speaker.objects.count() == 1
    assert Translation.objects.count() == 1 and Translation.history.count() == 1


# --- the command and the page ---------------------------------------------------------------------------------


def test_import_command_reports_and_exits_non_zero_on_rejected_rows(tmp_path, analyst, capsys):
    good = tmp_path / "good.jsonl"
    good.write_text(jsonl(*typed_rows()), encoding="utf-8")
    call_command("import_data", str(good), "--as", analyst.username, "--dry-run")
    assert "Dry run" in capsys.readouterr().out and not Quote.objects.exists()
    call_command("import_data", str(good), "--as", analyst.username)
    assert "4 created" in capsys.readouterr().out and Quote.objects.count() == 1

    bad = tmp_path / "bad.jsonl"
    bad.write_text(jsonl({"type": "claim", "external_id": "x", "speaker": "nobody"}), encoding="utf-8")
    with pytest.raises(CommandError) as failure:
        call_command("import_data", str(bad), "--as", analyst.username)
    assert failure.value.returncode == 2
    out = capsys.readouterr().out
    assert "Line 1 (x) rejected" in out and "claim.said_on" in out


def _upload(client, content: str, *, name: str = "rows.jsonl", dry_run: bool = False):
    data = {"file": SimpleUploadedFile(name, content.encode("utf-8")), "format": ""}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(reverse("interchange:data_import"), data, follow=True)


def test_import_page_is_for_editors_only(client, analyst, editor):
    assert client.get(reverse("interchange:data_import")).status_code == 302  # to the login page
    client.force_login(analyst)
    assert client.get(reverse("interchange:data_import")).status_code == 403
    assert _upload(client, jsonl(*typed_rows())).status_code == 403
    assert not Quote.objects.exists()
    client.force_login(editor)
    page = client.get(reverse("interchange:data_import"))
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.content.decode()


def test_import_page_checks_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert _upload(client, jsonl(*typed_rows())).status_code == 403
    assert not Quote.objects.exists()


def test_import_page_dry_run_then_import_with_the_report_on_the_page(client, editor):
    client.force_login(editor)
    page = _upload(client, jsonl(*typed_rows()), dry_run=True)
    assert page.status_code == 200 and "Dry run: nothing was written" in page.content.decode()
    assert not Quote.objects.exists()

    page = _upload(client, jsonl(*typed_rows()))
    assert page.status_code == 200 and Quote.objects.filter(external_id="t:q1").exists()
    assert page.context["report"].outcomes["created"] == 4


def test_import_page_takes_the_csv_export(client, demo, editor, admin_user):
    exported = export_csv(client, editor).decode("utf-8")
    flush_content()
    client.force_login(admin_user)  # the export's published claims are restored by an administrator
    page = _upload(client, exported, name="claims.csv", dry_run=True)
    assert page.status_code == 200 and page.context["report"].outcomes["created"] == 14
    assert not Quote.objects.exists()


def test_import_page_shows_the_field_errors_of_rejected_rows(client, editor):
    client.force_login(editor)
    rows = [*typed_rows(), {"type": "claim", "external_id": "t:c2", "speaker": "nobody", "said_on": "2026-02-30"}]
    page = _upload(client, jsonl(*rows))
    assert page.status_code == 200 and page.context["job"].status == "succeeded"
    html = page.content.decode()
    assert "claim.speaker" in html and "Unknown speaker “nobody”." in html
    assert "claim.said_on" in html and "Expected a date as YYYY-MM-DD." in html
    assert Quote.objects.filter(external_id="t:q1").exists()  # the good rows were imported


def test_import_page_refuses_files_over_the_size_cap_and_unknown_formats(client, editor, monkeypatch):
    from interchange import forms as forms_import

    client.force_login(editor)
    monkeypatch.setattr(forms_import, "MAX_UPLOAD_BYTES", 100)
    page = _upload(client, jsonl(*typed_rows()))
    assert page.status_code == 400 and "at most 100" in page.content.decode()
    monkeypatch.undo()
    page = _upload(client, jsonl(*typed_rows()), name="rows.txt")
    assert page.status_code == 400 and "Choose the format" in page.content.decode()
    assert not Quote.objects.exists()


# --- speed ----------------------------------------------------------------------------------------------------


def test_import_benchmark_command_imports_the_rows_and_leaves_nothing(transactional_db):
    from claims.models import Quote

    out = io.StringIO()
    call_command("bench_import", rows=40, stdout=out)
    assert re.search(
        r"Imported 40 rows in [0-9.]+ s \([0-9.]+ ms a row\): .* 40 created, 0 updated, 0 unchanged, 0 rejected",
        out.getvalue(),
    )
    assert not Quote.objects.exists()  # measured inside a transaction that is rolled back


def test_import_benchmark_as_a_job_runs_a_worker_and_leaves_every_quote_searchable(transactional_db, settings):
    from claims.models import Quote
    from interchange.tasks import IMPORT
    from jobs.models import Job

    settings.JOBS_RUN_INLINE = False
    out = io.StringIO()
    as_worker_process(lambda: call_command("bench_import", rows=40, job=True, stdout=out))
    assert re.search(
        r"Imported 40 rows as a job in [0-9.]+ s \([0-9]+ rows/s\); 40 new quotes searchable", out.getvalue()
    )
    assert Quote.objects.filter(search_entry__isnull=False).count() == 40
    assert Job.objects.get(task=IMPORT).status == Job.Status.SUCCEEDED


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"type": "source", "outlet": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"type": "source", "outlet": ' + "[" * 40 + "]" * 40 + "}", "nested too deeply"),
        ('{"type": "source", "external_id": "t:bad", "text": "x \\ud800 y", "language": "uk"}', "surrogate"),
    ],
)
@pytest.mark.parametrize("dry_run", [True, False])
def test_a_hostile_line_is_one_rejected_row_and_the_others_import(analyst, line, reason, dry_run):
    rows = typed_rows()
    report = run_import(jsonl(rows[0], line, *rows[1:]), actor=analyst, dry_run=dry_run)

    assert list(reasons(report)) == [2]
    assert reason in reasons(report)[2]["line"][0]
    assert report.outcomes["created"] == 4
    assert Quote.objects.filter(external_id="t:q1").exists() is not dry_run
    assert not Source.objects.filter(external_id="t:bad").exists()
