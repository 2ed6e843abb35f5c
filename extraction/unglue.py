"""Words a scraper glued together when it dropped the markup between them ("Об этомсообщают", "Мэрпредупредил",
"сообщаютВоздушные силы"): the text with a space put back between them, and the way back to the offsets of the
text as it was given."""

import bisect
import functools
import re

from extraction.lexicon import AGREE_VERBS, CONCLUDE_VERBS, REPEAT_VERBS, SAY_RU, SAY_UK
from text import morph, normalize

# A Cyrillic word run on into a capitalised one ("сообщаютВоздушные", "КакотмечаетБи-би-си"); not an acronym after
# it ("КамАЗ").
_CAMEL = re.compile(r"(?<=[а-яёіїєґ]{2})(?=[А-ЯЁІЇЄҐ][а-яёіїєґ])")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ]{6,}")
# One-letter prepositions and conjunctions a scraper glues to a word before or after them ("заявилив МТРК").
_ONE_LETTER = frozenset("в у з о с к і и й а".split())
_SAY = {"uk": SAY_UK, "ru": SAY_RU}
_JOINERS = frozenset("'’ʼ-")


def unglue(text: str, language: str) -> tuple[str, list[int] | None]:
    """(the text with spaces put between glued words, for each of its characters the offset in `text` of the
    character it stands for, or None when nothing was glued). An inserted space stands for the character after it.

    A capital inside a word is a cut only after a verb of saying or a known word that opens in lower case
    ("сообщаютВоздушные", "Как отмечает|Би-би-си"), not inside a name written so ("ПриватБанк", "МакКейн")."""
    if language not in _SAY:
        return text, None
    camel = [m.start() for m in _CAMEL.finditer(text)]
    cuts: set[int] = set()
    for match in _CYRILLIC_WORD.finditer(text):
        if match.end() - match.start() > 40:
            continue  # no word of news runs so long; a run of letters without spaces is no glued words
        inside = camel[bisect.bisect_right(camel, match.start()) : bisect.bisect_left(camel, match.end())]
        bounds = [match.start(), *inside, match.end()]
        for k, (begin, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
            word = text[begin:end]
            # (part of a word with an apostrophe or a hyphen, "м'якоголосий", is no glued words)
            joined = text[begin - 1 : begin] in _JOINERS or text[end : end + 1] in _JOINERS
            said = _say_cuts(word.lower(), language, word[0].isupper()) if end - begin >= 6 and not joined else ()
            cuts.update(begin + cut for cut in said)
            if k + 1 < len(bounds) - 1:  # a capital follows this part: a cut after a verb or a lower-case word
                left = word[said[-1] :] if said else word
                lower_word = left[0].islower() and len(left) >= 4 and morph(language).word_is_known(left.lower())
                if lower_word or _say_form(left.lower(), language):
                    cuts.add(end)
    if not cuts:
        return text, None
    pieces, offsets, last = [], [], 0
    for cut in sorted(cuts):
        pieces.append(text[last:cut])
        offsets.extend(range(last, cut))
        pieces.append(" ")
        offsets.append(cut)
        last = cut
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    return "".join(pieces), offsets


@functools.lru_cache(maxsize=65536)
def _say_cuts(word: str, language: str, capital: bool = False) -> tuple[int, ...]:
    """Where a word neither Cyrillic dictionary knows splits into a form of a verb of saying (six letters or more:
    not "пише" in a surname) and the known words glued to it ("этомсообщают": 4; "тожесообщилоб": 4, 11), else ().
    A capitalised word may open with a name the dictionaries do not know, before a long form that ends it
    ("Укрэнергосообщает")."""
    if any(morph(code).word_is_known(word) for code in _SAY):
        return ()  # ("окажем" in a Ukrainian text is a Russian word, not "о" and "кажем")
    n, prefixes = len(word), say_prefixes()
    for i in range(0, n - 5):
        if word[i : i + 3] not in prefixes:
            continue
        for j in range(n, i + 5, -1):
            if not _say_form(word[i:j], language):
                continue
            if capital and j < n:
                continue  # a capitalised word ends with its verb ("Мэрпредупредил"), not "Говорюк", "Згадаєнко"
            named = capital and i >= 3  # "Укрэнерго|сообщает": an unknown name before the verb
            if (named or _known(word[:i], language)) and _known(word[j:], language):
                return tuple(k for k in (i, j) if 0 < k < n)
    return ()


# First three letters of every form of the Cyrillic verbs of saying: a word starting otherwise is none of them,
# and is not looked up. Taken from the dictionaries' paradigms, since inflection may change the start of a word
# ("казати": "каже", "писать": "пишет").
@functools.cache
def say_prefixes() -> frozenset[str]:
    extra = CONCLUDE_VERBS | AGREE_VERBS | REPEAT_VERBS
    return form_prefixes(SAY_UK | extra, "uk") | form_prefixes(SAY_RU | extra, "ru")


def form_prefixes(lemmas: frozenset[str], language: str) -> frozenset[str]:
    prefixes = {lemma[:3] for lemma in lemmas}
    for lemma in lemmas:
        for parse in morph(language).parse(lemma)[:2]:
            prefixes.update(normalize(form.word)[:3] for form in parse.lexeme)
    return frozenset(prefixes)


def _known(part: str, language: str) -> bool:
    return not part or part in _ONE_LETTER or (len(part) >= 2 and morph(language).word_is_known(part))


def _say_form(part: str, language: str) -> bool:
    if len(part) < 6:
        return False
    return any(
        p.tag.POS == "VERB" and p.is_known and normalize(p.normal_form) in _SAY[language]
        for p in morph(language).parse(part)[:2]
    )


def original_offset(offsets: list[int], position: int, length: int) -> int:
    """The offset in the given text of a position in the unglued one (its end when past the last character)."""
    return offsets[position] if position < len(offsets) else length
