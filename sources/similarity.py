"""Near-identical texts: word shingles, a bottom-k sketch of their hashes, and how much two texts share.

The same article pasted again with a line before it, or with its metadata line, has a different hash but
almost the same five-word shingles. Each source stores the smallest SKETCH_SIZE shingle hashes; an indexed
overlap of those finds the few candidates, and only their texts are compared in full.
"""

import hashlib

from text import tokens

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
NEAR_DUPLICATE = 0.9


def _hash(shingle: str) -> int:
    # Signed, to fit a PostgreSQL bigint.
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingles(text: str) -> set[int]:
    """Hashes of every run of SHINGLE_WORDS normalised words (one shingle for a shorter text)."""
    words = tokens(text)
    if len(words) < SHINGLE_WORDS:
        return {_hash(" ".join(words))} if words else set()
    return {_hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}


def shingle_sketch(text: str) -> list[int]:
    """The SKETCH_SIZE smallest shingle hashes of the text, sorted."""
    return sorted(shingles(text))[:SKETCH_SIZE]


def resemblance(first: set[int], second: set[int]) -> float:
    """The larger of Jaccard similarity and containment (the share of the smaller text found in the other),
    so a text inside a longer copy of itself counts as the same."""
    if not first or not second:
        return 0.0
    common = len(first & second)
    return max(common / len(first | second), common / min(len(first), len(second)))
