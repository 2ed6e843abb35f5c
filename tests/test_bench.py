"""The benchmark on a small corpus: the generator keeps every rule of the schema and writes the documents
claims.search would, the tracker finds what a brute-force count finds, and results.json has its shape.
Speed targets live in the benchmark itself (`make bench`), never here."""

import json

import pytest
from django.db import connection

from bench import generate, heavy, run
from bench.baselines import export_sqlite
from claims.models import Claim, Quote, QuoteSearch
from claims.search import documents, indexing, queries
from sources.models import Source

QUOTES = 2000


def _load(records: list | None = None) -> dict:
    return generate.load(connection, generate.Scale.for_quotes(QUOTES), workers=0, records=records, progress=None)


def _scalar(sql: str) -> object:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_generated_quotes_are_exact_spans_with_the_documents_claims_search_writes():
    scale = generate.Scale.for_quotes(QUOTES)
    _load()

    assert Quote.objects.count() == QUOTES
    assert Claim.objects.count() == scale.claims
    assert Source.objects.count() == scale.sources
    assert QuoteSearch.objects.count() == QUOTES
    # The trigger and the check constraint held on every row; say so in the words a reader would check.
    assert (
        _scalar(
            "SELECT count(*) FROM claims_quote q JOIN sources_source s ON s.id = q.source_id "
            'WHERE substr(s.text, q.start + 1, q."end" - q.start) <> q.text'
        )
        == 0
    )
    assert (
        _scalar(
            "SELECT count(*) FROM sources_source WHERE text_sha256 <> encode(sha256(convert_to(text, 'UTF8')), 'hex')"
        )
        == 0
    )
    # The GIN index is back, as the migration defines it.
    assert "USING gin (document)" in _scalar("SELECT indexdef FROM pg_indexes WHERE indexname = 'quotesearch_document'")

    sample = list(Quote.objects.order_by("?").values_list("pk", flat=True)[:40])
    columns = (
        "quote_id, status, said_on, published_on, language, kind, topic_ids, author_id, claim_id, outlet_id, speaker_id"
    )

    def entries() -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(
                # `columns` is a constant list of column names above; the ids travel as a parameter.
                f"SELECT {columns}, document::text FROM claims_quotesearch WHERE quote_id = ANY(%s) ORDER BY quote_id",  # noqa: S608, E501
                [sample],
            )
            return cursor.fetchall()

    generated = entries()
    assert indexing.index_quotes(Quote.objects.filter(pk__in=sample)) == len(sample)
    assert entries() == generated


@pytest.mark.django_db
def test_tracker_counts_match_a_brute_force_count_and_results_have_their_shape(tmp_path, monkeypatch):
    records: list[dict] = []
    timings = _load(records)
    assert len(records) == QUOTES

    bench_editor = run.editor_user()
    for word in ("підтримку", "Shoigu", "санкций", "Зеленський"):
        alternatives = documents.word_alternatives(word)
        expected = sum(1 for record in records if alternatives & set(record["lexemes"]))
        page = run.tracker_search(bench_editor, word, {}, "date")
        assert 0 < expected <= queries.COUNT_CAP, word
        assert (page.count, page.count_capped) == (expected, False), word
        # Readers see published claims only.
        published = sum(1 for r in records if alternatives & set(r["lexemes"]) and r["status"] == "published")
        assert queries.search(entries=queries.visible_entries(_anonymous()), query=word).count == published

    connection.ensure_connection()  # export on the test's connection: its transaction holds the rows
    sqlite_path = tmp_path / "fts5.sqlite"
    exported = export_sqlite(connection.connection, sqlite_path)
    assert exported["rows"] == QUOTES

    # The heavy claim with three reports of 20 kB here (twenty of 5 MB in `make bench`).
    monkeypatch.setattr(heavy, "REPORTS", 3)
    monkeypatch.setattr(heavy, "SOURCE_BYTES", 20_000)
    results = run.measure(quotes=QUOTES, sqlite_path=sqlite_path, repeat=1, baseline_repeat=1, progress=None)
    results["generate_s"] = timings["generate_s"]
    results["targets"] = run.targets(results)
    shape = json.loads(json.dumps(results, default=str))
    assert shape["quotes"] == QUOTES
    for engine in ("tracker", "icontains", "sqlite_fts5"):
        assert {"p50_ms", "p95_ms"} <= set(shape["search"][engine])
    assert len(shape["queries"]) >= 20
    assert all(row["tracker_results"] <= 20 for row in shape["queries"])
    assert {"speaker_many_claims", "speaker_few_claims", "review_queue_all"} <= set(shape["pages"])
    assert set(shape["heavy"]) == {"claim_page_reader", "claim_page_editor", "quote_form_suggestions"}
    assert all(figures["runs"] > 0 and figures["p95_ms"] > 0 for figures in shape["heavy"].values())
    assert isinstance(shape["generate_s"], float)
    # A name typed in Latin: the admin finds the speaker's own claims by the canonical name, the tracker
    # those and every report naming him in Cyrillic.
    shoigu = next(row for row in shape["queries"] if row["query"] == "Shoigu")
    assert int(str(shoigu["tracker_count"]).rstrip("+")) >= shoigu["icontains_count"] > 0

    # The run by hand at 10,000,000 quotes measures the tracker alone, against its own target.
    alone = run.measure_search(
        bench_editor, run.query_mix(rare_uk="x", rare_ru="x")[:3], sqlite_path=tmp_path / "absent.sqlite",
        repeat=1, baseline_repeat=0, progress=None,
    )  # fmt: skip
    assert set(alone["summary"]) == {"tracker"}
    assert [row["icontains_ms"] for row in alone["queries"]] == [None, None, None]
    assert not (tmp_path / "absent.sqlite").exists()
    at_10m = {**results, "quotes": 10_000_000, "search": alone["summary"], "queries": alone["queries"]}
    at_10m["targets"] = run.targets(at_10m)
    assert "search_p95_le_50ms_at_10m" in at_10m["targets"]
    assert not {"search_p95_le_20ms", "icontains_200x_slower_at_p95", "fts5_10x_slower_at_p95"} & set(at_10m["targets"])
    printed: list[str] = []
    run.print_report(at_10m, out=printed.append)
    assert any(line.startswith("p95 (all runs)") and line.rstrip().endswith("-") for line in printed)


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def test_generation_is_deterministic_for_a_seed():
    scale = generate.Scale.for_quotes(300)
    first = generate.block_digest(scale, seed=7)
    assert generate.block_digest(scale, seed=7) == first
    assert generate.block_digest(scale, seed=8) != first
