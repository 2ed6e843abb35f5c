"""How well the extractor finds hand-annotated statements (gold.json in the development-set format).

Pure Python, no database: speakers come from gold.json. A gold file lists `speakers` (key, kind, names in
every language, aliases) and `statements` (file, speaker, kind, text, optional start/end, speaker_ref,
speaker_pos); texts sit in `texts/` beside it or beside it directly. A text's language comes from the
manifest.json beside the gold file, else from its name (`NNN_<lang>_...`), else from detection.

Matching rule: a candidate and a gold statement match when one's span contains the other's or they overlap
by at least half of the shorter span.

- recall of direct and partial statements with the right speaker: such gold statements matched by a
  candidate whose speaker is the statement's speaker;
- recall of all statements: gold statements (any kind) matched by a candidate, whatever its speaker;
- precision: candidates that match some gold statement, out of all candidates;
- speaker errors: gold statements matched only by candidates with a wrong or empty speaker.

Each run is done twice: with every gold speaker known (as the app passes the speakers of its database),
and with none known (every speaker offered as new; a candidate's speaker is right when its mention names
the gold speaker by one of its names or aliases, in any inflected form).
"""

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from extraction.candidates import Candidate, SpeakerRef, extract_candidates
from extraction.lexicon import ROLE_WORDS
from text import detect_language, name_keys

MODES = ("known", "none")


class GoldError(ValueError):
    """A gold file that cannot be read or does not match its texts."""


@dataclass
class Article:
    name: str
    language: str
    text: str
    statements: list[dict]


@dataclass
class Gold:
    path: Path
    speakers: list[dict]
    articles: list[Article]


@dataclass
class Miss:
    statement: dict
    construction: str
    found: Candidate | None  # a candidate on the span with a wrong or empty speaker, if any


@dataclass
class Scores:
    statements: int = 0
    direct_partial: int = 0
    direct_partial_right: int = 0
    found: int = 0
    candidates: int = 0
    correct_candidates: int = 0
    speaker_errors: int = 0
    characters: int = 0
    seconds: float = 0.0
    misses: list[Miss] = field(default_factory=list)
    unmatched: list[tuple[str, Candidate]] = field(default_factory=list)

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def recall_direct_partial(self) -> float:
        return self.ratio(self.direct_partial_right, self.direct_partial)

    @property
    def recall(self) -> float:
        return self.ratio(self.found, self.statements)

    @property
    def precision(self) -> float:
        return self.ratio(self.correct_candidates, self.candidates)

    @property
    def ms_per_1000_chars(self) -> float:
        return 1000 * self.seconds / self.characters * 1000 if self.characters else 0.0

    def as_dict(self) -> dict:
        return {
            "statements": self.statements,
            "direct_partial": self.direct_partial,
            "recall_direct_partial_right_speaker": round(self.recall_direct_partial, 3),
            "direct_partial_right_speaker": self.direct_partial_right,
            "recall_all": round(self.recall, 3),
            "found": self.found,
            "precision": round(self.precision, 3),
            "candidates": self.candidates,
            "correct_candidates": self.correct_candidates,
            "speaker_errors": self.speaker_errors,
            "ms_per_1000_chars": round(self.ms_per_1000_chars, 2),
            "misses": [
                {
                    "id": miss.statement["id"],
                    "kind": miss.statement["kind"],
                    "construction": miss.construction,
                    "text": miss.statement["text"],
                    "got_speaker": miss.found.speaker_mention if miss.found else None,
                }
                for miss in self.misses
            ],
            "unmatched": [
                {"file": name, "kind": c.kind, "speaker": c.speaker_mention, "text": c.text}
                for name, c in self.unmatched
            ],
        }


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """One span contains the other, or they share at least half of the shorter one."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return False
    contained = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return contained or overlap * 2 >= min(a[1] - a[0], b[1] - b[0])


def construction(statement: dict) -> str:
    """The construction class of a gold statement (issue 16's list), from its annotation fields."""
    ref, pos = statement.get("speaker_ref", ""), statement.get("speaker_pos", "")
    if ref == "next_sentence" or pos == "next_sentence":
        return "attribution in the next sentence"
    if pos == "interview":
        return "interview answer"
    if ref == "pronoun":
        return "pronoun as speaker"
    if ref == "role":
        return "role noun or apposition as speaker"
    if ref == "org":
        return "organisation, government or place as speaker"
    if pos == "inside":
        return "quote split by its attribution / speaker inside"
    if pos == "prev_sentence":
        return "continuation of the previous speaker"
    if pos == "after":
        return "speaker after the statement"
    if statement.get("kind") == "indirect":
        return "reported speech, speaker before"
    return "quote, speaker before"


_LANGUAGE_IN_NAME = re.compile(r"^\d+_([a-z]{2})_")


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GoldError(f"{path}: {error}") from error
    folder = path.parent
    manifest_path = folder / "manifest.json"
    languages = {}
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        languages = {a["file"]: a.get("language") for a in manifest.get("articles", [])}
    by_file: dict[str, list[dict]] = {}
    for statement in data.get("statements", []):
        by_file.setdefault(statement["file"], []).append(statement)
    articles = []
    for name in sorted(set(by_file) | set(languages)):
        candidates = [folder / "texts" / name, folder / name]
        file = next((p for p in candidates if p.is_file()), None)
        if file is None:
            raise GoldError(f"{path}: no text {name}")
        with file.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        language = languages.get(name)
        if not language:
            match = _LANGUAGE_IN_NAME.match(name)
            language = match.group(1) if match else detect_language(text)
        for statement in by_file.get(name, []):
            start = statement.get("start")
            if start is None or text[start : statement.get("end", start)] != statement["text"]:
                start = text.find(statement["text"])
                if start == -1:
                    raise GoldError(f"{path}: statement {statement['id']} is not in {name}")
            statement["_span"] = (start, start + len(statement["text"]))
        articles.append(Article(name, language, text, by_file.get(name, [])))
    return Gold(path, data.get("speakers", []), articles)


def _speaker_names(speaker: dict) -> list[str]:
    return [*speaker.get("names", {}).values(), *speaker.get("aliases", [])]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['ʼ’\-][^\W\d_]+)*", text)


def mention_names(mention: str, speaker: dict, language: str) -> bool:
    """Whether a new speaker's name as offered names the gold speaker: one of its names or aliases is
    in the mention ("President Barack Obama"), or the mention is part of one ("Lew" for "Jacob J. Lew"),
    in any inflected form or script. Titles in the mention ("Mr.", "President") are not counted."""
    keys = [name_keys(word, language) for word in _words(mention) if word.lower() not in ROLE_WORDS]
    keys = [k for k in keys if k]
    if not keys:
        return False
    for name in _speaker_names(speaker):
        wanted = [name_keys(word, language) for word in _words(name)]
        wanted = [w for w in wanted if w]
        if not wanted:
            continue
        if all(any(w & k for k in keys) for w in wanted) or all(any(w & k for w in wanted) for k in keys):
            return True
    return False


def evaluate(gold: Gold, *, mode: str = "known", languages: set[str] | None = None) -> dict[str, Scores]:
    """Scores per language (and "all") for one run."""
    ids = {speaker["key"]: number for number, speaker in enumerate(gold.speakers, 1)}
    by_key = {speaker["key"]: speaker for speaker in gold.speakers}
    refs = [
        SpeakerRef(id=ids[speaker["key"]], names=_speaker_names(speaker), kind=speaker.get("kind", "person"))
        for speaker in gold.speakers
    ]
    results: dict[str, Scores] = {}
    for article in gold.articles:
        if languages and article.language not in languages:
            continue
        scores = results.setdefault(article.language, Scores())
        began = time.perf_counter()
        candidates = extract_candidates(
            article.text, language=article.language, speakers=refs if mode == "known" else []
        )
        scores.seconds += time.perf_counter() - began
        scores.characters += len(article.text)

        def right(candidate: Candidate, statement: dict, language: str = article.language) -> bool:
            if mode == "known":
                return candidate.speaker_id == ids[statement["speaker"]]
            return bool(candidate.speaker_mention) and mention_names(
                candidate.speaker_mention, by_key[statement["speaker"]], language
            )

        for statement in article.statements:
            matching = [c for c in candidates if spans_match((c.start, c.end), statement["_span"])]
            scores.statements += 1
            scores.found += bool(matching)
            is_right = any(right(c, statement) for c in matching)
            if matching and not is_right:
                scores.speaker_errors += 1
            if statement["kind"] in ("direct", "partial"):
                scores.direct_partial += 1
                scores.direct_partial_right += is_right
                if not is_right:
                    scores.misses.append(Miss(statement, construction(statement), matching[0] if matching else None))
            elif not matching:
                scores.misses.append(Miss(statement, construction(statement), None))
        for candidate in candidates:
            scores.candidates += 1
            if any(spans_match((candidate.start, candidate.end), s["_span"]) for s in article.statements):
                scores.correct_candidates += 1
            else:
                scores.unmatched.append((article.name, candidate))
    return results


def total(results: dict[str, Scores]) -> Scores:
    whole = Scores()
    for scores in results.values():
        for name in (
            "statements",
            "direct_partial",
            "direct_partial_right",
            "found",
            "candidates",
            "correct_candidates",
            "speaker_errors",
            "characters",
            "seconds",
        ):
            setattr(whole, name, getattr(whole, name) + getattr(scores, name))
        whole.misses += scores.misses
        whole.unmatched += scores.unmatched
    return whole


def warm_up() -> None:
    """Load the dictionaries once, so that the timings measure extraction, not loading."""
    for language, sentence in (("uk", "Він сказав, що так."), ("ru", "Он сказал, что так."), ("en", "He said so.")):
        extract_candidates(sentence, language=language, speakers=[])


def speaker_refs(gold: Gold) -> list[SpeakerRef]:
    return [
        SpeakerRef(id=number, names=_speaker_names(speaker), kind=speaker.get("kind", "person"))
        for number, speaker in enumerate(gold.speakers, 1)
    ]


def speed(
    texts: list[str], *, size: int = 400_000, language: str = "uk", speakers: list[SpeakerRef] | None = None
) -> dict:
    """Seconds to extract from one text of `size` characters made by repeating the given texts."""
    joined = "\n".join(texts) or "."
    big = (joined + "\n") * (size // (len(joined) + 1) + 1)
    big = big[:size]
    began = time.perf_counter()
    extract_candidates(big, language=language, speakers=speakers or [])
    seconds = time.perf_counter() - began
    return {
        "characters": len(big),
        "seconds": round(seconds, 2),
        "ms_per_1000_chars": round(seconds * 1e6 / len(big), 2),
    }
