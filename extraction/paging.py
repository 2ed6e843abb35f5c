"""Long texts a page at a time: candidates of one stretch of the text, with offsets into the whole text.

A page ends at a paragraph break (else a sentence end) near PAGE_SIZE characters, so no statement is cut
in two. Extraction also reads up to CONTEXT characters before the page, so a pronoun or a role noun at the
top of a page still finds the person named on the page before.
"""

import dataclasses
from collections.abc import Callable

from extraction.candidates import Candidate, SpeakerRef, extract_candidates

PAGE_SIZE = 20_000
CONTEXT = 3_000


def text_pages(text: str, *, size: int = PAGE_SIZE) -> list[tuple[int, int]]:
    """(start, end) of each page of the text; one page for a short text."""
    pages = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = max(text.rfind(". ", start + size // 2, end) + 1, 0)
            end = cut + 1 if cut > 0 else end
        pages.append((start, end))
        start = end
    return pages or [(0, 0)]


def extract_page(
    text: str,
    page: int,
    *,
    language: str | None = None,
    speakers: list[SpeakerRef] | None = None,
    outlets: list[str] | None = None,
    size: int = PAGE_SIZE,
) -> tuple[list[Candidate], int]:
    """The candidates starting on page `page` (1-based, clamped to the pages there are) and the number of
    pages. Offsets are into the whole text."""
    pages = text_pages(text, size=size)
    page = min(max(page, 1), len(pages))
    span = _extract_span(text, *pages[page - 1], language=language, speakers=speakers, outlets=outlets)
    return span, len(pages)


def _extract_span(
    text: str,
    start: int,
    end: int,
    *,
    language: str | None,
    speakers: list[SpeakerRef] | None,
    outlets: list[str] | None = None,
) -> list[Candidate]:
    """The candidates starting in text[start:end], read with up to CONTEXT characters before it."""
    context = start
    if start:
        context = text.rfind("\n", max(0, start - CONTEXT), start)
        context = max(0, start - CONTEXT) if context == -1 else context + 1
    candidates = extract_candidates(text[context:end], language=language, speakers=speakers, outlets=outlets)
    return [
        dataclasses.replace(c, start=c.start + context, end=c.end + context)
        for c in candidates
        if c.start + context >= start
    ]


def extract_pages(
    text: str,
    *,
    language: str | None = None,
    speakers: list[SpeakerRef] | None = None,
    outlets: list[str] | None = None,
    size: int = PAGE_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> list[list[Candidate]]:
    """The candidates of every page, as extract_page gives them one page at a time; `progress(done, total)`
    is called after each page."""
    spans = text_pages(text, size=size)
    pages = []
    for number, (start, end) in enumerate(spans, 1):
        pages.append(_extract_span(text, start, end, language=language, speakers=speakers, outlets=outlets))
        if progress:
            progress(number, len(spans))
    return pages
