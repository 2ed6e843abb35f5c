"""Reads for source pages."""

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from itertools import pairwise

from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.utils import timezone

from claims.models import Claim, Quote
from extraction import Candidate, SpeakerRef
from jobs.models import Job
from sources.models import Source


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


SUGGEST = "sources.suggest_quotes"  # the task that finds the quote suggestions of a long text (sources.tasks)


def speakers_fingerprint(speakers: list[SpeakerRef]) -> str:
    """Changes whenever a speaker, name or alias that extraction would match is added, changed or removed."""
    rows = sorted((ref.id, ref.kind, tuple(ref.names)) for ref in speakers)
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def suggestions_label(source: Source, fingerprint: str) -> str:
    """Names the job of one text with one set of speakers: a changed text or a new speaker needs a new job."""
    return f"source {source.pk} · text {source.text_sha256[:16]} · speakers {fingerprint[:16]}"


def suggestions_job(source: Source, fingerprint: str) -> Job | None:
    """The newest job that finds (or found) the suggestions of this source's text with these speakers."""
    return (
        Job.objects.filter(task=SUGGEST, label=suggestions_label(source, fingerprint))
        .defer("payload")
        .order_by("-created_at", "-pk")
        .first()
    )


def suggestions_page(job: Job, number: int) -> list[Candidate]:
    """The candidates the finished job found on page `number` (1-based) of the text."""
    pages = job.result["pages"] if isinstance(job.result, dict) else []
    if not 1 <= number <= len(pages):
        return []
    return [Candidate(**candidate) for candidate in pages[number - 1]]
