"""The quote suggestions of a source, as its candidates page shows them a page of text at a time: a short
text is read in the request; a long one by a background job (claims.tasks.suggest_quotes), once for this text
and these speakers, whose result every page then reads."""

import functools
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import extraction
from claims.models import Claim, Quote, QuoteKind
from claims.speakers.selectors import speaker_refs
from extraction import Candidate, SpeakerRef
from extraction.paging import extract_page, text_pages
from jobs.models import Job
from jobs.services import job_enqueue
from sources.models import Source
from sources.selectors import outlet_names

logger = logging.getLogger(__name__)

SUGGEST = "sources.suggest_quotes"  # the task that finds the quote suggestions of a long text (claims.tasks)


@dataclass(frozen=True)
class Known:
    """What extraction is told the team knows: its speakers and the names of its news outlets."""

    speakers: list[SpeakerRef]
    outlets: list[str]

    @classmethod
    def read(cls) -> "Known":
        return cls(speaker_refs(), outlet_names())

    def fingerprint(self) -> str:
        """Changes whenever a speaker, name or alias, or an outlet's name, that extraction would match is
        added, changed or removed."""
        rows = sorted((ref.id, ref.kind, tuple(ref.names)) for ref in self.speakers)
        return hashlib.sha256(repr((rows, self.outlets)).encode("utf-8")).hexdigest()


def page_count(text: str) -> int:
    """How many pages the candidates page shows a text in (extraction.paging)."""
    return len(text_pages(text))


@functools.cache
def rules_fingerprint() -> str:
    """Changes with the extractor's code, so that a deploy with new rules reads long texts again (computed
    once a process: the code changes only at deploy)."""
    digest = hashlib.sha256()
    for path in sorted(Path(extraction.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def suggestions_label(source: Source, fingerprint: str) -> str:
    """Names the job of one text with what is known (speakers, outlets) and one version of the extractor: a
    changed text, a new speaker or outlet, or new rules need a new job."""
    return (
        f"source {source.pk} · text {source.text_sha256[:16]} · speakers {fingerprint[:16]}"
        f" · rules {rules_fingerprint()[:8]}"
    )


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


def suggestions_job_ensure(*, source: Source, pages: int, known: Known, actor) -> Job | None:
    """The job that finds the suggestions of a long text (of `pages` pages) with what is known, queued through
    the jobs service when there is none yet (a changed text or a new speaker needs a new one); None for a text
    of one page, read in the request."""
    if pages == 1:
        return None
    fingerprint = known.fingerprint()
    job = suggestions_job(source, fingerprint)
    if job is None:
        job = job_enqueue(
            task=SUGGEST, label=suggestions_label(source, fingerprint), created_by=actor, source_id=source.pk
        )
    return job


@dataclass
class Suggestion:
    candidate: Candidate
    kind_label: str  # the kind as the interface names it ("пряма"), beside the value the form takes
    quoted_in: Claim | None  # the claim that already holds this statement with another span, if the user sees it


@dataclass
class SuggestionsPage:
    suggestions: list[Suggestion]
    number: int
    pages: int
    found: int | None  # in the whole text, once the job is done
    failed: bool = False  # extraction raised on this page: none shown, the error logged

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.pages else None


def suggestions_page_for(
    *, source: Source, pages: int, number: int, known: Known, job: Job | None, user
) -> SuggestionsPage:
    """Page `number` of the source's `pages` pages of suggested quotes not quoted yet with their exact span:
    from the finished job, read here when the text is short or the job failed, none while the job runs."""
    number = min(max(number, 1), pages)
    found, failed = None, False
    if job is None or job.status == Job.Status.FAILED:
        try:
            candidates = extract_page(
                source.text, number, language=source.language, speakers=known.speakers, outlets=known.outlets
            )[0]
        except Exception:  # a fault of the extractor on one text must not take the page down with it
            logger.exception("quote suggestions failed", extra={"source": source.pk, "page": number})
            candidates, failed = [], True
    elif job.status == Job.Status.SUCCEEDED:
        candidates = suggestions_page(job, number)
        found = sum(len(page) for page in job.result["pages"])
    else:
        candidates = []
    taken = {(quote.start, quote.end) for quote in source.quotes.all()}
    # A statement already quoted with another span ("the country could “fully count…”" beside "fully
    # count…") is marked with the claim that holds it, among those the user sees.
    quoted = list(
        Quote.objects.shown_to(user)
        .filter(source=source, claim__in=Claim.objects.visible_to(user))
        .select_related("claim")
        .only("start", "end", "claim__id", "claim__summary")
    )
    suggestions = [
        Suggestion(candidate, QuoteKind(candidate.kind).label, _quoted_in(candidate, quoted))
        for candidate in candidates
        if (candidate.start, candidate.end) not in taken
    ]
    return SuggestionsPage(suggestions=suggestions, number=number, pages=pages, found=found, failed=failed)


def _quoted_in(candidate: Candidate, quotes: list[Quote]) -> Claim | None:
    """The claim of a quote that covers most of the candidate (or that the candidate mostly covers)."""
    for quote in quotes:
        shared = min(candidate.end, quote.end) - max(candidate.start, quote.start)
        if shared > 0 and shared >= 0.5 * min(candidate.end - candidate.start, quote.end - quote.start):
            return quote.claim
    return None
