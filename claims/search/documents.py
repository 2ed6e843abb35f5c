"""A quote's search document: the lexemes of its text, translations and summaries (lemmas, made in Python by
`text`, so "підтримку", "підтримки" and "підтримка" are one lexeme) and the Latin skeleton of every name
("Шойгу", "Shoigu" and "Shoygu" meet), written as a tsvector literal and cast, never parsed by a text search
configuration."""

import dataclasses
import functools
import re
from collections.abc import Iterable

import text as textproc

NAME_PREFIX = "zz"  # name keys live beside lemmas in the same tsvector; the prefix keeps them apart


MAX_POSITION = 16383  # PostgreSQL's largest tsvector position


_WORD = re.compile(r"\b[^\W\d_][\w’'ʼ-]*", re.UNICODE)


@dataclasses.dataclass
class DocumentParts:
    """Everything said about a quote that a search should find it by."""

    text: str
    language: str
    translations: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (language, text)
    summaries: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (language, text)
    names: list[str] = dataclasses.field(default_factory=list)  # speaker names and aliases, outlet
    topics: list[str] = dataclasses.field(default_factory=list)


def name_keys(text: str, language: str = "") -> list[str]:
    """Name keys of the capitalised words of a text (or of every word of a name)."""
    keys = []
    for word in _WORD.findall(text):
        if not word[:1].isupper():
            continue
        keys.extend(NAME_PREFIX + key for key in sorted(textproc.name_keys(word, language)) if key)
    return keys


def document_lexemes(parts: DocumentParts) -> list[str]:
    """The lexemes of a document in order: positions matter for phrase queries within each part."""
    lexemes = list(textproc.lemmas(parts.text, parts.language))
    lexemes += name_keys(parts.text, parts.language)
    for language, text in parts.translations + parts.summaries:
        lexemes += textproc.lemmas(text, language)
        lexemes += name_keys(text, language)
    for name in parts.names:
        lexemes += textproc.lemmas(name, textproc.detect_language(name) if textproc.is_cyrillic(name) else "en")
        lexemes += [NAME_PREFIX + textproc.name_skeleton(word) for word in name.split() if textproc.name_skeleton(word)]
        lexemes += name_keys(name.title())
    for topic in parts.topics:
        lexemes += textproc.lemmas(topic, "uk" if textproc.is_cyrillic(topic) else "en")
    return [fit_lexeme(lexeme) for lexeme in lexemes if lexeme]


def quote_lexeme(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


MAX_LEXEME_BYTES = 2046  # PostgreSQL refuses a longer word in a tsvector ("word is too long")


def fit_lexeme(lexeme: str) -> str:
    """The lexeme cut to what PostgreSQL indexes (on a character boundary): a 5,000-letter "word" (a pasted
    hash, a run of letters without spaces) is indexed by its start instead of failing the whole entry. Typed
    queries are cut the same way, so they still find it."""
    encoded = lexeme.encode()
    return lexeme if len(encoded) <= MAX_LEXEME_BYTES else encoded[:MAX_LEXEME_BYTES].decode("utf-8", "ignore")


def tsvector_literal(lexemes: Iterable[str]) -> str:
    """A tsvector in PostgreSQL's input syntax, lexemes verbatim with their positions."""
    positions: dict[str, list[int]] = {}
    for position, lexeme in enumerate(lexemes, start=1):
        positions.setdefault(lexeme, []).append(min(position, MAX_POSITION))
    return " ".join(
        f"{quote_lexeme(lexeme)}:{','.join(str(p) for p in sorted(set(places))[:256])}"
        for lexeme, places in positions.items()
    )


@functools.lru_cache(maxsize=50_000)
def word_alternatives(word: str) -> frozenset[str]:
    """Every lexeme a typed word may stand for: its lemma in each language it may be in, and its name key.
    A pure function of the word, cached: highlighting asks it for every word of every result shown."""
    alternatives = set()
    for token in textproc.tokens(word):
        if textproc.is_cyrillic(token):
            languages = ("uk", "ru")
        else:
            languages = ("en",)
            alternatives.add(token)
        alternatives |= {textproc.lemma(token, language) for language in languages}
        alternatives |= {NAME_PREFIX + key for key in textproc.name_keys(token) if key}
    return frozenset(fit_lexeme(alternative) for alternative in alternatives if alternative)
