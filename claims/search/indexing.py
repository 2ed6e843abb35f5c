"""The one indexing path: every write of a quote, claim, speaker, source or outlet rewrites the search entries
it changes, in the same transaction, and renews the published token once it commits."""

import contextlib
import contextvars
import dataclasses
import time
from collections.abc import Iterable

from django.db import transaction
from django.db.models import (
    F,
    QuerySet,
    Value,
)  # fmt: skip
from django.db.models.functions import Greatest

from claims.models import Claim, Quote, QuoteSearch, Speaker
from claims.search.documents import DocumentParts, document_lexemes, tsvector_literal
from claims.search.generations import published_changed


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


def document_parts(quote: Quote, related: _Related) -> DocumentParts:
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
        document=tsvector_literal(document_lexemes(document_parts(quote, related))),
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


def index_claim_status(claim: Claim, *, previous: str) -> int:
    """A status change alters no words: update the facet only. The published token is renewed only when
    the claim moves into or out of what readers see (published, retracted): a draft sent for review or
    sent back changes no published entry, nothing a reader is shown and no anonymous page."""
    speakers_touch({claim.speaker_id})
    changed = QuoteSearch.objects.filter(claim_id=claim.pk, quote__report_status="accepted").update(status=claim.status)
    public = {Claim.Status.PUBLISHED, Claim.Status.RETRACTED}
    if changed and (previous in public or claim.status in public):
        published_changed()
    return changed


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
    """Rewrite the entries of the speaker's quotes; their claims' pages show the speaker's names and roles,
    so the speaker's version changes even when none of their claims has a quote."""
    speakers_touch({speaker.pk})
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
