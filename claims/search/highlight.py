"""Snippets of a result's text with the words that matched marked, in any of their inflected forms or spellings."""

import dataclasses
import functools
import re

import text as textproc
from claims.search.documents import NAME_PREFIX, word_alternatives


@dataclasses.dataclass
class Segment:
    text: str
    hit: bool


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
