"""The one text-processing module: normalising, language detection, lemmas and name skeletons.

Capture, quote extraction and search all go through here, so a word is processed the same way wherever it
is stored or looked up. Stored text is never changed: everything here produces keys for matching.

The language data ships inside the pip packages (pymorphy3 dictionaries for Ukrainian and Russian, the
py3langid model, Snowball's English stemmer, Unidecode's tables): nothing is downloaded at run time.
"""

import functools
import re
import threading
import unicodedata

import pymorphy3
import shevchenko
import snowballstemmer
from unidecode import unidecode

# Apostrophe look-alikes found in real Ukrainian and English texts (typewriter, curly, modifier letter,
# grave and acute accents, prime, full-width). Between two letters they are all one apostrophe.
APOSTROPHES = "'\u2019\u02bc\u2018\u0060\u00b4\u02b9\u2032\uff07"
# U+02BC is a letter to Unicode (and to regular expressions), so "мʼянма" stays one word everywhere.
APOSTROPHE = "\u02bc"

FALLBACK_LANGUAGE = "en"
"""What detect_language() returns for text without a single letter (empty, digits, punctuation)."""

_LETTER = r"[^\W\d_]"
_APOSTROPHE_BETWEEN_LETTERS = re.compile(rf"(?<={_LETTER})[{APOSTROPHES}](?={_LETTER})")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible in print but breaking words apart: soft hyphen, zero-width space, word joiner, BOM, and the
# stress marks of Russian and Ukrainian teaching texts (combining acute and grave left over after NFC).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u0300\u0301]")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-zA-Z\u00c0-\u024f]")

# Letters only one of the two languages writes (Belarusian and Kazakh are told apart first).
_UKRAINIAN_LETTERS = set("іїєґ")
_RUSSIAN_LETTERS = set("ыэъё")
_BELARUSIAN_LETTERS = set("ў")
_KAZAKH_LETTERS = set("әғқңөұүһ")
# Frequent function words spelt differently in the two languages: evidence on a short sentence with none of
# the letters above ("Він сказав, що все буде добре" / "Он сказал, что все будет хорошо").
_UKRAINIAN_WORDS = frozenset(
    "що щоб як також але або він вона воно вони його її їх цей ця це ці який яка яке які та від між під "
    "із зі ще вже був була було були буде будуть коли тому якщо де тут там чи нас вас мене тебе".split()
)
_RUSSIAN_WORDS = frozenset(
    "что чтобы как также но или он она оно они его её ее их этот эта это эти который которая которое которые "
    "и от между под из ещё еще уже был была было были будет будут когда поэтому если где тут там ли нас вас "
    "меня тебя".split()
)
_DEFAULT_LANGUAGES = ("uk", "ru", "en", "be", "pl", "de", "fr", "es", "zh", "ar", "tr", "my", "ka", "kk")

_MORPH_LANGUAGES = ("uk", "ru")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def normalize(text: str) -> str:
    """The form of a text used for matching (never for storage).

    NFC; apostrophe look-alikes between letters become U+02BC; NBSP and the other Unicode spaces become a
    plain space; soft hyphens, zero-width characters and stress marks go; then case-folding.
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _APOSTROPHE_BETWEEN_LETTERS.sub(APOSTROPHE, text)
    return unicodedata.normalize("NFC", text.casefold())


def tokens(text: str) -> list[str]:
    """Word and number tokens of the normalised text.

    Apostrophised words stay whole ("мʼянми"), decimal numbers too ("2,5"); hyphens and other punctuation
    separate tokens ("Абу-Дабі" gives "абу" and "дабі").
    """
    return _TOKEN.findall(normalize(text))


# Language detection ---------------------------------------------------------------------------------------


@functools.cache
def _identifier():
    # Imported here: loading the model takes half a second, which only detection should pay.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in _content_languages() if code in identifier.labels])
    return identifier


def _content_languages() -> list[str]:
    """The project's content languages (settings.CONTENT_LANGUAGES), or a default outside Django."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        return list(settings.CONTENT_LANGUAGES)
    except (ImproperlyConfigured, AttributeError):
        return list(_DEFAULT_LANGUAGES)


def _cyrillic_language(text: str) -> str | None:
    """Ukrainian, Russian, Belarusian or Kazakh from letters and function words, when they settle it."""
    letters = [ch for ch in text.casefold() if ch.isalpha()]
    if any(ch in _BELARUSIAN_LETTERS for ch in letters):
        return "be"
    if any(ch in _KAZAKH_LETTERS for ch in letters):
        return "kk"
    words = _TOKEN.findall(normalize(text))
    uk = sum(ch in _UKRAINIAN_LETTERS for ch in letters) + 2 * sum(w in _UKRAINIAN_WORDS for w in words)
    ru = sum(ch in _RUSSIAN_LETTERS for ch in letters) + 2 * sum(w in _RUSSIAN_WORDS for w in words)
    if uk > 2 * ru:
        return "uk"
    if ru > 2 * uk:
        return "ru"
    return None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language; FALLBACK_LANGUAGE when it has no letters.

    Cyrillic text is decided between Ukrainian and Russian by letters only one of them writes (і ї є ґ
    against ы э ъ ё) and by function words spelt differently in each; the py3langid model (restricted to
    the project's content languages) decides the rest, and breaks ties between Ukrainian and Russian.
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return FALLBACK_LANGUAGE
    cyrillic = sum(1 for ch in letters if _CYRILLIC.match(ch))
    if cyrillic * 2 > len(letters):
        settled = _cyrillic_language(text)
        if settled:
            return settled
        ranking = dict(_identifier().rank(text))
        return max(("uk", "ru", "be", "kk"), key=lambda code: ranking.get(code, 0.0))
    return _identifier().classify(text)[0]


# Lemmas ---------------------------------------------------------------------------------------------------


@functools.cache
def morph(language: str) -> pymorphy3.MorphAnalyzer:
    """The pymorphy3 analyser for "uk" or "ru", built once per process (building one takes a while)."""
    return pymorphy3.MorphAnalyzer(lang=language)


_stemmers = threading.local()


def _english_stem(word: str) -> str:
    # Snowball stemmer objects keep state between calls: one per thread.
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word.replace(APOSTROPHE, "'")).replace("'", "")


# Readings that are seldom meant in news text; the Ukrainian dictionary gives every parse the same score,
# so without this "війни" would be the imperative of "війнути" rather than a form of "війна".
_UNLIKELY_GRAMMEMES = {"impr": 2, "Infr": 2, "Slng": 2, "Arch": 1, "Rare": 1, "voct": 1, "Abbr": 1, "Name": 1}


def _preference(parse, word: str) -> float:
    penalty = sum(weight for grammeme, weight in _UNLIKELY_GRAMMEMES.items() if grammeme in parse.tag.grammemes)
    # A word that is itself a dictionary form most often is that form ("рік", not the genitive of "ріка").
    return (1 if parse.normal_form == word else 0) - penalty


@functools.lru_cache(maxsize=200_000)
def _morph_lemma(word: str, language: str) -> str:
    # The dictionaries spell the apostrophe U+0027; Russian lemmas drop ё, which most texts do not write.
    word = word.replace(APOSTROPHE, "'")
    parsed = morph(language).parse(word)
    if not parsed:
        return word.replace("'", APOSTROPHE)
    best = max(parsed, key=lambda parse: (round(parse.score, 3), _preference(parse, word)))
    lemma = best.normal_form.replace("'", APOSTROPHE)
    return lemma.replace("ё", "е") if language == "ru" else lemma


@functools.lru_cache(maxsize=200_000)
def _english_lemma(word: str) -> str:
    return _english_stem(word)


def lemma(token: str, language: str) -> str:
    """The lemma of one normalised token (see lemmas())."""
    if token[0].isdigit():
        return token
    if language in _MORPH_LANGUAGES and _CYRILLIC.search(token):
        return _morph_lemma(token, language)
    if language in (*_MORPH_LANGUAGES, "en") and _LATIN.match(token):
        return _english_lemma(token)
    return token


def lemmas(text: str, language: str) -> list[str]:
    """The lemmas of the text's tokens, for search and matching.

    Ukrainian and Russian words go through pymorphy3 ("підтримки" and "підтримку" give "підтримка"),
    Latin-script words in Ukrainian, Russian and English text through the English Snowball stemmer (so a
    name such as "Bloomberg's" is one key in every language); numbers stay as they are; text in any other
    language gives its normalised tokens.
    """
    language = (language or "")[:2].lower()
    return [lemma(token, language) for token in tokens(text)]


# Names ----------------------------------------------------------------------------------------------------

# Spelling variants of one sound across transliteration systems, most specific first.
_SKELETON_RULES = [
    (re.compile(r"ng\b"), "n"),  # Burmese and Chinese names: Hlaing, Хлайн
    (re.compile("tsch"), "ch"),
    (re.compile("shch|sch"), "sh"),
    (re.compile("kh|gh|g"), "h"),  # Ukrainian г is h in Ukrainian transliteration, g in Russian
    (re.compile("ph"), "f"),
    (re.compile("ck|q"), "k"),
    (re.compile("x"), "ks"),
    (re.compile("w"), "v"),
    (re.compile("ts|tz"), "c"),
    (re.compile("[jy]"), "i"),
    (re.compile("ie"), "e"),  # Pieskov (Пєсков), Ievhen (Євген)
    (re.compile(r"ei\b"), "i"),  # Sergei, Sergey, Serhii
    (re.compile(r"(.)\1+"), r"\1"),
]


@functools.lru_cache(maxsize=50_000)
def name_skeleton(name: str) -> str:
    """A Latin key that spellings of one name share across scripts and transliterations.

    "Шойгу", "Shoigu", "SHOYGU" and "Shoygu" give one key, as do "Путін", "Путин" and "Putin", or
    "Мін Аунг Хлаїнг" and "Min Aung Hlaing". Lossy on purpose (y/i/j, kh/h/g, ts/c, doubled letters and
    soft signs are merged): compare keys, never show them.
    """
    latin = unidecode(normalize(name)).lower()
    latin = re.sub(r"['\"`]", "", latin)  # soft and hard signs, apostrophes
    words = re.sub(r"[^a-z0-9]+", " ", latin).split()
    skeletons = []
    for word in words:
        for pattern, replacement in _SKELETON_RULES:
            word = pattern.sub(replacement, word)
        skeletons.append(word)
    return " ".join(skeletons)


def _strip_possessive(word: str) -> str:
    for suffix in (APOSTROPHE + "s", "s" + APOSTROPHE):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)] if suffix[0] == APOSTROPHE else word[:-1]
    return word


def _morph_languages(word: str, language: str) -> tuple[str, ...]:
    if language in _MORPH_LANGUAGES:
        return (language,)
    letters = set(word)
    if letters & _UKRAINIAN_LETTERS:
        return ("uk",)
    if letters & _RUSSIAN_LETTERS:
        return ("ru",)
    return _MORPH_LANGUAGES


@functools.lru_cache(maxsize=50_000)
def _ukrainian_surname_nominatives(word: str) -> tuple[str, ...]:
    """Nominatives shevchenko-py's declension rules give for a Ukrainian surname in an oblique case.

    The fallback for surnames the pymorphy3 dictionary does not know ("Сибіги" gives "сибіга"): the
    masculine reading first, then the feminine one, each verified by declining it back.
    """
    found = []
    for gender in ("masculine", "feminine"):
        try:
            result = shevchenko.to_nominative(family_name=word, gender=gender)
        except (shevchenko.InputValidationError, ValueError, KeyError, IndexError):
            continue
        form = normalize(result.get("family_name") or "")
        if form and form not in found:
            found.append(form)
    return tuple(found)


def _ukrainian(word: str, language: str) -> bool:
    return language == "uk" or (not language and bool(set(word) & _UKRAINIAN_LETTERS))


@functools.lru_cache(maxsize=50_000)
def name_forms(word: str, language: str = "") -> frozenset[str]:
    """Every nominative the (normalised) word of a name may be an inflected form of, and the word itself.

    "Хлаїнгом" gives {"хлаїнгом", "хлаїнг"}, "Пєскова" gives {"пєскова", "пєсков"}, "Putin's" gives
    {"putinʼs", "putin"}. Matching two names compares these sets (or their skeletons), so the mention
    "Мін Аунг Хлаїнгом" meets the name "Мін Аунг Хлаїнг" whichever parse pymorphy3 ranks first.
    """
    word = normalize(word)
    forms = {word}
    if _CYRILLIC.search(word):
        known = False
        for code in _morph_languages(word, language):
            for parse in morph(code).parse(word.replace(APOSTROPHE, "'")):
                known = known or parse.is_known
                if {"NOUN", "ADJF"} & parse.tag.grammemes or parse.tag.POS is None:
                    forms.add(parse.normal_form.replace("'", APOSTROPHE))
        if not known and _ukrainian(word, language) and len(word) > 3:
            # A surname the dictionary only guesses at ("Сибіги"): shevchenko-py's declension rules.
            forms.update(_ukrainian_surname_nominatives(word)[:1])
    else:
        forms.add(_strip_possessive(word))
    return frozenset(forms)


def lemma_of_name(word: str, language: str = "") -> str:
    """The nominative of one word of a name as written in a text: "Путіна" gives "путін", "Пєскова"
    "пєсков", "Хлаїнгом" "хлаїнг", "Шойгу" "шойгу", "Putin's" "putin" (normalised).

    Prefers pymorphy3's parses as a first name, surname or patronymic, then the word itself when it can
    be a nominative already, then the best-ranked noun parse.
    """
    word = normalize(word)
    if not _CYRILLIC.search(word):
        return _strip_possessive(word)
    languages = _morph_languages(word, language)
    parses = [parse for code in languages for parse in morph(code).parse(word.replace(APOSTROPHE, "'"))]
    if not parses:
        return word
    named = [parse for parse in parses if _NAME_GRAMMEMES & parse.tag.grammemes]
    if named:
        best = max(named, key=lambda parse: parse.score)
        return best.normal_form.replace("'", APOSTROPHE)
    if _ukrainian(word, language) and not any(parse.is_known for parse in parses):
        # A surname the dictionary does not know ("Сибіги"): shevchenko-py's declension rules.
        nominatives = _ukrainian_surname_nominatives(word)
        if nominatives:
            return nominatives[0]
    if any("nomn" in parse.tag and parse.normal_form == word.replace(APOSTROPHE, "'") for parse in parses):
        return word
    nouns = [parse for parse in parses if parse.tag.POS == "NOUN"] or parses
    return nouns[0].normal_form.replace("'", APOSTROPHE)


def name_keys(word: str, language: str = "") -> frozenset[str]:
    """Skeletons of every form of one word of a name: two words may name the same when their keys meet."""
    return frozenset(key for key in (name_skeleton(form) for form in name_forms(word, language)) if key)


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))
