"""CSV and JSON Lines exports of a search result: one row per quote, streamed in batches.

What is exported is exactly what the search page shows for the same query string: the entries
`claims.search.queries.visible_entries(user)` lets the user see, narrowed by the facets (`SearchFilter`) and the
words `q` (the same parser). The order is the page's: newest statement first (date said, then quote id,
both descending); with `order=relevance` the page's ranked window (the `RANK_WINDOW` most recent matches,
best first) comes first, then every other match, newest first, so the file holds every match either way.

Memory stays flat however many rows match: the keys are read by keyset pagination over
(said_on, quote_id) in batches of `BATCH_SIZE`, and each batch of quotes is loaded with a fixed number of
queries (its quotes with their source, outlet, claim, speaker; then translations, topics, summary
translations, speaker names, aliases and roles; the text of sources not yet written). No query runs per row.

JSON Lines: one JSON object per line, UTF-8:

    {"type": "quote", "id": 7, "external_id": "demo:quote:000-1", "text": "...", "kind": "direct",
     "language": "uk", "start": 120, "end": 214,
     "translations": [{"language": "en", "text": "...", "method": "human", "engine": ""}],
     "source": {"id": 1, "external_id": "...", "url": null, "title": "...", "published_on": "2026-02-03",
                "language": "uk", "author": "", "text": "... (the first time this source appears, else null)",
                "outlet": {"name": "UNIAN", "domains": ["unian.ua"], "country": "UA", "kind": "agency",
                           "ownership": "private"}},
     "claim": {"id": 3, "external_id": "...", "summary": "...", "summary_language": "en",
               "status": "published", "said_on": "2026-02-03", "occasion": "...",
               "topics": [{"slug": "...", "name_en": "...", "name_uk": "..."}],
               "summary_translations": [{"language": "uk", "text": "...", "method": "human", "engine": ""}],
               "author": "analyst", "status_note": "..."},
     "speaker": {"id": 2, "external_id": "...", "kind": "person", "name": "Sergei Shoigu",
                 "names": {"uk": "Сергій Шойгу"}, "aliases": ["Shoigu"], "wikidata_id": "Q...",
                 "description": "", "roles": [{"title": "...", "organization": "...",
                                              "start_date": null, "end_date": "2024-05-12"}]}}

A source's text (possibly long) is written once, with its first quote; later rows name the source by
its external id. `author` (a username) and `status_note` (the note of the move that gave the claim its
status) are workflow details the claim page shows editors only, so they are null unless the exporting
user is an editor (or the export runs from the command line). Records without an external id of their
own get a stable one, `tracker:<kind>:<id>`, so that every row can be imported again (interchange.importing).
This format is what `interchange.importing` reads back.

CSV: the same rows flattened, one column per field (`CSV_COLUMNS`). Translations get one column per
content language (`quote_translation_uk`, ... and `summary_translation_uk`, ...), their methods one column
of `language:method` pairs separated by spaces (`en:human uk:machine`); speaker names one column per
language (`speaker_name_uk`, ...); aliases and topic slugs are joined by " | ". The CSV leaves out speaker
roles, outlet details and machine-translation engines: JSON Lines is the lossless format.
Every text cell that starts with = + - @, a tab, a carriage return, after any leading spaces (or with a
single quote, so the rule can be undone exactly) gets a single quote in front, so that no spreadsheet runs
it as a formula; the importer removes it again. The file starts with a UTF-8 byte order mark, so
spreadsheets read Cyrillic correctly.
"""

import csv
import datetime
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.db.models import F, Prefetch, Q, QuerySet
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from claims.filters import SearchFilter
from claims.models import Quote, QuoteSearch, ReviewEvent, Translation
from claims.permissions import is_editor
from claims.search.queries import RANK_WINDOW, Matches, Rank, parse_query, tsquery_of, visible_entries
from claims.speakers.search import speaker_prefetches
from sources.models import Source

BATCH_SIZE = 500
LOCAL_ID_PREFIX = "tracker"  # external ids minted for records that have none: tracker:claim:42
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets skip leading spaces (NBSP and zero-width ones included) before looking for a formula.
LEADING_BLANKS = re.compile(r"^[\s\u200b-\u200f\u2060\ufeff]+")


# --- selection ------------------------------------------------------------------------------------------


@dataclass
class Selection:
    """The entries an export covers; `filterset` carries the errors when the facets are not valid."""

    filterset: SearchFilter
    query: str
    order: str
    workflow: bool  # include authors and review notes

    @property
    def valid(self) -> bool:
        return self.filterset.is_valid()

    @property
    def entries(self) -> QuerySet[QuoteSearch]:
        return self.filterset.qs


def export_selection(*, user, params, everything: bool = False) -> Selection:
    """The search page's selection for these query parameters (q, facets, order) and this user.

    `everything` (the command line, which can read the database anyway) sees every status."""
    staff = everything or (user.is_authenticated and (user.is_staff or is_editor(user)))
    entries = QuoteSearch.objects.all() if everything else visible_entries(user)
    filterset = SearchFilter(params, queryset=entries, staff=staff)
    order = "relevance" if params.get("order") == "relevance" else "date"
    return Selection(
        filterset=filterset,
        query=(params.get("q") or "").strip(),
        order=order,
        workflow=everything or is_editor(user),
    )


def _keyset(entries: QuerySet[QuoteSearch], batch: int, after: tuple | None = None) -> Iterator[list[int]]:
    """Quote ids newest statement first, `batch` at a time, each batch one index-ordered query."""
    ordered = entries.order_by("-said_on", "-quote_id")
    while True:
        page = ordered
        if after is not None:
            page = page.filter(Q(said_on__lt=after[0]) | Q(said_on=after[0], quote_id__lt=after[1]))
        keys = list(page.values_list("said_on", "quote_id")[:batch])
        if not keys:
            return
        yield [quote_id for _said_on, quote_id in keys]
        if len(keys) < batch:
            return
        after = keys[-1]


def selected_quote_ids(selection: Selection, *, batch: int | None = None) -> Iterator[list[int]]:
    """Batches of quote ids in the page's order."""
    batch = batch or BATCH_SIZE
    entries = selection.entries
    parsed = parse_query(selection.query)
    if parsed.tsquery:
        entries = entries.filter(Matches(F("document"), tsquery_of(parsed.tsquery)))
    if selection.order != "relevance" or not parsed.tsquery:
        yield from _keyset(entries, batch)
        return
    window = list(entries.order_by("-said_on", "-quote_id").values_list("said_on", "quote_id")[:RANK_WINDOW])
    if not window:
        return
    ranked = list(
        QuoteSearch.objects.filter(pk__in=[quote_id for _said_on, quote_id in window])
        .annotate(rank=Rank(F("document"), tsquery_of(parsed.tsquery)))
        .order_by("-rank", "-said_on", "-quote_id")
        .values_list("quote_id", flat=True)
    )
    for start in range(0, len(ranked), batch):
        yield ranked[start : start + batch]
    if len(window) == RANK_WINDOW:
        yield from _keyset(entries, batch, after=window[-1])


# --- rows -----------------------------------------------------------------------------------------------


def local_id(kind: str, pk: int) -> str:
    return f"{LOCAL_ID_PREFIX}:{kind}:{pk}"


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def _translations(translations: Iterable[Translation]) -> list[dict]:
    return [{"language": t.language, "text": t.text, "method": t.method, "engine": t.engine} for t in translations]


def _batch_quotes(ids: list[int]) -> list[Quote]:
    translations = Translation.objects.order_by("language")
    quotes = (
        Quote.objects.filter(pk__in=ids)
        .select_related("source__outlet", "claim__speaker", "claim__author")
        # Texts are fetched separately, once per source; the HTML snapshot is never exported.
        .defer("source__text", "source__raw_html")
        .prefetch_related(
            Prefetch("translations", queryset=translations),
            Prefetch("claim__summary_translations", queryset=translations),
            "claim__topics",
            *speaker_prefetches("claim__speaker__"),
        )
        .in_bulk()
    )
    return [quotes[pk] for pk in ids if pk in quotes]


def _status_notes(claim_ids: set[int]) -> dict[int, str]:
    """The note of each claim's latest review event (the move that gave it its current status)."""
    latest = (
        ReviewEvent.objects.filter(claim_id__in=claim_ids, action=ReviewEvent.Action.TRANSITION)
        .order_by("claim_id", "-pk")
        .distinct("claim_id")
        .values_list("claim_id", "note")
    )
    return dict(latest)


def quote_row(quote: Quote, *, source_text: str | None, workflow: bool, status_note: str = "") -> dict:
    """The JSON Lines record of one quote (see the module docstring)."""
    source, claim = quote.source, quote.claim
    speaker, outlet = claim.speaker, source.outlet
    return {
        "type": "quote",
        "id": quote.pk,
        "external_id": quote.external_id or local_id("quote", quote.pk),
        "text": quote.text,
        "kind": quote.kind,
        "language": source.language,
        "start": quote.start,
        "end": quote.end,
        "translations": _translations(quote.translations.all()),
        "source": {
            "id": source.pk,
            "external_id": source.external_id or local_id("source", source.pk),
            "url": source.url,
            "title": source.title,
            "published_on": _date(source.published_on),
            "language": source.language,
            "author": source.author,
            "outlet": {
                "name": outlet.name,
                "domains": list(outlet.domains),
                "country": outlet.country,
                "kind": outlet.kind,
                "ownership": outlet.ownership,
            }
            if outlet
            else None,
            "text": source_text,
        },
        "claim": {
            "id": claim.pk,
            "external_id": claim.external_id or local_id("claim", claim.pk),
            "summary": claim.summary,
            "summary_language": claim.summary_language,
            "status": claim.status,
            "said_on": _date(claim.said_on),
            "occasion": claim.occasion,
            "topics": [{"slug": t.slug, "name_en": t.name_en, "name_uk": t.name_uk} for t in claim.topics.all()],
            "summary_translations": _translations(claim.summary_translations.all()),
            "author": claim.author.get_username() if workflow else None,
            "status_note": status_note if workflow else None,
        },
        "speaker": {
            "id": speaker.pk,
            "external_id": speaker.external_id or local_id("speaker", speaker.pk),
            "kind": speaker.kind,
            "name": speaker.name,
            "names": {entry.language: entry.name for entry in speaker.names.all()},
            "aliases": [entry.alias for entry in speaker.aliases.all()],
            "wikidata_id": speaker.wikidata_id,
            "description": speaker.description,
            "roles": [
                {
                    "title": role.title,
                    "organization": role.organization,
                    "start_date": _date(role.start_date),
                    "end_date": _date(role.end_date),
                }
                for role in speaker.roles.all()
            ],
        },
    }


def export_rows(
    selection: Selection, *, batch: int | None = None, on_rows: Callable[[int], None] | None = None
) -> Iterator[list[dict]]:
    """The selected quotes as JSON Lines records, one list per batch; `on_rows(n)` follows each batch."""
    written_sources: set[int] = set()
    for ids in selected_quote_ids(selection, batch=batch):
        quotes = _batch_quotes(ids)
        new_sources = {q.source_id for q in quotes} - written_sources
        texts = dict(Source.objects.filter(pk__in=new_sources).values_list("pk", "text")) if new_sources else {}
        notes = _status_notes({q.claim_id for q in quotes}) if selection.workflow else {}
        rows = []
        for quote in quotes:
            text = None
            if quote.source_id not in written_sources:
                text = texts.get(quote.source_id)
                written_sources.add(quote.source_id)
            rows.append(
                quote_row(
                    quote, source_text=text, workflow=selection.workflow, status_note=notes.get(quote.claim_id, "")
                )
            )
        if on_rows:
            on_rows(len(rows))
        yield rows


# --- JSON Lines -----------------------------------------------------------------------------------------


def jsonl_chunks(
    selection: Selection, *, batch: int | None = None, on_rows: Callable[[int], None] | None = None
) -> Iterator[str]:
    for rows in export_rows(selection, batch=batch, on_rows=on_rows):
        yield "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


# --- CSV ------------------------------------------------------------------------------------------------


def _languages() -> list[str]:
    return list(settings.CONTENT_LANGUAGES)


def csv_columns() -> list[str]:
    languages = _languages()
    return [
        "quote_id",
        "quote_external_id",
        "quote_text",
        "quote_kind",
        "quote_language",
        "quote_start",
        "quote_end",
        *(f"quote_translation_{code}" for code in languages),
        "quote_translation_methods",
        "source_id",
        "source_external_id",
        "source_url",
        "source_title",
        "source_outlet",
        "source_published_on",
        "source_language",
        "source_author",
        "source_text",
        "claim_id",
        "claim_external_id",
        "claim_summary",
        "claim_summary_language",
        "claim_status",
        "claim_said_on",
        "claim_occasion",
        "claim_topics",
        *(f"summary_translation_{code}" for code in languages),
        "summary_translation_methods",
        "claim_author",
        "claim_status_note",
        "speaker_id",
        "speaker_external_id",
        "speaker_kind",
        "speaker_name",
        *(f"speaker_name_{code}" for code in languages),
        "speaker_aliases",
        "speaker_wikidata_id",
    ]


LIST_SEPARATOR = " | "


def neutralize(value) -> str:
    """A CSV cell no spreadsheet reads as a formula: text starting with = + - @, tab or CR (or '), after any
    leading blanks, gets a '."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith((*FORMULA_PREFIXES, "'")) or LEADING_BLANKS.sub("", text).startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def restore(cell: str) -> str:
    """Undo `neutralize`."""
    return cell[1:] if cell.startswith("'") else cell


def _methods(translations: list[dict]) -> str:
    return " ".join(f"{t['language']}:{t['method']}" for t in translations)


def flatten(row: dict) -> dict[str, object]:
    """A JSON Lines record as a CSV row (values not yet neutralised)."""
    source, claim, speaker = row["source"], row["claim"], row["speaker"]
    flat: dict[str, object] = {
        "quote_id": row["id"],
        "quote_external_id": row["external_id"],
        "quote_text": row["text"],
        "quote_kind": row["kind"],
        "quote_language": row["language"],
        "quote_start": row["start"],
        "quote_end": row["end"],
        "quote_translation_methods": _methods(row["translations"]),
        "source_id": source["id"],
        "source_external_id": source["external_id"],
        "source_url": source["url"],
        "source_title": source["title"],
        "source_outlet": source["outlet"]["name"] if source["outlet"] else "",
        "source_published_on": source["published_on"],
        "source_language": source["language"],
        "source_author": source["author"],
        "source_text": source["text"],
        "claim_id": claim["id"],
        "claim_external_id": claim["external_id"],
        "claim_summary": claim["summary"],
        "claim_summary_language": claim["summary_language"],
        "claim_status": claim["status"],
        "claim_said_on": claim["said_on"],
        "claim_occasion": claim["occasion"],
        "claim_topics": LIST_SEPARATOR.join(topic["slug"] for topic in claim["topics"]),
        "summary_translation_methods": _methods(claim["summary_translations"]),
        "claim_author": claim["author"],
        "claim_status_note": claim["status_note"],
        "speaker_id": speaker["id"],
        "speaker_external_id": speaker["external_id"],
        "speaker_kind": speaker["kind"],
        "speaker_name": speaker["name"],
        "speaker_aliases": LIST_SEPARATOR.join(speaker["aliases"]),
        "speaker_wikidata_id": speaker["wikidata_id"],
    }
    for translation in row["translations"]:
        flat[f"quote_translation_{translation['language']}"] = translation["text"]
    for translation in claim["summary_translations"]:
        flat[f"summary_translation_{translation['language']}"] = translation["text"]
    for language, name in speaker["names"].items():
        flat[f"speaker_name_{language}"] = name
    return flat


def _pairs(cell: str) -> dict[str, str]:
    pairs = {}
    for item in cell.split():
        language, _sep, method = item.partition(":")
        pairs[language] = method
    return pairs


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(LIST_SEPARATOR.strip()) if item.strip()]


def unflatten(cells: dict[str, str]) -> dict:
    """A CSV row (as read, still neutralised) back into a JSON Lines record for the importer.

    Empty cells become null; numbers and dates stay text for the importer to check."""
    flat = {key: restore(value or "") for key, value in cells.items() if key}

    def get(key: str) -> str | None:
        return flat.get(key) or None

    def translations(prefix: str, methods_key: str) -> list[dict]:
        methods = _pairs(flat.get(methods_key, ""))
        found = []
        for key, text in flat.items():
            if key.startswith(prefix) and key != methods_key and text:
                language = key.removeprefix(prefix)
                found.append({"language": language, "text": text, "method": methods.get(language) or "human"})
        return found

    outlet = get("source_outlet")
    return {
        "type": "quote",
        "external_id": get("quote_external_id"),
        "text": flat.get("quote_text", ""),
        "kind": get("quote_kind"),
        "start": get("quote_start"),
        "end": get("quote_end"),
        "translations": translations("quote_translation_", "quote_translation_methods"),
        "source": {
            "external_id": get("source_external_id"),
            "url": get("source_url"),
            "title": flat.get("source_title", ""),
            "published_on": get("source_published_on"),
            "language": get("source_language"),
            "author": flat.get("source_author", ""),
            "outlet": {"name": outlet} if outlet else None,
            "text": get("source_text"),
        },
        "claim": {
            "external_id": get("claim_external_id"),
            "summary": flat.get("claim_summary", ""),
            "summary_language": get("claim_summary_language"),
            "status": get("claim_status"),
            "said_on": get("claim_said_on"),
            "occasion": flat.get("claim_occasion", ""),
            "topics": _split(flat.get("claim_topics", "")),
            "summary_translations": translations("summary_translation_", "summary_translation_methods"),
            "author": get("claim_author"),
            "status_note": flat.get("claim_status_note", ""),
        },
        "speaker": {
            "external_id": get("speaker_external_id"),
            "kind": get("speaker_kind"),
            "name": flat.get("speaker_name", ""),
            "names": {
                key.removeprefix("speaker_name_"): name
                for key, name in flat.items()
                if key.startswith("speaker_name_") and name
            },
            "aliases": _split(flat.get("speaker_aliases", "")),
            "wikidata_id": get("speaker_wikidata_id"),
        },
    }


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def csv_chunks(
    selection: Selection,
    *,
    batch: int | None = None,
    bom: bool = True,
    delimiter: str = ",",
    on_rows: Callable[[int], None] | None = None,
) -> Iterator[str]:
    """The CSV export; `delimiter=";"` for spreadsheet programs set to locales (Ukrainian, Russian, most of
    Europe) whose decimal comma makes them split CSV files on semicolons."""
    columns = csv_columns()
    writer = csv.writer(_Echo(), delimiter=delimiter)
    yield ("\ufeff" if bom else "") + writer.writerow(columns)
    for rows in export_rows(selection, batch=batch, on_rows=on_rows):
        lines = []
        for row in rows:
            flat = flatten(row)
            lines.append(writer.writerow([neutralize(flat.get(column)) for column in columns]))
        yield "".join(lines)


# --- XLSX -----------------------------------------------------------------------------------------------

XLSX_CELL_LIMIT = 32_767  # characters a spreadsheet cell holds


def _xlsx_cell(value):
    if value is None or isinstance(value, int | float):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", neutralize(value))
    return text if len(text) <= XLSX_CELL_LIMIT else text[: XLSX_CELL_LIMIT - 1] + "…"


def write_xlsx(selection: Selection, stream: IO[bytes], *, batch: int | None = None) -> int:
    """The CSV export's columns and rows as one XLSX sheet, written row by row (openpyxl's write-only
    mode keeps memory flat). Text longer than a cell holds (a long article) is cut, with "…": the XLSX
    file is for reading in a spreadsheet; CSV and JSON Lines keep everything and import back.
    Returns the number of rows."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("quotes")
    columns = csv_columns()
    sheet.append(columns)
    count = 0
    for rows in export_rows(selection, batch=batch):
        for row in rows:
            flat = flatten(row)
            sheet.append([_xlsx_cell(flat.get(column)) for column in columns])
        count += len(rows)
    workbook.save(stream)
    return count
