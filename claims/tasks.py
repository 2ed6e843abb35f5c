"""The claims app's background jobs: notification mail, search rebuilds, the quote suggestions of a long text.

Each is a procrastinate task (run by `manage.py procrastinate worker`) whose Job row (jobs.models)
shows editors its progress, its result and any error. Retries with backoff only where running the
work again is safe: mail on a failed delivery and rebuilds on a lost database connection."""

import smtplib
from collections.abc import Callable

from django.db import OperationalError
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from claims.models import Quote
from claims.notifications import notify_event
from claims.search import indexing
from claims.suggestions import SUGGEST, Known
from extraction.paging import extract_pages
from jobs.services import job_progress, tracked
from sources.models import Source

MAIL = "claims.send_transition_mail"
REBUILD = "claims.rebuild_search"


@app.task(
    name=MAIL,
    pass_context=True,
    retry=RetryStrategy(max_attempts=6, exponential_wait=5, retry_exceptions=[smtplib.SMTPException, OSError]),
)
@tracked
def send_transition_mail(*, job_id: int, event_id: int) -> dict:
    return {"sent": notify_event(event_id=event_id, fail_silently=False)}


def rebuild_search_entries(
    *, missing_only: bool = False, batch: int = 500, on_batch: Callable[[int, int], None] | None = None
) -> int:
    """Rewrite every quote's search entry (or only add the missing ones), a batch per transaction;
    `on_batch(done, total)` follows each batch."""
    quotes = Quote.objects.order_by("pk")
    if missing_only:
        quotes = quotes.filter(search_entry__isnull=True)
    ids = list(quotes.values_list("pk", flat=True))
    done = 0
    if on_batch:
        on_batch(0, len(ids))
    for start in range(0, len(ids), batch):
        done += indexing.index_quotes(Quote.objects.filter(pk__in=ids[start : start + batch]))
        if on_batch:
            on_batch(min(start + batch, len(ids)), len(ids))
    return done


@app.task(
    name=REBUILD,
    pass_context=True,
    queueing_lock=REBUILD,
    retry=RetryStrategy(max_attempts=3, exponential_wait=30, retry_exceptions=[OperationalError]),
)
@tracked
def rebuild_search(*, job_id: int, missing_only: bool = False) -> dict:
    def progress(done: int, total: int) -> None:
        job_progress(job_id=job_id, done=done, total=total)

    return {"indexed": rebuild_search_entries(missing_only=missing_only, on_batch=progress)}


@app.task(name=SUGGEST, pass_context=True)
@tracked
def suggest_quotes(*, job_id: int, source_id: int) -> dict:
    """Every page's candidates, for the candidates view to show without extracting in the request."""
    source = Source.objects.only("pk", "text", "language", "text_sha256").get(pk=source_id)
    known = Known.read()

    def progress(done: int, total: int) -> None:
        job_progress(job_id=job_id, done=done, total=total)

    pages = extract_pages(
        source.text, language=source.language, speakers=known.speakers, outlets=known.outlets, progress=progress
    )
    return {
        "source": source.pk,
        "text_sha256": source.text_sha256,
        "speakers": known.fingerprint(),
        "pages": [[candidate.as_dict() for candidate in page] for page in pages],
    }
