"""Bulk import of sources, speakers, claims and quotes from JSON Lines or CSV.

Every write goes through the services (source_create, speaker_create, claim_create, quote_create,
translation_create, claim_transition) as the importing user, so the same rules and permissions hold as
in the web pages, and every record gets its history. The services hand new sources, claims, quotes and
translations to a batch (sources.batch), which saves those of many rows at once with the same history
rows; the search entries of the quotes follow each batch.

Rows
----
JSON Lines: one JSON object per line; blank lines are skipped. The rows written by interchange.exports (JSON
Lines) import as they are, so an export imports into an empty database as the same data. Besides those,
simpler typed rows:

    {"type": "source", "external_id": "s1", "text": "...", "language": "uk", "url": null, "title": "",
     "published_on": "2026-02-03", "author": "", "outlet": "UNIAN" or {"name": ..., "domains": [...],
     "country": "UA", "kind": "agency", "ownership": "private"}}
    {"type": "speaker", "external_id": "p1", "name": "Sergei Shoigu", "kind": "person",
     "names": {"uk": "Сергій Шойгу"}, "aliases": ["Shoigu"], "wikidata_id": "Q...", "description": "",
     "roles": [{"title": "...", "organization": "", "start_date": null, "end_date": "2024-05-12"}]}
    {"type": "claim", "external_id": "c1", "speaker": "p1" or {...a speaker...}, "said_on": "2026-02-03",
     "summary": "...", "summary_language": "en", "occasion": "", "topics": ["slug", ...],
     "summary_translations": [{"language": "uk", "text": "...", "method": "human"}],
     "status": "published", "status_note": "", "author": "username"}
    {"type": "quote", "external_id": "q1", "source": "s1" or {...}, "claim": "c1" or {...},
     "speaker": {...} (for a claim given in full without one), "text": "...", "start": 0, "end": 10,
     "kind": "direct", "translations": [{"language": "en", "text": "...", "method": "human", "engine": ""}]}

A row without "type" is a quote row (the export's rows carry "type": "quote"). A reference given as a
string is an external id that must exist (in the database or in an earlier row); a speaker may also be
referred to by its Wikidata id. Fields named "id" and a quote's "language" (its source's) are ignored.

CSV: the columns of interchange.exports.csv_columns() (the CSV export); each row is a quote row. Cells lose
the single quote the export puts before formula-like text. Numbers and dates may be written as text.

Identity and idempotence
------------------------
Records are found by `external_id` (each model has one); a source also by its URL or text (a source with
exactly this text is the same source), a speaker also by its Wikidata id, and a quote by its claim, source
and span. Ids of the form `tracker:<kind>:<id>` (minted by the export for records that had none) also
find that record in the database they came from when its content matches, so re-importing an export into
its own database changes nothing. A record that exists is kept as it is: the import adds what is missing
(records, translations in a language not there yet, a workflow status) and never edits stored fields, so
importing a file twice changes nothing the second time and reports its rows as unchanged.

Status
------
A claim row may carry a status. The claim reaches it through claim_transition as the importing user,
along the shortest path of the workflow (draft → in review → published, ...), with `status_note` as the
note of the moves that need one. The moves run after every row is read, so an analyst can add all the
quotes of a new claim before it is submitted. Each row's status is checked when the row is read: a status
the workflow forbids (going back from published, publishing without being an editor, reviewing one's own
claim, a decision without its note) rejects the row, with the reason. New claims start as drafts.
`author` is kept when the importing user is an editor and a user of that name exists; otherwise the
importing user is the author. Whoever named the author, the importing editor wrote the claim, so another
editor must review it: the import may submit it but not publish it. Superusers, who restore exports into
an empty database, are the exception.

Rows and the report
-------------------
Each row is all of it or nothing. Rows are written in units of a few hundred, a transaction each, the
records they name by external id looked up once per unit and their new records saved together at its end.
A row rejected before it wrote anything is just left out; when a row is rejected after writing something,
or the database refuses the unit, the unit is rolled back and its rows written again one at a time, each in
its own transaction. A rejected row is listed in the report with its line number, external id and the
reasons by field ("quote.start", "claim.status", ...); the other rows still import. A dry run does
everything inside one transaction and rolls it back, reporting what would have happened.
"""

import csv
import datetime
import io
import itertools
import json
import re
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims.models import Claim, Quote, Speaker, SpeakerKind, Topic, Translation
from claims.notifications import notifications_suppressed
from claims.permissions import is_editor
from claims.search import indexing
from claims.services import claim_create, claim_transition, quote_create, quote_span_problem, translation_create
from claims.speakers.services import speaker_create
from claims.workflow import TRANSITIONS, transition_problem
from interchange import exports
from sources.batch import Batch
from sources.models import Outlet, Source, text_sha256
from sources.services import outlet_get_or_create, source_create, source_find_duplicate

FORMATS = ("jsonl", "csv")
ROW_TYPES = ("source", "speaker", "claim", "quote")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_LOCAL_ID = re.compile(rf"^{exports.LOCAL_ID_PREFIX}:(?P<kind>[a-z]+):(?P<pk>[0-9]+)$")


CREATED_LABELS = {
    "sources": gettext_lazy("sources"),
    "outlets": gettext_lazy("outlets"),
    "speakers": gettext_lazy("speakers"),
    "topics": gettext_lazy("topics"),
    "claims": gettext_lazy("claims"),
    "quotes": gettext_lazy("quotes"),
    "translations": gettext_lazy("translations"),
}

# --- the report -------------------------------------------------------------------------------------------


@dataclass
class RowResult:
    line: int
    external_id: str
    outcome: str  # created, updated, unchanged, rejected
    errors: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class ImportReport:
    format: str
    dry_run: bool
    rows: int = 0
    outcomes: Counter = field(default_factory=Counter)
    created: Counter = field(default_factory=Counter)  # by kind: sources, speakers, claims, quotes, ...
    status_changes: int = 0
    rejected: list[RowResult] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.file_errors

    def reject(self, line: int, external_id: str, errors: dict[str, list[str]]) -> None:
        self.rejected.append(RowResult(line, external_id, "rejected", errors))

    def created_items(self) -> list[tuple[str, int]]:
        """(label, count) of the records added, for the report page."""
        return [(str(CREATED_LABELS.get(kind, kind)), count) for kind, count in sorted(self.created.items())]

    def as_dict(self) -> dict:
        """The report as JSON data, kept on the import's job for its page."""
        return {
            "format": self.format,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "outcomes": dict(self.outcomes),
            "created": dict(self.created),
            "status_changes": self.status_changes,
            "rejected": [{"line": r.line, "external_id": r.external_id, "errors": r.errors} for r in self.rejected],
            "file_errors": self.file_errors,
            "seconds": self.seconds,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "ImportReport":
        return cls(
            format=data["format"],
            dry_run=data["dry_run"],
            rows=data["rows"],
            outcomes=Counter(data["outcomes"]),
            created=Counter(data["created"]),
            status_changes=data["status_changes"],
            rejected=[RowResult(r["line"], r["external_id"], "rejected", r["errors"]) for r in data["rejected"]],
            file_errors=data["file_errors"],
            seconds=data["seconds"],
        )

    def summary(self) -> str:
        outcomes = ", ".join(f"{self.outcomes[name]} {name}" for name in ("created", "updated", "unchanged"))
        created = ", ".join(f"{count} {kind}" for kind, count in sorted(self.created.items())) or "nothing"
        prefix = "Dry run, nothing written: " if self.dry_run else ""
        return (
            f"{prefix}{self.rows} rows in {self.seconds:.1f} s: {outcomes}, {len(self.rejected)} rejected. "
            f"Created {created}; {self.status_changes} status changes."
        )


class RowRejected(Exception):
    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


# --- reading the file -------------------------------------------------------------------------------------


@dataclass
class Record:
    line: int
    data: dict | None
    lenient: bool = False  # values may be text (CSV)
    error: dict[str, list[str]] | None = None


def read_jsonl(stream: IO[bytes]) -> Iterator[Record]:
    for number, raw in enumerate(stream, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield Record(number, None, error={"line": [_("The line is not UTF-8 text.")]})
            continue
        text = text.removeprefix("\ufeff").strip()
        if not text:
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as problem:
            message = _("Malformed JSON: %(problem)s (column %(column)s).") % {
                "problem": problem.msg,
                "column": problem.colno,
            }
            yield Record(number, None, error={"line": [message]})
            continue
        except RecursionError:
            yield Record(number, None, error={"line": [_("The JSON is nested too deeply.")]})
            continue
        if not isinstance(data, dict):
            yield Record(number, None, error={"line": [_("Each line must be one JSON object.")]})
            continue
        problem = json_problem(data)
        if problem:
            yield Record(number, None, error={"line": [problem]})
            continue
        yield Record(number, data)


MAX_JSON_DEPTH = 32  # far deeper than any row of the format


def json_problem(data) -> str | None:
    """Why a parsed row cannot be taken (nested too deep, or text with a lone surrogate, which is no
    character and cannot be stored), or None. Iterative, so depth itself cannot crash it."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_JSON_DEPTH:
            return _("The JSON is nested too deeply.")
        if isinstance(value, str):
            if any("\ud800" <= char <= "\udfff" for char in value):
                return _("The text contains an invalid character (a lone UTF-16 surrogate).")
        elif isinstance(value, dict):
            pending.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
    return None


REQUIRED_CSV_COLUMNS = ("quote_text", "quote_start", "quote_end", "source_external_id", "claim_external_id")


def read_csv(stream: IO[bytes]) -> Iterator[Record]:
    # Article texts are long: the csv module's default cap (128 KiB per cell) is too small for some.
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    # The export's semicolon variant (for spreadsheets in locales with a decimal comma) reads back too.
    header = text.readline()
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(itertools.chain([header], text), delimiter=delimiter)
    missing = [column for column in REQUIRED_CSV_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(_("The CSV header lacks the columns: %(columns)s.") % {"columns": ", ".join(missing)})
    line = reader.line_num + 1
    for cells in reader:
        if None in cells:
            yield Record(line, None, error={"line": [_("The row has more cells than the header.")]})
        else:
            yield Record(line, exports.unflatten(cells), lenient=True)
        line = reader.line_num + 1


def detect_format(name: str) -> str | None:
    name = name.lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return None


# --- checking values ----------------------------------------------------------------------------------------


class _Fields:
    """Typed values out of one JSON object, each problem recorded under its field name ("claim.said_on")."""

    def __init__(self, data: dict, prefix: str, errors: dict[str, list[str]], lenient: bool):
        self.data, self.prefix, self.errors, self.lenient = data, prefix, errors, lenient

    def add(self, key: str, message: str) -> None:
        name = f"{self.prefix}.{key}" if self.prefix and key else (key or self.prefix)
        self.errors.setdefault(name, []).append(message)

    def text(self, key: str, *, required: bool = False, max_length: int | None = None, default: str = "") -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.add(key, _("This field is required."))
            return default
        if not isinstance(value, str):
            self.add(key, _("Expected text."))
            return default
        if required and not value.strip():
            self.add(key, _("This field is required."))
        if max_length and len(value) > max_length:
            self.add(key, _("At most %(max)s characters.") % {"max": max_length})
        return value

    def optional_text(self, key: str, *, max_length: int | None = None) -> str | None:
        return self.text(key, max_length=max_length).strip() or None

    def integer(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None or value == "":
            self.add(key, _("This field is required."))
            return None
        if self.lenient and isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(key, _("Expected a whole number."))
            return None
        if value < 0:
            self.add(key, _("Expected a whole number of 0 or more."))
            return None
        return value

    def date(self, key: str, *, required: bool = False) -> datetime.date | None:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.add(key, _("This field is required."))
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.add(key, _("Expected a date as YYYY-MM-DD."))
            return None

    def choice(self, key: str, choices: Iterable[str], *, default: str | None = None, required: bool = False):
        choices = list(choices)
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.add(key, _("This field is required."))
            return default
        if value not in choices:
            self.add(
                key, _("“%(value)s” is not one of: %(choices)s.") % {"value": value, "choices": ", ".join(choices)}
            )
            return default
        return value

    def language(self, key: str, *, required: bool = True) -> str | None:
        return self.choice(key, settings.CONTENT_LANGUAGES, required=required)

    def text_list(self, key: str, *, max_length: int) -> list[str]:
        value = self.data.get(key)
        if value is None or value == "":
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(key, _("Expected a list of texts."))
            return []
        if any(len(item) > max_length for item in value):
            self.add(key, _("At most %(max)s characters.") % {"max": max_length})
        return [item.strip() for item in value if item.strip()]

    def names(self, key: str) -> dict[str, str]:
        value = self.data.get(key)
        if value is None or value == "":
            return {}
        if not isinstance(value, dict) or not all(isinstance(item, str) for item in value.values()):
            self.add(key, _("Expected an object of language codes and names."))
            return {}
        unknown = [language for language in value if language not in settings.CONTENT_LANGUAGES]
        if unknown:
            self.add(
                key,
                _("“%(value)s” is not one of: %(choices)s.")
                % {"value": ", ".join(unknown), "choices": ", ".join(settings.CONTENT_LANGUAGES)},
            )
            return {}
        if any(len(name) > 300 for name in value.values()):
            self.add(key, _("At most %(max)s characters.") % {"max": 300})
        return {language: name.strip() for language, name in value.items() if name.strip()}

    def objects(self, key: str) -> list[dict]:
        value = self.data.get(key)
        if value is None or value == "":
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.add(key, _("Expected a list of objects."))
            return []
        return value

    def reference(self, key: str, *, required: bool = True) -> dict | str | None:
        """A nested record (an object) or the external id of one (text)."""
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.add(key, _("This field is required."))
            return None
        if not isinstance(value, dict | str):
            self.add(key, _("Expected an object or an external id."))
            return None
        return value

    def nested(self, data: dict, key: str) -> "_Fields":
        return _Fields(data, f"{self.prefix}.{key}" if self.prefix else key, self.errors, self.lenient)


def _translations(fields: _Fields, key: str) -> list[dict]:
    cleaned = []
    for index, item in enumerate(fields.objects(key)):
        entry = fields.nested(item, f"{key}[{index}]")
        cleaned.append(
            {
                "language": entry.language("language"),
                "text": entry.text("text", required=True).strip(),
                "method": entry.choice("method", Translation.Method.values, default=Translation.Method.HUMAN),
                "engine": entry.text("engine", max_length=100),
            }
        )
    return cleaned


def _message_dict(error: ValidationError | PermissionDenied, prefix: str) -> dict[str, list[str]]:
    if isinstance(error, PermissionDenied):
        return {prefix: [str(error) or _("You may not do this.")]}
    if hasattr(error, "error_dict"):
        return {
            (prefix if key == NON_FIELD_ERRORS else f"{prefix}.{key}"): messages
            for key, messages in error.message_dict.items()
        }
    return {prefix: error.messages}


@contextmanager
def _refusals(prefix: str):
    """Service refusals (ValidationError, PermissionDenied) as row errors under `prefix`."""
    try:
        yield
    except (ValidationError, PermissionDenied) as refusal:
        raise RowRejected(_message_dict(refusal, prefix)) from refusal


def workflow_path(current: str, target: str) -> list[str] | None:
    """The shortest sequence of allowed moves from one status to another ([] when equal, None if none)."""
    if current == target:
        return []
    queue, seen = deque([(current, [])]), {current}
    while queue:
        status, path = queue.popleft()
        for (origin, to), _rule in TRANSITIONS.items():
            if origin == status and to not in seen:
                if to == target:
                    return [*path, to]
                seen.add(to)
                queue.append((to, [*path, to]))
    return None


# --- writing ----------------------------------------------------------------------------------------------


@dataclass
class _StatusPlan:
    target: str
    note: str
    line: int
    external_id: str


@dataclass
class _Pending:
    """What a row, or a unit of rows written together, adds to the run's memory: kept only when it commits."""

    found: dict[tuple[str, object], object] = field(default_factory=dict)
    plans: dict[int, _StatusPlan] = field(default_factory=dict)
    created: Counter = field(default_factory=Counter)
    new: set[tuple[str, int]] = field(default_factory=set)  # (kind, pk) of the claims, sources and quotes it created
    translated: set[tuple[str, int, str]] = field(default_factory=set)  # (kind, pk, language) of translations added
    quotes_to_index: set[int] = field(default_factory=set)
    claims_to_index: set[int] = field(default_factory=set)  # every quote of these claims

    def absorb(self, other: "_Pending") -> None:
        self.found.update(other.found)
        self.plans.update(other.plans)
        self.created.update(other.created)
        self.new |= other.new
        self.translated |= other.translated
        self.quotes_to_index |= other.quotes_to_index
        self.claims_to_index |= other.claims_to_index


class _Undo(Exception):
    """A unit of rows must be rolled back and its rows written again one at a time."""


class _Refused(Exception):
    """A row written alone was rejected: its savepoint takes back whatever it wrote."""

    def __init__(self, result: RowResult):
        super().__init__(result.errors)
        self.result = result


def _external_id(record: Record) -> str:
    value = record.data.get("external_id") if record.data is not None else None
    return value if isinstance(value, str) else ""


def _references(data: dict, wanted: dict[str, set[str]]) -> None:
    """Add the external ids a row names (its own and those of the records it refers to) to `wanted`, by kind.
    References given as text are taken as they are; the ids of nested records lose their surrounding space."""

    def add(kind: str, value) -> None:
        if isinstance(value, str):
            wanted[kind].add(value)
        elif isinstance(value, dict) and isinstance(value.get("external_id"), str):
            wanted[kind].add(value["external_id"].strip())

    kind = data.get("type") or "quote"
    if kind in _MODELS:
        add(kind, data)
    if kind in ("claim", "quote"):
        add("speaker", data.get("speaker"))
    if kind == "quote":
        add("source", data.get("source"))
        add("claim", data.get("claim"))
        if isinstance(data.get("claim"), dict):
            add("speaker", data["claim"].get("speaker"))


MEMORY_SIZE = 20_000  # records remembered by external id (sources hold their text): enough for nearby rows
UNIT_ROWS = 200  # rows written together: one savepoint, one INSERT per table, lookups by external id in one query
_MODELS = {"source": Source, "speaker": Speaker, "claim": Claim, "quote": Quote}


class _Importer:
    def __init__(self, *, actor: AbstractBaseUser, report: ImportReport):
        self.actor = actor
        self.report = report
        self.editor = is_editor(actor)
        # (kind, key) -> record, for rows that committed; the oldest are forgotten (and looked up again).
        self.found: OrderedDict[tuple[str, object], object] = OrderedDict()
        self.absent: set[tuple[str, str]] = set()  # (kind, external id) the database lacked when the unit began
        self.new: set[tuple[str, int]] = set()  # claims, sources and quotes this import created
        self.translated: set[tuple[str, int, str]] = set()  # translations this import added
        self.plans: dict[int, _StatusPlan] = {}
        self.users: dict[str, AbstractBaseUser | None] = {}
        self.batch = Batch()  # the new records of the unit being written, saved at its end
        self.unit: _Pending = _Pending()
        self.row: _Pending = _Pending()
        self.line = 0

    # memory of what earlier rows found or created

    def _recall(self, kind: str, key):
        if not key:
            return None
        for pending in (self.row, self.unit):
            if (kind, key) in pending.found:
                return pending.found[(kind, key)]
        record = self.found.get((kind, key))
        if record is not None:
            self.found.move_to_end((kind, key))
        return record

    def _lookup(self, kind: str, external_id: str | None):
        """The record of this kind with this external id: remembered, else looked up unless known to be absent."""
        if not external_id:
            return None
        record = self._recall(kind, external_id)
        if record is None and (kind, external_id) not in self.absent:
            record = _MODELS[kind].objects.filter(external_id=external_id).first()
        return record

    def _is_new(self, kind: str, pk: int) -> bool:
        return (kind, pk) in self.row.new or (kind, pk) in self.unit.new or (kind, pk) in self.new

    def _wrote(self, claim: Claim) -> bool:
        """Whether the importing user created the claim (in this import, or as recorded in its history)."""
        if self.actor.is_superuser or claim.author_id == self.actor.pk:
            return False
        if self._is_new("claim", claim.pk):
            return True
        creation = claim.history.filter(history_type="+").order_by("history_date").first()
        return creation is not None and creation.history_user_id == self.actor.pk

    def _translated(self, kind: str, pk: int, language: str) -> bool:
        key = (kind, pk, language)
        return key in self.row.translated or key in self.unit.translated or key in self.translated

    def _named(self, kind: str, external_id: str, record, prefix: str, unknown: str):
        """The record a row names by its external id, remembered for the row; the row is refused with `unknown`
        (a message with an "%(id)s") when there is none."""
        if record is None:
            raise RowRejected({prefix: [unknown % {"id": external_id}]})
        self._remember(kind, external_id, record)
        return record

    def _remember(self, kind: str, key, record) -> None:
        if key:
            self.row.found[(kind, key)] = record

    def _require(self, permission: str, prefix: str, message: str) -> None:
        if not self.actor.has_perm(permission):
            raise RowRejected({prefix: [message]})

    def _prefetch(self, records: list[Record]) -> None:
        """Look up the records these rows name by external id, one query per kind, so that a row finds an
        existing record, or knows there is none, without a query of its own."""
        wanted: dict[str, set[str]] = {kind: set() for kind in _MODELS}
        for record in records:
            if record.data is not None:
                _references(record.data, wanted)
        self.absent = set()
        for kind, keys in wanted.items():
            keys = {key for key in keys if key and self._recall(kind, key) is None}
            if not keys:
                continue
            stored = {record.external_id: record for record in _MODELS[kind].objects.filter(external_id__in=keys)}
            for key in keys:
                if key in stored:
                    self.found[(kind, key)] = stored[key]
                else:
                    self.absent.add((kind, key))

    # rows, written in units

    def process(self, records: list[Record]) -> None:
        """Write these rows together; when one of them must be taken back, write them again one at a time."""
        self._prefetch(records)
        if len(records) > 1:
            try:
                self._write(records, alone=False)
                return
            except _Undo:
                pass
        for record in records:
            self._write([record], alone=True)

    def _write(self, records: list[Record], *, alone: bool) -> None:
        """Write the rows in one transaction (a savepoint), saving their new records together at the end.

        Together, a rejected row that wrote nothing is left out and the others go on; one that wrote
        something, or a database error, undoes the unit (_Undo). Alone, a rejected row is rolled back."""
        self.unit = _Pending()
        results: list[RowResult] = []
        try:
            # Each unit writes the search entries of what it adds before it commits: an import stopped
            # half-way leaves every committed quote searchable.
            with transaction.atomic(), indexing.deferred_indexing():
                for record in records:
                    results.append(self._row(record, alone=alone))
                self.batch.save()
                self._index()
        except _Refused as refusal:
            self.batch.clear()
            self.unit, results = _Pending(), [refusal.result]
        except DatabaseError as failure:
            self.batch.clear()
            if not alone:
                raise _Undo from failure
            detail = (str(failure).strip().splitlines() or [type(failure).__name__])[0]
            message = _("The database refused the row: %(error)s") % {"error": detail}
            rejected = RowResult(records[0].line, _external_id(records[0]), "rejected", {"row": [message]})
            self.unit, results = _Pending(), [rejected]
        except _Undo:
            self.batch.clear()
            raise
        self._commit(results)

    def _row(self, record: Record, *, alone: bool) -> RowResult:
        external_id = _external_id(record)
        if record.error:
            return RowResult(record.line, external_id, "rejected", record.error)
        self.row, self.line = _Pending(), record.line
        held = len(self.batch)
        try:
            self._dispatch(record)
        except RowRejected as rejection:
            errors = rejection.errors
        except (ValidationError, PermissionDenied) as refusal:  # a refusal no step above named a field for
            errors = _message_dict(refusal, "row")
        else:
            self.unit.absorb(self.row)
            outcome = "created" if self.row.created else "updated" if self.row.plans else "unchanged"
            return RowResult(record.line, external_id, outcome)
        result = RowResult(record.line, external_id, "rejected", errors)
        if alone:
            raise _Refused(result)
        if self.row.created or len(self.batch) != held:
            raise _Undo  # the row wrote something before it was refused: only a savepoint of its own takes it back
        return result

    def _index(self) -> None:
        """Search entries for the quotes the unit added or translated (services index what they save
        themselves; records saved through the batch are indexed here, once it is saved)."""
        quotes, claims = self.unit.quotes_to_index, self.unit.claims_to_index
        if quotes or claims:
            indexing.index_quotes(Quote.objects.filter(Q(pk__in=quotes) | Q(claim_id__in=claims)))

    def _commit(self, results: list[RowResult]) -> None:
        unit, report = self.unit, self.report
        for key, value in unit.found.items():
            self.found[key] = value
            self.found.move_to_end(key)
            self.absent.discard(key)
        while len(self.found) > MEMORY_SIZE:
            self.found.popitem(last=False)
        self.new |= unit.new
        self.translated |= unit.translated
        self.plans.update(unit.plans)
        report.created.update(unit.created)
        for result in results:
            report.rows += 1
            if result.outcome == "rejected":
                report.rejected.append(result)
            else:
                report.outcomes[result.outcome] += 1

    def _dispatch(self, record: Record) -> None:
        data = record.data
        errors: dict[str, list[str]] = {}
        fields = _Fields(data, "row", errors, record.lenient)
        kind = fields.choice("type", ROW_TYPES, default="quote")
        if errors:
            raise RowRejected(errors)
        if kind == "source":
            self._source(data, "source", record.lenient)
        elif kind == "speaker":
            self._speaker(data, "speaker", record.lenient)
        elif kind == "claim":
            self._claim(data, "claim", record.lenient)
        else:
            self._quote(data, "quote", record.lenient)

    # sources

    def _outlet(self, value, prefix: str) -> Outlet | None:
        if value is None or value == "":
            return None
        errors: dict[str, list[str]] = {}
        data = {"name": value} if isinstance(value, str) else value
        if not isinstance(data, dict):
            raise RowRejected({prefix: [_("Expected an object or a name.")]})
        fields = _Fields(data, prefix, errors, False)
        name = fields.text("name", required=True, max_length=200).strip()
        if errors:
            raise RowRejected(errors)
        outlet = self._recall("outlet", name) or Outlet.objects.filter(name=name).first()
        if outlet is None:
            domains = fields.text_list("domains", max_length=253)
            country = fields.text("country", max_length=2).upper()
            if country and not re.fullmatch(r"[A-Z]{2}", country):
                fields.add("country", _("Expected a two-letter country code."))
            kind = fields.choice("kind", Outlet.Kind.values, default=Outlet.Kind.OTHER)
            ownership = fields.choice("ownership", Outlet.Ownership.values, default=Outlet.Ownership.UNKNOWN)
            if errors:
                raise RowRejected(errors)
            self._require("sources.add_outlet", prefix, _("You may not add outlets."))
            outlet = outlet_get_or_create(name=name, domains=domains, country=country, kind=kind, ownership=ownership)
            self.row.created["outlets"] += 1
        self._remember("outlet", name, outlet)
        return outlet

    def _source(self, value, prefix: str, lenient: bool) -> Source:
        if isinstance(value, str):
            return self._named("source", value, self._lookup("source", value), prefix, _("Unknown source “%(id)s”."))
        errors: dict[str, list[str]] = {}
        fields = _Fields(value, prefix, errors, lenient)
        external_id = fields.optional_text("external_id", max_length=100)
        if errors:
            raise RowRejected(errors)
        source = self._lookup("source", external_id)
        if source is not None:
            self._remember("source", external_id, source)
            return source
        text = fields.text("text")
        if not text.strip():
            fields.add("text", _("The text is required for a source not imported yet."))
        language = fields.language("language")
        url = fields.optional_text("url", max_length=2000)
        title = fields.text("title", max_length=500)
        published_on = fields.date("published_on")
        author = fields.text("author", max_length=300)
        outlet_value = value.get("outlet")
        if errors:
            raise RowRejected(errors)
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as source_create stores it
        sha256 = text_sha256(text)
        # Sources this import wrote are remembered by URL and text too: those of this unit are not saved yet.
        duplicate = self._recall("source-url", url) or self._recall("source-text", sha256)
        duplicate = duplicate or source_find_duplicate(url=url, text=text)
        if duplicate is not None:
            if duplicate.text_sha256 != sha256:
                message = _("An article with this URL is already captured, with another text.")
                raise RowRejected({f"{prefix}.url": [message]})
            self._remember("source", external_id, duplicate)
            return duplicate
        self._require("sources.add_source", prefix, _("You may not add sources."))
        outlet = self._outlet(outlet_value, f"{prefix}.outlet")
        with _refusals(prefix):
            source = source_create(
                text=text,
                language=language,
                captured_by=self.actor,
                title=title.strip(),
                url=url,
                outlet=outlet,
                published_on=published_on,
                author=author.strip(),
                external_id=external_id,
                batch=self.batch,
            )
        self.row.created["sources"] += 1
        self.row.new.add(("source", source.pk))
        self._remember("source", external_id, source)
        self._remember("source-url", url, source)
        self._remember("source-text", sha256, source)
        return source

    # speakers

    def _find_speaker(self, key: str) -> Speaker | None:
        speaker = self._lookup("speaker", key)
        if speaker is None and _WIKIDATA.match(key):
            speaker = Speaker.objects.filter(wikidata_id=key).first()
        return speaker

    def _speaker(self, value, prefix: str, lenient: bool) -> Speaker:
        if isinstance(value, str):
            return self._named("speaker", value, self._find_speaker(value), prefix, _("Unknown speaker “%(id)s”."))
        errors: dict[str, list[str]] = {}
        fields = _Fields(value, prefix, errors, lenient)
        external_id = fields.optional_text("external_id", max_length=100)
        wikidata_id = fields.optional_text("wikidata_id", max_length=20)
        if wikidata_id and not _WIKIDATA.match(wikidata_id):
            fields.add("wikidata_id", _("Expected a Wikidata id such as Q7747."))
        if errors:
            raise RowRejected(errors)
        speaker = self._lookup("speaker", external_id)
        name = fields.text("name", max_length=300).strip()
        if speaker is None and external_id:
            speaker = self._local_record(Speaker, "speaker", external_id, name=name)
        if speaker is None and wikidata_id:
            speaker = Speaker.objects.filter(wikidata_id=wikidata_id).first()
        if speaker is not None:
            self._remember("speaker", external_id, speaker)
            return speaker
        if not name:
            label = external_id or wikidata_id
            message = (
                _("Unknown speaker “%(id)s”: give its name to add it.") % {"id": label}
                if label
                else _("This field is required.")
            )
            fields.add("name", message)
        kind = fields.choice("kind", SpeakerKind.values, default=SpeakerKind.PERSON)
        names = fields.names("names")
        aliases = fields.text_list("aliases", max_length=300)
        description = fields.text("description")
        roles = []
        for index, item in enumerate(fields.objects("roles")):
            role = fields.nested(item, f"roles[{index}]")
            roles.append(
                {
                    "title": role.text("title", required=True, max_length=300).strip(),
                    "organization": role.text("organization", max_length=300).strip(),
                    "start_date": role.date("start_date"),
                    "end_date": role.date("end_date"),
                }
            )
        if errors:
            raise RowRejected(errors)
        self._require("claims.add_speaker", prefix, _("You may not add speakers."))
        with _refusals(prefix):
            speaker = speaker_create(
                name=name,
                kind=kind,
                names=names,
                aliases=aliases,
                roles=roles,
                wikidata_id=wikidata_id,
                description=description.strip(),
                external_id=external_id,
                actor=self.actor,
            )
        self.row.created["speakers"] += 1
        self._remember("speaker", external_id, speaker)
        return speaker

    def _local_record(self, model, kind: str, external_id: str, **same):
        """A record exported from this database under a minted id (tracker:kind:pk), if its content matches."""
        match = _LOCAL_ID.match(external_id)
        if not match or match["kind"] != kind:
            return None
        return model.objects.filter(pk=int(match["pk"]), external_id__isnull=True, **same).first()

    # claims

    def _author(self, username: str | None) -> AbstractBaseUser:
        if not username or not self.editor:
            return self.actor
        if username not in self.users:
            User = get_user_model()
            self.users[username] = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        return self.users[username] or self.actor

    def _topics(self, fields: _Fields) -> list[Topic]:
        value = fields.data.get("topics")
        if value is None or value == "":
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict | str) for item in value):
            fields.add("topics", _("Expected a list of topic slugs or objects."))
            return []
        topics = []
        for item in value:
            data = {"slug": item} if isinstance(item, str) else item
            slug = data.get("slug")
            if not isinstance(slug, str) or not slug.strip():
                fields.add("topics", _("Every topic needs a slug."))
                continue
            slug = slug.strip()
            topic = self._recall("topic", slug) or Topic.objects.filter(slug=slug).first()
            if topic is None:
                if not self.actor.has_perm("claims.add_topic"):
                    fields.add("topics", _("Unknown topic “%(slug)s”: only editors may add topics.") % {"slug": slug})
                    continue
                name_en = data.get("name_en") if isinstance(data.get("name_en"), str) else ""
                name_uk = data.get("name_uk") if isinstance(data.get("name_uk"), str) else ""
                topic = Topic(slug=slug, name_en=name_en or slug, name_uk=name_uk or name_en or slug)
                try:
                    topic.full_clean()
                except ValidationError as error:
                    for messages in error.message_dict.values():
                        for message in messages:
                            fields.add("topics", message)
                    continue
                topic.save()
                self.row.created["topics"] += 1
            self._remember("topic", slug, topic)
            topics.append(topic)
        return topics

    def _claim(self, value, prefix: str, lenient: bool, *, speaker=None) -> Claim:
        """The claim a row names (an external id) or describes (an object), created when new.

        `speaker` is the row's own speaker (export rows carry it beside the claim); otherwise a new claim
        names its speaker in its "speaker" field."""
        if isinstance(value, str):
            return self._named("claim", value, self._lookup("claim", value), prefix, _("Unknown claim “%(id)s”."))
        errors: dict[str, list[str]] = {}
        fields = _Fields(value, prefix, errors, lenient)
        external_id = fields.optional_text("external_id", max_length=100)
        status = fields.choice("status", Claim.Status.values)
        note = fields.text("status_note").strip()
        translations = _translations(fields, "summary_translations")
        if errors:
            raise RowRejected(errors)
        claim = self._lookup("claim", external_id)
        if claim is None and external_id and _LOCAL_ID.match(external_id):
            said_on, summary = fields.date("said_on"), fields.text("summary").strip()
            if not errors:
                claim = self._local_record(Claim, "claim", external_id, said_on=said_on, summary=summary)
        stored_languages: set[str] = set()
        if claim is None:
            claim = self._new_claim(value, fields, prefix, lenient, speaker, external_id)
        elif translations and not self._is_new("claim", claim.pk):
            stored_languages = set(claim.summary_translations.values_list("language", flat=True))
        self._remember("claim", external_id, claim)
        self._add_translations("claim", claim, translations, stored_languages, f"{prefix}.summary_translations")
        if status:
            self._plan_status(claim, status, note, prefix, external_id or "")
        return claim

    def _add_translations(self, kind: str, record, translations: list[dict], stored: set[str], prefix: str) -> None:
        """The translations of a claim's summary or of a quote in languages it has none in yet."""
        for index, translation in enumerate(translations):
            language = translation["language"]
            if language in stored or self._translated(kind, record.pk, language):
                continue
            with _refusals(f"{prefix}[{index}]"):
                translation_create(**{kind: record}, translator=self.actor, batch=self.batch, **translation)
            self.row.translated.add((kind, record.pk, language))
            (self.row.claims_to_index if kind == "claim" else self.row.quotes_to_index).add(record.pk)
            self.row.created["translations"] += 1

    def _new_claim(self, value: dict, fields: "_Fields", prefix: str, lenient: bool, speaker, external_id) -> Claim:
        errors = fields.errors
        said_on = fields.date("said_on", required=True)
        summary = fields.text("summary", required=True).strip()
        summary_language = fields.language("summary_language")
        occasion = fields.text("occasion", max_length=300).strip()
        author = fields.text("author", max_length=150).strip()
        speaker_prefix = "speaker" if speaker is not None else f"{prefix}.speaker"
        speaker_value = speaker if speaker is not None else value.get("speaker")
        if speaker_value is None or speaker_value == "":
            fields.add("speaker", _("This field is required."))
        elif isinstance(speaker_value, str) and self._find_speaker(speaker_value) is None:
            errors.setdefault(speaker_prefix, []).append(_("Unknown speaker “%(id)s”.") % {"id": speaker_value})
        elif not isinstance(speaker_value, dict | str):
            errors.setdefault(speaker_prefix, []).append(_("Expected an object or an external id."))
        if errors:
            raise RowRejected(errors)
        found_speaker = self._speaker(speaker_value, speaker_prefix, lenient)
        topics = self._topics(fields)
        if errors:
            raise RowRejected(errors)
        self._require("claims.add_claim", prefix, _("You may not create claims."))
        with _refusals(prefix):
            claim = claim_create(
                speaker=found_speaker,
                said_on=said_on,
                summary=summary,
                summary_language=summary_language,
                author=self._author(author),
                occasion=occasion,
                topics=topics,
                external_id=external_id,
                batch=self.batch,
            )
        claim._history_user = self.actor  # the history says who created it, whoever the row names as author
        self.row.created["claims"] += 1
        self.row.new.add(("claim", claim.pk))
        return claim

    def _plan_status(self, claim: Claim, status: str, note: str, prefix: str, external_id: str) -> None:
        plan = self.row.plans.get(claim.pk) or self.unit.plans.get(claim.pk) or self.plans.get(claim.pk)
        current = plan.target if plan else claim.status
        if status == current:
            return
        path = workflow_path(current, status)
        # The workflow's "nobody reviews their own claim" asks who wrote it: an editor who imports a claim
        # under an analyst's name wrote it all the same. Only superusers, who restore exports, keep the
        # row's author for the review rule.
        author_id = self.actor.pk if self._wrote(claim) else claim.author_id
        simulated = Claim(pk=claim.pk, author_id=author_id, status=current)
        if path is None:
            raise RowRejected({f"{prefix}.status": [transition_problem(claim=simulated, to=status, actor=self.actor)]})
        for step in path:
            needs_note = TRANSITIONS[(simulated.status, step)][1]
            problem = transition_problem(
                claim=simulated, to=step, actor=self.actor, note=note if needs_note or step == status else ""
            )
            if problem:
                field_name = "status_note" if needs_note and not note else "status"
                raise RowRejected({f"{prefix}.{field_name}": [problem]})
            simulated.status = step
        self.row.plans[claim.pk] = _StatusPlan(status, note, self.line, external_id)

    # quotes

    def _quote(self, data: dict, prefix: str, lenient: bool) -> Quote:
        errors: dict[str, list[str]] = {}
        fields = _Fields(data, prefix, errors, lenient)
        external_id = fields.optional_text("external_id", max_length=100)
        text = fields.text("text", required=True)
        start = fields.integer("start")
        end = fields.integer("end")
        kind = fields.choice("kind", Quote.Kind.values, default=Quote.Kind.DIRECT)
        translations = _translations(fields, "translations")
        top = _Fields(data, "", errors, lenient)
        source_value = top.reference("source")
        claim_value = top.reference("claim")
        speaker_value = top.reference("speaker", required=False)
        if errors:
            raise RowRejected(errors)
        source = self._source(source_value, "source", lenient)
        claim = self._claim(claim_value, "claim", lenient, speaker=speaker_value)
        span = (claim.pk, source.pk, start, end)
        # A quote of a claim or source this import created can only be one this import created: it is
        # remembered, and the database is not asked.
        fresh = self._is_new("claim", claim.pk) or self._is_new("source", source.pk)
        quote = self._lookup("quote", external_id)
        if quote is not None and (quote.claim_id, quote.source_id, quote.start, quote.end) != span:
            raise RowRejected(
                {f"{prefix}.external_id": [_("This external id belongs to another quote (claim, source or span).")]}
            )
        quote = quote or self._recall("quote-span", span)
        if quote is None and not fresh:
            quote = Quote.objects.filter(claim=claim, source=source, start=start, end=end).first()
        stored_languages: set[str] = set()
        if quote is None:
            self._require("claims.add_quote", prefix, _("You may not add quotes."))
            problem = quote_span_problem(source=source, start=start, end=end, text=text)
            if problem:
                if end <= start:
                    field_name = "start"
                elif end > len(source.text):
                    field_name = "end"
                else:
                    field_name = "text"
                raise RowRejected({f"{prefix}.{field_name}": [problem]})
            try:
                quote = quote_create(
                    claim=claim,
                    source=source,
                    start=start,
                    end=end,
                    text=text,
                    kind=kind,
                    actor=self.actor,
                    external_id=external_id,
                    batch=self.batch,
                )
            except (ValidationError, PermissionDenied) as refusal:
                # The same quote twice in one file, the first one no longer remembered: the second row finds it.
                quote = None
                if fresh:
                    quote = Quote.objects.filter(claim=claim, source=source, start=start, end=end).first()
                if quote is None or quote.external_id != external_id:
                    raise RowRejected(_message_dict(refusal, prefix)) from refusal
                if translations:
                    stored_languages = set(quote.translations.values_list("language", flat=True))
            else:
                self.row.created["quotes"] += 1
                self.row.new.add(("quote", quote.pk))
                self.row.quotes_to_index.add(quote.pk)
        elif translations and not self._is_new("quote", quote.pk):
            stored_languages = set(quote.translations.values_list("language", flat=True))
        self._remember("quote", external_id, quote)
        self._remember("quote-span", span, quote)
        self._add_translations("quote", quote, translations, stored_languages, f"{prefix}.translations")
        return quote

    # after the rows

    def apply_statuses(self) -> None:
        """Move each claim to the status its rows asked for, along the workflow."""
        for claim_pk, plan in self.plans.items():
            try:
                with transaction.atomic():
                    claim = Claim.objects.get(pk=claim_pk)
                    path = workflow_path(claim.status, plan.target)
                    if path is None:
                        raise PermissionDenied(transition_problem(claim=claim, to=plan.target, actor=self.actor))
                    for step in path:
                        needs_note = TRANSITIONS[(claim.status, step)][1]
                        claim = claim_transition(
                            claim=claim,
                            to=step,
                            actor=self.actor,
                            note=plan.note if needs_note or step == plan.target else "",
                        )
            except (PermissionDenied, ValidationError) as refusal:
                self.report.reject(plan.line, plan.external_id, _message_dict(refusal, "claim.status"))
            else:
                self.report.status_changes += 1


def import_records(
    records: Iterable[Record],
    *,
    actor: AbstractBaseUser,
    dry_run: bool = False,
    format: str = "jsonl",
    on_unit: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Import rows as `actor`; see the module docstring. `on_unit(report)` follows each unit written."""
    report = ImportReport(format=format, dry_run=dry_run)
    importer = _Importer(actor=actor, report=report)
    started = time.monotonic()
    with notifications_suppressed():
        if dry_run:
            with transaction.atomic():
                _run(importer, records, on_unit)
                transaction.set_rollback(True)
        else:
            _run(importer, records, on_unit)
    report.seconds = time.monotonic() - started
    return report


def _run(importer: _Importer, records: Iterable[Record], on_unit: Callable[[ImportReport], None] | None = None) -> None:
    iterator = iter(records)
    unit: list[Record] = []
    while True:
        try:
            unit.append(next(iterator))
        except StopIteration:
            break
        except ValueError as problem:  # a file that cannot be read on (a CSV without its header, not UTF-8)
            importer.report.file_errors.append(str(problem))
            break
        if len(unit) == UNIT_ROWS:
            importer.process(unit)
            unit = []
            if on_unit:
                on_unit(importer.report)
    if unit:
        importer.process(unit)
    importer.apply_statuses()
    if on_unit:
        on_unit(importer.report)


def import_file(
    stream: IO[bytes],
    *,
    format: str,
    actor: AbstractBaseUser,
    dry_run: bool = False,
    on_unit: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Import a JSON Lines or CSV file (opened in binary mode)."""
    if format not in FORMATS:
        raise ValueError(f"Unknown format {format!r}: use one of {FORMATS}.")
    records = read_csv(stream) if format == "csv" else read_jsonl(stream)
    return import_records(_guarded(records), actor=actor, dry_run=dry_run, format=format, on_unit=on_unit)


def _guarded(records: Iterator[Record]) -> Iterator[Record]:
    try:
        yield from records
    except UnicodeDecodeError as problem:
        raise ValueError(_("The file is not UTF-8 text (byte %(position)s).") % {"position": problem.start}) from None
    except csv.Error as problem:
        raise ValueError(_("The CSV file cannot be read: %(problem)s") % {"problem": problem}) from None
