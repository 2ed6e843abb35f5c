"""Text structure for extraction: quotations, sentences, tokens and speaker mentions."""

import bisect
import re
from dataclasses import dataclass, field

from extraction.lexicon import ABBREVIATIONS, DASHES, OPENERS, PLACE_INITIALS, RELAY_TAIL, TERMINAL


@dataclass
class Token:
    start: int
    end: int
    text: str
    norm: str
    in_quote: bool = False

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def acronym(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)


@dataclass
class Mention:
    first: int  # token indexes in the sentence, end exclusive
    last: int
    text: str
    speaker_id: int | None = None
    kind: str | None = None  # of the known speaker
    pronoun: bool = False
    role: str = ""  # the lemma of a role noun standing for a person ("міністр", "the minister")
    anaphor: bool = False  # a common noun standing for an organisation named before ("компанія", "the company")
    group: bool = False  # a plural common noun naming a group that speaks ("британские лейбористы заявили")
    parts: tuple = ()  # the mentions a joint subject coordinates ("Putin and Xi": Putin, Xi)
    quoted: bool = False  # an organisation's name in quote marks ("компанія «Нафтогаз»")
    entered: str = ""  # an organisation's name as a new speaker is entered, when the text inflects it


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    quotes: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    speakers: list[tuple[str, int | None, str | None]] = field(default_factory=list)  # of its candidates
    heading: bool = False


_DOUBLED_MARKS = re.compile(r"''|,,")
# A web address in lower case before a capital that opens a sentence ("… в Минобороны. rbc.group Вечером 2 апреля
# …": a site's credit line run into the text; not "(см. publication.pravo.gov.ru)").
_ADDRESS_OPENS = re.compile(
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}\b(?![.\w])(?=[ \t\u00a0]+[A-ZА-ЯЁІЇЄҐ«“„\"])"
)


# A news site's rubric after a linked article's headline, run into the text before the next sentence: a rubric's name
# (general vocabulary of news sites' sections), after a word that is no adjective of it, before a capital.
_RUBRIC_AFTER_HEADLINE = re.compile(
    r"(?<=[а-яёіїєґ0-9»\")])(?<!ая)(?<!ий)(?<!ый)(?<!ое)(?<!ие)(?<!ые)(?<!ой) "
    r"(?:Политика|Общество|Экономика|Бизнес|Финансы|Технологии и медиа|Політика|Суспільство|Економіка|Бізнес|Фінанси)"
    r" (?=[А-ЯЁІЇЄҐA-Z])"
)


# A photo's credit run into the text ("Фото: Zuma \\ ТАСС В столичном аэропорту …", "(Фото: Сергей Бобылев / Sputnik /
# Reuters) Президент Казахстана …"): in brackets, or ending with a photo or news agency's name (general vocabulary of
# news sites' credits) before a capital; page furniture in no sentence.
_PHOTO_AGENCIES = (
    r"ТАСС|РИА Новости|РИА «Новости»|Reuters|REUTERS|AP Photo|AP|AFP|EPA-EFE|EPA|Getty Images|Global Look Press|"
    r"Sputnik|Zuma|ZUMA|Bloomberg|РБК|Shutterstock|Unsplash|Pixabay|East News|Legion-Media|Интерфакс|Коммерсантъ|"
    r"Известия|Imago|Scanpix|Anadolu|Xinhua|dpa|Wikimedia Commons|УНІАН|Укрінформ|Укринформ"
)
_PHOTO_CREDIT = re.compile(
    r"\((?:Фото|Photo|Скриншот|Кадр)\s*:[^()\n]{1,120}\)"
    rf"|(?:Фото|Photo):\s*(?:[^/\\\n.]{{1,60}}?\s*[/\\]\s*)*(?:{_PHOTO_AGENCIES})(?=[ \u00a0]+[«\"A-ZА-ЯЁІЇЄҐ])"
)
_SPACED_DASH = re.compile(r"(?<=[^\W\d_]) {3}(?=[^\W\d_])")


def plain_marks(text: str) -> str:
    """The text with quote marks typed as two characters ('' or ,,) turned into one straight mark and a
    space (offsets unchanged), so that every quotation has one-character marks, dashes typed with other
    characters turned into the usual ones, and markup tags left by a scraper turned into spaces.

    A doubled mark opens when a letter or digit follows it and none precedes it, and closes otherwise.
    """

    def replace(match: re.Match) -> str:
        i = match.start()
        before = text[i - 1] if i else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if match.group() == ",,":
            return ' "' if after.isalnum() and not before.isalnum() else match.group()
        if after.isalnum() and not before.isalnum():
            return ' "'
        if before.isalnum() or before in ".,!?…)" or after.isspace() or after in ".,;:!?)":
            return '" '
        return match.group()

    text = text.translate(_DASH_LIKE)
    # A dash a scraper turned into spaces between two words ("Alan Beith   who chairs the committee   said"): a
    # dash again, offsets unchanged.
    text = _SPACED_DASH.sub(" \u2013 ", text)
    if "<" in text:  # markup left in a scraped text ("<i>– У селі …</i>"): read as spaces, offsets unchanged
        text = _MARKUP_TAG.sub(lambda m: " " * len(m.group()), text)
    return _DOUBLED_MARKS.sub(replace, text) if ("''" in text or ",," in text) else text


# A markup tag of a scraped page ("<i>", "</quote>", "<body>", '<a href="…">').
_MARKUP_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,200})?/?>")
# Characters typed for a dash or a hyphen that the analysis reads as the usual ones (offsets unchanged): the
# non-breaking hyphen and the figure dash and minus sign ("‑ рассказывает Вячеслав Черняев"), and the horizontal bar.
_DASH_LIKE = str.maketrans({"\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2015": "—"})


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of the outermost quotations, each within one paragraph.

    Marks typed as two characters ('' or ,,) count too: the offsets are then those of the mark's character
    next to the quoted words.
    """
    text = plain_marks(text)
    pairs = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS and can_open(text, i):
            close = closing_mark(text, i)
            if close is None:
                close = _continued_paragraph_end(text, i)
            if close is None:
                close = _continued_inline_end(text, i)
            if close is None:
                close = _closing_line_after(text, i)
            if close is not None:
                pairs.extend(split_at_insertion(text, i, close))
                i = close + 1
                continue
        i += 1
    dashed = _dash_speech(text, pairs)
    # A name in quote marks inside dashed speech ("— Компанія «Нафтогаз» готова, — сказав X") is part of it.
    pairs = [(o, c) for o, c in pairs if not any(ds < o and c < de for ds, de in dashed)]
    return sorted(pairs + dashed)


def _continued_paragraph_end(text: str, i: int) -> int | None:
    """Where a quotation that runs on into the next paragraph ends in this one: English typography leaves a quoted
    paragraph unclosed when the next one opens with the same mark and goes on with the speech ('"They think …
    terrorists.⏎⏎"And they still believe …," he said.'). The "closing mark" is the paragraph's end (after a full
    stop, ! or ?); None for any other unclosed mark."""
    end = text.find("\n", i)
    if end == -1 or text[i] not in '"“':
        return None  # (not «»: Ukrainian and Russian close each paragraph, and a stray « may end one)
    if i and text[i - 1] not in " \t\n:":
        return None  # ('…for our town,"Smith said': a closing mark glued to the next word, not an opening one)
    last = end
    while last > i and text[last - 1] in " \t\r":
        last -= 1
    # (a colon too: the quoted paragraph announces the next one, "… Here they are:⏎⏎"Has the candidate …")
    ends = text[last - 1] in TERMINAL or text[last - 1] == ":"
    if last - i < 20 or not ends or any(ch in text[i + 1 : last] for ch in OPENERS[text[i]]):
        return None
    following = re.match(r"\s*", text[end:])
    start = end + following.end()
    if start >= len(text) or text[start] != text[i] or not can_open(text, start):
        return None
    return last


def _closing_line_after(text: str, i: int) -> int | None:
    """The closing mark of a quotation in «» or “” that opens a paragraph, goes on over a single line break and
    closes on a later line (three at most) before the author's words ("«Ми хочемо показати … тут і зараз.⏎Але є
    спосіб … агресією» – каже Копанов."): each line before ends a sentence and holds no other mark of its kind;
    else None."""
    opener = text[i]
    if opener not in "«“" or (i and text[i - 1] != "\n"):
        return None
    closer = OPENERS[opener]
    start = i + 1
    for _line in range(3):
        end = text.find("\n", start)
        if end == -1:
            return None
        line = text[start:end].rstrip(" \t\r")
        if not line or line[-1] not in TERMINAL or opener in line or any(c in line for c in closer):
            return None
        start = end + 1
        if text[start : start + 1] == "\n":
            return None  # (a blank line: another paragraph, not a line of the same one)
        following_end = text.find("\n", start)
        following_end = len(text) if following_end == -1 else following_end
        candidates = [j for j in range(start, following_end) if text[j] in closer]
        if opener in text[start:following_end]:
            return None
        if len(candidates) == 1 and _AUTHOR_AFTER.match(text, candidates[0] + 1):
            return candidates[0]
    return None


_AUTHOR_AFTER = re.compile(rf"\s*,?\s*[{DASHES}]\s*\w")


def _continued_inline_end(text: str, i: int) -> int | None:
    """The same for paragraphs a scraper joined into one line: the quotation ends at the full stop (or ! ?) before
    the same mark opening the next quoted sentence ('said: "A year ago … paper. "It hoped …'); None otherwise."""
    if text[i] not in '"“' or (i and text[i - 1] not in " \t\n:"):
        return None
    end = text.find("\n", i)
    end = len(text) if end == -1 else end
    j = text.find(text[i], i + 1, end)
    if j == -1 or not text[j - 1].isspace() or not can_open(text, j) or not text[j + 1 : j + 2].isupper():
        return None
    last = j
    while last > i and text[last - 1].isspace():
        last -= 1
    if last - i < 20 or text[last - 1] not in TERMINAL:
        return None
    return last


# Direct speech set off by a dash at the start of its paragraph, with the author's words after it: "— Я не
# болела, — призналась министр журналистам. — Рекомендую всем привиться." (Ukrainian and Russian typography).
# (A hyphen with spaces stands for the dash on many sites: "- Ми все відбудуємо, - сказав X.")
_DASH_SPEECH = re.compile(r"^[ \t]*(?P<dash>[—–-])[ \t]+(?=\w)", re.MULTILINE)
_AUTHOR_AFTER_SPEECH = re.compile(r"(?:(?P<end>,|(?<=[!?…]))|(?P<stop>\.))\s+[—–-]\s+(?=[^\W\d_])")


def _dash_speech(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the dashed paragraphs that the author's words follow, as quotations whose "opening mark"
    is the dash and whose "closing mark" is the comma before the author's words or the paragraph's end. Left
    alone: a paragraph whose speech is in quote marks of its own, one with no ", —" before words (a list, an
    answer), and an outlet's relay after the dash. Quote marks inside the speech or the author's words do not
    stop it ("— …, — каже X, директор телерадіокомпанії «Тернопіль». — …", "— …, а вони: «Ми горимо!»").
    Whether the author's words say who spoke is for the extractor to check."""
    pairs = []
    for match in _DASH_SPEECH.finditer(text):
        start = match.start("dash")
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        if any(o == match.end() for o, _c in quoted):
            continue  # the speech in quote marks of its own ("— «Ми готові», — сказав X")
        if re.search(r"[»”\"],\s*$", text[max(0, start - 200) : start]) and text[match.end()].islower():
            continue  # the author's words of the quotation that ends the paragraph before ("«…»,⏎⏎– констатировал X.")
        found = []
        # Each part of the speech ends before its author's words: after the last ", —" before the next ". —" (or
        # the paragraph's end), so that a dash inside the speech ("всё: дом, работу, — и остались здесь, —
        # говорит X") stays in it; the speech resumes after ". —" ("— …! — заявив X. — Так, — додав він. — …").
        part = start
        while True:
            resumed = _speech_resumes(text, part + 1, end)
            stop = resumed.start() if resumed else end
            authors = [
                author
                for author in _AUTHOR_AFTER_SPEECH.finditer(text, part + 1, stop)
                if author.group("end") is not None or text[author.end()].islower()
            ]
            if not authors:
                if found:
                    found.append((part, end))  # the speech after the last author's words
                break
            if not found and RELAY_TAIL.match(", " + text[authors[-1].end() : stop]):
                break  # an outlet's relay ("— X заявил, что …, — сообщает ТАСС"): reported speech
            author = authors[-1]
            found.append((part, author.start("end") if author.group("end") is not None else author.end("stop")))
            if not resumed:
                break
            part = resumed.start("dash")
        if not found:
            continue  # no author
        if any(o < edge < c for o, c in quoted for span in found for edge in span):
            continue  # quote marks across the speech's parts
        pairs += found
    return pairs


_SPEECH_RESUMES = re.compile(r"[.!?…]\s+(?P<dash>[—–-])\s+(?=\w)")


def _speech_resumes(text: str, start: int, end: int) -> re.Match | None:
    """Where the speech goes on after the author's words: the first ". —" before a capital. A small letter after
    the dash starts the author's words, whatever ends the speech ("— Скільки ще? — сказав він. — Аби…", and the
    slip "— …обов'язково. — розповіла Ольга Філіна. — Ми…")."""
    for match in _SPEECH_RESUMES.finditer(text, start, end):
        if not text[match.end()].islower():
            return match
    return None


# The author's words inside one pair of quote marks, between dashes: "«Мы готовы, — сказал Лавров. — Но не на любых
# условиях»". The first part ends at its comma (or after its ! ? …), the second starts at the second dash.
_INSERTION = re.compile(
    r"(?P<end>,|(?<=[!?…]))\s+[—–-](?:\s+|(?<=[—–])(?=[^\W\d_]))"
    r"(?P<words>(?:[^—–«»“”„\"]|«[^«»—–]{1,40}»|„[^“”„—–]{1,40}[“”]){3,200}?)[.,:](?:\s+|(?=[—–]))"
    r"(?P<dash>[—–-])(?:\s+|(?<=[—–])(?=[^\W\d_]))(?=\w|[(\[](?:\.\.\.|…)[)\]])"
)  # (a part may open with the writer's mark of words left out, "— сказал он, — (...) международное"; a dash glued
# to the next word, "–отметил X, –правда": a dash still; a hyphen only with spaces; a name in quote marks among the
# author's words, "— сказав півзахисник «Зорі» X. —", is theirs; a dash glued to the full stop
# before it, "— заявила X.— Я", resumes the speech too)


# The same without the comma a writer left out ("«… горіхи - каже Костянтин. - Шоколад …»"): the author's words end
# with a full stop, and the first part ends at its last word (candidates: only words that open with the verb).
_BARE_INSERTION = re.compile(
    r"(?P<end>(?<=[^\W\d_]))\s+[—–-]\s+(?P<words>[^—–«»“”\".,:!?]{3,80}?)\.\s+(?P<dash>[—–-])\s+(?=\w)"
)


def split_at_insertion(text: str, opener: int, closer: int) -> list[tuple[int, int]]:
    """A quotation, or its parts when the author's words sit inside its marks between dashes (a later part's
    "opening mark" is the dash before it). Hyphens count only with spaces around them. Whether the words
    between are an attribution (a verb of saying) is for the extractor to check (candidates: _Extractor)."""
    match = _INSERTION.search(text, opener + 1, closer) or _BARE_INSERTION.search(text, opener + 1, closer)
    if match is None or len(match.group("words").split()) > 24 or match.start() <= opener + 1:
        return [(opener, closer)]
    # "«Первое, — сказала она, — мы готовы. Второе, — добавила она, — мы ждем»": each insertion splits.
    return [(opener, match.start("end")), *split_at_insertion(text, match.start("dash"), closer)]


def can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if text[i] in '"‘‚':
        # Straight and single marks double as apostrophes and inch signs: open only at a word's start.
        return not before.isalnum()
    return True


def closing_mark(text: str, i: int) -> int | None:
    """The closing mark of the quotation opened at i, in its paragraph, else None. Inside a quotation in straight
    marks, a straight mark opening a word after a space opens a quotation nested in it ('"Він розглядав це як
    "тестові місії", а згодом …", - сказав X'), whose own closing mark does not end the outer one; when the
    paragraph holds no closing mark for the outer quotation then, the first closing mark ends it."""
    if text[i] == '"':
        nested = _closing_mark(text, i, nest_straight=True)
        if nested is not None:
            return nested
    if text[i] == "“":
        # '“Конкурс “Євробачення” прийме …”': a name in the same curly marks inside; when the paragraph closes only
        # the name ('“Ми працюємо з компанією “Укрзалізниця”, - заявив'), that one mark ends both
        nested = _closing_mark(text, i, nest_curly=True)
        if nested is not None:
            return nested
    return _closing_mark(text, i)


# After a mark that closes a nested quotation and the outer one with it: the author's words after a comma and a
# dash, or the paragraph's end.
_SHARED_CLOSE = re.compile(r"(?:,\s*[-–—]|[.!?…]?\s*$)")


def _closing_mark(text: str, i: int, *, nest_straight: bool = False, nest_curly: bool = False) -> int | None:
    opener = text[i]
    closers = OPENERS[opener]
    end = text.find("\n", i)
    end = len(text) if end == -1 else end
    depth = 0
    # Marks of the other style nested inside ('“He said "go home" and left”', '"The film “Titanic”"'): their
    # own pairs, not this quotation's end.
    nested_opener, nested_closer = {"“": ('"', '"'), '"': ("“", "”")}.get(opener, ("", ""))
    nested = straight = 0
    shared = None  # a nested quotation's closing mark that may close the outer one too
    ended = False  # whether a nested quotation closed before a full stop
    for j in range(i + 1, end):
        ch = text[j]
        if opener == "«" and ch == "«":
            depth += 1
            continue
        if nest_curly and ch == "“":
            if text[j - 1].isspace() and j + 1 < end and text[j + 1].isalnum():
                depth += 1  # '“Конкурс “Євробачення” прийме …”': a nested quotation in the same marks
                continue
            if not text[j - 1].isspace() and not (j + 1 < end and text[j + 1].isalnum()) and not depth:
                return j if j > i + 1 else None  # '“… наближення перемоги“, - ідеться': the opening mark typed to close
        if (
            nested_opener
            and ch == nested_opener
            and (nested_opener != '"' or (not text[j - 1].isalnum() and j + 1 < end and text[j + 1].isalnum()))
        ):
            nested += 1
            continue
        if nested and ch == nested_closer:
            nested -= 1
            continue
        if nest_straight and ch == '"' and text[j - 1].isspace() and j + 1 < end and text[j + 1].isalnum():
            straight += 1  # a nested quotation in straight marks opens
            continue
        if straight and ch == '"' and not text[j - 1].isspace() and not (j + 1 < end and text[j + 1].isalnum()):
            straight -= 1  # and closes
            if text[j + 1 : j + 2] in (".", "!", "?") or text[j - 1] in ".!?…":
                ended = True  # ('"… "обману Росія".    Він сказав: "Так", - …': the quotation ended there)
            elif not straight and not ended and shared is None and _SHARED_CLOSE.match(text, j + 1, end):
                # ('"… проєкт "Світ Сковороди", - йдеться': one mark for both, before the author's words)
                shared = j
            continue
        if ch in closers:
            if opener in '"‘‚' or ch == "’":
                following = text[j + 1] if j + 1 < len(text) else " "
                # ('… be \'above the president,\' " said X': a space between the nested quotation's mark and this one)
                spaced = text[j - 1] == " " and j >= 2 and text[j - 2] in "'’" and not following.isalnum()
                # (A mark after a space closes the quotation when punctuation follows it, as no opening mark
                # is: '… болеть COVID-19 ", — написала'.)
                if following.isalnum() or (text[j - 1].isspace() and not spaced and following not in ",.;:!?)"):
                    continue  # an apostrophe (Myanmar’s) or the next opening mark
            if depth:
                depth -= 1
                if (
                    not depth
                    and opener == "«"
                    and shared is None
                    and re.match(r",\s*[-–—]", text[j + 1 : end])
                    and not re.search("[«»]", text[j + 1 : end])  # (not a dialogue inside a longer quotation)
                ):
                    shared = j  # ('«… вистави «SИN», - йдеться': the name's mark closes the quotation too)
                continue
            return j if j > i + 1 else None
    return shared


def inside(quotes: list[tuple[int, int]], pos: int) -> bool:
    """Whether the position lies inside one of the (sorted, non-overlapping) quotations."""
    k = bisect.bisect_left(quotes, (pos,)) - 1
    return k >= 0 and quotes[k][0] < pos < quotes[k][1]


def split_sentences(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans: never split inside a quotation, nor after an initial or a known abbreviation."""
    spans = []
    closers = {c: o for o, c in quotes}
    # The second part of a quotation split by the author's words (split_at_insertion) continues the sentence.
    continued = {o for o, _c in quotes if text[o] in "—–-"}
    pos = 0
    pending = None  # where a sentence began whose quotation runs on over the line break (_closing_line_after)
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        start = line_start if pending is None else pending
        pending = None
        i = line_start
        while i < line_end:
            ch = text[i]
            if ch in "(ФP" and (credit := _PHOTO_CREDIT.match(text, i)) and not inside(quotes, i):
                following = text[credit.end() : line_end].lstrip()
                if following[:1].isupper() or following[:1] in '«"“' or not following:
                    if text[start:i].strip():
                        spans.append((start, i))
                    start = credit.end()
                i = credit.end()  # ("Зеленский заявил (Фото: Reuters), что …": the sentence goes on past it)
                continue
            if ch == " " and (rubric := _RUBRIC_AFTER_HEADLINE.match(text, i)) and not inside(quotes, i):
                # "… Баку заявил о нарушении прав в России Политика Напряженность между …": the headline of a linked
                # article and its rubric, page furniture run into the text: in no sentence
                start = i = rubric.end()
                continue
            terminal = False
            if ch in TERMINAL and not inside(quotes, i):
                terminal = ch != "." or not abbreviation_before(text, i)
            elif i in closers and not text[i].isspace() and text[closers[i] + 1 : i].rstrip()[-1:] in tuple(TERMINAL):
                terminal = True
            if terminal:
                j = i + 1
                while j < line_end and text[j] in ')]»”’"' and j - 1 not in closers:
                    j += 1
                k = j
                while k < line_end and text[k].isspace():
                    k += 1
                if k in continued:
                    pass
                elif k >= line_end or (
                    k > j
                    and (
                        text[k].isupper() or text[k].isdigit() or text[k] in '«“„"‘-–—' or _ADDRESS_OPENS.match(text, k)
                    )
                ):
                    spans.append((start, j))
                    start = k
                    if address := _ADDRESS_OPENS.match(text, k):
                        start = address.end()  # the credit line is in no sentence: what follows opens the next one
                    i = start
                    continue
            i += 1
        if start < line_end and inside(quotes, line_end):
            pending = start
        elif start < line_end:
            spans.append((start, line_end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    # «…», on one line and "– констатировал X." on the next (a scraper's line break): one sentence.
    merged: list[tuple[int, int]] = []
    for s, e in trimmed:
        if merged:
            ps, pe = merged[-1]
            gap = text[pe:s]
            tail = text[ps:pe].rstrip()
            if (
                not gap.strip()
                and gap.count("\n") <= 2
                and tail[-2:-1] in ("»", "”", '"')
                and tail.endswith(",")
                and text[s] in "-–—"
                and text[s + 1 : s + 3].strip()[:1].islower()
            ):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def abbreviation_before(text: str, i: int) -> bool:
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if not word:
        return False
    if len(word) == 1 and text[j].isupper():
        return True  # an initial: "В. Путін", "J. Smith"
    if text[j].isupper() and re.fullmatch(r"(?:\w\.)+\w", word) and word not in PLACE_INITIALS:
        return True  # initials run together: "G.K. Butterfield", "J.R.R. Tolkien" (not "D.C.")
    return word in ABBREVIATIONS


# Speakers -------------------------------------------------------------------------------------------------
