"""What the load test's readers and analysts type into the search page, and how often.

The pool is built from the benchmark's vocabulary (bench/vocabulary: aligned Ukrainian, Russian and English
concepts in their inflected forms, public figures with their other spellings, outlets) so the queries use
the words and names the generated corpus contains: single words and pairs in any form, names in several
scripts, spellings and grammatical cases, "phrases", OR across languages, -exclusion, facets (speaker,
outlet, source language, date ranges, quote kind), relevance order and pages past the first. Popular
queries (frequent words, much-quoted people, no facets) sort to the front of the pool, and `ZipfPicker`
draws from it with a Zipf skew, as a search log would show.
"""

import bisect
import datetime
import functools
import random
from dataclasses import dataclass

from bench import words

LANGUAGES = (("uk", 0.45), ("ru", 0.25), ("en", 0.30))  # what analysts type, not what sources are written in
COLUMN = {"uk": 0, "ru": 1, "en": 2}  # of the names in persons.tsv and first_names.tsv
CASES = ("gent", "datv", "ablt", "loct")  # a name in a Ukrainian or Russian query is often inflected
KINDS = ("direct", "partial", "indirect")
FIRST_DAY, LAST_DAY = datetime.date(2014, 2, 20), datetime.date(2026, 10, 31)  # the generated corpus's span

Query = tuple[tuple[str, str], ...]  # the search page's GET parameters, in order: hashable, so the pool is unique


@dataclass(frozen=True)
class Person:
    names: tuple[str, str, str]  # uk, ru, en
    aliases: tuple[str, ...]
    feminine: bool


@functools.cache
def _concepts(language: str) -> list[words.Entry]:
    """The aligned concepts of one language with their weighted forms, most frequent first."""
    return [words.inflected(row[COLUMN[language] + 1], row[0], language) for row in words.concepts()]


@functools.cache
def _people() -> list[Person]:
    feminine = {row[column] for row in words.rows("first_names.tsv") if row[3] == "f" for column in (0, 1, 2)}
    # Women among the public figures whose given names first_names.tsv does not list (as bench.generate).
    feminine |= {"Марія", "Урсула", "Кая", "Юлія", "Мария", "Maria", "Ursula", "Kaja", "Yuliia"}
    people = []
    for row in words.rows("persons.tsv"):
        names = (row[0], row[1], row[2])
        aliases = tuple(a for a in row[3].split(";") if a)
        people.append(Person(names, aliases, names[0].split()[0] in feminine))
    return people


def _outlet_ids() -> dict[str, list[int]]:
    """Outlet ids by language: the generator numbers the outlets of outlets.tsv from 1 in file order."""
    ids: dict[str, list[int]] = {}
    for number, row in enumerate(words.rows("outlets.tsv"), start=1):
        ids.setdefault(row[1], []).append(number)
    return ids


class ZipfPicker:
    """Indexes 0..count-1 with a Zipf–Mandelbrot skew (index 0 most often), as search logs rank queries."""

    def __init__(self, count: int, exponent: float = 1.0, shift: float = words.ZIPF_SHIFT):
        if count < 1:
            raise ValueError("nothing to pick from")
        self.cumulative = words.zipf_cumulative(count, exponent, shift)

    def pick(self, rnd: random.Random) -> int:
        return bisect.bisect_right(self.cumulative, rnd.random() * self.cumulative[-1])


@functools.cache
def _picker(count: int, exponent: float) -> ZipfPicker:
    return ZipfPicker(count, exponent)


def _zipf_index(rnd: random.Random, count: int, exponent: float = 1.0) -> int:
    return _picker(count, exponent).pick(rnd)


def _pick_language(rnd: random.Random) -> str:
    u, total = rnd.random(), 0.0
    for code, share in LANGUAGES:
        total += share
        if u < total:
            return code
    return LANGUAGES[-1][0]


def _word(rnd: random.Random, language: str, *, single: bool = False) -> tuple[str, int]:
    """A form of a frequent concept and the concept's rank; `single` avoids several-word concepts."""
    entries = _concepts(language)
    while True:
        rank = _zipf_index(rnd, len(entries), 0.9)
        form = entries[rank].pick(rnd.random())
        if not single or " " not in form:
            return form, rank


def _name(rnd: random.Random, language: str) -> tuple[str, int]:
    """A person as people type them: full name, surname, surname in a case, another spelling, lower case."""
    people = _people()
    rank = _zipf_index(rnd, len(people))
    person = people[rank]
    full = person.names[COLUMN[language]]
    given, _, surname = full.partition(" ")
    surname = surname or given
    roll = rnd.random()
    if roll < 0.30:
        name = surname
    elif roll < 0.50:
        name = full
    elif roll < 0.72 and language in ("uk", "ru"):
        name = words.name_case(surname.split()[-1], language, rnd.choice(CASES), person.feminine)
    elif roll < 0.86 and person.aliases:
        name = rnd.choice(person.aliases)
    else:
        name = person.names[2].rpartition(" ")[2]  # the Latin surname, typed into any interface
    if rnd.random() < 0.15:
        name = name.lower()
    return name, rank


def _text(rnd: random.Random, language: str) -> tuple[str, float]:
    """The words of a query and how popular it is (lower sorts first)."""
    roll = rnd.random()
    if roll < 0.30:
        word, rank = _word(rnd, language)
        return word, rank
    if roll < 0.52:
        name, rank = _name(rnd, language)
        return name, rank * 1.5
    if roll < 0.64:
        (first, one), (second, two) = _word(rnd, language), _word(rnd, language)
        return f"{first} {second}", 10 + one + two
    if roll < 0.72:
        name, rank = _name(rnd, language)
        word, other = _word(rnd, language)
        return f"{name} {word}", 10 + rank + other
    if roll < 0.80:  # a phrase: a several-word concept or a full name in quotes
        if rnd.random() < 0.5:
            person_rank = _zipf_index(rnd, len(_people()))
            return f'"{_people()[person_rank].names[COLUMN[language]]}"', 20 + person_rank
        phrases = [i for i, entry in enumerate(_concepts(language)) if any(" " in f for f in entry.forms)]
        index = phrases[_zipf_index(rnd, len(phrases))]
        return f'"{_concepts(language)[index].pick(rnd.random())}"', 20 + index
    if roll < 0.90:  # the same concept in two languages: a multilingual analyst's OR
        other = rnd.choice([code for code, _share in LANGUAGES if code != language])
        rank = _zipf_index(rnd, len(_concepts(language)), 0.9)
        left = _concepts(language)[rank].pick(rnd.random())
        right = _concepts(other)[rank].pick(rnd.random())
        return f"{left} OR {right}", 30 + rank
    word, rank = _word(rnd, language, single=True)
    excluded, other = _word(rnd, language, single=True)
    return f"{word} -{excluded}", 30 + rank + other


def _day(rnd: random.Random) -> datetime.date:
    # Analysts look mostly at the full-scale war years, as the corpus has four times as many claims there.
    start = datetime.date(2022, 2, 24) if rnd.random() < 0.7 else FIRST_DAY
    return start + datetime.timedelta(days=rnd.randrange((LAST_DAY - start).days))


def make_query(rnd: random.Random) -> tuple[Query, float]:
    """One search as an analyst or reader types it, and its popularity (lower is more popular)."""
    language = _pick_language(rnd)
    params: list[tuple[str, str]] = []
    score = 0.0
    speaker_only = rnd.random() < 0.06
    if speaker_only:
        name, rank = _name(rnd, language)
        params.append(("q", ""))
        params.append(("speaker", name))
        score += 15 + rank
    else:
        text, score = _text(rnd, language)
        params.append(("q", text))
        if rnd.random() < 0.08:
            params.append(("speaker", _name(rnd, language)[0]))
            score += 25
    if rnd.random() < 0.12:
        params.append(("language", rnd.choice(("uk", "ru", "en"))))
        score += 15
    if rnd.random() < 0.05:
        outlets = _outlet_ids()
        params.append(("outlet", str(rnd.choice(outlets[rnd.choice(sorted(outlets))]))))
        score += 30
    if rnd.random() < 0.10:
        first, second = sorted((_day(rnd), _day(rnd)))
        if rnd.random() < 0.7:
            params.append(("said_after", first.isoformat()))
        params.append(("said_before", second.isoformat()))
        score += 30
    if rnd.random() < 0.05:
        params.append(("kind", rnd.choice(KINDS)))
        score += 30
    if rnd.random() < 0.20:
        params.append(("order", "relevance"))
        score += 5
    roll = rnd.random()
    if roll < 0.12:
        params.append(("page", "2" if roll < 0.08 else str(rnd.randint(3, 5))))
        score += 20
    return tuple(params), score


def query_pool(size: int = 600, seed: int = 14) -> list[Query]:
    """`size` different queries, the most popular first. Deterministic for a seed."""
    rnd = random.Random(seed)
    scored: dict[Query, float] = {}
    attempts = 0
    while len(scored) < size:
        attempts += 1
        if attempts > size * 50:
            raise RuntimeError(f"only {len(scored)} different queries after {attempts} attempts")
        query, score = make_query(rnd)
        if query not in scored and any(value for _key, value in query):
            scored[query] = score + rnd.random() * 5  # equally popular queries in no fixed order
    return sorted(scored, key=scored.__getitem__)
