"""A synthetic corpus for the search benchmark, written straight into the real tables with COPY.

Scale: per 1,000,000 quotes, 300,000 claims, 5,000 speakers and 100,000 sources (with minimums for small
runs). The texts are Ukrainian, Russian and English sentences drawn from bench.words: real lemmas in real
inflected forms, on a Zipf-like frequency scale; the reports of one claim share its content words across
languages, as reports of one statement do.

Everything the schema demands holds, because nothing in it is switched off: every source's text is built by
joining its quotes' paragraphs and filler, so each quote is an exact span of it (the trigger checks it on
every row) and `text_sha256` is the SHA-256 of the text (the check constraint compares). Only the GIN index
on the search documents is dropped during the load and built again afterwards, as the migration defines it.

The search document of every quote is what claims.search would write for it. Lemmatising a million quotes
token by token is too slow, so the lexemes of each surface word are computed once (with the same functions,
text.lemmas and claims.search.documents.name_keys) and joined in the order claims.search.documents.document_lexemes
joins them. Every CHECK_EVERY-th quote is verified against document_lexemes itself while generating.

The corpus is cut into blocks of BLOCK_QUOTES quotes, one stretch of time each; a block's claims are quoted
only by that block's sources, so blocks are independent: two worker processes generate and COPY them in
parallel (the machine has two cores). A block's rows depend only on the seed and the block's number.
"""

import dataclasses
import datetime
import functools
import hashlib
import html
import math
import multiprocessing
import os
import random
import time
from bisect import bisect_right

import numpy as np
from unidecode import unidecode

import text as textproc
from bench import words
from claims.search import documents
from claims.speakers.search import search_keys_for

SEED = 20261125
BLOCK_QUOTES = 10_000
CHECK_EVERY = 499  # one quote in this many is checked against claims.search.documents.document_lexemes
START = datetime.date(2014, 2, 20)
FULL_SCALE_WAR = datetime.date(2022, 2, 24)  # four times as many statements a day from here on
END = datetime.date(2026, 10, 31)
LANGUAGE_SHARES = (("uk", 0.45), ("en", 0.33), ("ru", 0.22))
KINDS = (("direct", 0.6), ("partial", 0.15), ("indirect", 0.25))
OCCASIONS = (
    "",
    "",
    "press briefing",
    "interview",
    "meeting",
    "speech",
    "press conference",
    "Telegram post",
    "statement",
    "UN Security Council session",
    "summit",
    "television address",
)
# Recent claims are still in the workflow; older ones have been decided.
STATUS_RECENT = (
    ("published", 0.40),
    ("in_review", 0.25),
    ("draft", 0.20),
    ("changes_requested", 0.10),
    ("rejected", 0.05),
)
STATUS_OLD = (
    ("published", 0.935),
    ("rejected", 0.04),
    ("retracted", 0.01),
    ("draft", 0.01),
    ("in_review", 0.0035),
    ("changes_requested", 0.0015),
)
RECENT_SHARE = 0.01  # the newest 1 % of claims

# Reporting verbs of the frames around quotes (masculine, feminine).
SAID = {
    "uk": (("заявив", "заявила"), ("наголосив", "наголосила"), ("сказав", "сказала"), ("зазначив", "зазначила")),
    "ru": (("заявил", "заявила"), ("подчеркнул", "подчеркнула"), ("сказал", "сказала"), ("отметил", "отметила")),
    "en": (("said", "said"), ("stressed", "stressed"), ("told reporters", "told reporters"), ("noted", "noted")),
}
THAT = {"uk": "що", "ru": "что", "en": "that"}
ACCORDING = {"uk": "За словами", "ru": "По словам", "en": "According to"}
QUOTES = {"uk": ("«", "»"), "ru": ("«", "»"), "en": ("\u201c", "\u201d")}


# --- scale ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Scale:
    quotes: int
    claims: int
    speakers: int
    sources: int
    analysts: int
    editors: int

    @classmethod
    def for_quotes(cls, quotes: int) -> "Scale":
        """Per 1,000,000 quotes: 300,000 claims, 5,000 speakers, 100,000 sources; minimums for small runs."""
        quotes = max(100, quotes)
        return cls(
            quotes=quotes,
            claims=max(30, quotes * 3 // 10),
            speakers=max(150, quotes // 200),
            sources=max(20, quotes // 10),
            analysts=max(5, quotes // 25_000),
            editors=max(3, quotes // 100_000),
        )

    @property
    def blocks(self) -> int:
        return max(1, math.ceil(self.quotes / BLOCK_QUOTES))


def _share(total: int, parts: int, index: int) -> tuple[int, int]:
    """The [start, end) of part `index` when `total` items are cut into `parts` nearly equal parts."""
    return total * index // parts, total * (index + 1) // parts


@functools.cache
def _cumulative(weighted: tuple[tuple[str, float], ...]) -> tuple[list[str], list[float]]:
    values, cumulative, total = [], [], 0.0
    for value, weight in weighted:
        total += weight
        values.append(value)
        cumulative.append(total)
    return values, cumulative


def _pick(rnd: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    values, cumulative = _cumulative(weighted)
    return values[bisect_right(cumulative, rnd.random() * cumulative[-1])]


_POSITIONS = [str(number) for number in range(documents.MAX_POSITION + 1)]


class _Quoted(dict):
    """lexeme -> "'lexeme':" as it opens its entry in a tsvector literal (quoted by claims.search itself)."""

    def __missing__(self, lexeme: str) -> str:
        quoted = self[lexeme] = documents.quote_lexeme(lexeme) + ":"
        return quoted


_QUOTED = _Quoted()


def tsvector_literal(lexemes: list[str]) -> str:
    """claims.search.documents.tsvector_literal, made faster for documents of at most 256 lexemes (where positions
    are unique, ascending and never capped); the checked quotes compare the two."""
    if len(lexemes) > 256:
        return documents.tsvector_literal(lexemes)
    entries: dict[str, str] = {}
    get, quoted, numbers = entries.get, _QUOTED, _POSITIONS
    for position, lexeme in enumerate(lexemes, start=1):
        entry = get(lexeme)
        entries[lexeme] = quoted[lexeme] + numbers[position] if entry is None else entry + "," + numbers[position]
    return " ".join(entries.values())


def _timestamp(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S+00")


def _copy_text(value) -> str:
    """One field in COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    value = str(value)
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def _line(*fields) -> str:
    return "\t".join([_copy_text(field) for field in fields]) + "\n"


# --- the fixed cast: users, outlets, topics, speakers ---------------------------------------------------


@dataclasses.dataclass
class Speaker:
    id: int
    kind: str
    names: dict[str, str]  # language -> name
    aliases: list[str]
    roles: list[tuple[str, str, datetime.date | None, datetime.date | None]]
    feminine: bool = False
    given: dict[str, str] = dataclasses.field(default_factory=dict)
    surname: dict[str, str] = dataclasses.field(default_factory=dict)
    wikidata_id: str | None = None
    mentions: dict = dataclasses.field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.names["en"]

    def mention(self, language: str, case: str = "nomn", full: bool = True) -> str:
        """How a text in `language` names the speaker: the full name or the surname, in a case."""
        key = (language, case, full)
        found = self.mentions.get(key)
        if found is None:
            found = self.mentions[key] = self._mention(language, case, full)
        return found

    def _mention(self, language: str, case: str, full: bool) -> str:
        if self.kind == "organization" or not self.surname:
            return self.names[language]
        surname = " ".join(words.name_case(w, language, case, self.feminine) for w in self.surname[language].split())
        if not full:
            return surname
        given = " ".join(words.name_case(w, language, case, self.feminine) for w in self.given[language].split())
        return f"{given} {surname}"


KNOWN_WIKIDATA = {"Vladimir Putin": "Q7747", "Donald Trump": "Q22686"}


class World:
    """Everything shared by the blocks: the scale, the users, outlets, topics and speakers, the time line.
    Built from the seed alone, so every process that builds it gets the same one."""

    def __init__(self, scale: Scale, seed: int = SEED, *, raw_html: bool = False):
        self.scale, self.seed = scale, seed
        self.raw_html = raw_html  # real-size HTML snapshots of the sources (the load test); off for the bench
        rnd = random.Random(f"{seed}:world")
        self.analysts = list(range(1, scale.analysts + 1))
        self.editors = list(range(scale.analysts + 1, scale.analysts + scale.editors + 1))
        self.analyst_cumulative = words.zipf_cumulative(len(self.analysts), shift=3.0)
        self.outlets = [
            {"id": i, "name": r[0], "language": r[1], "domain": r[2], "country": r[3], "kind": r[4], "ownership": r[5]}
            for i, r in enumerate(words.rows("outlets.tsv"), start=1)
        ]
        self.outlets_by_language = {
            code: [o for o in self.outlets if o["language"] == code] for code, _share_ in LANGUAGE_SHARES
        }
        self.outlet_cumulative = {
            code: words.zipf_cumulative(len(outlets), exponent=0.8, shift=2.0)
            for code, outlets in self.outlets_by_language.items()
        }
        self.topics = [
            {"id": i, "slug": r[0], "name_en": r[1], "name_uk": r[2]}
            for i, r in enumerate(words.rows("topics.tsv"), start=1)
        ]
        self.topic_cumulative = words.zipf_cumulative(len(self.topics), exponent=0.9, shift=2.0)
        self.speakers = self._speakers(rnd)
        given_names, surnames = words.rows("first_names.tsv"), words.rows("surnames.tsv")
        self.journalists = {
            code: [
                f"{rnd.choice(given_names)[column]} {rnd.choice(surnames)[column].split('/')[0]}" for _ in range(300)
            ]
            for column, code in enumerate(("uk", "ru", "en"))
        }
        self.speaker_cumulative = words.zipf_cumulative(len(self.speakers), exponent=1.0, shift=1.5)
        # The order in which the database returns names, aliases and topics (their models' Meta.ordering);
        # a document lists them in that order. Python's order until the database is asked (order_from_db).
        self.alias_order = {s.id: sorted(s.aliases) for s in self.speakers}
        self.topic_order = [t["id"] for t in sorted(self.topics, key=lambda t: t["slug"])]

    # Speakers: public figures and organisations first (they are quoted most), then generated people.
    def _speakers(self, rnd: random.Random) -> list[Speaker]:
        speakers: list[Speaker] = []
        for row in words.rows("persons.tsv"):
            uk, ru, en, aliases, title, organization, year = row
            start = datetime.date(int(year), rnd.randint(1, 12), rnd.randint(1, 28))
            speaker = Speaker(
                id=len(speakers) + 1,
                kind="person",
                names={"uk": uk, "ru": ru, "en": en},
                aliases=[a for a in aliases.split(";") if a],
                roles=[(title, organization, start, None)],
                feminine=uk.split()[0] in _FEMININE_GIVEN,
                wikidata_id=KNOWN_WIKIDATA.get(en),
            )
            for code, full in speaker.names.items():
                given, _, surname = full.partition(" ")
                speaker.given[code], speaker.surname[code] = given, surname or given
            speakers.append(speaker)
        for uk, ru, en, aliases in words.rows("organizations.tsv"):
            speakers.append(
                Speaker(
                    id=len(speakers) + 1,
                    kind="organization",
                    names={"uk": uk, "ru": ru, "en": en},
                    aliases=[a for a in aliases.split(";") if a],
                    roles=[],
                )
            )
        given_names = words.rows("first_names.tsv")
        surnames = words.rows("surnames.tsv")
        pairs = [(g, s) for g in given_names for s in surnames]
        rnd.shuffle(pairs)
        titles = words.rows("roles.tsv")
        taken = {s.names["en"] for s in speakers}
        for given, surname in pairs:
            if len(speakers) >= self.scale.speakers:
                break
            feminine = given[3] == "f"
            names, given_by, surname_by = {}, {}, {}
            for column, code in enumerate(("uk", "ru", "en")):
                family = surname[column].split("/")
                family_name = family[1] if feminine and len(family) > 1 else family[0]
                if code == "en" and feminine and family_name.endswith(("ov", "ev", "in", "yov")):
                    family_name += "a"
                if code == "en" and feminine and family_name.endswith("skyi"):
                    family_name = family_name[:-3] + "ka"
                given_by[code], surname_by[code] = given[column], family_name
                names[code] = f"{given[column]} {family_name}"
            if names["en"] in taken:
                continue
            taken.add(names["en"])
            candidates = [unidecode(names["ru"]), f"{given_by['uk'][0]}. {surname_by['uk']}"]
            candidates = [c for c in dict.fromkeys(candidates) if c not in names.values()]
            aliases = candidates[: int(_pick(rnd, (("0", 0.4), ("1", 0.4), ("2", 0.2))))]
            roles = []
            start = datetime.date(rnd.randint(2008, 2022), rnd.randint(1, 12), rnd.randint(1, 28))
            for _ in range(rnd.choice((1, 1, 2))):
                title, organization = rnd.choice(titles)
                end = start + datetime.timedelta(days=rnd.randint(300, 2500))
                end = None if end > END else end
                roles.append((title, organization, start, end))
                if end is None:
                    break
                start = end
            speakers.append(
                Speaker(
                    id=len(speakers) + 1,
                    kind="person",
                    names=names,
                    aliases=aliases,
                    roles=roles,
                    feminine=feminine,
                    given=given_by,
                    surname=surname_by,
                )
            )
        return speakers[: self.scale.speakers]

    def order_from_db(self, cursor) -> None:
        """Take the order of aliases and topics from the database's collation, as the prefetches see it."""
        cursor.execute("SELECT speaker_id, alias FROM claims_speakeralias ORDER BY speaker_id, alias")
        order: dict[int, list[str]] = {s.id: [] for s in self.speakers}
        for speaker_id, alias in cursor.fetchall():
            order[speaker_id].append(alias)
        self.alias_order = order
        cursor.execute("SELECT id FROM claims_topic ORDER BY slug")
        self.topic_order = [row[0] for row in cursor.fetchall()]

    # Draws on the fixed cast.
    def speaker(self, u: float) -> Speaker:
        return self.speakers[bisect_right(self.speaker_cumulative, u * self.speaker_cumulative[-1])]

    def analyst(self, u: float) -> int:
        return self.analysts[bisect_right(self.analyst_cumulative, u * self.analyst_cumulative[-1])]

    def outlet(self, language: str, u: float) -> dict:
        cumulative = self.outlet_cumulative[language]
        return self.outlets_by_language[language][bisect_right(cumulative, u * cumulative[-1])]

    def topic_ids(self, rnd: random.Random) -> list[int]:
        count = int(_pick(rnd, (("0", 0.15), ("1", 0.45), ("2", 0.3), ("3", 0.1))))
        chosen = set()
        for _ in range(count):
            chosen.add(self.topics[bisect_right(self.topic_cumulative, rnd.random() * self.topic_cumulative[-1])]["id"])
        return sorted(chosen)

    def window(self, block: int) -> tuple[datetime.date, datetime.date]:
        """The dates of one block: the quotes are spread over the time line, four times as densely after
        24 February 2022."""
        start, end = _share(self.scale.quotes, self.scale.blocks, block)
        return self._date_at(start / self.scale.quotes), self._date_at(end / self.scale.quotes)

    def _date_at(self, quantile: float) -> datetime.date:
        before = (FULL_SCALE_WAR - START).days
        after = (END - FULL_SCALE_WAR).days
        total = before + 4 * after
        position = quantile * total
        if position <= before:
            return START + datetime.timedelta(days=int(position))
        return FULL_SCALE_WAR + datetime.timedelta(days=min(after, int((position - before) / 4)))

    # Lexemes, computed once per surface word by the functions claims.search uses.
    def lexemes(self, surface: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        cache = _LEXEMES[language]
        found = cache.get(surface)
        if found is None:
            found = cache[surface] = (
                tuple(textproc.lemmas(surface, language)),
                tuple(documents.name_keys(surface, language)),
            )
        return found

    def warm(self, workers: int) -> None:
        """Compute the lexemes of every word form the texts may use, split over `workers` processes, so
        that the block workers (forked afterwards) find them all instead of each computing them again."""
        surfaces = []
        for code in words.LANGUAGES:
            vocabulary = words.vocabulary(code)
            forms = [*words.mixture(code).forms.tolist(), *(e.forms[0].capitalize() for e in vocabulary.function)]
            forms += [form for entry in vocabulary.content[: vocabulary.concepts] for form in entry.forms]
            surfaces += [(code, form) for form in dict.fromkeys(forms) if form not in _LEXEMES[code]]
        chunks = [surfaces[i::workers] for i in range(workers)]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for computed in pool.map(_lexemes_of, chunks):
                for (code, surface), value in computed.items():
                    _LEXEMES[code][surface] = value

    def speaker_names(self, speaker: Speaker) -> list[str]:
        """The names a document lists for the speaker, in claims.search.indexing.document_parts's order."""
        names = [speaker.names[code] for code in sorted(speaker.names)]
        return [speaker.name, *names, *self.alias_order[speaker.id]]

    def names_part(self, speaker_id: int, outlet_id: int | None) -> list[str]:
        """The lexemes of the speaker's names and the outlet's name. document_lexemes treats each name on
        its own, so the part is the lexemes of each name, joined."""
        names = self.speaker_names(self.speakers[speaker_id - 1])
        if outlet_id:
            names.append(self.outlets[outlet_id - 1]["name"])
        part: list[str] = []
        for name in names:
            part += _name_lexemes(name)
        return part

    def topic_names(self, topic_ids: list[int]) -> list[str]:
        chosen = set(topic_ids)
        return [
            name
            for tid in self.topic_order
            if tid in chosen
            for name in (self.topics[tid - 1]["name_en"], self.topics[tid - 1]["name_uk"])
        ]

    def topics_part(self, topic_ids: list[int]) -> list[str]:
        part: list[str] = []
        for name in self.topic_names(topic_ids):
            part += _topic_lexemes(name)
        return part


def _lexemes_of(surfaces: list[tuple[str, str]]) -> dict:
    return {
        (code, surface): (tuple(textproc.lemmas(surface, code)), tuple(documents.name_keys(surface, code)))
        for code, surface in surfaces
    }


@functools.lru_cache(maxsize=100_000)
def _name_lexemes(name: str) -> tuple[str, ...]:
    return tuple(documents.document_lexemes(documents.DocumentParts(text="", language="", names=[name])))


@functools.lru_cache(maxsize=1_000)
def _topic_lexemes(name: str) -> tuple[str, ...]:
    return tuple(documents.document_lexemes(documents.DocumentParts(text="", language="", topics=[name])))


# (lemmas, name keys) of each surface word per language: a pure function of the word, so one cache serves
# every World of the process (and the forked workers inherit it).
_LEXEMES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {code: {} for code in words.LANGUAGES}

_FEMININE_GIVEN = {"Марія", "Урсула", "Кая", "Юлія"}


# --- texts ---------------------------------------------------------------------------------------------


class Text:
    """A text being written, with the lemmas and name keys of its words kept alongside."""

    __slots__ = ("world", "language", "parts", "lemmas", "keys")

    def __init__(self, world: World, language: str):
        self.world, self.language = world, language
        self.parts: list[str] = []
        self.lemmas: list[str] = []
        self.keys: list[str] = []

    def words(self, surfaces: list[str]) -> None:
        lexemes, lemmas, keys = self.world.lexemes, self.lemmas, self.keys
        language = self.language
        for surface in surfaces:
            word_lemmas, word_keys = lexemes(surface, language)
            lemmas += word_lemmas
            keys += word_keys
        self.parts += surfaces

    def word(self, surface: str) -> None:
        self.words([surface])

    def glue(self, punctuation: str, index: int = -1) -> None:
        """Punctuation after a word (never part of a word, so it changes no lexeme)."""
        self.parts[index] += punctuation

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    @property
    def lexemes(self) -> list[str]:
        return self.lemmas + self.keys


class Writer:
    """Draws the words of one block: a numpy stream of words on each language's frequency scale, and a
    Python stream for every other choice. Both are seeded by the seed and the block's number."""

    def __init__(self, world: World, block: int):
        self.world = world
        self.rnd = random.Random(f"{world.seed}:block:{block}")
        self.rng = np.random.default_rng([world.seed, block])
        self.vocabularies = {code: words.vocabulary(code) for code in words.LANGUAGES}
        self.mixtures = {code: words.mixture(code) for code in words.LANGUAGES}
        self.buffers: dict[str, list[str]] = {code: [] for code in words.LANGUAGES}

    def draw(self, language: str, count: int) -> list[str]:
        buffer = self.buffers[language]
        if len(buffer) < count:
            buffer += self.mixtures[language].draw(self.rng, max(count, 50_000))
        taken = buffer[-count:]
        del buffer[-count:]
        return taken

    def sentence(self, text: Text | None, language: str, length: int, pool: list[int], pool_share: float) -> list[str]:
        """One sentence of `length` words: into `text` (with its lexemes) or returned (filler)."""
        random_ = self.rnd.random
        vocabulary = self.vocabularies[language]
        # Sentences open with a function word ("The", "We", "У", "Це"): few capitalised forms to lemmatise.
        out = [vocabulary.function_word(random_()).capitalize(), *self.draw(language, length - 1)]
        if pool_share:
            entries = vocabulary.content
            for position in range(1, length):
                if random_() < pool_share:
                    out[position] = entries[pool[int(random_() * len(pool))]].pick(random_())
        commas = [position for position in range(1, length - 2) if random_() < 0.07]
        if text is None:
            for position in commas:
                out[position] += ","
            return out
        start = len(text.parts)
        text.words(out)
        for position in commas:
            text.glue(",", start + position)
        return out

    def filler(self, language: str, pool: list[int]) -> str:
        return " ".join(self.sentence(None, language, self.rnd.randint(8, 24), pool, 0.1)) + "."

    def statement(self, text: Text, language: str, pool: list[int], length: int) -> None:
        """The words of a statement: one to three sentences, no final full stop (the frame adds one)."""
        rnd = self.rnd
        sentences = 1 if length < 18 else rnd.choice((1, 2, 2, 3))
        for number in range(sentences):
            self.sentence(text, language, max(4, length // sentences), pool, 0.25)
            if number < sentences - 1:
                text.glue(rnd.choice((".", ".", ".", "!", ";")))

    def mention(self, text: Text, speaker: Speaker, language: str, case: str = "nomn") -> None:
        text.words(speaker.mention(language, case, full=self.rnd.random() < 0.5).split())


HTML_MEDIAN_KB, HTML_MIN_KB, HTML_MAX_KB = 70, 20, 600  # news pages as fetched: tens to hundreds of kB


def raw_html(world: World, source: "Source", title: str, body: str) -> str:
    """A news page as a capture would have fetched it: head with meta tags, inline styles and scripts, the
    outlet's navigation, the article's paragraphs, related headlines and the page state that its scripts
    read, to a size drawn around HTML_MEDIAN_KB. Drawn from generators of its own, so the other rows do not
    change with it."""
    rnd = random.Random(f"{world.seed}:html:{source.id}")
    rng = np.random.default_rng([world.seed, source.id, 1])
    target = 1024 * max(HTML_MIN_KB, min(HTML_MAX_KB, int(rnd.lognormvariate(math.log(HTML_MEDIAN_KB), 0.6))))
    language = source.language
    domain = source.outlet["domain"] if source.outlet else "example.org"
    nav = "".join(f'<li><a href="https://{domain}/{t["slug"]}/">{t["name_en"]}</a></li>' for t in world.topics)
    style = "".join(
        f".c{n:x}{{margin:{n % 17}px {n % 5}px;color:#{colour:06x};font-size:{12 + n % 9}px}}"
        for n, colour in enumerate(rng.integers(0, 1 << 24, rnd.randint(150, 400)).tolist())
    )
    paragraphs = "".join(f"<p>{html.escape(part)}</p>\n" for part in body.split("\n\n"))
    head = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="og:title" content="{html.escape(title, quote=True)}">'
        f'<link rel="canonical" href="https://{domain}/news/{source.id}"><style>{style}</style>'
        f'<script async src="https://{domain}/static/app.{rnd.getrandbits(64):016x}.js"></script></head>'
        f"<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{html.escape(title)}</h1>"
        f"{paragraphs}</article>"
    )
    # Then blocks of 20 related headlines and 60 entries of page state until the page has its size.
    mixture = words.mixture(language)
    headlines: list[str] = []
    parts, size, used = [head], len(head.encode()), 0
    while size < target:
        if used + 20 * 12 > len(headlines):
            headlines, used = html.escape(" ".join(mixture.draw(rng, max(2000, (target - size) // 8)))).split(), 0
        row = rng.integers(0, 1 << 40, 20 + 60 * 2).tolist()
        items = []
        for n in row[:20]:
            length = 6 + n % 7
            items.append(
                f'<li class="c{n & 255:x}"><a href="https://{domain}/news/{n % 10**7}">'
                f"{' '.join(headlines[used : used + length]).capitalize()}</a><time>{10**9 + n % 10**9}</time></li>"
            )
            used += length
        state = ",".join(f'"{key:010x}":{value % 10**6}' for key, value in zip(row[20::2], row[21::2], strict=True))
        chunk = f"<aside><ul>{''.join(items)}</ul></aside><script>window.__s.push({{{state}}})</script>\n"
        parts.append(chunk)
        size += len(chunk.encode())
    parts.append(f"</main><footer>&copy; {domain}</footer></body></html>")
    return "".join(parts)


def _quote_length(rnd: random.Random) -> int:
    return max(5, min(90, int(rnd.lognormvariate(3.2, 0.45))))


# --- one block -----------------------------------------------------------------------------------------

TABLES = {
    "sources_source": (
        "id, external_id, url, title, language, published_on, author, text, raw_html, text_sha256, captured_at, "
        "captured_by_id, outlet_id"
    ),
    "claims_claim": (
        "id, external_id, said_on, occasion, summary, summary_language, status, created_at, updated_at, version, "
        "author_id, speaker_id, corrected_at, published_at"
    ),
    "claims_claim_topics": "claim_id, topic_id",
    "claims_quote": 'id, external_id, text, start, "end", kind, created_at, claim_id, created_by_id, source_id',
    "claims_translation": "language, text, method, engine, created_at, claim_id, quote_id, translator_id",
    "claims_quotesearch": (
        "quote_id, status, said_on, published_on, language, kind, topic_ids, document, author_id, claim_id, "
        "outlet_id, speaker_id"
    ),
    "claims_reviewevent": "from_status, to_status, note, created_at, actor_id, claim_id",
}
NOTES = {
    "changes_requested": "Please link the original source and check the date.",
    "rejected": "Not a statement of the speaker: the outlet paraphrases an anonymous source.",
    "retracted": "The outlet withdrew the article; the quote cannot be confirmed.",
}


@dataclasses.dataclass
class Claim:
    id: int
    said_on: datetime.date
    speaker: Speaker
    author: int
    status: str
    topic_ids: list[int]
    pool: dict[str, list[int]]
    summary_part: list[str] = dataclasses.field(default_factory=list)
    summaries: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # for the self-check


@dataclasses.dataclass
class Quote:
    claim: Claim
    language: str
    kind: str
    text: Text | None = None
    source: "Source | None" = None
    start: int = 0
    id: int = 0


@dataclasses.dataclass
class Source:
    language: str
    quotes: list[Quote]
    outlet: dict | None = None
    published_on: datetime.date | None = None
    id: int = 0


def generate_block(world: World, block: int, records: list | None = None) -> dict[str, list[str]]:
    """The COPY lines of every table for one block. `records`, when given, receives one dict per quote
    with what the tests check against (text, language, document lexemes)."""
    scale = world.scale
    writer = Writer(world, block)
    rnd = writer.rnd
    vocabularies = writer.vocabularies
    q_start, q_end = _share(scale.quotes, scale.blocks, block)
    c_start, c_end = _share(scale.claims, scale.blocks, block)
    s_start, s_end = _share(scale.sources, scale.blocks, block)
    first_day, last_day = world.window(block)
    span = max(1, (last_day - first_day).days)
    out: dict[str, list[str]] = {table: [] for table in TABLES}

    # Claims, in date order.
    days = sorted(first_day + datetime.timedelta(days=rnd.randrange(span)) for _ in range(c_end - c_start))
    claims = []
    for offset, said_on in enumerate(days):
        index = c_start + offset
        status = _pick(rnd, STATUS_RECENT if index >= scale.claims * (1 - RECENT_SHARE) else STATUS_OLD)
        concepts = [vocabularies["uk"].concept_index(rnd.random()) for _ in range(8)]
        claims.append(
            Claim(
                id=index + 1,
                said_on=said_on,
                speaker=world.speaker(rnd.random()),
                author=world.analyst(rnd.random()),
                status=status,
                topic_ids=world.topic_ids(rnd),
                pool=dict.fromkeys(words.LANGUAGES, concepts),
            )
        )

    # How many reports each claim has (at least one; a few have many), their languages and kinds.
    counts = _sizes(rnd, q_end - q_start, len(claims))
    quotes = [
        Quote(claim=claim, language=_pick(rnd, LANGUAGE_SHARES), kind=_pick(rnd, KINDS))
        for claim, count in zip(claims, counts, strict=True)
        for _ in range(count)
    ]

    # Sources: per language in proportion to its quotes; every source quotes at least one statement.
    by_language: dict[str, list[Quote]] = {}
    for quote in quotes:
        by_language.setdefault(quote.language, []).append(quote)
    n_sources = s_end - s_start
    allotted = {code: max(1, round(n_sources * len(qs) / len(quotes))) for code, qs in by_language.items()}
    while sum(allotted.values()) > n_sources and max(allotted.values()) > 1:
        allotted[max(allotted, key=allotted.get)] -= 1
    while sum(allotted.values()) < n_sources:
        allotted[max(allotted, key=allotted.get)] += 1
    sources: list[Source] = []
    for code, language_quotes in sorted(by_language.items()):
        count = min(allotted[code], len(language_quotes))
        group = [Source(language=code, quotes=[]) for _ in range(count)]
        # An article reports statements of about the same days: quotes in date order (give or take a week)
        # are dealt out to the sources in runs.
        jitter = {id(q): q.claim.said_on.toordinal() + rnd.uniform(-7, 7) for q in language_quotes}
        in_order = sorted(language_quotes, key=lambda q: jitter[id(q)])
        sizes = _sizes(rnd, len(in_order), count)
        taken = 0
        for source, size in zip(group, sizes, strict=True):
            source.quotes = in_order[taken : taken + size]
            taken += size
        sources.extend(group)
    for source in sources:
        source.quotes.sort(key=lambda q: (q.claim.said_on, q.claim.id))
        newest = max(q.claim.said_on for q in source.quotes)
        source.published_on = (
            None if rnd.random() < 0.02 else newest + datetime.timedelta(days=rnd.choice((0, 0, 1, 2)))
        )
        source.outlet = None if rnd.random() < 0.04 else world.outlet(source.language, rnd.random())
        for quote in source.quotes:
            quote.source = source
    sources.sort(key=lambda s: (s.published_on or s.quotes[0].claim.said_on, s.language))
    for number, source in enumerate(sources):
        source.id = s_start + number + 1
    quotes.sort(key=lambda q: (q.claim.said_on, q.claim.id, q.source.id))
    for number, quote in enumerate(quotes):
        quote.id = q_start + number + 1

    # Claims' rows: summary (and its translation), topics, workflow events.
    for claim in claims:
        summary_language = "uk" if rnd.random() < 0.55 else "en"
        summaries = [(summary_language, _summary(writer, claim, summary_language))]
        if rnd.random() < 0.25:
            other = "en" if summary_language == "uk" else "uk"
            summaries.append((other, _summary(writer, claim, other)))
        claim.summaries = [(code, text.text) for code, text in summaries]
        # As claims.search.indexing.document_parts lists them: the summary, then its translations by language.
        ordered = [summaries[0], *sorted(summaries[1:], key=lambda s: s[0])]
        claim.summary_part = [lexeme for _, text in ordered for lexeme in text.lexemes]
        created = datetime.datetime.combine(claim.said_on, datetime.time()) + datetime.timedelta(
            minutes=rnd.randrange(60 * 48)
        )
        events, published_at, moment = _events(rnd, world, claim, created)
        out["claims_claim"].append(
            _line(
                claim.id,
                None,
                claim.said_on,
                rnd.choice(OCCASIONS),
                summaries[0][1].text,
                summary_language,
                claim.status,
                _timestamp(created),
                _timestamp(moment),
                1 + len(events),
                claim.author,
                claim.speaker.id,
                None,
                _timestamp(published_at) if published_at else None,
            )
        )
        for code, text in summaries[1:]:
            method = "human" if rnd.random() < 0.5 else "machine"
            out["claims_translation"].append(
                _line(
                    code,
                    text.text,
                    method,
                    "" if method == "human" else "DeepL",
                    _timestamp(created),
                    claim.id,
                    None,
                    claim.author if method == "human" else None,
                )
            )
        for topic_id in claim.topic_ids:
            out["claims_claim_topics"].append(_line(claim.id, topic_id))
        for from_status, to_status, actor, at in events:
            out["claims_reviewevent"].append(
                _line(from_status, to_status, NOTES.get(to_status, ""), _timestamp(at), actor, claim.id)
            )

    # Sources' texts: a lead, then each quote in its paragraph with some filler between.
    for source in sources:
        language = source.language
        pool = source.quotes[0].claim.pool[language]
        paragraphs = [writer.filler(language, pool)]
        position = len(paragraphs[0])
        for quote in source.quotes:
            for _ in range(rnd.choice((0, 1, 1, 2))):
                filler = writer.filler(language, quote.claim.pool[language])
                paragraphs.append(filler)
                position += 2 + len(filler)
            before, quote.text, after = _report(writer, quote)
            paragraph = before + quote.text.text + after
            quote.start = position + 2 + len(before)
            paragraphs.append(paragraph)
            position += 2 + len(paragraph)
        paragraphs.append(writer.filler(language, pool))
        body = "\n\n".join(paragraphs)
        title = " ".join(writer.sentence(None, language, rnd.randint(6, 12), pool, 0.4))
        outlet = source.outlet
        captured = datetime.datetime.combine(
            source.published_on or source.quotes[-1].claim.said_on, datetime.time()
        ) + datetime.timedelta(minutes=rnd.randrange(60 * 30))
        author = rnd.choice(world.journalists[language]) if rnd.random() < 0.7 else ""
        out["sources_source"].append(
            _line(
                source.id,
                None,
                f"https://{outlet['domain']}/news/{source.id}" if outlet else None,
                title,
                language,
                source.published_on,
                author,
                body,
                raw_html(world, source, title, body) if world.raw_html else "",
                hashlib.sha256(body.encode("utf-8")).hexdigest(),
                _timestamp(captured),
                world.analyst(rnd.random()),
                outlet["id"] if outlet else None,
            )
        )

    # Quotes, their translations and search entries.
    for quote in quotes:
        claim, source, text = quote.claim, quote.source, quote.text
        created = datetime.datetime.combine(claim.said_on, datetime.time()) + datetime.timedelta(
            minutes=rnd.randrange(60 * 72)
        )
        out["claims_quote"].append(
            _line(
                quote.id,
                None,
                text.text,
                quote.start,
                quote.start + len(text.text),
                quote.kind,
                _timestamp(created),
                claim.id,
                claim.author,
                source.id,
            )
        )
        translations: list[tuple[str, Text]] = []
        if rnd.random() < (0.08 if quote.language != "en" else 0.03):
            target = "en" if quote.language != "en" else "uk"
            translation = Text(world, target)
            writer.statement(translation, target, claim.pool[target], _quote_length(rnd))
            translations.append((target, translation))
            out["claims_translation"].append(
                _line(target, translation.text, "machine", "DeepL", _timestamp(created), None, quote.id, None)
            )
        outlet_id = source.outlet["id"] if source.outlet else None
        lexemes = text.lexemes
        for _, translation in translations:
            lexemes += translation.lexemes
        lexemes += claim.summary_part
        lexemes += world.names_part(claim.speaker.id, outlet_id)
        lexemes += world.topics_part(claim.topic_ids)
        if quote.id % CHECK_EVERY == 0 or records is not None:
            _check(world, quote, translations, lexemes, outlet_id)
        out["claims_quotesearch"].append(
            _line(
                quote.id,
                claim.status,
                claim.said_on,
                source.published_on,
                source.language,
                quote.kind,
                "{" + ",".join(str(t) for t in claim.topic_ids) + "}",
                tsvector_literal(lexemes),
                claim.author,
                claim.id,
                outlet_id,
                claim.speaker.id,
            )
        )
        if records is not None:
            records.append(
                {
                    "id": quote.id,
                    "claim_id": claim.id,
                    "speaker_id": claim.speaker.id,
                    "language": source.language,
                    "text": text.text,
                    "lexemes": lexemes,
                    "status": claim.status,
                }
            )
    return out


def _sizes(rnd: random.Random, items: int, groups: int) -> list[int]:
    """Cut `items` into `groups` sizes of at least one, skewed (a few groups are large)."""
    weights = [rnd.gammavariate(0.8, 1.0) for _ in range(groups)]
    total = sum(weights) or 1.0
    sizes = [1 + int((items - groups) * weight / total) for weight in weights]
    for _ in range(items - sum(sizes)):
        sizes[rnd.randrange(groups)] += 1
    return sizes


def _summary(writer: Writer, claim: Claim, language: str) -> Text:
    """An analyst's one-line summary: "Surname: what was said"."""
    text = Text(writer.world, language)
    for surface in claim.speaker.mention(language, full=False).split():
        text.word(surface)
    text.glue(":")
    writer.sentence(text, language, writer.rnd.randint(6, 14), claim.pool[language], 0.5)
    return text


def _report(writer: Writer, quote: Quote) -> tuple[str, Text, str]:
    """A quote's paragraph in its source: (text before the quote, the quote, text after it)."""
    rnd, language, claim = writer.rnd, quote.language, quote.claim
    speaker = claim.speaker
    said = rnd.choice(SAID[language])[1 if speaker.feminine else 0]
    name = speaker.mention(language, full=rnd.random() < 0.5)
    open_mark, close_mark = QUOTES[language]
    text = Text(writer.world, language)
    length = _quote_length(rnd)
    if quote.kind == "direct":
        writer.statement(text, language, claim.pool[language], length)
        if rnd.random() < 0.5:
            return f"{name} {said}: {open_mark}", text, f"{close_mark}."
        if language == "en":
            return open_mark, text, f",{close_mark} {name} {said}."
        return open_mark, text, f"{close_mark}, — {said} {name}."
    if quote.kind == "partial":
        writer.sentence(text, language, max(3, length // 3), claim.pool[language], 0.3)
        lead = " ".join(writer.sentence(None, language, rnd.randint(2, 5), claim.pool[language], 0.3))
        lead = lead[:1].lower() + lead[1:]
        return f"{name} {said}, {THAT[language]} {lead} {open_mark}", text, f"{close_mark}."
    # Indirect speech: the analyst quotes the whole sentence, name and reporting verb included.
    if rnd.random() < 0.5:
        writer.mention(text, speaker, language)
        for surface in said.split():
            text.word(surface)
        if language != "en":
            text.glue(",")
        text.word(THAT[language])
    else:
        for surface in ACCORDING[language].split():
            text.word(surface)
        writer.mention(text, speaker, language, case="gent")
        text.glue(",")
    writer.sentence(text, language, length, claim.pool[language], 0.25)
    return "", text, "."


def _events(rnd: random.Random, world: World, claim: Claim, created: datetime.datetime):
    """The review events that lead to the claim's status, and when it was published and last changed."""
    steps = {
        "draft": [],
        "in_review": ["in_review"],
        "changes_requested": ["in_review", "changes_requested"],
        "published": ["in_review", "published"],
        "rejected": ["in_review", "rejected"],
        "retracted": ["in_review", "published", "retracted"],
    }[claim.status]
    events, state, moment, published_at = [], "draft", created, None
    for to in steps:
        moment = moment + datetime.timedelta(hours=rnd.randint(1, 72) if to != "retracted" else rnd.randint(24, 1440))
        actor = claim.author if to == "in_review" else world.editors[rnd.randrange(len(world.editors))]
        events.append((state, to, actor, moment))
        if to == "published":
            published_at = moment
        state = to
    return events, published_at, moment


def _check(world: World, quote: Quote, translations, lexemes: list[str], outlet_id) -> None:
    """The document's lexemes must be exactly what claims.search.documents.document_lexemes makes of the quote."""
    claim = quote.claim
    parts = documents.DocumentParts(
        text=quote.text.text,
        language=quote.language,
        translations=[(code, t.text) for code, t in translations],
        summaries=[claim.summaries[0], *sorted(claim.summaries[1:])],
        names=world.speaker_names(claim.speaker) + ([world.outlets[outlet_id - 1]["name"]] if outlet_id else []),
        topics=world.topic_names(claim.topic_ids),
    )
    expected = documents.document_lexemes(parts)
    if expected != lexemes:
        raise AssertionError(f"quote {quote.id}: generated lexemes differ from claims.search's:\n{expected}\n{lexemes}")
    if tsvector_literal(lexemes) != documents.tsvector_literal(expected):
        raise AssertionError(
            f"quote {quote.id}: the document literal differs from claims.search.documents.tsvector_literal's"
        )


# --- the fixed tables ----------------------------------------------------------------------------------


def fixed_rows(world: World) -> dict[str, tuple[str, list[str]]]:
    """COPY lines of the tables every block refers to: users, outlets, topics, speakers."""
    joined = _timestamp(datetime.datetime(2014, 1, 1))
    users, memberships = [], []
    for number, user_id in enumerate(world.analysts, start=1):
        users.append(
            _line(user_id, "!bench", None, False, f"bench_analyst_{number:03}", "", "", "", False, True, joined)
        )
        memberships.append(("Analyst", user_id))
    for number, user_id in enumerate(world.editors, start=1):
        users.append(_line(user_id, "!bench", None, False, f"bench_editor_{number:02}", "", "", "", True, True, joined))
        memberships.append(("Editor", user_id))
    outlets = [
        _line(o["id"], o["name"], "{" + o["domain"] + "}", o["country"], o["kind"], o["ownership"], joined)
        for o in world.outlets
    ]
    topics = [_line(t["id"], t["slug"], t["name_en"], t["name_uk"]) for t in world.topics]
    speakers, names, aliases, roles = [], [], [], []
    for s in world.speakers:
        keys = search_keys_for([s.name, *(s.names[c] for c in sorted(s.names)), *sorted(s.aliases)])
        speakers.append(_line(s.id, None, s.kind, s.name, s.wikidata_id, "", joined, joined, keys))
        names += [_line(s.id, code, s.names[code]) for code in sorted(s.names)]
        aliases += [_line(s.id, alias) for alias in s.aliases]
        roles += [_line(s.id, title, org, start, end) for title, org, start, end in s.roles]
    return {
        "auth_user": (
            "id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, "
            "date_joined",
            users,
        ),
        "sources_outlet": ("id, name, domains, country, kind, ownership, created_at", outlets),
        "claims_topic": ("id, slug, name_en, name_uk", topics),
        "claims_speaker": (
            "id, external_id, kind, name, wikidata_id, description, created_at, updated_at, search_keys",
            speakers,
        ),
        "claims_speakername": ("speaker_id, language, name", names),
        "claims_speakeralias": ("speaker_id, alias", aliases),
        "claims_speakerrole": ("speaker_id, title, organization, start_date, end_date", roles),
        "_memberships": ("", memberships),
    }


# --- loading -------------------------------------------------------------------------------------------

KEPT_TABLES = {"django_migrations", "django_content_type", "auth_permission", "auth_group", "auth_group_permissions"}
EXPLICIT_IDS = (
    "auth_user",
    "sources_outlet",
    "claims_topic",
    "claims_speaker",
    "sources_source",
    "claims_claim",
    "claims_quote",
)


def _copy(cursor, table: str, columns: str, lines: list[str]) -> None:
    if not lines:
        return
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # table and columns are constants
        chunk: list[str] = []
        size = 0
        for line in lines:
            chunk.append(line)
            size += len(line)
            if size > 4_000_000:
                copy.write("".join(chunk))
                chunk, size = [], 0
        if chunk:
            copy.write("".join(chunk))


def copy_block(cursor, block: dict[str, list[str]]) -> None:
    for table, columns in TABLES.items():
        _copy(cursor, table, columns, block[table])


def _document_index():
    from claims.models import QuoteSearch

    return next(index for index in QuoteSearch._meta.indexes if index.name == "quotesearch_document")


def prepare(connection, world: World) -> None:
    """Empty the bench database (all but the schema, permissions and groups), write the fixed tables and
    drop the GIN index of the search documents for the load. Runs on a Django connection."""
    from claims.models import QuoteSearch
    from claims.permissions import roles_ensure
    from claims.search.generations import renew_published_token

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
        )
        tables = [row[0] for row in cursor.fetchall() if row[0] not in KEPT_TABLES]
        cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    # The entries are copied in below, not written through the indexing path: give them a token of their own.
    renew_published_token()
    groups = roles_ensure()
    raw = connection.connection.cursor()
    fixed = fixed_rows(world)
    memberships = fixed.pop("_memberships")[1]
    for table, (columns, lines) in fixed.items():
        _copy(raw, table, columns, lines)
    _copy(
        raw,
        "auth_user_groups",
        "user_id, group_id",
        [_line(user_id, groups[role].pk) for role, user_id in memberships],
    )
    world.order_from_db(raw)
    with connection.schema_editor() as editor:
        editor.remove_index(QuoteSearch, _document_index())


def finish(connection, *, vacuum: bool) -> dict[str, float]:
    """Rebuild the GIN index as the migration defines it, move the id sequences past the loaded rows,
    and gather statistics. Returns how long each step took."""
    from claims.models import QuoteSearch

    timings = {}
    started = time.perf_counter()
    with connection.cursor() as cursor:
        # Inside a transaction (the tests) the deferred foreign-key checks must run before an index is made.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET maintenance_work_mem = '1GB'")
    with connection.schema_editor() as editor:
        editor.add_index(QuoteSearch, _document_index())
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # back to how the foreign keys are declared
    timings["gin_index_s"] = time.perf_counter() - started
    with connection.cursor() as cursor:
        for table in EXPLICIT_IDS:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 1)) FROM {table}"  # noqa: S608
            )
        cursor.execute("RESET maintenance_work_mem")
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)" if vacuum else "ANALYZE")
    timings["analyze_s"] = time.perf_counter() - started
    return timings


# Worker processes: each has its own connection and COPYs whole blocks, one transaction per block.
_WORKER: dict = {}


def _worker_start(dsn: str, world: World) -> None:
    import psycopg

    _WORKER["world"] = world
    _WORKER["connection"] = psycopg.connect(dsn, autocommit=False)
    with _WORKER["connection"].cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
    _WORKER["connection"].commit()


def _worker_block(block: int) -> tuple[int, int, float, float]:
    world, connection = _WORKER["world"], _WORKER["connection"]
    started = time.perf_counter()
    rows = generate_block(world, block)
    generated = time.perf_counter()
    with connection.cursor() as cursor:
        copy_block(cursor, rows)
    connection.commit()
    return block, len(rows["claims_quote"]), generated - started, time.perf_counter() - generated


def load(
    connection,
    scale: Scale,
    *,
    seed: int = SEED,
    workers: int = 2,
    dsn: str | None = None,
    records: list | None = None,
    progress=print,
    raw_html: bool = False,
) -> dict[str, float]:
    """Generate and load the whole corpus. With workers > 1 (and a DSN) blocks go through worker processes
    that commit as they go; with workers <= 1 everything happens on `connection` inside the caller's
    transaction (as the tests need). raw_html gives every source a real-size HTML snapshot. Returns timings
    in seconds."""
    started = time.perf_counter()
    world = World(scale, seed, raw_html=raw_html)
    for code in words.LANGUAGES:
        words.vocabulary(code)  # built once here, inherited by the workers
    prepare(connection, world)
    timings = {"prepare_s": time.perf_counter() - started}
    loading = time.perf_counter()
    if workers > 1 and dsn:
        from django.db import connections

        connections.close_all()  # the workers are forked: they must not share the parent's socket
        world.warm(workers)
        timings["lexemes_s"] = time.perf_counter() - loading
        context = multiprocessing.get_context("fork")
        done = 0
        generate_total = copy_total = 0.0
        with context.Pool(workers, initializer=_worker_start, initargs=(dsn, world)) as pool:
            for block, count, generate_s, copy_s in pool.imap_unordered(_worker_block, range(scale.blocks)):
                done += count
                generate_total += generate_s
                copy_total += copy_s
                if progress and (block % 10 == 0 or done == scale.quotes):
                    elapsed = time.perf_counter() - loading
                    progress(f"    {done:>9,} quotes loaded ({elapsed:6.1f} s)")
        timings.update(worker_generate_s=generate_total, worker_copy_s=copy_total)
    else:
        raw = connection.connection.cursor()
        for block in range(scale.blocks):
            copy_block(raw, generate_block(world, block, records))
    timings["load_s"] = time.perf_counter() - loading
    timings.update(finish(connection, vacuum=workers > 1 and dsn is not None))
    timings["generate_s"] = time.perf_counter() - started
    return timings


def block_digest(scale: Scale, seed: int, block: int = 0) -> str:
    """SHA-256 of one block's COPY data: equal for equal seeds (generation is deterministic)."""
    rows = generate_block(World(scale, seed), block)
    digest = hashlib.sha256()
    for table in TABLES:
        digest.update(table.encode())
        for line in rows[table]:
            digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))
