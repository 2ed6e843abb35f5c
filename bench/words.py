"""The benchmark's vocabulary: real Ukrainian, Russian and English words with real inflected forms.

bench/vocabulary/ holds lemma lists (concepts.tsv aligns the three languages, so the reports of one
statement in several languages share their content words, as real reports do). Ukrainian and Russian forms
come from pymorphy3's lexeme of each lemma, weighted by how often news text uses each case, tense and
number; English forms are listed or regular. Words are drawn on a Zipf-like scale by rank, with the
function words on a scale of their own, so very common and very rare lexemes both occur.
"""

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import text as textproc

HERE = Path(__file__).resolve().parent / "vocabulary"
LANGUAGES = ("uk", "ru", "en")
ZIPF_SHIFT = 2.7  # Zipf–Mandelbrot: weight of rank r is 1 / (r + shift) ** exponent
ZIPF_EXPONENT = 1.0
FUNCTION_SHARE = 0.40  # of all words in a text
NUMBER_SHARE = 0.02
NUMBERS = "2 3 5 7 10 12 15 20 24 30 40 50 100 150 300 500 1000 2014 2022 2023 2024 2025 2,5 1,5 0,5 3,2".split()

# How often news text uses each form (relative weights by grammeme).
_CASES = {"nomn": 3.0, "gent": 3.0, "accs": 2.0, "loct": 1.2, "ablt": 1.0, "datv": 0.6, "gen2": 0.1, "loc2": 0.2}
_RARE = {"Arch", "Infr", "Slng", "Erro", "Dist", "Rare", "V-oy", "V-ey", "V-ie", "V-bi", "V-ej", "V-be", "V-en", "V-sh"}
_APOSTROPHES = (("\u2019", 0.7), ("\u02bc", 0.25), ("'", 0.05))  # typographic, modifier letter, typewriter


def zipf_cumulative(count: int, exponent: float = ZIPF_EXPONENT, shift: float = ZIPF_SHIFT) -> list[float]:
    total, cumulative = 0.0, []
    for rank in range(count):
        total += 1.0 / (rank + shift) ** exponent
        cumulative.append(total)
    return cumulative


@dataclass
class Entry:
    """One lemma (or fixed phrase) with its surface forms and their cumulative weights."""

    lemma: str
    forms: list[str]
    cumulative: list[float]

    def pick(self, u: float) -> str:
        """The form at quantile u (0 <= u < 1)."""
        if len(self.forms) == 1:
            return self.forms[0]
        return self.forms[bisect.bisect_right(self.cumulative, u * self.cumulative[-1])]


def _entry(lemma: str, weighted: dict[str, float]) -> Entry:
    forms, cumulative, total = [], [], 0.0
    for form, weight in weighted.items():
        if weight > 0:
            total += weight
            forms.append(form)
            cumulative.append(total)
    if not forms:
        return Entry(lemma, [lemma], [1.0])
    return Entry(lemma, forms, cumulative)


def _form_weight(tag) -> float:
    grammemes = tag.grammemes
    weight = 0.05 if grammemes & _RARE else 1.0
    pos = tag.POS
    if "voct" in grammemes or "impr" in grammemes:
        return 0.0 if pos in ("NOUN", "ADJF") else 0.05 * weight
    if pos in ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR"):
        weight *= _CASES.get(tag.case, 0.3)
        if tag.number == "plur" and "Pltm" not in grammemes:
            weight *= 0.5
        if pos == "ADJF" and tag.gender == "neut":
            weight *= 0.6
        return 0.0 if pos == "PRTF" else weight  # participles: rare in speech, and very many forms
    if pos == "INFN" or "infn" in grammemes:
        return 2.0 * weight
    if pos == "VERB":
        if "past" in grammemes:
            return weight * {"masc": 3.0, "femn": 0.8, "neut": 0.5}.get(tag.gender, 1.5)
        if "Impe" in grammemes:
            return 0.2 * weight
        person = {"3per": 2.0, "1per": 0.7, "2per": 0.1}.get(tag.person, 0.5)
        return weight * person * (0.6 if tag.number == "plur" else 1.0)
    if pos == "GRND":
        return 0.3 * weight
    return 0.15 * weight


_POS = {"N": {"NOUN"}, "G": {"NOUN"}, "A": {"ADJF"}, "V": {"INFN", "VERB"}}


def _spelling_variants(form: str, language: str) -> dict[str, float]:
    """The ways texts write one form: Ukrainian apostrophes vary, Russian mostly drops ё."""
    if language == "uk" and "'" in form:
        return {form.replace("'", mark): share for mark, share in _APOSTROPHES}
    if language == "ru" and "ё" in form:
        return {form.replace("ё", "е"): 0.85, form: 0.15}
    return {form: 1.0}


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def inflected(lemma: str, pos: str, language: str) -> Entry:
    """The lemma's forms with weights, from pymorphy3 (uk, ru) or English rules."""
    if "|" in lemma:
        forms = lemma.split("|")
        weighted: dict[str, float] = {}
        for position, form in enumerate(forms):
            plain = form.replace("\u2019", "'").replace("\u02bc", "'")
            for variant, share in _spelling_variants(plain, language).items():
                weighted[variant] = weighted.get(variant, 0.0) + share * (2.0 if position == 0 else 1.0)
        return _entry(forms[0], weighted)
    if language == "en":
        return _english(lemma, pos)
    if pos not in _POS or " " in lemma:
        return _entry(lemma, _spelling_variants(lemma.replace("\u2019", "'").replace("\u02bc", "'"), language))
    plain = lemma.replace("\u2019", "'").replace("\u02bc", "'")
    wanted = plain.lower()
    parses = [
        p
        for p in textproc.morph(language).parse(plain)
        if p.normal_form.replace("ё", "е") == wanted.replace("ё", "е") and (p.tag.POS in _POS[pos])
    ]
    if not parses:
        return _entry(lemma, _spelling_variants(plain, language))
    weighted = {}
    for form in parses[0].lexeme:
        word = _capitalise(form.word) if pos == "G" else form.word
        weight = _form_weight(form.tag)
        if pos == "G" and form.tag.number == "plur" and "Pltm" not in form.tag.grammemes:
            weight = 0.0  # places are singular
        for variant, share in _spelling_variants(word, language).items():
            weighted[variant] = weighted.get(variant, 0.0) + weight * share
    return _entry(lemma, weighted)


def _english(lemma: str, pos: str) -> Entry:
    if pos != "N" or " " in lemma:
        return _entry(lemma, {lemma: 1.0})
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        plural = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        plural = lemma[:-1] + "ies"
    else:
        plural = lemma + "s"
    return _entry(lemma, {lemma: 3.0, plural: 1.0})


@dataclass
class Vocabulary:
    """The words of one language: content entries by rank (concepts first, then the rare tail), and
    function words on their own scale."""

    language: str
    content: list[Entry]
    content_cumulative: list[float]
    concepts: int  # how many of the content entries are aligned concepts (the first ones)
    concept_cumulative: list[float]
    function: list[Entry]
    function_cumulative: list[float]

    def concept_index(self, u: float) -> int:
        return bisect.bisect_right(self.concept_cumulative, u * self.concept_cumulative[-1])

    def function_word(self, u: float) -> str:
        return self.function[bisect.bisect_right(self.function_cumulative, u * self.function_cumulative[-1])].forms[0]


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def concepts() -> list[tuple[str, str, str, str]]:
    """(pos, uk, ru, en) per concept, most frequent first."""
    return [tuple(row) for row in _rows("concepts.tsv")]


def _tail(language: str) -> list[tuple[str, str]]:
    path = HERE / f"{language}_tail.txt"
    if not path.exists():
        return []
    return [tuple(line.split(" ", 1)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _function_words(language: str) -> list[str]:
    for line in (HERE / "function_words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{language}:"):
            return line.split(":", 1)[1].split()
    return []


@functools.cache
def vocabulary(language: str) -> Vocabulary:
    column = {"uk": 1, "ru": 2, "en": 3}[language]
    content = [inflected(row[column], row[0], language) for row in concepts()]
    count = len(content)
    # The tail is shuffled by the tail file's own order (alphabetical) mixed with a fixed stride, so rank
    # does not follow the alphabet.
    tail = _tail(language)
    stride = 7919
    tail = [tail[(i * stride) % len(tail)] for i in range(len(tail))] if tail else []
    content += [inflected(lemma, pos, language) for pos, lemma in tail]
    function = [Entry(word, [word], [1.0]) for word in _function_words(language)]
    vocab = Vocabulary(
        language=language,
        content=content,
        content_cumulative=zipf_cumulative(len(content)),
        concepts=count,
        concept_cumulative=zipf_cumulative(count),
        function=function,
        function_cumulative=zipf_cumulative(len(function), shift=1.5),
    )
    return vocab


@dataclass
class Mixture:
    """Every surface form of a language with its probability of being the next word of a text."""

    forms: np.ndarray  # of str (dtype object)
    cumulative: np.ndarray  # ends at exactly 1.0

    def draw(self, rng: np.random.Generator, count: int) -> list[str]:
        return self.forms[np.searchsorted(self.cumulative, rng.random(count), side="right")].tolist()


@functools.cache
def mixture(language: str) -> Mixture:
    vocab = vocabulary(language)
    forms: list[str] = []
    probabilities: list[float] = []

    def add(entries: list[Entry], cumulative: list[float], share: float) -> None:
        previous = 0.0
        for entry, running in zip(entries, cumulative, strict=True):
            entry_probability = share * (running - previous) / cumulative[-1]
            previous = running
            form_previous = 0.0
            for form, form_running in zip(entry.forms, entry.cumulative, strict=True):
                forms.append(form)
                probabilities.append(entry_probability * (form_running - form_previous) / entry.cumulative[-1])
                form_previous = form_running

    add(vocab.function, vocab.function_cumulative, FUNCTION_SHARE)
    numbers = [Entry(n, [n], [1.0]) for n in NUMBERS]
    add(numbers, [float(i + 1) for i in range(len(numbers))], NUMBER_SHARE)
    add(vocab.content, vocab.content_cumulative, 1.0 - FUNCTION_SHARE - NUMBER_SHARE)
    cumulative = np.cumsum(np.array(probabilities))
    cumulative /= cumulative[-1]
    cumulative[-1] = 1.0
    return Mixture(np.array(forms, dtype=object), cumulative)


def rows(name: str) -> list[list[str]]:
    """The rows of one of the small tables in bench/vocabulary (names, outlets, topics, roles)."""
    return _rows(name)


@functools.lru_cache(maxsize=100_000)
def name_case(word: str, language: str, case: str, feminine: bool) -> str:
    """One word of a name in a grammatical case ("Лавров" -> "Лаврова"); unchanged when pymorphy3 does
    not know it as a first name or surname, or outside Ukrainian and Russian."""
    if language not in ("uk", "ru") or case == "nomn" or not textproc.is_cyrillic(word):
        return word
    plain = word.replace("\u2019", "'").replace("\u02bc", "'")
    gender = "femn" if feminine else "masc"
    for parse in textproc.morph(language).parse(plain):
        grammemes = parse.tag.grammemes
        if {"Surn", "Name"} & grammemes and parse.tag.case == "nomn" and gender in grammemes:
            form = parse.inflect({case})
            if form is not None:
                inflected_word = form.word
                if "'" in plain:
                    inflected_word = inflected_word.replace("'", word[plain.index("'")])
                return _capitalise(inflected_word)
    return word
