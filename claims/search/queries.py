"""Queries: a query goes through the same pipeline as the documents (each word becomes the lexemes it may
stand for, in every language it may be in), is matched through the GIN index or by walking the newest entries,
and is paged, counted up to COUNT_CAP, ranked and highlighted. The lexemes travel as query parameters, never
as SQL text."""

import dataclasses
import datetime
import heapq
import re

from django.contrib.postgres.search import SearchQueryField
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
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
from django.db.models.functions import Cast
from django.utils.translation import get_language

import text as textproc
from claims.models import Claim, Quote, QuoteSearch, Speaker, SpeakerName, SpeakerRole
from claims.permissions import audience, sees_every_status
from claims.search.documents import quote_lexeme, word_alternatives
from claims.search.generations import PUBLISHED_MATCHES_SECONDS, generation_to_keep, matches_cache_key
from claims.search.highlight import Segment, highlight
from claims.speakers.search import speaker_search

COUNT_CAP = 1000  # counts beyond this are shown as "1000+": an exact count of a common word is slow


PROBE_ROWS = 20_000  # newest_matches checks at most this many of the newest entries (probe_plan) ...


# ... when the statistics say the words are that common (rarer ones are cheaper through the GIN index)
PROBE_MIN_SHARE = 0.01


PROBE_MIN_MATCHES = 10_000


RANK_WINDOW = 200  # relevance order ranks the most recent matches of this many (DESIGN.md, "Search")


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


def _published_matches(entries: QuerySet[QuoteSearch], parsed: "ParsedQuery", wanted: int, generation: str | None):
    """_matches of the published part, from this process's cache while no published entry has changed
    (`generation`: generation_to_keep)."""
    key = matches_cache_key(entries, parsed.tsquery, wanted, generation)
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
        generation = generation_to_keep(entries.published)
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
