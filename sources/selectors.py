"""Reads for source pages."""

import datetime
import re
from dataclasses import dataclass
from itertools import pairwise

from django.db.models import Count
from django.utils import timezone

from jobs.models import Job
from sources.models import Outlet, Source

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+|\n\s*\n")


def quote_context(text: str, start: int, end: int, *, sentences: int = 1) -> tuple[str, str, str]:
    """The quote with up to `sentences` sentences of the source on each side: (before, quote, after)."""
    boundaries = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    starts_before = [b for b in boundaries if b <= start]
    begin = starts_before[max(0, len(starts_before) - 1 - sentences)]
    ends_after = [b for b in boundaries if b >= end]
    finish = ends_after[min(len(ends_after) - 1, sentences)] if ends_after else len(text)
    return text[begin:start], text[start:end], text[end:finish]


def sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for every sentence or line of the text, offsets into the text itself,
    whitespace trimmed: the keyboard-friendly way to choose a quote."""
    cuts = sorted(
        {0, len(text), *(m.end() for m in _SENTENCE_END.finditer(text)), *(m.end() for m in re.finditer(r"\n", text))}
    )
    spans = []
    for start, end in pairwise(cuts):
        piece = text[start:end]
        lead, trail = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
        if piece.strip():
            spans.append((start + lead, end - trail, piece.strip()))
    return spans


def sources_recent(*, limit: int = 100):
    return (
        Source.objects.select_related("outlet", "captured_by")
        .annotate(quote_count=Count("quotes"))
        .order_by("-captured_at")[:limit]
    )


CAPTURE = "sources.capture_url"  # the task that tries a capture again (sources.tasks)


@dataclass
class CaptureRetry:
    job: Job
    source: Source | None  # once captured

    @property
    def problem(self) -> str:
        """The job's last error as the analyst reads it: the message, without the exception's name."""
        return self.job.error.split(": ", 1)[-1] if self.job.error else ""


def capture_retries(user, *, limit: int = 10) -> list[CaptureRetry]:
    """The user's captures of the last day that are being tried again in the background, or were."""
    if not user.is_authenticated:
        return []
    since = timezone.now() - datetime.timedelta(days=1)
    jobs = list(
        Job.objects.filter(task=CAPTURE, created_by=user, created_at__gte=since)
        .defer("payload")
        .order_by("-created_at")[:limit]
    )
    ids = {job.result.get("source") for job in jobs if isinstance(job.result, dict)}
    sources = Source.objects.only("pk", "title", "url").in_bulk([pk for pk in ids if isinstance(pk, int)])
    return [
        CaptureRetry(job=job, source=sources.get(job.result.get("source")) if isinstance(job.result, dict) else None)
        for job in jobs
    ]


def outlet_names() -> list[str]:
    """Every name of every outlet the team knows (its name and its English and Ukrainian names), for quote
    extraction to recognise them as news media when a text gives one as a statement's source."""
    rows = Outlet.objects.values_list("name", "name_en", "name_uk")
    return sorted({name for row in rows for name in row if name})
