"""Known speakers recognised in a sentence by any name or alias, in any script and inflected form."""

import functools
import re
from collections import defaultdict
from collections.abc import Set as AbstractSet

from extraction.lexicon import (
    CONNECTORS,
    EN_FEMALE_NAMES,
    EN_MALE_NAMES,
    EXPERT_EPITHETS,
    FIRST_PERSON,
    MEDIA,
    NEUTER_PRONOUNS,
    OBJECT_PRONOUN_GENDERS,
    PERSON_PRONOUNS,
    PLURAL_OBJECT_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_GENDERS,
    UNIQUE_OFFICES,
    WORD,
)
from extraction.records import SpeakerRef
from extraction.structure import Mention, Token
from text import is_cyrillic, morph, name_keys, name_skeleton, normalize

BRACKETED = re.compile(r"\([^)]*\)")
COUNTRY_CODE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")  # "U.S.", "UK", "EU" before a body's name


def is_name(parse) -> bool:
    """Whether a pymorphy3 parse is a first name, surname or patronymic."""
    return bool({"Name", "Surn", "Patr"} & parse.tag.grammemes)


class SpeakerIndex:
    """Known names, word by word as sets of keys (skeletons of every inflected form)."""

    def __init__(self, speakers: list[SpeakerRef]):
        self.speakers = {ref.id: ref for ref in speakers}
        # key of a name's first word -> [(speaker id, [keys per word], matched in lower case)]
        self.by_first = defaultdict(list)
        self.by_surname = defaultdict(set)  # key of a person's last name word -> {speaker id}
        self.lower_first_words: set[str] = set()  # "міністерство" of "міністерство оборони Польщі"
        self.prefixes: set[str] = set()  # first two letters of the skeleton of every word of every name
        self.genders: dict[int, set[str]] = {}  # a person's id -> the genders of the given names it is entered with
        self.entered_words: dict[int, set[str]] = defaultdict(set)  # id -> the words of its names, as entered
        for ref in speakers:
            for name in _variants(ref):
                keys = [name_keys(normalize(word)) for word in WORD.findall(name)]
                self.entered_words[ref.id].update(normalize(word) for word in WORD.findall(name))
                self.prefixes.update(key[:2] for word_keys in keys for key in word_keys)
                first_word = WORD.search(name)
                if first_word and first_word.group()[0].islower():
                    self.lower_first_words.add(normalize(first_word.group())[:4])
                if not keys or not all(keys):
                    continue
                # A name written all in lower case ("канцелярія прем'єр-міністра") is matched in lower case too.
                lower = len(keys) > 1 and not any(word[:1].isupper() for word in WORD.findall(name))
                for key in keys[0]:
                    self.by_first[key].append((ref.id, keys, lower))
                if ref.kind == "person" and len(keys) > 1 and _personal_name(name):
                    for key in keys[-1]:
                        self.by_surname[key].add(ref.id)
                    # The gender of the speaker's given name, for a namesake of the other gender.
                    given = WORD.findall(name)[0]
                    self.genders.setdefault(ref.id, set()).update(given_name_genders(normalize(given), nominative=True))

    def surname_owners(self, token: Token) -> set[int]:
        """The known people whose last name the word is, in any inflected form."""
        return self.owners_of(token.norm)

    def owners_of(self, word: str) -> set[int]:
        """The known people whose last name the (normalised) word is, in any inflected form."""
        return set().union(*(self.by_surname.get(key, set()) for key in name_keys(word)))

    def matches(self, tokens: list[Token], named_before: AbstractSet[int] = frozenset()) -> list[Mention]:
        """Known speakers named in the tokens: longest matches first, never overlapping.

        A surname two known speakers share ("Obama") stands for the one the text named in full before
        (`named_before`), when that is only one of them.
        """
        found = []
        # Both dictionaries: a Ukrainian article may quote a Russian one ("По словам Путина"). The
        # dictionaries are the slow part: a name is looked for only where a capitalised word (or a word
        # like the first word of a name written in lower case) starts it, the words after it on demand.
        memo: dict[int, frozenset] = {}

        def keys_at(k: int) -> frozenset:
            if k not in memo:
                token = tokens[k]
                memo[k] = frozenset() if token.in_quote else name_keys(token.norm)
            return memo[k]

        starts = [
            i
            for i, t in enumerate(tokens)
            if not t.in_quote
            and (t.capitalized or t.norm[:4] in self.lower_first_words)
            and name_skeleton(t.norm)[:2] in self.prefixes
        ]
        keys = _LazyKeys(keys_at)
        for i in starts:
            token_keys = keys[i]
            for key in token_keys:
                for speaker_id, name, lower in self.by_first.get(key, ()):
                    j = i + len(name)
                    if j > len(tokens) or not all(keys[i + k] & name[k] for k in range(len(name))):
                        continue
                    if lower or any(t.capitalized for t in tokens[i:j]):
                        found.append((j - i, i, j, speaker_id))
        for i in starts:
            # (a pronoun is no surname: "He" is not "Хе" of "Пак Кын Хе" in another script; but a Cyrillic one
            # capitalised right after a word is: "— пояснила Оно")
            pronoun = tokens[i].norm in _PRONOUN_WORDS and not (
                i and is_cyrillic(tokens[i].text) and tokens[i].start - tokens[i - 1].end == 1
            )
            if tokens[i].capitalized and not pronoun:
                ids = set().union(*(self.by_surname.get(key, set()) for key in keys[i]))
                if _after_other_given_name(tokens, i, {g for s in ids for g in self.genders.get(s, ())}):
                    continue
                titled = TITLE_GENDERS.get(tokens[i - 1].norm) if i else None
                if i >= 2 and tokens[i - 2].norm in ("and", "&"):
                    titled = None  # ("Mr. and Mrs. Trump": the couple)
                if titled and len(ids) > 1:
                    # "Mrs. Clinton": of two known Clintons, the woman
                    ids = {s for s in ids if titled in self.genders.get(s, {titled})}
                if len(ids) > 1 and len(ids & named_before) == 1:
                    ids = ids & named_before
                if len(ids) == 1:
                    found.append((0.5, i, i + 1, ids.pop()))
        mentions: list[Mention] = []
        taken: set[int] = set()
        for score, i, j, speaker_id in sorted(found, key=lambda f: (-f[0], f[1])):
            if taken & set(range(i, j)):
                continue
            rivals = {f[3] for f in found if f[1] == i and f[2] == j and f[0] == score}
            if len(rivals) > 1 and len(rivals & named_before) == 1 and tokens[i].norm not in PRONOUNS:
                speaker_id = (rivals & named_before).pop()  # "Bill Clinton … Clinton": the one named in full
            elif len(rivals) > 1:
                continue  # two speakers share this name: let the analyst choose
            taken |= set(range(i, j))
            mentions.append(Mention(i, j, "", speaker_id=speaker_id, kind=self.speakers[speaker_id].kind))
        return mentions


def _after_other_given_name(tokens: list[Token], i: int, genders: set[str]) -> bool:
    """Whether the surname at i follows a given name of the other gender than the known speakers of that surname
    ("Jane Smith" is not John Smith, "Марія Петренко" not Олег Петренко); a given name of the same gender may be
    the speaker's own in another language or spelling ("Дмитрий Кулеба", "Joseph Biden")."""
    if i == 0 or tokens[i].start - tokens[i - 1].end > 1 or not tokens[i - 1].capitalized or tokens[i - 1].in_quote:
        return False
    given = given_name_genders(tokens[i - 1].norm)
    return len(given) == 1 and len(genders) == 1 and given != genders


@functools.lru_cache(maxsize=20_000)
def given_name_genders(word: str, *, nominative: bool = False) -> frozenset[str]:
    """The genders a word has as a given name: English by the lists of given names, Cyrillic by the dictionaries
    (read in the nominative only for a name as entered: "Евгения" is hers, though also Евгений's genitive)."""
    genders = {"masc"} if word in EN_MALE_NAMES else set()
    genders |= {"femn"} if word in EN_FEMALE_NAMES else set()
    for language in ("uk", "ru"):
        for parse in morph(language).parse(word)[:2]:
            if nominative and parse.tag.case not in (None, "nomn"):
                continue
            if "Name" in parse.tag and parse.is_known:
                genders |= {g for g in ("masc", "femn") if g in parse.tag}
    return frozenset(genders)


def _personal_name(name: str) -> bool:
    """Whether a name is written as a person's name ("Андрій Сибіга", "Ludwig van Beethoven"), so that its
    last word is a surname; not a description entered as one ("Анна з Харкова, дружина Дмитра")."""
    words = name.split()
    return (
        not any(ch in name for ch in ",;()")
        and not any(ch.isdigit() for ch in name)
        and all(word[:1].isupper() or word.casefold() in CONNECTORS for word in words)
        # not an office and its country ("Президент США", "Prime Minister"): no surname there
        and not (len(words[-1]) > 1 and words[-1].isupper())
        and normalize(words[0]) not in ROLE_NOUNS
    )


@functools.lru_cache(maxsize=65536)
def _generic_role(name: str) -> bool:
    """Whether an alias is a role or a word for a kind of person alone ("аналитик", "Эксперт", "the spokeswoman"):
    anyone so called in any text, which the text resolves (candidates: role mentions); not an office only one
    person holds ("the Pope", "король", entered on purpose), nor a surname that is also a noun."""
    words = [w for w in WORD.findall(name) if normalize(w) not in ("the", "a", "an")]
    if len(words) != 1:
        return False
    word = normalize(words[0])
    parses = [p for code in ("uk", "ru") for p in morph(code).parse(word)[:2]]
    if not words[0].islower() and any(is_name(p) for p in parses):
        return False  # "Мельник", "Голова": a surname that is also a noun
    return word in _GENERIC_ROLES or any(
        normalize(p.normal_form) in _GENERIC_ROLES and p.tag.POS == "NOUN" for p in parses
    )


_GENERIC_ROLES = (ROLE_NOUNS | EXPERT_EPITHETS) - UNIQUE_OFFICES
_PRONOUN_WORDS = (
    PRONOUNS | NEUTER_PRONOUNS | PERSON_PRONOUNS | OBJECT_PRONOUN_GENDERS.keys() | FIRST_PERSON | PLURAL_OBJECT_PRONOUNS
)


def _oblique_name(word: str) -> bool:
    """A capitalised word the dictionaries read in a case a preposition governs ("Кремле", "Пентагоне"), not a
    name's syllable ("У Цянь", "О Се Хун")."""
    oblique = ("gent", "datv", "accs", "ablt", "loct")
    return (
        word[:1].isupper()
        and len(word) >= 4
        and any(
            p.is_known and p.tag.POS == "NOUN" and p.tag.case in oblique
            for code in ("uk", "ru")
            for p in morph(code).parse(word)[:3]
        )
    )


def _variants(ref: SpeakerRef) -> list[str]:
    """A speaker's names as a text may write them: as given, without a note in brackets ("The Daily Courier
    (newspaper)"), and an organisation's without a leading word for a news outlet or a leading article ("газета
    The Daily Courier", "The Daily Courier": "Daily Courier"), while two words remain; "міністерство оборони
    України" keeps its first word."""
    variants = []
    for name in ref.names:
        name = " ".join(BRACKETED.sub(" ", name).split()) or name
        words = name.split()
        if len(words) > 1 and words[0].casefold() in PREPOSITIONS and is_cyrillic(words[0]) and _oblique_name(words[1]):
            name = " ".join(words[1:])  # "в Кремле", as the text put it: the place's name is the alias
        first = re.split(r"[\sʼ'’]+", normalize(name).strip(" []()"))[0]  # "she's", "[He]": "she", "he"
        if first in _PRONOUN_WORDS and (
            first not in PLURAL_OBJECT_PRONOUNS | NEUTER_PRONOUNS or " " not in name.strip()
        ):
            continue  # "he", "she's", "я", "It" entered as an alias names nobody: every "he" would be them (but "IT
            # Army of Ukraine" is a name)
        if _generic_role(name):
            continue  # "аналитик", "the minister": every analyst or minister of every text would be them
        if ref.kind == "person" and "," in name:
            before, after = (part.strip() for part in name.split(",", 1))
            if len(before.split()) == 1 and re.fullmatch(r"[^\W\d_][\w'ʼ’.\-]*(?: [^\W\d_][\w'ʼ’.\-]*)?", after):
                if after[:1].isupper():
                    name = f"{after} {before}"  # "Петренко, Олег": a catalogue's order, "Олег Петренко"
            elif before:
                # "Ronald R. Fieldstone, a Miami lawyer": the name, without the description after it, which the
                # text writes as an apposition of its own.
                name = before
        variants.append(name)
        if ref.kind != "organization":
            continue
        words = name.split()
        while len(words) > 2 and (normalize(words[0]) in MEDIA or words[0].casefold() == "the"):
            words = words[1:]
            variants.append(" ".join(words))
        if len(words) > 3 and COUNTRY_CODE.fullmatch(words[0]):
            # "U.S. Department of Homeland Security" is "the Department of Homeland Security" in a U.S. story.
            variants.append(" ".join(words[1:]))
    return list(dict.fromkeys(variants))


# Extraction -----------------------------------------------------------------------------------------------


class _LazyKeys:
    """keys[k] computed when first asked for."""

    def __init__(self, compute):
        self.compute = compute

    def __getitem__(self, k: int) -> frozenset:
        return self.compute(k)
