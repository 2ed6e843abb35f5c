"""The two baselines the tracker's search is compared with, over the same rows.

- Django admin's default search: `icontains` on each typed word (quoted phrases kept whole, as
  `ModelAdmin.get_search_results` splits them), OR-ed over the quote's text, the claim's summary and the
  speaker's name, AND-ed over the words; newest claim first, the first 20 rows, and the two counts the
  admin's change list shows (the filtered count and, by default, the full count).
- SQLite FTS5, the engine Datasette searches with: the same texts (quote, summary, speaker's names)
  exported once into an external-content FTS5 table with the unicode61 tokenizer (remove_diacritics 2),
  queried with the same words in FTS5 syntax, ordered by bm25, top 20 and the count.
"""

import sqlite3
import time
from pathlib import Path

from django.db.models import Q
from django.utils.text import smart_split, unescape_string_literal

from claims.models import Quote

ADMIN_FIELDS = ("text", "claim__summary", "claim__speaker__name")


def admin_terms(search_term: str) -> list[str]:
    """The terms Django's admin searches for: smart_split, with quoted phrases unquoted."""
    terms = []
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        terms.append(bit)
    return terms


def _admin_facets(queryset, facets: dict[str, str]):
    if "speaker" in facets:
        queryset = queryset.filter(claim__speaker_id=int(facets["speaker"]))
    if "language" in facets:
        queryset = queryset.filter(source__language=facets["language"])
    if "status" in facets:
        queryset = queryset.filter(claim__status=facets["status"])
    if "said_after" in facets:
        queryset = queryset.filter(claim__said_on__gte=facets["said_after"])
    if "said_before" in facets:
        queryset = queryset.filter(claim__said_on__lte=facets["said_before"])
    if "outlet" in facets:
        queryset = queryset.filter(source__outlet_id=int(facets["outlet"]))
    if "topic" in facets:
        queryset = queryset.filter(claim__topics=int(facets["topic"]))
    return queryset


def admin_search(search_term: str, facets: dict[str, str]) -> tuple[list[int], int]:
    """What the admin's change list of quotes runs for this search box and these list filters."""
    queryset = _admin_facets(Quote.objects.all(), facets)
    for term in admin_terms(search_term):
        condition = Q()
        for field in ADMIN_FIELDS:
            condition |= Q(**{f"{field}__icontains": term})
        queryset = queryset.filter(condition)
    rows = list(
        queryset.select_related("claim__speaker", "source").order_by("-claim__said_on", "-pk")[:20]
    )  # the change list shows whole rows
    count = queryset.count()
    Quote.objects.count()  # "N results (M total)": the admin's default show_full_result_count
    return [row.pk for row in rows], count


# --- SQLite FTS5 -----------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, text TEXT, summary TEXT, speaker TEXT,
    speaker_id INTEGER, language TEXT, status TEXT, said_on TEXT, outlet_id INTEGER, topics TEXT
);
"""
_INDEXES = """
CREATE INDEX quotes_said_on ON quotes (said_on);
CREATE INDEX quotes_speaker ON quotes (speaker_id, said_on);
CREATE INDEX quotes_language ON quotes (language, said_on);
CREATE INDEX quotes_outlet ON quotes (outlet_id, said_on);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, summary, speaker, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
"""


def export_sqlite(connection, path: Path) -> dict[str, float]:
    """Copy every quote's text, summary, speaker names and facets from PostgreSQL (a psycopg connection)
    into a new SQLite file with an FTS5 index over the texts. Returns how long it took and how many rows."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
    speakers: dict[int, list[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM claims_speaker")
        for speaker_id, name in cursor.fetchall():
            speakers[speaker_id] = [name]
        cursor.execute("SELECT speaker_id, name FROM claims_speakername ORDER BY speaker_id, language")
        for speaker_id, name in cursor.fetchall():
            speakers[speaker_id].append(name)
        cursor.execute("SELECT speaker_id, alias FROM claims_speakeralias ORDER BY speaker_id, alias")
        for speaker_id, alias in cursor.fetchall():
            speakers[speaker_id].append(alias)
    names = {speaker_id: " ".join(dict.fromkeys(spellings)) for speaker_id, spellings in speakers.items()}
    lite = sqlite3.connect(path)
    lite.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
    rows = 0
    with connection.cursor(name="bench_export", withhold=True) as cursor:
        cursor.itersize = 20_000
        cursor.execute(
            "SELECT e.quote_id, q.text, c.summary, e.speaker_id, e.language, e.status, e.said_on, e.outlet_id,"
            " e.topic_ids FROM claims_quotesearch e JOIN claims_quote q ON q.id = e.quote_id"
            " JOIN claims_claim c ON c.id = e.claim_id ORDER BY e.quote_id"
        )
        batch = []
        for quote_id, text, summary, speaker_id, language, status, said_on, outlet_id, topic_ids in cursor:
            topics = "," + ",".join(str(t) for t in topic_ids) + "," if topic_ids else ""
            batch.append(
                (
                    quote_id,
                    text,
                    summary,
                    names[speaker_id],
                    speaker_id,
                    language,
                    status,
                    said_on.isoformat(),
                    outlet_id,
                    topics,
                )
            )
            if len(batch) >= 20_000:
                lite.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
                rows += len(batch)
                batch = []
        if batch:
            lite.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
            rows += len(batch)
    lite.commit()
    loaded = time.perf_counter()
    lite.executescript(_INDEXES)
    lite.commit()
    lite.execute("ANALYZE")
    lite.close()
    return {"export_s": time.perf_counter() - started, "fts_index_s": time.perf_counter() - loaded, "rows": rows}


def _fts_facets(facets: dict[str, str]) -> tuple[str, list]:
    clauses, params = [], []
    for key, column, operator in (
        ("speaker", "speaker_id", "="),
        ("language", "language", "="),
        ("status", "status", "="),
        ("said_after", "said_on", ">="),
        ("said_before", "said_on", "<="),
        ("outlet", "outlet_id", "="),
    ):
        if key in facets:
            clauses.append(f"q.{column} {operator} ?")
            params.append(int(facets[key]) if key in ("speaker", "outlet") else facets[key])
    if "topic" in facets:
        clauses.append("q.topics LIKE ?")
        params.append(f"%,{int(facets['topic'])},%")
    return " AND ".join(clauses), params


def fts5_search(lite: sqlite3.Connection, match: str, facets: dict[str, str]) -> tuple[list[int], int]:
    """Top 20 by bm25 and the count, as Datasette's search runs them; newest first without words."""
    where, params = _fts_facets(facets)
    if not match:
        condition = f"WHERE {where}" if where else ""
        ids = [
            row[0]
            for row in lite.execute(
                f"SELECT q.id FROM quotes q {condition} ORDER BY q.said_on DESC, q.id DESC LIMIT 20",  # noqa: S608
                params,
            )
        ]
        count = lite.execute(f"SELECT count(*) FROM quotes q {condition}", params).fetchone()[0]  # noqa: S608
        return ids, count
    condition = "quotes_fts MATCH ?" + (f" AND {where}" if where else "")
    base = f"FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE {condition}"
    ids = [
        row[0]
        for row in lite.execute(f"SELECT q.id {base} ORDER BY bm25(quotes_fts) LIMIT 20", [match, *params])  # noqa: S608
    ]
    count = lite.execute(f"SELECT count(*) {base}", [match, *params]).fetchone()[0]  # noqa: S608
    return ids, count
