"""Multilingual search over quotes.

Every quote has one row in QuoteSearch: a tsvector of *lemmas* (made in Python by text, so
"підтримку", "підтримки" and "підтримка" are one lexeme), plus name keys (the Latin skeleton of every
name, so "Шойгу", "Shoigu" and "Shoygu" meet), and the facets a search filters by. A query goes through
the same pipeline: each word becomes the set of lexemes it may stand for, in every language it may be in.

The tsvector and tsquery are built as literals and cast, never parsed by a text search configuration:
the lexemes are exactly the keys made here. They travel as query parameters, never as SQL text.
"""

import contextlib
import contextvars
import dataclasses
import datetime
import functools
import hashlib
import heapq
import re
import time
import uuid
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQueryField
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, connections, router, transaction
from django.db.models import (
    BooleanField,
    F,
    FloatField,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)  # fmt: skip
from django.db.models.functions import Cast, Greatest
from django.utils.translation import get_language

import text as textproc
from claims.models import Claim, Quote, QuoteSearch, SearchGeneration, Speaker, SpeakerName, SpeakerRole
from claims.permissions import audience, sees_every_status
from claims.speakers.search import speaker_search

NAME_PREFIX = "zz"  # name keys live beside lemmas in the same tsvector; the prefix keeps them apart
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
COUNT_CAP = 1000  # counts beyond this are shown as "1000+": an exact count of a common word is slow
PROBE_ROWS = 20_000  # newest_matches checks at most this many of the newest entries (probe_plan) ...
# ... when the statistics say the words are that common (rarer ones are cheaper through the GIN index)
PROBE_MIN_SHARE = 0.01
PROBE_MIN_MATCHES = 10_000
RANK_WINDOW = 200  # relevance order ranks the most recent matches of this many (DESIGN.md, "Search")

_WORD = re.compile(r"\b[^\W\d_][\w’'ʼ-]*", re.UNICODE)


# --- documents -------------------------------------------------------------------------------------------


@dataclasses.dataclass
class DocumentParts:
    """Everything said about a quote that a search should find it by."""

    text: str
    language: str
    translations: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (language, text)
    summaries: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (language, text)
    names: list[str] = dataclasses.field(default_factory=list)  # speaker names and aliases, outlet
    topics: list[str] = dataclasses.field(default_factory=list)


def name_keys(text: str, language: str = "") -> list[str]:
    """Name keys of the capitalised words of a text (or of every word of a name)."""
    keys = []
    for word in _WORD.findall(text):
        if not word[:1].isupper():
            continue
        keys.extend(NAME_PREFIX + key for key in sorted(textproc.name_keys(word, language)) if key)
    return keys


def document_lexemes(parts: DocumentParts) -> list[str]:
    """The lexemes of a document in order: positions matter for phrase queries within each part."""
    lexemes = list(textproc.lemmas(parts.text, parts.language))
    lexemes += name_keys(parts.text, parts.language)
    for language, text in parts.translations + parts.summaries:
        lexemes += textproc.lemmas(text, language)
        lexemes += name_keys(text, language)
    for name in parts.names:
        lexemes += textproc.lemmas(name, textproc.detect_language(name) if textproc.is_cyrillic(name) else "en")
        lexemes += [NAME_PREFIX + textproc.name_skeleton(word) for word in name.split() if textproc.name_skeleton(word)]
        lexemes += name_keys(name.title())
    for topic in parts.topics:
        lexemes += textproc.lemmas(topic, "uk" if textproc.is_cyrillic(topic) else "en")
    return [fit_lexeme(lexeme) for lexeme in lexemes if lexeme]


def quote_lexeme(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


MAX_LEXEME_BYTES = 2046  # PostgreSQL refuses a longer word in a tsvector ("word is too long")


def fit_lexeme(lexeme: str) -> str:
    """The lexeme cut to what PostgreSQL indexes (on a character boundary): a 5,000-letter "word" (a pasted
    hash, a run of letters without spaces) is indexed by its start instead of failing the whole entry. Typed
    queries are cut the same way, so they still find it."""
    encoded = lexeme.encode()
    return lexeme if len(encoded) <= MAX_LEXEME_BYTES else encoded[:MAX_LEXEME_BYTES].decode("utf-8", "ignore")


def tsvector_literal(lexemes: Iterable[str]) -> str:
    """A tsvector in PostgreSQL's input syntax, lexemes verbatim with their positions."""
    positions: dict[str, list[int]] = {}
    for position, lexeme in enumerate(lexemes, start=1):
        positions.setdefault(lexeme, []).append(min(position, MAX_POSITION))
    return " ".join(
        f"{quote_lexeme(lexeme)}:{','.join(str(p) for p in sorted(set(places))[:256])}"
        for lexeme, places in positions.items()
    )


@dataclasses.dataclass
class _Related:
    """What a quote's entry needs beside the quote, its claim, speaker and source."""

    translations: list
    summary_translations: list
    topics: list

    @classmethod
    def loaded(cls, quote: Quote) -> "_Related":
        """Read from the prefetched relations (_quotes_for_indexing)."""
        claim = quote.claim
        return cls(list(quote.translations.all()), list(claim.summary_translations.all()), list(claim.topics.all()))


def _parts_for(quote: Quote, related: _Related) -> DocumentParts:
    claim, speaker, source = quote.claim, quote.claim.speaker, quote.source
    names = [speaker.name, *(n.name for n in speaker.names.all()), *(a.alias for a in speaker.aliases.all())]
    if source.outlet_id:
        names.append(source.outlet.name)
    return DocumentParts(
        text=quote.text,
        language=source.language,
        translations=[(t.language, t.text) for t in related.translations],
        summaries=[(claim.summary_language, claim.summary)]
        + [(t.language, t.text) for t in related.summary_translations],
        names=names,
        topics=[name for topic in related.topics for name in (topic.name_en, topic.name_uk)],
    )


def _quotes_for_indexing(quotes: QuerySet[Quote]) -> QuerySet[Quote]:
    # An entry holds the source's language, date and outlet, never its text (up to 5 MB) or HTML snapshot.
    return (
        quotes.select_related("claim__speaker", "source__outlet")
        .defer("source__text", "source__raw_html")
        .prefetch_related(
            "translations",
            "claim__summary_translations",
            "claim__topics",
            "claim__speaker__names",
            "claim__speaker__aliases",
        )
    )


_deferred: contextvars.ContextVar[set[int] | None] = contextvars.ContextVar("search_deferred", default=None)


@contextlib.contextmanager
def deferred_indexing(batch: int = 500):
    """Within the block, remember which quotes need their entry rewritten and write each once at the
    end, in batches: for bulk loads, where a quote is indexed by its creation and again by each
    translation. Searches inside the block do not see the pending changes yet."""
    pending: set[int] = set()
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    ids = sorted(pending)
    for start in range(0, len(ids), batch):
        index_quotes(Quote.objects.filter(pk__in=ids[start : start + batch]))


def index_quotes(quotes: QuerySet[Quote]) -> int:
    """(Re)write the search entries of these quotes; returns how many."""
    pending = _deferred.get()
    if pending is not None:
        pending.update(quotes.values_list("pk", flat=True))
        return 0
    entries = [_entry(quote, _Related.loaded(quote)) for quote in _quotes_for_indexing(quotes)]
    # The speakers whose pages change: those of the entries now, and those the entries had before.
    speakers = {entry.speaker_id for entry in entries}
    before = QuoteSearch.objects.filter(quote_id__in=[e.quote_id for e in entries]).values_list("speaker_id", "status")
    published = any(entry.status == Claim.Status.PUBLISHED for entry in entries)
    for speaker_id, status in before:
        speakers.add(speaker_id)
        published = published or status == Claim.Status.PUBLISHED
    speakers_touch(speakers)
    _entries_write(entries)
    if published:
        published_changed()
    return len(entries)


def _entry(quote: Quote, related: _Related) -> QuoteSearch:
    """The search entry of a quote whose claim, speaker (with names and aliases) and source (with outlet)
    are loaded."""
    claim, source = quote.claim, quote.source
    return QuoteSearch(
        quote_id=quote.pk,
        claim_id=claim.pk,
        speaker_id=claim.speaker_id,
        author_id=claim.author_id,
        outlet_id=source.outlet_id,
        status=claim.status if quote.report_status == Quote.ReportStatus.ACCEPTED else quote.report_status,
        said_on=claim.said_on,
        published_on=source.published_on,
        language=source.language,
        kind=quote.kind,
        topic_ids=sorted(t.pk for t in related.topics),
        # A literal in tsvector syntax: psycopg sends text untyped and PostgreSQL reads it as a tsvector.
        document=tsvector_literal(document_lexemes(_parts_for(quote, related))),
    )


def _entries_write(entries: list[QuoteSearch]) -> None:
    """One INSERT … ON CONFLICT for the lot."""
    QuoteSearch.objects.bulk_create(
        entries, update_conflicts=True, unique_fields=["quote"], update_fields=_ENTRY_FIELDS, batch_size=500
    )


_ENTRY_FIELDS = [
    "claim", "speaker", "author", "outlet", "status", "said_on", "published_on", "language", "kind", "topic_ids",
    "document",
]  # fmt: skip


def index_claim(claim: Claim, *, previous_speaker_id: int | None = None) -> int:
    """Rewrite the entries of a claim's quotes; the claim's speaker (and the one it had, when it changed)
    see their pages change even when the claim has no quote yet. A published claim renews the published
    token even when it has no entry left (its last quote was removed)."""
    speakers_touch({claim.speaker_id, previous_speaker_id})
    if claim.status == Claim.Status.PUBLISHED:
        published_changed()
    return index_quotes(Quote.objects.filter(claim_id=claim.pk))


def index_claim_status(claim: Claim) -> int:
    """A status change alters no words: update the facet only. Every status change of a claim with
    entries renews the published token: it is rare, and into or out of "published" is the usual one."""
    speakers_touch({claim.speaker_id})
    changed = QuoteSearch.objects.filter(claim_id=claim.pk, quote__report_status="accepted").update(status=claim.status)
    if changed:
        published_changed()
    return changed


def renew_published_token() -> None:
    """Give the published search entries a new token: what was kept under the old one is never read again."""
    SearchGeneration.objects.update_or_create(id=1, defaults={"token": uuid.uuid4()})


def published_changed() -> None:
    """The published search entries (or what their results show) change in the current transaction: renew
    the published token once it commits. Renewed after the commit, never before, so that nothing read
    before the commit can be kept under the new token; and outside the writing transaction, so that the
    token's row is never held locked while that transaction goes on to lock speakers or claims."""
    transaction.on_commit(renew_published_token)


def speakers_touch(speaker_ids: Iterable[int | None]) -> None:
    """Mark the speakers' pages as changed (their cached aggregates are keyed on `profile_version`).
    Several speakers are locked in the order of their ids, so that two writers never wait on each other
    in a circle."""
    ids = sorted({pk for pk in speaker_ids if pk})
    if not ids:
        return
    speakers = Speaker.objects.filter(pk__in=ids)
    if len(ids) > 1 and transaction.get_connection().in_atomic_block:
        list(speakers.order_by("pk").select_for_update().values_list("pk", flat=True))
    speakers.update(profile_version=next_profile_version())


def next_profile_version():
    """The next `profile_version`: at least the clock in microseconds, so a version never comes back after
    a restore from a backup (a counter would count up through the same numbers again and meet cache
    entries written before the restore)."""
    return Greatest(F("profile_version") + 1, Value(time.time_ns() // 1000))


def index_speaker(speaker: Speaker) -> int:
    return index_quotes(Quote.objects.filter(claim__speaker_id=speaker.pk))


def index_source(source) -> int:
    return index_quotes(Quote.objects.filter(source_id=source.pk))


@transaction.atomic
def rebuild(*, missing_only: bool = False, batch: int = 500) -> int:
    """Rewrite every search entry (after an import or a change of the text pipeline), or only add the
    missing ones (after upgrading a database that had none)."""
    quotes = Quote.objects.order_by("pk")
    if missing_only:
        quotes = quotes.filter(search_entry__isnull=True)
    total = 0
    ids = list(quotes.values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        total += index_quotes(Quote.objects.filter(pk__in=ids[start : start + batch]))
    return total


# --- queries ---------------------------------------------------------------------------------------------

_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclasses.dataclass
class ParsedQuery:
    tsquery: str  # empty when the query has no searchable words
    words: set[str]  # every lexeme a match may contain, for highlighting
    terms: list[str]  # the plain words typed, for "did you mean"
    # OR-ed clauses of AND-ed items (words or phrases, negated ones left out), each word as its lexemes
    shape: list[list[list[frozenset[str]]]] = dataclasses.field(default_factory=list)
    # estimated_matches, once per search: the published and the unpublished parts ask for it both
    estimate: tuple[float, float] | None = dataclasses.field(default=None, compare=False, repr=False)


@functools.lru_cache(maxsize=50_000)
def word_alternatives(word: str) -> frozenset[str]:
    """Every lexeme a typed word may stand for: its lemma in each language it may be in, and its name key.
    A pure function of the word, cached: highlighting asks it for every word of every result shown."""
    alternatives = set()
    for token in textproc.tokens(word):
        if textproc.is_cyrillic(token):
            languages = ("uk", "ru")
        else:
            languages = ("en",)
            alternatives.add(token)
        alternatives |= {textproc.lemma(token, language) for language in languages}
        alternatives |= {NAME_PREFIX + key for key in textproc.name_keys(token) if key}
    return frozenset(fit_lexeme(alternative) for alternative in alternatives if alternative)


def _group(words: list[str], lexemes: set[str], shape: list[frozenset[str]]) -> str | None:
    """tsquery for one word or a phrase of words (<-> between them); `shape` receives each word's lexemes."""
    parts = []
    for word in words:
        for token in textproc.tokens(word):
            alternatives = word_alternatives(token)
            if alternatives:
                lexemes |= alternatives
                shape.append(alternatives)
                parts.append("(" + " | ".join(quote_lexeme(a) for a in sorted(alternatives)) + ")")
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def parse_query(query: str) -> ParsedQuery:
    """Web-search syntax: words (all must match), "quoted phrases", OR between alternatives, -exclusion."""
    clauses: list[list[str]] = [[]]  # OR-separated groups of AND-ed items
    shapes: list[list[list[frozenset[str]]]] = [[]]  # the same groups: each item's words' lexemes (not negated)
    lexemes: set[str] = set()
    terms: list[str] = []
    for match in _QUERY_TOKEN.finditer(query[:500]):
        negated, phrase, word = match.group(1), match.group(2), match.group(3)
        if word == "OR":
            clauses.append([])
            shapes.append([])
            continue
        if word is not None:
            negated = "-" if word.startswith("-") and len(word) > 1 else ""
            word = word[1:] if negated else word
            words = [word]
            if not negated:
                terms.append(word)
        else:
            words = phrase.split()
        excluded: set[str] = set()
        shape: list[frozenset[str]] = []
        item = _group(words, excluded if negated else lexemes, shape)
        if item:
            clauses[-1].append("!" + item if negated else item)
            if not negated:
                shapes[-1].append(shape)
    ands = [" & ".join(items) for items in clauses if items and not all(i.startswith("!") for i in items)]
    tsquery = " | ".join(f"({clause})" for clause in ands) if len(ands) > 1 else (ands[0] if ands else "")
    return ParsedQuery(tsquery=tsquery, words=lexemes, terms=terms, shape=[items for items in shapes if items])


def tsquery_of(literal: str) -> Func:
    return Cast(Value(literal), SearchQueryField())


class Matches(Func):
    """document @@ query, usable directly in filter()."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def matching_entries(entries: QuerySet[QuoteSearch], query: str) -> QuerySet[QuoteSearch]:
    """The entries that match `query` as on the search page: the same parser, tsquery and @@ match, with no
    ranking (for filters: the API's `q` on claims, the admin's search). A query of no words filters nothing."""
    parsed = parse_query(query)
    if parsed.tsquery:
        entries = entries.filter(Matches(F("document"), tsquery_of(parsed.tsquery)))
    return entries


class Rank(Func):
    function = "ts_rank_cd"
    output_field = FloatField()


# --- searching -------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Segment:
    text: str
    hit: bool


@dataclasses.dataclass
class Result:
    quote: Quote
    snippet: list[Segment]


@dataclasses.dataclass
class SearchPage:
    results: list[Result]
    count: int
    count_capped: bool
    page: int
    pages: int | None
    has_next: bool
    suggestion: str = ""


@functools.lru_cache(maxsize=4096)
def _skeleton_initial(start: str) -> str:
    return textproc.name_skeleton(start)[:1]


def highlight(text: str, words: set[str], language: str, *, width: int = 320) -> list[Segment]:
    """The quote cut into segments, words matching the query marked; long texts cut around the first hit."""
    segments, last = [], 0
    first_hit = None
    # A word can only match when its first letter, or its Latin skeleton's, starts one of the query's
    # lexemes: the other words skip the dictionary lookups (most of a snippet's cost).
    initials = {word.removeprefix(NAME_PREFIX)[:1] for word in words}
    for match in re.finditer(r"[^\W_]+(?:[’'ʼ][^\W_]+)*|\d+(?:[.,]\d+)*", text):
        token = match.group(0)
        folded = token[:2].casefold()
        if folded[:1] not in initials and _skeleton_initial(folded) not in initials:
            continue
        if word_alternatives(token) & words:
            if match.start() > last:
                segments.append(Segment(text[last : match.start()], False))
            segments.append(Segment(token, True))
            last = match.end()
            first_hit = match.start() if first_hit is None else first_hit
    if last < len(text):
        segments.append(Segment(text[last:], False))
    if len(text) <= width:
        return segments
    # Keep about `width` characters around the first hit.
    start = max(0, (first_hit or 0) - width // 3)
    end = start + width
    trimmed, position = [], 0
    for segment in segments:
        seg_start, seg_end = position, position + len(segment.text)
        position = seg_end
        if seg_end <= start or seg_start >= end:
            continue
        piece = segment.text[max(0, start - seg_start) : end - seg_start]
        trimmed.append(Segment(piece, segment.hit))
    if start > 0:
        trimmed.insert(0, Segment("…", False))
    if end < len(text):
        trimmed.append(Segment("…", False))
    return trimmed


def speaker_on_the_day(language: str | None) -> dict:
    """Annotations for quotes: the speaker's name in `language` (`speaker_local_name`, None when they have
    none in it) and the title of the role they held on the day of the statement (`speaker_role_title`), as
    Speaker.localized_name and Speaker.role_on pick them, computed in the quotes' own query instead of
    prefetching every name and role of every speaker shown."""
    said_on = OuterRef("claim__said_on")
    name = SpeakerName.objects.filter(speaker_id=OuterRef("claim__speaker_id"), language=(language or "en")[:2])
    role = (
        SpeakerRole.objects.filter(speaker_id=OuterRef("claim__speaker_id"))
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=said_on))
        .filter(Q(end_date__isnull=True) | Q(end_date__gt=said_on))
        .order_by(F("start_date").desc(nulls_last=True), "pk")
    )
    return {
        "speaker_local_name": Subquery(name.values("name")[:1]),
        "speaker_role_title": Subquery(role.values("title")[:1]),
    }


def visible_entries(user) -> QuerySet[QuoteSearch]:
    """Staff see every status; everyone else published claims (and analysts their own)."""
    entries = QuoteSearch.objects.all()
    if sees_every_status(user):
        return entries
    if user.is_authenticated:
        return entries.filter(Q(status=Claim.Status.PUBLISHED) | Q(author_id=user.pk))
    return entries.filter(status=Claim.Status.PUBLISHED)


STATISTICS_SECONDS = 86_400  # kept under the time of the last ANALYZE, which is what changes them


def lexeme_statistics() -> tuple[dict[str, float], float]:
    """The share of entries holding each common lexeme (ANALYZE's most common elements of the document
    column) and the number of entries, as the planner knows them. They change only when the table is
    analysed, so they are kept in the cache under the time of its last ANALYZE (one cheap catalogue read)
    instead of being read from pg_stats by every search; nothing is known before the first ANALYZE."""
    table = QuoteSearch._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT greatest(s.last_analyze, s.last_autoanalyze)::text, c.reltuples FROM pg_class c "
            "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = %s::regclass",
            [table],
        )
        analysed_at, rows = cursor.fetchone() or (None, 0.0)
    if analysed_at is None:
        return {}, max(0.0, float(rows or 0.0))
    # No spaces in a cache key: Memcached (CACHE_URL) refuses them.
    key = f"search:lexeme-statistics:{connection.alias}:{analysed_at.replace(' ', 'T')}"
    frequencies = cache.get(key)
    if frequencies is None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                "WHERE schemaname = current_schema() AND tablename = %s AND attname = 'document'",
                [table],
            )
            row = cursor.fetchone()
        frequencies = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
        cache.set(key, frequencies, STATISTICS_SECONDS)
    return frequencies, max(0.0, float(rows))


def estimated_matches(parsed: ParsedQuery) -> tuple[float, float]:
    """(share of entries, number of entries) a query may match, at most: a word matches the entries
    holding any of its lexemes, an AND or a phrase no more than its rarest part, an OR the sum."""
    if parsed.estimate is not None:
        return parsed.estimate
    frequencies, rows = lexeme_statistics()
    share = 0.0
    for clause in parsed.shape:
        share += min(
            min(min(1.0, sum(frequencies.get(lexeme, 0.0) for lexeme in word)) for word in item) for item in clause
        )
    share = min(1.0, share)
    parsed.estimate = (share, share * rows)
    return parsed.estimate


def probe_plan(parsed: ParsedQuery, *, wanted: int) -> tuple[int, int] | None:
    """How many of the newest entries newest_matches should check, and for how many matches: None for
    rarer words (the GIN index is cheap for them). When the newest PROBE_ROWS entries can be expected to
    hold more than COUNT_CAP matches, enough rows to settle the count ("1000+") too; otherwise enough to
    hold the `wanted` first matches of the page."""
    share, matches = estimated_matches(parsed)
    if share < PROBE_MIN_SHARE or matches < PROBE_MIN_MATCHES:
        return None
    for_count = 1.5 * (COUNT_CAP + 1) / share
    if for_count <= PROBE_ROWS:
        return int(for_count), COUNT_CAP + 1
    return min(PROBE_ROWS, max(1_000, int(3 * wanted / share))), wanted


def newest_matches(
    entries: QuerySet[QuoteSearch], tsquery: str, *, rows: int, limit: int
) -> list[tuple[datetime.date, int]]:
    """Up to `limit` (said_on, quote id) of the newest matches among the `rows` newest entries, newest first.

    A walk down the date index that checks each document, instead of the GIN index: for a common word
    or phrase it finds the first page and "1000+" after a few thousand rows, where the GIN index has to
    read every posting of the word (tens of milliseconds at a million quotes) and then sort the matches.
    The inner LIMIT keeps the planner from turning the walk into that. The SQL is the ORM's own for
    `entries`; the tsquery and the limit travel as parameters."""
    newest = entries.order_by("-said_on", "-quote_id").values("quote_id", "said_on", "document")[:rows]
    try:
        sql, params = newest.query.sql_with_params()
    except EmptyResultSet:  # entries.none(), or no rows to probe
        return []
    with connections[entries.db].cursor() as cursor:  # the read replica's, when there is one
        cursor.execute(
            f"SELECT w.said_on, w.quote_id FROM ({sql}) w WHERE w.document @@ %s::tsquery "  # noqa: S608 - SQL from the ORM
            "ORDER BY w.said_on DESC, w.quote_id DESC LIMIT %s",
            [*params, tsquery, limit],
        )
        return [tuple(row) for row in cursor.fetchall()]


@dataclasses.dataclass
class VisibleEntries:
    """The search entries a user may see, in two parts: the published ones, the same for everyone, whose
    matches search() keeps per process until a published entry changes (published_generation); and the
    others the user may see (their own drafts, or every unpublished entry for editors; None for readers),
    searched every time, so that a new draft shows at once without emptying anyone's cache."""

    published: QuerySet[QuoteSearch]
    unpublished: QuerySet[QuoteSearch] | None

    def every(self) -> QuerySet[QuoteSearch]:
        """Both parts as one queryset."""
        return self.published if self.unpublished is None else self.published | self.unpublished

    def narrowed(self, narrow) -> "VisibleEntries":
        """Both parts through the same filter (the facets: SearchFilter.filter_queryset)."""
        return VisibleEntries(narrow(self.published), None if self.unpublished is None else narrow(self.unpublished))


def visible_parts(user, *, status: str | None = None) -> VisibleEntries:
    """visible_entries(user), split into its published and unpublished parts; with `status` (the editors'
    status facet), only the part that holds that status, so that the other is not searched in vain
    (PostgreSQL would read every unpublished entry to find none with status published)."""
    published = QuoteSearch.objects.filter(status=Claim.Status.PUBLISHED)
    others = QuoteSearch.objects.exclude(status=Claim.Status.PUBLISHED)
    seen_by = audience(user)
    unpublished = {"all": others, "own": others.filter(author_id=user.pk), "public": None}[seen_by]
    parts = VisibleEntries(published, unpublished)
    if status == Claim.Status.PUBLISHED:
        return VisibleEntries(parts.published, None)
    if status:
        unpublished = None if parts.unpublished is None else parts.unpublished.filter(status=status)
        return VisibleEntries(QuoteSearch.objects.none(), unpublished)
    return parts


PUBLISHED_MATCHES_SECONDS = 600  # how long a process keeps the matches of a published part (memory bound only)


def published_generation(using: str = "default") -> str | None:
    """The published search token: renewed (published_changed) after every transaction that added, changed
    or removed a published entry, moved one into or out of the published status, or changed what published
    results show; None when there is none yet, and then nothing is cached. Read on the database the entries
    are read from (`using`: a read replica, config/routers.py), where the token arrives after the entries."""
    token = SearchGeneration.objects.using(using).filter(id=1).values_list("token", flat=True).first()
    return str(token) if token else None


_TABLES = re.compile(r'(?:FROM|JOIN) "([^"]+)"')


def _cache_key(entries: QuerySet[QuoteSearch], tsquery: str, wanted: int, generation: str | None) -> str | None:
    """The key of a published part's matches: the part's own SQL and parameters (so every facet is in it),
    the query and how many matches; None (not cached) when the SQL reads another table than the search
    entries (the role facet reads the speakers' roles, which the generation does not follow)."""
    if generation is None:
        return None
    try:
        sql, params = entries.query.sql_with_params()
    except EmptyResultSet:
        return None
    if set(_TABLES.findall(sql)) != {QuoteSearch._meta.db_table}:
        return None
    digest = hashlib.blake2b(repr((sql, params, tsquery, wanted)).encode(), digest_size=20).hexdigest()
    return f"search:published:{generation}:{digest}"


def _matches(
    entries: QuerySet[QuoteSearch], parsed: "ParsedQuery", wanted: int, *, counted: bool = True, skip: int = 0
):
    """([(said_on, quote id)] of the first `wanted` matches but the `skip` first, newest first; the count, up
    to COUNT_CAP + 1, or None when not `counted` (the caller already knows the total is past COUNT_CAP).

    Common words (estimated_matches) first go through newest_matches: when the newest entries already
    hold more than COUNT_CAP matches the count is "1000+" and the first matches are among them; otherwise
    the GIN index counts, and finds the matches when the newest entries did not hold them."""
    newest: list[tuple[datetime.date, int]] = []
    if parsed.tsquery:
        plan = probe_plan(parsed, wanted=wanted)
        if plan:
            rows, limit = plan
            limit = limit if counted else wanted  # the walk stops at the first `limit` matches
            newest = newest_matches(entries, parsed.tsquery, rows=rows, limit=limit)
            if limit > COUNT_CAP and 0 < len(newest) < limit:
                # The estimate was generous (an upper bound; exclusions are not in it): the walk ran out of
                # rows short of COUNT_CAP. When the density it met puts COUNT_CAP matches within PROBE_ROWS,
                # walk that far, still cheaper than counting through every GIN posting of the words.
                further = int(1.2 * limit * rows / len(newest))
                if further <= PROBE_ROWS:
                    newest = newest_matches(entries, parsed.tsquery, rows=further, limit=limit)
        entries = entries.filter(Matches(F("document"), tsquery_of(parsed.tsquery)))
    count = None
    if counted:
        count = len(newest) if len(newest) > COUNT_CAP else entries.values("pk")[: COUNT_CAP + 1].count()
    every = count is not None and count <= COUNT_CAP and len(newest) >= count
    if parsed.tsquery and (wanted <= len(newest) or every):
        first = newest[skip:wanted]  # the newest matches hold the first `wanted` (or every match)
    else:
        newest_first = entries.order_by("-said_on", "-quote_id").values_list("said_on", "pk")
        first = [tuple(row) for row in newest_first[skip:wanted]]
    return first, count


def page_generation() -> str | None:
    """The published token to keep a fragment of a page that shows published claims only (the home page's
    list) under; None (keep nothing) inside a transaction, which may yet change them and roll back."""
    if connection.in_atomic_block:
        return None
    return published_generation()


def _generation_to_keep(entries: QuerySet[QuoteSearch]) -> str | None:
    """The published token to keep what is read from `entries` (and the results' quotes) under; None (keep
    nothing) inside a transaction: the token changes when a writing transaction commits, so what is read
    inside one that wrote (and might yet roll back) must not be kept under the token before it. The quotes,
    speakers and outlets may be read from another database than the entries (a replica): its own is
    asked too."""
    if connections[entries.db].in_atomic_block or connections[router.db_for_read(Quote)].in_atomic_block:
        return None
    return published_generation(entries.db)


def _published_matches(entries: QuerySet[QuoteSearch], parsed: "ParsedQuery", wanted: int, generation: str | None):
    """_matches of the published part, from this process's cache while no published entry has changed
    (`generation`: _generation_to_keep)."""
    key = _cache_key(entries, parsed.tsquery, wanted, generation)
    found = cache.get(key) if key else None
    if found is None:
        found = _matches(entries, parsed, wanted)
        if key:
            cache.set(key, found, PUBLISHED_MATCHES_SECONDS)
    return found


def _results(ids: list[int], parsed: "ParsedQuery") -> list[Result]:
    """The results of these quotes, in this order, with their snippets."""
    quotes = (
        Quote.objects.select_related("claim__speaker", "source__outlet")
        .defer("source__text", "source__raw_html")  # results show the quote, never the whole article
        .annotate(**speaker_on_the_day(get_language()))
        .in_bulk(ids)
    )
    return [
        Result(quote=quotes[pk], snippet=highlight(quotes[pk].text, parsed.words, quotes[pk].source.language))
        for pk in ids
        if pk in quotes
    ]


def search(
    *,
    entries: QuerySet[QuoteSearch] | VisibleEntries,
    query: str,
    order: str = "date",
    page: int = 1,
    per_page: int = 20,
) -> SearchPage:
    """One page of matches, newest statement first (or most relevant), with a count capped at COUNT_CAP.

    `entries` is a queryset of entries, or the two parts of visible_parts: then the published part's
    matches come from the cache when the same search ran since the last change to a published entry, the
    unpublished part's are looked up, and the two are merged. Relevance ranks the RANK_WINDOW newest
    matches."""
    parsed = parse_query(query)
    visible = entries.every() if isinstance(entries, VisibleEntries) else entries
    page = max(1, page)
    offset = (page - 1) * per_page
    ranked_order = order == "relevance" and parsed.tsquery
    wanted = RANK_WINDOW if ranked_order else offset + per_page + 1  # relevance ranks only the newest
    skip = 0
    if isinstance(entries, VisibleEntries) and wanted > COUNT_CAP + per_page + 1:
        # Past the pages a count of "1000+" has: one query with an OFFSET, nothing kept in the cache.
        entries = entries.every()
    if isinstance(entries, VisibleEntries):
        generation = _generation_to_keep(entries.published)
        first, count = _published_matches(entries.published, parsed, wanted, generation)
        if entries.unpublished is not None:
            # An analyst's own (their partial index), or every unpublished entry for an editor, which at a
            # million quotes are tens of thousands: common words walk them newest first as above.
            # Past COUNT_CAP already, the count stays "1000+": only the first matches are wanted from it.
            more, more_count = _matches(entries.unpublished, parsed, wanted, counted=count <= COUNT_CAP)
            # An entry published between the two reads can be in both: once is enough.
            first = list(dict.fromkeys(heapq.merge(first, more, reverse=True)))[:wanted]
            count += more_count or 0
    else:
        skip = 0 if ranked_order else offset
        first, count = _matches(entries, parsed, wanted, skip=skip)
    capped = count > COUNT_CAP
    count = min(count, COUNT_CAP)
    if ranked_order:
        ranked = (
            QuoteSearch.objects.filter(pk__in=[pk for _day, pk in first[:RANK_WINDOW]])
            .annotate(rank=Rank(F("document"), tsquery_of(parsed.tsquery)))
            .order_by("-rank", "-said_on", "-quote_id")
        )
        ids = list(ranked.values_list("pk", flat=True)[offset : offset + per_page + 1])
    else:
        ids = [pk for _day, pk in first[offset - skip : offset + per_page + 1 - skip]]
    has_next = len(ids) > per_page
    ids = ids[:per_page]
    results = _results(ids, parsed)
    pages = None if capped else max(1, -(-count // per_page))
    suggestion = did_you_mean(parsed.terms, visible) if query.strip() and count == 0 else ""
    return SearchPage(results, count, capped, page, pages, has_next, suggestion)


def did_you_mean(terms: list[str], entries: QuerySet[QuoteSearch]) -> str:
    """The query with misspelt name words replaced by the closest known name ("Shoigy" → "Shoigu").

    Candidates come from the speakers' trigram-indexed search keys (claims.speakers.search), among the
    speakers of the search entries the user may see (`entries`): a speaker known only from unpublished work
    is never named to a reader. A few index lookups, however many names there are."""
    among = Speaker.objects.filter(pk__in=entries.order_by().values("speaker_id"))
    changed, corrected = False, []
    for term in terms:
        best = None
        if len(term) >= 4:
            spellings = [
                spelling
                for speaker in speaker_search(term, limit=3, among=among)
                for spelling in (
                    speaker.name,
                    *(n.name for n in speaker.names.all()),
                    *(a.alias for a in speaker.aliases.all()),
                )
            ]
            words = [word for spelling in spellings for word in spelling.split()]
            if words:
                # The word of the names closest to what was typed.
                best = max(words, key=lambda word: _overlap(word.casefold(), term.casefold()))
        if best and best.casefold() != term.casefold():
            corrected.append(best)
            changed = True
        else:
            corrected.append(term)
    return " ".join(corrected) if changed else ""


def _overlap(a: str, b: str) -> float:
    grams = lambda s: {s[i : i + 3] for i in range(max(1, len(s) - 2))}  # noqa: E731
    x, y = grams(f"  {a} "), grams(f"  {b} ")
    return len(x & y) / max(1, len(x | y))
