"""Reads for claim pages: each returns everything its page shows, in a fixed number of queries."""

import datetime
import re
from dataclasses import dataclass

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext

from claims.filters import ReviewQueueFilter
from claims.models import Claim, Quote, ReviewEvent, Speaker, SpeakerName, Topic, Translation
from claims.permissions import is_editor
from sources.selectors import quote_context


def _speaker_prefetches(prefix: str = "speaker__") -> list:
    return [Prefetch(f"{prefix}names", queryset=SpeakerName.objects.order_by("language")), f"{prefix}roles"]


def claims_recent_published(*, limit: int = 50) -> QuerySet[Claim]:
    """Published claims, newest statement first, with the languages they were reported in."""
    return (
        Claim.objects.published()
        .select_related("speaker")
        .prefetch_related(
            *_speaker_prefetches(),
            "topics",
            Prefetch(
                "quotes", queryset=Quote.objects.select_related("source__outlet").order_by("source__language", "pk")
            ),
        )
        .annotate(languages=ArrayAgg("quotes__source__language", distinct=True, default=[]))
        .order_by("-said_on", "-pk")[:limit]
    )


def claim_get_for_page(*, pk: int, user) -> Claim:
    """One claim the user may see, with quotes, sources, translations and review events; 404 otherwise."""
    quotes = (
        Quote.objects.select_related("source__outlet")
        .prefetch_related(Prefetch("translations", queryset=Translation.objects.select_related("translator")))
        .order_by("source__language", "source__published_on", "pk")
    )
    return get_object_or_404(
        Claim.objects.visible_to(user)
        .select_related("speaker", "author")
        .prefetch_related(
            *_speaker_prefetches(),
            "topics",
            Prefetch("quotes", queryset=quotes),
            Prefetch("summary_translations", queryset=Translation.objects.select_related("translator")),
            Prefetch("review_events", queryset=ReviewEvent.objects.select_related("actor")),
        ),
        pk=pk,
    )


def speaker_get_for_page(*, pk: int, user) -> tuple[Speaker, QuerySet[Claim]]:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("names", "aliases", "roles"), pk=pk)
    claims = (
        Claim.objects.visible_to(user)
        .by_speaker(speaker)
        .annotate(languages=ArrayAgg("quotes__source__language", distinct=True, default=[]))
        .order_by("-said_on", "-pk")
    )
    return speaker, claims


# --- review -----------------------------------------------------------------------------------


def review_queue(*, params, user) -> tuple[ReviewQueueFilter, QuerySet[Claim]]:
    """Claims waiting for review, the longest-waiting first, filtered by speaker, author, language, topic."""
    base = (
        Claim.objects.in_review()
        .select_related("speaker", "author")
        .prefetch_related(*_speaker_prefetches(), "topics")
        .annotate(
            submitted_at=Max("review_events__created_at", filter=Q(review_events__to_status=Claim.Status.IN_REVIEW)),
            languages=ArrayAgg("quotes__source__language", distinct=True, default=[]),
            quote_count=Count("quotes", distinct=True),
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


def quotes_in_context(claim: Claim) -> list[QuoteInContext]:
    """Each quote with its neighbouring sentences (uses the prefetched quotes and sources)."""
    items = []
    for quote in claim.quotes.all():
        before, _, after = quote_context(quote.source.text, quote.start, quote.end)
        items.append(QuoteInContext(quote=quote, before=before, after=after))
    return items


_WORD = re.compile(r"[\w’'ʼ]+")


def _claim_words(claim: Claim) -> set[str]:
    bits = [claim.summary, *(q.text for q in claim.quotes.all())]
    bits += [t.text for q in claim.quotes.all() for t in q.translations.all()]
    bits += [t.text for t in claim.summary_translations.all()]
    return {w.casefold() for bit in bits for w in _WORD.findall(bit) if len(w) > 3 or w.isdigit()}


def similar_claims(*, claim: Claim, days: int = 14, limit: int = 5) -> list[tuple[Claim, int]]:
    """Possible duplicates: the same speaker within `days` of the date, ranked by words they share
    across their summaries, quotes and translations (in any language)."""
    window = datetime.timedelta(days=days)
    candidates = (
        Claim.objects.filter(speaker=claim.speaker, said_on__range=(claim.said_on - window, claim.said_on + window))
        .exclude(pk=claim.pk)
        .exclude(status__in=[Claim.Status.REJECTED])
        .prefetch_related(
            Prefetch("quotes", queryset=Quote.objects.select_related("source").prefetch_related("translations")),
            "summary_translations",
        )[:50]
    )
    words = _claim_words(claim)
    scored = [(other, len(words & _claim_words(other))) for other in candidates]
    scored.sort(key=lambda pair: (-pair[1], abs((pair[0].said_on - claim.said_on).days)))
    return scored[:limit]


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
    quote_records = Quote.history.filter(claim_id=claim.pk).select_related("history_user", "source")
    for record in quote_records:
        what = {"+": gettext("quote added"), "~": gettext("quote changed"), "-": gettext("quote removed")}[
            record.history_type
        ]
        entries.append(HistoryEntry(record.history_date, record.history_user, what, [("", "", record.text[:200])]))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def dashboard(*, user) -> dict[str, object]:
    """What a user's day starts with: drafts, claims returned with the editor's note, the queue, recent."""
    mine = Claim.objects.filter(author=user).select_related("speaker").order_by("-updated_at")
    returned = mine.filter(status=Claim.Status.CHANGES_REQUESTED).prefetch_related(
        Prefetch(
            "review_events",
            queryset=ReviewEvent.objects.filter(to_status=Claim.Status.CHANGES_REQUESTED).select_related("actor"),
            to_attr="return_events",
        )
    )
    recent = Claim.objects.published().select_related("speaker").order_by("-published_at")
    if not is_editor(user):
        recent = recent.filter(author=user)
    waiting = Claim.objects.in_review().select_related("speaker", "author")
    waiting = waiting.exclude(author=user) if is_editor(user) else waiting.filter(author=user)
    return {
        "drafts": list(mine.filter(status=Claim.Status.DRAFT)[:20]),
        "returned": list(returned[:20]),
        "waiting": list(waiting.order_by("updated_at")[:20]),
        "waiting_count": waiting.count(),
        "recent": list(recent[:10]),
    }
