"""Reads for claim pages: each returns everything its page shows, in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field
from itertools import pairwise

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, F, Max, Prefetch, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Greatest, Least, Left, Substr
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext

from claims.filters import ReviewQueueFilter
from claims.models import (
    Claim,
    Quote,
    ReviewEvent,
    Speaker,
    SpeakerName,
    Topic,
    Translation,
)  # fmt: skip
from claims.permissions import is_editor, sees_report, sees_workflow
from claims.similarity import Features, claim_features, score
from claims.speakers.search import speaker_prefetches
from claims.workflow import adds_directly, report_target_problem
from sources.models import Source
from sources.selectors import quote_context


def attach_report_languages(claims: list[Claim]) -> list[Claim]:
    """Set `languages` (sorted codes) and `quote_count` on each claim, in one query for the lot.

    Done for the page being shown: aggregating over every matching claim before the LIMIT is what makes
    a page slow on a speaker with tens of thousands of claims."""
    languages: dict[int, set[str]] = {}
    counts: dict[int, int] = {}
    rows = (
        Quote.objects.accepted()
        .filter(claim_id__in=[c.pk for c in claims])
        .order_by()  # no sort by the default ordering: the rows are only counted
        .values_list("claim_id", "source__language")
    )
    for claim_id, language in rows:
        languages.setdefault(claim_id, set()).add(language)
        counts[claim_id] = counts.get(claim_id, 0) + 1
    for claim in claims:
        claim.languages = sorted(languages.get(claim.pk, ()))
        claim.quote_count = counts.get(claim.pk, 0)
    return claims


def claims_recent_published(*, limit: int = 50) -> QuerySet[Claim]:
    """Published claims, newest statement first, with the languages they were reported in."""
    return (
        Claim.objects.published()
        .select_related("speaker")
        .prefetch_related(
            *speaker_prefetches("speaker__"),
            "topics",
            Prefetch(
                "quotes",
                queryset=Quote.objects.accepted()
                .select_related("source__outlet")
                .defer("source__text", "source__raw_html")  # the list shows a source's language and outlet
                .order_by("source__language", "pk"),
            ),
        )
        .order_by("-said_on", "-pk")[:limit]
    )


def recent_published_rows() -> list[Claim]:
    """The home page's list: claims_recent_published with their report languages. Handed to the template as
    the function itself, so that it runs only when the list's cached fragment is missing."""
    return attach_report_languages(list(claims_recent_published()))


def _translations() -> QuerySet[Translation]:
    return Translation.objects.select_related("translator").order_by("language", "pk")


def claim_get_for_page(*, pk: int, user) -> Claim:
    """One claim the user may see, with its speaker (names, roles, aliases), topics, quotes with their
    sources and translations, and the summary's translations; 404 otherwise. Its review events too when the
    page shows them: to editors and the author (the workflow) and for a retracted claim (the retraction
    notice). A source's text and raw HTML are never loaded: the page shows the quote, not the article."""
    quotes = (
        Quote.objects.shown_to(user)  # the reports the user sees (permissions.sees_report)
        .select_related("source__outlet")
        .defer("source__text", "source__raw_html")
        # What Source.display_title needs of an untitled source's text: its opening, not all of it.
        .annotate(source_opening=Left("source__text", 240))
        .prefetch_related(Prefetch("translations", queryset=_translations()))
        .order_by("source__language", "source__published_on", "pk")
    )
    claims = (
        Claim.objects.visible_to(user)
        .select_related("speaker", "author")
        .prefetch_related(
            *speaker_prefetches("speaker__"),
            Prefetch("topics", queryset=Topic.objects.order_by("slug", "pk")),
            Prefetch("quotes", queryset=quotes),
            Prefetch("summary_translations", queryset=_translations()),
        )
    )
    claim = claims.filter(pk=pk).first() if 0 < pk < 2**63 else None
    if claim is None:
        raise Http404("No claim matches the given query.")
    if sees_workflow(user, claim) or claim.status == Claim.Status.RETRACTED:
        events = ReviewEvent.objects.select_related("actor")
        prefetch_related_objects([claim], Prefetch("review_events", queryset=events))
    return claim


def claim_page_key(*, pk: int, user) -> str | None:
    """The version the claim page as a reader sees it is kept under (docs/caching.md): the claim's own
    `version` and its speaker's `profile_version`, which every write of the claim, its reports, their
    translations, its summary's translations, its topics' names, its speaker (names, roles) and its reports'
    sources and outlets bumps (claims.search.indexing.speakers_touch). One small query, so that a page kept
    in the cache reads nothing else. None (nothing kept) for signed-in users, whose page shows their own
    actions and forms, for a claim readers do not see (the page then says why as before), and inside a
    transaction, which may yet roll back what it wrote."""
    if user.is_authenticated or connection.in_atomic_block or not 0 < pk < 2**63:
        return None
    row = Claim.objects.public().filter(pk=pk).values_list("version", "speaker__profile_version").first()
    return None if row is None else f"{pk}:{row[0]}:{row[1]}"


# --- review -----------------------------------------------------------------------------------


def review_queue(*, params, user) -> tuple[ReviewQueueFilter, QuerySet[Claim]]:
    """Claims waiting for review, the longest-waiting first, filtered by speaker, author, language, topic; with
    what the queue shows of each: its speaker's names (the name in the interface language) and its author."""
    base = (
        Claim.objects.in_review()
        .select_related("speaker", "author")
        .prefetch_related(Prefetch("speaker__names", queryset=SpeakerName.objects.order_by("language")))
        .annotate(
            submitted_at=Max(
                "review_events__created_at",
                filter=Q(review_events__to_status=Claim.Status.IN_REVIEW, review_events__action="transition"),
            ),
        )
        .order_by("submitted_at", "pk")
    )
    filterset = ReviewQueueFilter(params, queryset=base)
    return filterset, filterset.qs


def review_queue_counts(claims: QuerySet[Claim]) -> dict[str, int]:
    """How many claims wait, by the language of their reports (one query)."""
    rows = (
        Quote.objects.filter(claim__in=claims.values("pk"))
        .values("source__language")
        .annotate(n=Count("claim", distinct=True))
        .order_by("source__language")
    )
    return {row["source__language"]: row["n"] for row in rows}


@dataclass
class QuoteInContext:
    quote: Quote
    before: str
    after: str


CONTEXT_CHARS = 600  # of the source on each side of a quote, enough for a sentence around it


def quotes_in_context(claim: Claim) -> list[QuoteInContext]:
    """Each quote with its neighbouring sentences, from a window of the source around it read by
    PostgreSQL (the claim's quotes and sources are prefetched without their text)."""
    windows = {
        pk: (before, after)
        for pk, before, after in Quote.objects.filter(claim_id=claim.pk)
        .annotate(
            before_window=Substr(
                "source__text", Greatest(F("start") - CONTEXT_CHARS + 1, 1), Least(F("start"), CONTEXT_CHARS)
            ),
            after_window=Substr("source__text", F("end") + 1, CONTEXT_CHARS),
        )
        .values_list("pk", "before_window", "after_window")
    }
    items = []
    for quote in claim.quotes.all():
        before_window, after_window = windows.get(quote.pk, ("", ""))
        window = before_window + quote.text + after_window
        before, _, after = quote_context(window, len(before_window), len(before_window) + len(quote.text))
        items.append(QuoteInContext(quote=quote, before=before, after=after))
    return items


def _claims_near(
    *, speaker: Speaker, day: datetime.date | None, days: int, user=None
) -> list[tuple[int, datetime.date]]:
    """(id, date said) of the speaker's 100 newest claims within `days` of the day (those `user` sees, when
    given)."""
    gone = [Claim.Status.REJECTED, Claim.Status.DELETED, Claim.Status.MERGED]
    claims = (Claim.objects.all() if user is None else Claim.objects.visible_to(user)).filter(speaker=speaker)
    claims = claims.exclude(status__in=gone)
    if day is not None:
        window = datetime.timedelta(days=days)
        low = day - window if day - datetime.date.min > window else datetime.date.min  # no OverflowError at the
        high = day + window if datetime.date.max - day > window else datetime.date.max  # ends of the calendar
        claims = claims.filter(said_on__range=(low, high))
    return list(claims.order_by("-said_on", "-pk").values_list("pk", "said_on")[:100])


def _with_reports(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims with what their features and the suggestion list read: reports (with their source's language,
    not its text) and their translations, and the summary's translations."""
    return claims.prefetch_related(
        Prefetch(
            "quotes",
            queryset=Quote.objects.select_related("source")
            .defer("source__text", "source__raw_html")
            .prefetch_related("translations"),
        ),
        "summary_translations",
    )


FEATURES_CACHE_SECONDS = 3600  # bounds memory only: the key holds the version


def _claim_features_cached(speaker: Speaker, claim_ids: list[int]) -> tuple[dict[int, Features], dict[int, Claim]]:
    """claim_features of these claims of the speaker, kept in the cache under the speaker's `profile_version`
    (every write of one of their claims, quotes or translations bumps it): a speaker with thousands of claims
    has each claim's words lemmatised once per change instead of once per quote form. Nothing read inside a
    transaction is kept (it may yet roll back). Also returns the claims it had to read, with their reports."""
    keys = {pk: f"similarity:features:{speaker.pk}:{speaker.profile_version}:{pk}" for pk in claim_ids}
    found = cache.get_many(list(keys.values()))
    features = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in claim_ids if pk not in features]
    read = _with_reports(Claim.objects.filter(pk__in=missing)).in_bulk() if missing else {}
    for pk, claim in read.items():
        features[pk] = claim_features(claim)
    if read and not connection.in_atomic_block:
        cache.set_many({keys[pk]: features[pk] for pk in read}, FEATURES_CACHE_SECONDS)
    return features, read


def _ranked(
    features: Features, speaker: Speaker, near: list[tuple[int, datetime.date]], day: datetime.date | None, limit: int
) -> list[tuple[Claim, int]]:
    known, claims = _claim_features_cached(speaker, [pk for pk, _said_on in near])
    scored = [(pk, said_on, score(features, known[pk])) for pk, said_on in near if pk in known]
    scored.sort(key=lambda row: (-row[2], abs((row[1] - day).days) if day else 0))
    top = scored[:limit]
    unread = [pk for pk, _said_on, _points in top if pk not in claims]  # kept words: the claim not read yet
    if unread:
        claims = {**claims, **_with_reports(Claim.objects.filter(pk__in=unread)).in_bulk()}
    return [(claims[pk], points) for pk, _said_on, points in top if pk in claims]


def similar_claims(*, claim: Claim, days: int = 14, limit: int = 5) -> list[tuple[Claim, int]]:
    """Possible duplicates: the same speaker within `days` of the date, ranked by what they share
    across languages (names through their transliteration skeleton, numbers, lemmas)."""
    near = [row for row in _claims_near(speaker=claim.speaker, day=claim.said_on, days=days) if row[0] != claim.pk]
    return _ranked(claim_features(claim), claim.speaker, near, claim.said_on, limit)


def statement_suggestions(
    *,
    speaker: Speaker,
    day: datetime.date | None,
    text: str,
    language: str,
    translations: list[tuple[str, str]] = (),
    days: int = 14,
    limit: int = 6,
    user=None,
) -> list[tuple[Claim, int]]:
    """Existing claims a new quote may report: the same speaker within `days` of the source's date, among
    those `user` sees (every one when no user is given)."""
    features = Features().add(text, language)
    for other_language, other_text in translations:
        features.add(other_text, other_language)
    return _ranked(features, speaker, _claims_near(speaker=speaker, day=day, days=days, user=user), day, limit)


@dataclass
class StatementSuggestion:
    """A claim the quote form offers for a new report, with what the user may do with it."""

    claim: Claim
    points: int  # how alike the statements are (similarity.score)
    direct: bool  # the report joins the claim at once; otherwise it is proposed to an editor
    problem: str | None  # why the user may not add a report to it at all
    quotes: list[Quote]  # its reports the user sees


def quote_form_suggestions(
    *, user, speaker: Speaker, source: Source, text: str, translations: list[tuple[str, str]] = ()
) -> list[StatementSuggestion]:
    """The quote form's same-statement suggestions for a span `text` of `source` said by `speaker`."""
    return [
        StatementSuggestion(
            claim=claim,
            points=points,
            direct=adds_directly(user, claim),
            problem=report_target_problem(claim=claim, actor=user),
            quotes=[quote for quote in claim.quotes.all() if sees_report(user, quote, claim)],
        )
        for claim, points in statement_suggestions(
            speaker=speaker, day=source.published_on, text=text, language=source.language,
            translations=translations, user=user,
        )
    ]  # fmt: skip


@dataclass
class HistoryEntry:
    when: datetime.datetime
    who: object
    what: str
    changes: list[tuple[str, str, str]]


def _display(field, value, speakers: dict[int, str]) -> str:
    if value is None or value == "":
        return "—"
    if field == "speaker":
        return speakers.get(value, str(value))
    if field == "topics":
        return ", ".join(sorted(str(t) for t in Topic.objects.filter(pk__in=[row["topic"] for row in value])))
    if field == "status":
        return str(Claim.Status(value).label)
    return str(value)


def claim_history(claim: Claim) -> list[HistoryEntry]:
    """Every recorded change of the claim and its quotes, newest first, as field-level diffs."""
    records = list(claim.history.select_related("history_user").order_by("history_date", "history_id"))
    speaker_ids = {r.speaker_id for r in records}
    speakers = {s.pk: s.name for s in Speaker.objects.filter(pk__in=speaker_ids)}
    labels = {f.name: str(f.verbose_name) for f in Claim._meta.get_fields() if hasattr(f, "verbose_name")}
    # Status, corrections and publication are not form-editable but are exactly what reviewers ask about.
    tracked = [
        (f.name, f.attname) for f in Claim.history.model.tracked_fields if f.name not in {"id", "updated_at", "version"}
    ]
    entries, previous = [], None
    for record in records:
        if previous is None:
            entries.append(HistoryEntry(record.history_date, record.history_user, gettext("created"), []))
        else:
            changes = [
                (labels[name], _display(name, old, speakers), _display(name, new, speakers))
                for name, attname in tracked
                if (old := getattr(previous, attname)) != (new := getattr(record, attname))
            ]
            topics = record.diff_against(previous, included_fields=["topics"]).changes
            changes += [
                (labels["topics"], _display("topics", c.old, {}), _display("topics", c.new, {})) for c in topics
            ]
            if changes:
                entries.append(HistoryEntry(record.history_date, record.history_user, gettext("changed"), changes))
        previous = record
    quote_records = Quote.history.filter(claim_id=claim.pk).select_related("history_user")
    for record in quote_records:
        what = {"+": gettext("quote added"), "~": gettext("quote changed"), "-": gettext("quote removed")}[
            record.history_type
        ]
        entries.append(HistoryEntry(record.history_date, record.history_user, what, [("", "", record.text[:200])]))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def dashboard(*, user) -> dict[str, object]:
    """What a user's day starts with: drafts, claims returned with the editor's note, the queue, recent."""
    # Speakers' names prefetched: each is shown in the interface language (Speaker.localized_name).
    mine = Claim.objects.filter(author=user).select_related("speaker").prefetch_related("speaker__names")
    mine = mine.order_by("-updated_at")
    returned = mine.filter(status=Claim.Status.CHANGES_REQUESTED).prefetch_related(
        Prefetch(
            "review_events",
            queryset=ReviewEvent.objects.filter(
                to_status=Claim.Status.CHANGES_REQUESTED, action="transition"
            ).select_related("actor"),
            to_attr="return_events",
        )
    )
    recent = Claim.objects.published().select_related("speaker").order_by("-published_at")
    if not is_editor(user):
        recent = recent.filter(author=user)
    waiting = Claim.objects.in_review().select_related("speaker", "author")
    deleted = (
        Claim.objects.select_related("speaker", "author").prefetch_related("speaker__names")
        if is_editor(user)
        else mine
    )
    waiting = waiting.exclude(author=user) if is_editor(user) else waiting.filter(author=user)
    return {
        "drafts": list(mine.filter(status=Claim.Status.DRAFT)[:20]),
        "returned": list(returned[:20]),
        "waiting": list(waiting.order_by("updated_at")[:20]),
        "waiting_count": waiting.count(),
        "recent": list(recent[:10]),
        "rejected": list(mine.filter(status=Claim.Status.REJECTED)[:20]),
        "withdrawn": list(mine.filter(status=Claim.Status.WITHDRAWN)[:20]),
        # Deleted drafts stay recoverable by an editor: editors see everyone's, authors their own.
        "deleted": list(deleted.filter(status=Claim.Status.DELETED).order_by("-updated_at")[:20]),
    }


# --- a source's reports -----------------------------------------------------------------------


@dataclass
class Segment:
    """A run of the source text and the quotes that cover it (none for plain text)."""

    text: str
    quotes: list[Quote] = field(default_factory=list)
    starts: list[Quote] = field(default_factory=list)  # quotes that begin here: the anchor targets


def text_segments(text: str, quotes: list[Quote]) -> list[Segment]:
    """Split text at every quote boundary so overlapping quotes highlight correctly."""
    cuts = sorted({0, len(text), *(q.start for q in quotes), *(q.end for q in quotes)})
    segments = []
    for start, end in pairwise(cuts):
        covering = [q for q in quotes if q.start <= start and end <= q.end]
        starts = [q for q in covering if q.start == start]
        segments.append(Segment(text=text[start:end], quotes=covering, starts=starts))
    return segments


def source_get_for_page(*, pk: int, user) -> tuple[Source, list[Quote], list[Segment]]:
    source = get_object_or_404(Source.objects.select_related("outlet", "captured_by"), pk=pk)
    visible_claims = Claim.objects.visible_to(user)
    quotes = list(
        Quote.objects.filter(source=source, claim__in=visible_claims)
        .select_related("claim__speaker")
        .order_by("start", "end")
    )
    return source, quotes, text_segments(source.text, quotes)
